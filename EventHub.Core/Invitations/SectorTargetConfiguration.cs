using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class SectorTargetConfiguration : IEntityTypeConfiguration<SectorTarget>
{
    public void Configure(EntityTypeBuilder<SectorTarget> builder)
    {
        builder.Property(t => t.Sector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(t => t.Sector).IsUnique();
    }
}
