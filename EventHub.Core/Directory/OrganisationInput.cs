namespace EventHub.Core.Directory;

/// <summary>
/// What a person fills in for an organisation, before the rules have looked at it. An edit states the organisation as its
/// form was opened (<see cref="Organisation.EditedState"/>) in <paramref name="StartedFrom"/>.
/// </summary>
public sealed record OrganisationInput(
    string Name,
    Sector Sector,
    SubSector? SubSector = null,
    string? Website = null,
    string? Address = null,
    string? Neighbourhood = null,
    string? Notes = null,
    IReadOnlyList<string>? TagList = null,
    string? EmailDomains = null,
    string? StartedFrom = null)
{
    public IReadOnlyList<string> Tags => TagList ?? [];
}
