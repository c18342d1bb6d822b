using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Directory;

internal sealed class DirectoryMergeConfiguration : IEntityTypeConfiguration<DirectoryMerge>
{
    public void Configure(EntityTypeBuilder<DirectoryMerge> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.MergedName).HasMaxLength(300);
        builder.Property(m => m.MergedBy).HasMaxLength(256);
        builder.Property(m => m.MergedByUserId).HasMaxLength(450);
        builder.HasIndex(m => new { m.Kind, m.SurvivorId });
    }
}
