namespace EventHub.Core.Invitations;

/// <summary>
/// How partners may name colleagues and delegates through their personal link (the <c>EventHub:Nominations</c> section).
/// </summary>
public sealed class NominationOptions
{
    public const string Section = "EventHub:Nominations";

    /// <summary>
    /// When on, only an address at one of the organisation's own email domains is invited at once; any other waits for
    /// an organiser's approval. When off, every address is invited at once (as before issue 13).
    /// </summary>
    public bool OwnDomainsOnly { get; set; } = true;

    /// <summary>How many people one personal link may name in 24 hours (colleagues and delegates together).</summary>
    public int PerLinkPerDay { get; set; } = 5;
}
