namespace EventHub.Core.Common;

/// <summary>
/// What erasing a person takes out of text (<see cref="WordScrubber"/>): their <paramref name="Names"/> (full, first, last,
/// as typed), which go where they name the person — not where a one-word name is a lower-case word or the month of a date
/// ("14 May" for someone called May) — and their <paramref name="Others"/> (email addresses, phone numbers, job title),
/// which go wherever they stand, in any case.
/// </summary>
public sealed record PersonalValues(IReadOnlyList<string?> Names, IReadOnlyList<string?> Others)
{
    public static readonly PersonalValues None = new([], []);

    /// <summary>These values and <paramref name="more"/>, each kind with its own.</summary>
    public PersonalValues And(PersonalValues more) => new([.. Names, .. more.Names], [.. Others, .. more.Others]);
}
