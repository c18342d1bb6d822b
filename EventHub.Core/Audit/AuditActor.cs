namespace EventHub.Core.Audit;

/// <summary>Who is writing, as the audit log records it. <see cref="CurrentActor"/> holds the one for the current work.</summary>
public sealed record AuditActor(AuditActorKind Kind, string? Id, string Name)
{
    public static readonly AuditActor System = new(AuditActorKind.System, null, "system");

    public static readonly AuditActor Anonymous = new(AuditActorKind.Anonymous, null, "anonymous");

    /// <summary>
    /// "Lost your link?" (<see cref="Invitations.LostLinkQueue"/>): someone typed the partner's address into the form, and the
    /// new link went to that address. Not "someone not signed in": the work is done after the page answered, for the partner.
    /// </summary>
    public static readonly AuditActor LostLinkForm = new(AuditActorKind.LostLinkForm, null, "lost-link form");

    public static AuditActor User(string userId, string displayName) => new(AuditActorKind.User, userId, displayName);

    /// <summary>A partner answering through a personal link; <paramref name="link"/> names the record the link belongs to.</summary>
    public static AuditActor PartnerLink(string link, int recordId) =>
        new(AuditActorKind.PartnerLink, $"{link}:{recordId}", $"partner via link ({link} {recordId})");
}
