using System.Globalization;
using System.Text;
using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Components.Pages.Outcomes.Reports;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components;

/// <summary>A status reads the same on the screen as in the file exported from it (here in Dutch, where they once differed).</summary>
public class ScreenAndFileWordsTests : ComponentTestBase
{
    private static readonly CultureInfo Dutch = new("nl");

    [Fact]
    public async Task GuestListAndItsCsv_EveryInvitationStatus_HasTheSameWord()
    {
        UseCulture("nl");
        var eventId = await SeedOneGuestPerStatusAsync();
        var list = Render<GuestList>(p => p
            .Add(c => c.EventId, eventId)
            .Add(c => c.Load, (_, _) => Task.FromResult(new Paged<GuestListRow>([], 0)))
            .Add(c => c.CountStatuses, (_, _) => Task.FromResult<IReadOnlyDictionary<InvitationStatus, int>>(
                Enum.GetValues<InvitationStatus>().ToDictionary(status => status, _ => 1))));

        var csv = await ExportDutchAsync(eventId);

        list.WaitForAssertion(() => Assert.NotNull(list.Find($"#status-chip-{InvitationStatus.Substituted}")));
        Assert.All(Enum.GetValues<InvitationStatus>(), status =>
        {
            var onScreen = list.Find($"#status-chip-{status}").TextContent.Trim();
            Assert.Equal(onScreen, $"{csv[$"Gast {status}"]} (1)");
        });
    }

    /// <summary>Someone who was checked in reads the same on the list and in its file, whatever they had answered ("Komt niet" once read on both).</summary>
    [Fact]
    public async Task GuestListAndItsCsv_SomeoneCheckedIn_HasTheSameWord_WhateverTheyAnswered()
    {
        UseCulture("nl");
        var eventId = await SeedOneGuestPerStatusAsync(checkedIn: true);
        var guests = Services.GetRequiredService<GuestListService>();
        var list = Render<GuestList>(p => p
            .Add(c => c.EventId, eventId)
            .Add(c => c.Load, (query, ct) => guests.ListAsync(eventId, query with { PageSize = 100 }, ct))
            .Add(c => c.CountStatuses, (query, ct) => guests.StatusCountsAsync(eventId, query, ct)));

        var csv = await ExportDutchAsync(eventId);

        list.WaitForAssertion(() => Assert.Equal(Enum.GetValues<InvitationStatus>().Length, list.FindAll("#guest-list tbody tr").Count));
        foreach (var row in list.FindAll("#guest-list tbody tr"))
        {
            var onScreen = row.QuerySelector("td[data-label='Status'] .mud-chip-content")!.TextContent;
            Assert.Equal(("Aanwezig", "Aanwezig"), (onScreen, csv[row.QuerySelector("td a")!.TextContent]));
        }
    }

    [Fact]
    public void SynthesisAndItsMarkdown_EveryActionStatusAndSector_HaveTheSameWord()
    {
        UseCulture("nl");
        var start = new DateTime(2027, 2, 1, 14, 0, 0, DateTimeKind.Utc);
        var actions = Enum.GetValues<ActionItemStatus>()
            .Select(status => new SynthesisAction($"Actie {status}", "Noorderpoort", new DateOnly(2027, 3, 1), status, "Rondetafel"))
            .ToList();
        var synthesis = new EventSynthesis(1, "Gelijke kansen", "gelijke-kansen", EventStatus.Published, start, start.AddHours(3), EventTime.DefaultTimeZoneId,
            null, null, [new ThemeSection("SDG 4", [], [], actions)], Enum.GetValues<Sector>().Select(sector => new EventHub.Core.Outcomes.SectorCount(sector, 2)).ToList(), []);
        var screen = Render<SynthesisContent>(p => p.Add(c => c.Synthesis, synthesis));

        var markdown = SynthesisMarkdown.ToMarkdown(synthesis, Language.Nl).Split('\n');

        var rows = screen.FindAll(".eh-synthesis-actions tbody tr").ToDictionary(row => row.Children[0].TextContent, row => row.Children[3].TextContent);
        Assert.All(Enum.GetValues<ActionItemStatus>(), status =>
            // Mid-sentence the file writes the word in lower case: "(afgerond)".
            Assert.Contains($"({rows[$"Actie {status}"].ToLower(Dutch)})", markdown.Single(line => line.StartsWith($"- Actie {status} —", StringComparison.Ordinal))));
        var sectorsOnScreen = screen.FindAll("#sector-mix li span").Select(span => span.TextContent).ToList();
        Assert.Equal(Enum.GetValues<Sector>().Length, sectorsOnScreen.Count);
        Assert.All(sectorsOnScreen, sector => Assert.Contains($"- {sector}: 2", markdown));
    }

    /// <summary>An event with one guest in every status, each named "Gast {status}" (each checked in, if asked).</summary>
    private async Task<int> SeedOneGuestPerStatusAsync(bool checkedIn = false)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var now = Time.GetUtcNow().UtcDateTime;
        var @event = new Event("Gelijke kansen", now.AddDays(30), now.AddDays(30).AddHours(3));
        db.Events.Add(@event);
        foreach (var status in Enum.GetValues<InvitationStatus>())
        {
            var invitation = new Invitation(@event, new Contact("Gast", status.ToString(), $"{status}@example.org", Language.Nl, now), now);
            db.Invitations.Add(invitation);
            // Straight to the status: what is named is tested here, not how an invitation gets there.
            db.Entry(invitation).Property(i => i.Status).CurrentValue = status;
            db.Entry(invitation).Property(i => i.CheckedInAtUtc).CurrentValue = checkedIn ? now : null;
        }

        await db.SaveChangesAsync();
        return @event.Id;
    }

    /// <summary>The Dutch guest-list file as guest name → status cell.</summary>
    private async Task<Dictionary<string, string>> ExportDutchAsync(int eventId)
    {
        using var file = new MemoryStream();
        await Services.GetRequiredService<GuestListExportService>().WriteAsync(eventId, new GuestQuery(), file, new ExportOptions(Language.Nl));
        var lines = Encoding.UTF8.GetString(file.ToArray()).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.Equal("Status", lines[0].Split(',')[4]);
        return lines.Skip(1).Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => cells[4]);
    }
}
