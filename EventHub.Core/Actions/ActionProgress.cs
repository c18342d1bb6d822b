using EventHub.Core.Common;

namespace EventHub.Core.Actions;

/// <summary>
/// The one rule for recording progress, whoever records it (the team, the owner's link, a report-back): the version
/// the person saw must still be current, and there must be something to record. Nothing is ever overwritten silently.
/// </summary>
internal static class ActionProgress
{
    public static Result Record(ActionItem item, ActionProgressInput input, ActionUpdateSource source, TeamMember? by, int? atEventId, DateTime nowUtc)
    {
        if (item.Version != input.ExpectedVersion)
        {
            return Result.Failure(ActionErrors.Stale);
        }

        if (!Enum.IsDefined(input.Status))
        {
            return Result.Failure(ActionErrors.NothingToRecord);
        }

        var note = TextNormalizer.MultiLine(input.Note);
        if (note is { Length: > ActionItemUpdate.NoteMaxLength })
        {
            return Result.Failure(ActionErrors.NoteTooLong, ActionItemUpdate.NoteMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (note is null && input.Status == item.Status)
        {
            return Result.Failure(ActionErrors.NothingToRecord);
        }

        item.Progress(input.Status, note, source, by, atEventId, nowUtc);
        item.Stamp(nowUtc);
        return Result.Success();
    }
}
