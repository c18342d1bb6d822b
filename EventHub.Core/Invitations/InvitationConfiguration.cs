using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Invitations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.DeclineReason).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.AccessNeeds).HasConversion<int>();
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.CheckInCode).HasMaxLength(CheckInCodes.Length);
        builder.HasIndex(i => i.CheckInCode).IsUnique();
        builder.Property(i => i.CheckedInByUserId).HasMaxLength(450);
        builder.Property(i => i.CheckedInByName).HasMaxLength(256);
        builder.HasIndex(i => new { i.EventId, i.CheckInOperationId });
        builder.HasOne<Invitation>().WithMany().HasForeignKey(i => i.NominatedThroughId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.Attended);
        builder.Ignore(i => i.IsOrganisationInvitation);
        builder.Property(i => i.DeclineNote).HasMaxLength(Invitation.NoteMaxLength);
        builder.Property(i => i.InterpretationLanguage).HasMaxLength(Invitation.InterpretationLanguageMaxLength);
        builder.Property(i => i.OtherNeeds).HasMaxLength(Invitation.NoteMaxLength);
        builder.Property(i => i.DietaryNeeds).HasMaxLength(Invitation.NoteMaxLength);
        builder.Property(i => i.PrivacyNoticeVersion).HasMaxLength(20);
        // One live invitation per person per event: a double click or a second tab never invites twice.
        builder.HasIndex(i => new { i.EventId, i.ContactId }).IsUnique();
        builder.HasIndex(i => new { i.EventId, i.WaitlistNumber });
        // A person's invitations (the contact's foreign key), covering what "when did this organisation last take part"
        // reads (the event, the answer, the check-in): the alliance dashboard's not-engaged list answers from the index.
        builder.HasIndex(i => new { i.ContactId, i.EventId, i.Status, i.CheckedInAtUtc });
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Contact).WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // An organisation's invitations (the foreign key), covering what "when did this organisation last take part" and
        // "returning" read (the event, the answer, the check-in), as the contact's index above does for a person.
        builder.HasIndex(i => new { i.OrganisationId, i.EventId, i.Status, i.CheckedInAtUtc });
        builder.HasOne<Invitation>().WithMany().HasForeignKey(i => i.SubstituteForId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Choices).WithOne(c => c.Invitation).HasForeignKey(c => c.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Choices).HasField("_choices");
    }
}

internal sealed class SessionChoiceConfiguration : IEntityTypeConfiguration<SessionChoice>
{
    public void Configure(EntityTypeBuilder<SessionChoice> builder)
    {
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.InvitationId, c.SessionId }).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.Status, c.ChosenAtUtc });
        builder.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
