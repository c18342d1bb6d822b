namespace EventHub.Core.Outcomes;

/// <summary>Error codes of session outcomes; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Outcome_*</c>).</summary>
public static class OutcomeErrors
{
    public const string SessionNotFound = "Outcome.SessionNotFound";
    public const string Forbidden = "Outcome.Forbidden";
    public const string Conflict = "Outcome.Conflict";
    public const string IsFinal = "Outcome.IsFinal";
    public const string InvalidTransition = "Outcome.InvalidTransition";
    public const string NotesTooLong = "Outcome.NotesTooLong";
    public const string StatementTextRequired = "Outcome.StatementTextRequired";
    public const string StatementTooLong = "Outcome.StatementTooLong";
    public const string NamedWithoutAgreement = "Outcome.NamedWithoutAgreement";
    public const string NegativeSectorCount = "Outcome.NegativeSectorCount";
    public const string UnknownOrganisation = "Outcome.UnknownOrganisation";
    public const string UnknownTheme = "Outcome.UnknownTheme";
    public const string NotStarted = "Outcome.NotStarted";
}
