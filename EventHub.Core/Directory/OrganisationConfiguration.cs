using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Directory;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(Organisation.NameMaxLength);
        // Unique among live records; a merged record keeps its name for history without blocking it.
        builder.HasIndex(o => o.NormalizedName).IsUnique().HasFilter("\"MergedIntoId\" IS NULL");
        builder.Property(o => o.MatchKey).HasMaxLength(Organisation.NameMaxLength);
        builder.HasIndex(o => o.MatchKey);
        builder.Property(o => o.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.SubSector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.IsArchived, o.Sector, o.SubSector });
        builder.Property(o => o.Website).HasMaxLength(Organisation.WebsiteMaxLength);
        builder.Property(o => o.Address).HasMaxLength(Organisation.AddressMaxLength);
        builder.Property(o => o.Neighbourhood).HasMaxLength(Organisation.NeighbourhoodMaxLength);
        builder.Property(o => o.Notes).HasMaxLength(Organisation.NotesMaxLength);
        builder.Property(o => o.EmailDomains).HasMaxLength(OwnEmailDomains.MaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Tags).WithOne().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Tags).HasField("_tags");
    }
}

internal sealed class OrganisationTagConfiguration : IEntityTypeConfiguration<OrganisationTag>
{
    public void Configure(EntityTypeBuilder<OrganisationTag> builder)
    {
        builder.HasKey(t => new { t.OrganisationId, t.NormalizedName });
        builder.Property(t => t.Name).HasMaxLength(OrganisationTag.MaxLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(OrganisationTag.MaxLength);
        builder.HasIndex(t => t.NormalizedName);
    }
}
