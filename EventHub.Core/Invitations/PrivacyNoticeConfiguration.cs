using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class PrivacyNoticeConfiguration : IEntityTypeConfiguration<PrivacyNotice>
{
    public void Configure(EntityTypeBuilder<PrivacyNotice> builder)
    {
        builder.Property(n => n.Version).HasMaxLength(PrivacyNotice.VersionMaxLength);
        builder.HasIndex(n => n.Version).IsUnique();
        builder.Property(n => n.TextEn).HasMaxLength(PrivacyNotice.TextMaxLength);
        builder.Property(n => n.TextNl).HasMaxLength(PrivacyNotice.TextMaxLength);
        builder.Property(n => n.ControllerName).HasMaxLength(DataController.NameMaxLength);
        builder.Property(n => n.ControllerEmail).HasMaxLength(DataController.EmailMaxLength);
        builder.Ignore(n => n.Controller);
        builder.Property(n => n.PublishedBy).HasMaxLength(200);
        builder.Property(n => n.PublishedByUserId).HasMaxLength(450);
    }
}
