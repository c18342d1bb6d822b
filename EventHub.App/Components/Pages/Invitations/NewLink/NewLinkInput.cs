namespace EventHub.App.Components.Pages.Invitations.NewLink;

/// <summary>What the "lost your link?" form posts (<c>Request.Email</c>, and <c>Request.Event</c> from an event's page).</summary>
public sealed class NewLinkInput
{
    public string? Email { get; set; }

    /// <summary>The slug of the event whose public page the form was on: only that event's invitation gets a new link.</summary>
    public string? Event { get; set; }
}
