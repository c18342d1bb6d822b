namespace EventHub.Core.Common;

/// <summary>
/// Error codes of a caller whose role does not allow what they asked Core to do; their sentences are in
/// <see cref="Texts.CoreTexts"/> (key <c>Error_Access_*</c>). Pages hide what a role may not do; Core refuses it again.
/// </summary>
public static class AccessErrors
{
    /// <summary>The caller's roles do not include one that may do this.</summary>
    public const string NotAllowed = "Access.NotAllowed";
}
