using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Door;

/// <summary>
/// Someone checked in at a session's own door (a workshop with limited places): once per person and session.
/// <see cref="Admitted"/>: let in though not registered for the session (waitlisted for it, or never chose it).
/// </summary>
public class SessionAttendance
{
    private SessionAttendance()
    {
    }

    internal SessionAttendance(int sessionId, int invitationId, DateTime atUtc, TeamMember by, bool admitted, Guid? operationId)
    {
        SessionId = sessionId;
        InvitationId = invitationId;
        AtUtc = atUtc;
        ByUserId = by.UserId;
        ByName = by.DisplayName;
        Admitted = admitted;
        OperationId = operationId;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public Session Session { get; private set; } = null!;
    public int InvitationId { get; private set; }
    public Invitation Invitation { get; private set; } = null!;
    public DateTime AtUtc { get; private set; }
    public string? ByUserId { get; private set; }
    public string? ByName { get; private set; }
    public bool Admitted { get; private set; }

    /// <summary>The desk's own id of the check-in, so an offline desk sending it again counts once.</summary>
    public Guid? OperationId { get; private set; }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasIndex(a => new { a.SessionId, a.InvitationId }).IsUnique();
        builder.HasIndex(a => a.InvitationId);
        builder.Property(a => a.ByUserId).HasMaxLength(450);
        builder.Property(a => a.ByName).HasMaxLength(200);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Invitation).WithMany().HasForeignKey(a => a.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}
