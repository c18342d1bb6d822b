namespace EventHub.Core.Invitations;

/// <summary>Error codes of nominations through a personal link; their sentences are in <see cref="Texts.PartnerTexts"/> and <see cref="Texts.CoreTexts"/> (key <c>Error_Nomination_*</c>).</summary>
public static class NominationErrors
{
    public const string NameNotAllowed = "Nomination.NameNotAllowed";
    public const string NameTooLong = "Nomination.NameTooLong";
    public const string TooManyToday = "Nomination.TooManyToday";
    public const string NotFound = "Nomination.NotFound";
    public const string NoLongerPossible = "Nomination.NoLongerPossible";
}
