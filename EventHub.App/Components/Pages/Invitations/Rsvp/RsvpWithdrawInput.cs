using EventHub.Core.Invitations;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>
/// What the delegate list's form posts when the primary contact withdraws someone: the pressed button's value, which
/// says whether the delegate was invited or still waits for an organiser, and which one (<see cref="DelegateSummary.Id"/>).
/// </summary>
public sealed class RsvpWithdrawInput
{
    private const string WaitingPrefix = "waiting-";
    private const string InvitedPrefix = "invited-";

    public string? Delegate { get; set; }

    /// <summary>The button value for <paramref name="person"/>.</summary>
    public static string ValueOf(DelegateSummary person) => (person.Status is null ? WaitingPrefix : InvitedPrefix) + person.Id;

    /// <summary>Which delegate was withdrawn, or null for a value no button of this page posts.</summary>
    public (int Id, bool WaitingForApproval)? Parse()
    {
        foreach (var (prefix, waiting) in new[] { (WaitingPrefix, true), (InvitedPrefix, false) })
        {
            if (Delegate?.StartsWith(prefix, StringComparison.Ordinal) == true && int.TryParse(Delegate.AsSpan(prefix.Length), out var id))
            {
                return (id, waiting);
            }
        }

        return null;
    }
}
