using EventHub.Core.Door;
using EventHub.App.Resources;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Door;

/// <summary>
/// "12 of 40 expected · 2 admitted · walk-ins: 3 · in the room: 17 of 60 places": the desk's counts line as the page
/// first shows it. At a session's door the line is the room's: "8 of 20 registered came · … · in the room: 9 of 20 places". The desk's script writes the same line from the same texts (<see cref="DoorScriptTexts"/>) after every answer.
/// </summary>
public static class DoorCountsText
{
    /// <param name="withRoom">With the room's places (the desk); the invitations page shows who is in on its own.</param>
    public static string Line(IStringLocalizer<AppStrings> texts, ArrivalCounts counts, bool atASession = false, bool withRoom = true)
    {
        var parts = new List<string> { texts[atASession ? "Door_SessionCame" : "Door_CountsExpected", counts.Arrived, counts.Expected] };
        if (counts.Admitted > 0)
        {
            parts.Add(texts["Door_CountsAdmitted", counts.Admitted]);
        }

        if (counts.WalkIns > 0)
        {
            parts.Add(texts["Door_CountsWalkIns", counts.WalkIns]);
        }

        if (withRoom && counts.Capacity is { } capacity)
        {
            parts.Add(texts["Door_CountsRoom", counts.InTheRoom, capacity]);
        }

        return string.Join(" · ", parts);
    }
}
