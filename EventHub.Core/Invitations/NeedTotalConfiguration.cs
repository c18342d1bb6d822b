using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class NeedTotalConfiguration : IEntityTypeConfiguration<NeedTotal>
{
    public void Configure(EntityTypeBuilder<NeedTotal> builder)
    {
        builder.Property(t => t.Group).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Need).HasConversion<int>();
        builder.Property(t => t.Language).HasMaxLength(Invitation.InterpretationLanguageMaxLength);
        builder.HasIndex(t => t.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
