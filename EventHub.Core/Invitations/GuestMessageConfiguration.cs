using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class GuestMessageConfiguration : IEntityTypeConfiguration<GuestMessage>
{
    public void Configure(EntityTypeBuilder<GuestMessage> builder)
    {
        builder.Property(m => m.IdempotencyKey).HasMaxLength(GuestMessageDraft.IdempotencyKeyMaxLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.EventId, m.SentAtUtc });
        builder.Property(m => m.SenderId).HasMaxLength(450);
        builder.Property(m => m.SenderName).HasMaxLength(200);
        builder.Property(m => m.SubjectEn).HasMaxLength(GuestMessageDraft.SubjectMaxLength);
        builder.Property(m => m.SubjectNl).HasMaxLength(GuestMessageDraft.SubjectMaxLength);
        builder.Property(m => m.TextEn).HasMaxLength(GuestMessageDraft.TextMaxLength);
        builder.Property(m => m.TextNl).HasMaxLength(GuestMessageDraft.TextMaxLength);
        builder.Property(m => m.FilterStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.FilterSector).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.FilterSearch).HasMaxLength(200);
        builder.Ignore(m => m.Filter);
        builder.HasOne<EventHub.Core.Events.Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Recipients).WithOne().HasForeignKey(r => r.GuestMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Recipients).HasField("_recipients");
    }
}

internal sealed class GuestMessageRecipientConfiguration : IEntityTypeConfiguration<GuestMessageRecipient>
{
    public void Configure(EntityTypeBuilder<GuestMessageRecipient> builder)
    {
        builder.Property(r => r.LeftOut).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(r => r.Invitation).WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        // The outbox keeps its own rows; should one ever go, the recipient stays, with no delivery status to show.
        builder.HasOne(r => r.OutboxMessage).WithMany().HasForeignKey(r => r.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.GuestMessageId, r.InvitationId }).IsUnique();
    }
}
