namespace EventHub.Core.Common;

/// <summary>
/// A personal link that worked and has expired (see <see cref="PersonalLinkOptions"/>): only whom the person can contact
/// instead, the event's organiser; nothing of what the link opened. Either part may be missing when the event has none.
/// </summary>
public sealed record ExpiredLink(string? ContactName, string? ContactEmail);
