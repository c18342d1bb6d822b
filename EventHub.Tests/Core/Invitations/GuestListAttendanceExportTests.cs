using System.Globalization;
using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Invitations;

/// <summary>After the event the guest-list file says who came: when (event's time zone), how and checked in by whom.</summary>
public class GuestListAttendanceExportTests
{
    [Theory]
    [InlineData(Language.En, "Arrived at", "Came in as", "Checked in by", "Expected", "Admitted at the door", "Walk-in")]
    [InlineData(Language.Nl, "Aangekomen om", "Binnengekomen als", "Ingecheckt door", "Verwacht", "Bij de deur toegelaten", "Zonder uitnodiging")]
    public async Task TheFile_HasArrivalTimeHowAndByWhom_InTheReadersLanguage(Language language,
        string arrivedAt, string cameInAs, string checkedInBy, string expected, string admitted, string walkIn)
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0, 1], otherAnswers: new() { [2] = InvitationStatus.Declined });
        var checkIns = CheckIns(scenario);
        await checkIns.CheckInAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 0), Staff.Door);
        scenario.Time.Advance(TimeSpan.FromMinutes(25));
        await checkIns.AdmitAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 2), Staff.Organiser);
        await scenario.Services.GetRequiredService<WalkInService>().RegisterAsync(scenario.EventId, new WalkIn("Wim", "Binnen", null, null), Staff.Door);

        var rows = await ExportAsync(scenario, language);

        var header = rows[0];
        Assert.Equal([arrivedAt, cameInAs, checkedInBy], header.Skip(Array.IndexOf(header, arrivedAt)).Take(3));
        var byName = rows.Skip(1).ToDictionary(r => r[0], r => (At: r[Array.IndexOf(header, arrivedAt)], How: r[Array.IndexOf(header, cameInAs)], By: r[Array.IndexOf(header, checkedInBy)]));
        var local = EventTime.ToLocal(InvitationScenario.EventStart, EventTime.DefaultTimeZoneId);
        Assert.Equal((local.AddMinutes(-10).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), expected, "Daan Visser"), byName["Partner 000"]);
        Assert.Equal(("", "", ""), byName["Partner 001"]); // accepted, did not come
        Assert.Equal((local.AddMinutes(15).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), admitted, "Olga Bakker"), byName["Partner 002"]);
        Assert.Equal((walkIn, "Daan Visser"), (byName["Wim Binnen"].How, byName["Wim Binnen"].By));
        Assert.Equal(4, rows.Count - 1);
    }

    private static async Task<List<string[]>> ExportAsync(InvitationScenario scenario, Language language)
    {
        using var file = new MemoryStream();
        Assert.True(await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(), file, new ExportOptions(language, CsvDelimiter.Semicolon)));
        using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(file.ToArray()[3..]), new CsvReaderOptions { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }
}
