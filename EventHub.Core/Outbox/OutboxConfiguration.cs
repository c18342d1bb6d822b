using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.SearchRecipient).HasMaxLength(455);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.ProtectedLinkTokens).HasMaxLength(2000);
        builder.Ignore(m => m.LinkWiped);
        builder.Ignore(m => m.Draft);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.InvitationId);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).HasField("_attachments");
    }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.ContentId).HasMaxLength(100);
    }
}

internal sealed class EmailBrandingConfiguration : IEntityTypeConfiguration<EmailBranding>
{
    public void Configure(EntityTypeBuilder<EmailBranding> builder)
    {
        builder.ToTable("EmailBranding");
        builder.Property(b => b.AllianceName).HasMaxLength(EmailBranding.NameMaxLength);
        builder.Property(b => b.SenderName).HasMaxLength(EmailBranding.NameMaxLength);
        builder.Property(b => b.ReplyToAddress).HasMaxLength(254);
        builder.Property(b => b.SignatureEn).HasMaxLength(EmailBranding.SignatureMaxLength);
        builder.Property(b => b.SignatureNl).HasMaxLength(EmailBranding.SignatureMaxLength);
        builder.Property(b => b.LogoContentType).HasMaxLength(40);
    }
}
