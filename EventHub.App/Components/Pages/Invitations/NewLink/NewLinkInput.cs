namespace EventHub.App.Components.Pages.Invitations.NewLink;

/// <summary>
/// What the "lost your link?" form posts (<c>Request.Email</c>; <c>Request.Event</c> from an event's page and
/// <c>Request.Link</c> from a dead link's page, which the answer goes back to).
/// </summary>
public sealed class NewLinkInput
{
    public string? Email { get; set; }

    /// <summary>The slug of the event whose public page the form was on: only that event's invitation gets a new link.</summary>
    public string? Event { get; set; }

    /// <summary>The personal link (token) whose "does not work" page the form was on: only where the answer is shown.</summary>
    public string? Link { get; set; }
}
