namespace EventHub.App.Components.Pages.Invitations.NewLink;

/// <summary>
/// What became of a "lost your link?" post, as the page it was posted from shows it at its form (the query's
/// <see cref="NewLinkOutcomes.QueryName"/>, after a redirect back there). Never whether the address has an invitation.
/// </summary>
public enum NewLinkOutcome
{
    /// <summary>Queued: "if this address has an invitation, a new link is on its way" (the same for any address).</summary>
    Sent,
    EmailRequired,
    EmailInvalid,

    /// <summary>The queue is full: very busy, try again (for any address alike).</summary>
    Busy,
}

public static class NewLinkOutcomes
{
    /// <summary>The query parameter that brings the outcome back to the page the form was on: <c>?new-link=sent</c>.</summary>
    public const string QueryName = "new-link";

    public static string ToQuery(this NewLinkOutcome outcome) => outcome switch
    {
        NewLinkOutcome.Sent => "sent",
        NewLinkOutcome.EmailRequired => "required",
        NewLinkOutcome.EmailInvalid => "invalid",
        _ => "busy",
    };

    /// <summary>The outcome a query names; null for none or for anything else (a query is typed by anyone).</summary>
    public static NewLinkOutcome? FromQuery(string? value) => value switch
    {
        "sent" => NewLinkOutcome.Sent,
        "required" => NewLinkOutcome.EmailRequired,
        "invalid" => NewLinkOutcome.EmailInvalid,
        "busy" => NewLinkOutcome.Busy,
        _ => null,
    };

    public static bool IsError(this NewLinkOutcome outcome) => outcome != NewLinkOutcome.Sent;
}
