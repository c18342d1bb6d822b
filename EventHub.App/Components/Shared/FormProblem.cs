namespace EventHub.App.Components.Shared;

/// <summary>
/// One reason a form on a personal-link page was refused, in the person's language, and the field it is about: the error
/// summary at the top links there (<see cref="PersonalLinkPage"/>) and the field says it again.
/// </summary>
public sealed record FormProblem(string Text, string? FieldId)
{
    /// <summary>The problems of a form refused for one reason at most.</summary>
    public static IReadOnlyList<FormProblem> Of(string? text, string? fieldId = null) => text is null ? [] : [new FormProblem(text, fieldId)];

    /// <summary>The problem about the field <paramref name="fieldId"/>, if any.</summary>
    public static FormProblem? For(IReadOnlyList<FormProblem> problems, string? fieldId) =>
        fieldId is null ? null : problems.FirstOrDefault(p => p.FieldId == fieldId);
}
