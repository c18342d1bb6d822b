using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(Organisation.NameMaxLength);
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.Property(o => o.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.SubSector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.Sector, o.SubSector });
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Notes).HasMaxLength(4000);
    }
}
