using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>
/// What a person fills in for a contact, before the rules have looked at it. An edit states the contact as its form was
/// opened (<see cref="Contact.EditedState"/>) in <paramref name="StartedFrom"/>.
/// </summary>
public sealed record ContactInput(
    string FirstName,
    string LastName,
    string Email,
    Language PreferredLanguage = Language.Nl,
    int? OrganisationId = null,
    string? Phone = null,
    string? JobTitle = null,
    string? StartedFrom = null);
