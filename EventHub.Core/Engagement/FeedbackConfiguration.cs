using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Engagement;

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> builder)
    {
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        // One survey per attendee, ever: the job's idempotence rests on this index too.
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasIndex(r => r.EventId);
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Invitation).WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Answer).WithOne().HasForeignKey<FeedbackAnswer>(a => a.FeedbackRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<FeedbackAnswer> builder)
    {
        builder.Property(a => a.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ShouldChange).HasMaxLength(FeedbackAnswer.OpenAnswerMaxLength);
        builder.Property(a => a.NextStep).HasMaxLength(FeedbackAnswer.OpenAnswerMaxLength);
        builder.HasIndex(a => a.FeedbackRequestId).IsUnique();
        // Results per event and by sector are one GROUP BY over this index.
        builder.HasIndex(a => new { a.EventId, a.Sector });
        builder.HasOne<Events.Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_FeedbackAnswers_Heard", "\"Heard\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_FeedbackAnswers_Worthwhile", "\"Worthwhile\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_FeedbackAnswers_RightMix", "\"RightMix\" BETWEEN 1 AND 5");
        });
    }
}
