using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Engagement;

internal sealed class ParticipationTallyConfiguration : IEntityTypeConfiguration<ParticipationTally>
{
    public void Configure(EntityTypeBuilder<ParticipationTally> builder)
    {
        builder.Property(t => t.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.SubSector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(t => t.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipationTallyStampConfiguration : IEntityTypeConfiguration<ParticipationTallyStamp>
{
    public void Configure(EntityTypeBuilder<ParticipationTallyStamp> builder)
    {
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.EventId).ValueGeneratedNever();
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
