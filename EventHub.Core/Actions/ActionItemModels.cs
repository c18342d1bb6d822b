namespace EventHub.Core.Actions;

/// <summary>An action item as written on the capture screen.</summary>
public sealed record ActionItemDraft(string What, int OwnerOrganisationId, int? OwnerContactId, DateOnly DueOn, ActionItemStatus Status = ActionItemStatus.Open);

/// <summary>An action item of a session as the capture screen shows it; <see cref="Version"/> is what an edit starts from.</summary>
public sealed record ActionItemView(
    int Id,
    int SessionId,
    string What,
    int OwnerOrganisationId,
    string OwnerOrganisation,
    int? OwnerContactId,
    string? OwnerContact,
    DateOnly DueOn,
    ActionItemStatus Status,
    int Version,
    DateTime UpdatedAtUtc,
    bool IsOverdue)
{
    public ActionItemDraft ToDraft() => new(What, OwnerOrganisationId, OwnerContactId, DueOn, Status);
}

/// <summary>A person at the owner organisation who can own an action item.</summary>
public sealed record OwnerContactOption(int Id, string Name);

/// <summary>An owner as picked in the owner field: an organisation, or one of its people (with the organisation).</summary>
public sealed record OwnerPick(int OrganisationId, string Organisation, int? ContactId = null, string? Contact = null);
