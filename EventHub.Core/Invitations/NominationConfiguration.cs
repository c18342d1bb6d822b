using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Language).HasConversion<string>().HasMaxLength(8);
        builder.Property(n => n.FirstName).HasMaxLength(NominationRules.NameMaxLength);
        builder.Property(n => n.LastName).HasMaxLength(NominationRules.NameMaxLength);
        builder.Property(n => n.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(n => n.DecidedBy).HasMaxLength(200);
        builder.Property(n => n.DecidedByUserId).HasMaxLength(450);
        builder.Ignore(n => n.FullName);
        builder.Ignore(n => n.IsLive);
        builder.HasIndex(n => new { n.InvitationId, n.CreatedAtUtc });
        builder.HasIndex(n => new { n.EventId, n.Status });
        builder.HasOne(n => n.Invitation).WithMany().HasForeignKey(n => n.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.NomineeInvitation).WithMany().HasForeignKey(n => n.NomineeInvitationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EventHub.Core.Events.Event>().WithMany().HasForeignKey(n => n.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
