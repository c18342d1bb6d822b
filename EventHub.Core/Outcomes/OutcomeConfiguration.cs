using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Outcomes;

internal sealed class SessionOutcomeConfiguration : IEntityTypeConfiguration<SessionOutcome>
{
    public void Configure(EntityTypeBuilder<SessionOutcome> builder)
    {
        builder.HasIndex(o => o.SessionId).IsUnique();
        builder.HasOne(o => o.Session).WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Notes).HasMaxLength(SessionOutcome.NotesMaxLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.UpdatedBy).HasMaxLength(200);
        builder.Property(o => o.UpdatedByUserId).HasMaxLength(450);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasMany(o => o.Statements).WithOne().HasForeignKey(s => s.SessionOutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Statements).HasField("_statements");
        builder.HasMany(o => o.SectorMix).WithOne().HasForeignKey(s => s.SessionOutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.SectorMix).HasField("_sectorMix");
        builder.HasMany(o => o.Themes).WithMany().UsingEntity("SessionOutcomeThemes");
        builder.Navigation(o => o.Themes).HasField("_themes");
        builder.Ignore(o => o.Insights);
        builder.Ignore(o => o.Decisions);
    }
}

internal sealed class OutcomeStatementConfiguration : IEntityTypeConfiguration<OutcomeStatement>
{
    public void Configure(EntityTypeBuilder<OutcomeStatement> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Text).HasMaxLength(OutcomeStatement.TextMaxLength);
        builder.HasMany(s => s.NamedOrganisations).WithMany().UsingEntity("OutcomeStatementOrganisations");
        builder.Navigation(s => s.NamedOrganisations).HasField("_namedOrganisations");
    }
}

internal sealed class SectorShareConfiguration : IEntityTypeConfiguration<SectorShare>
{
    public void Configure(EntityTypeBuilder<SectorShare> builder)
    {
        builder.Property(s => s.Sector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => new { s.SessionOutcomeId, s.Sector }).IsUnique();
    }
}

internal sealed class EventReportConfiguration : IEntityTypeConfiguration<EventReport>
{
    public void Configure(EntityTypeBuilder<EventReport> builder)
    {
        builder.HasIndex(r => r.EventId).IsUnique();
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Summary).HasMaxLength(EventReport.SummaryMaxLength);
    }
}
