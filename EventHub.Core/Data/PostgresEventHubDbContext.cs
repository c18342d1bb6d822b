using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// The same model on PostgreSQL. It exists for the migrations: each provider has its own (those in
/// <c>Migrations/Postgres</c> belong to this type, the SQLite ones to <see cref="EventHubDbContext"/>), and EF tells
/// them apart by the context type. Callers never see it: <see cref="EventHubDbContextFactory"/> hands it out as an
/// <see cref="EventHubDbContext"/> when the options are Npgsql's.
/// </summary>
public sealed class PostgresEventHubDbContext(DbContextOptions<EventHubDbContext> options) : EventHubDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The directory search is "contains" on normalised (lower-case) text, which EF turns into LIKE '%…%'. SQLite
        // scans the table for it; PostgreSQL answers it from a trigram index.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Organisation>().HasIndex(o => o.NormalizedName, "IX_Organisations_NormalizedName_Trigram")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Contact>().HasIndex(c => c.NormalizedEmail, "IX_Contacts_NormalizedEmail_Trigram")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Contact>().HasIndex(c => c.SearchName, "IX_Contacts_SearchName_Trigram")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
