namespace EventHub.Core.Outcomes;

/// <summary>
/// The signed-in person who records an outcome: facilitators may edit the sessions they facilitate,
/// organisers (and admins) every session. The UI passes it in; Core decides what it may do.
/// </summary>
public sealed record OutcomeEditor(string UserId, string DisplayName, bool IsOrganiser);
