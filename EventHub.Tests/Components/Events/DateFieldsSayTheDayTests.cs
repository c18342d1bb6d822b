using AngleSharp.Dom;
using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// A browser shows its date fields in its own country's order (an American one: 03/11/2027 on a Dutch screen), so under
/// each date field the chosen day is written out in the screen's language, weekday first, with its times in 24 hours (an
/// American browser shows its time fields as 01:00 PM).
/// </summary>
public class DateFieldsSayTheDayTests : ComponentTestBase
{
    [Fact]
    public async Task Organiser_PicksTheEventsDate_ReadsTheDayWrittenOutUnderIt()
    {
        var editor = await RenderEditorAsync();

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-03-11" });
        await editor.Find("#event-deadline").ChangeAsync(new ChangeEventArgs { Value = "2027-03-04" });

        editor.WaitForAssertion(() => Assert.Equal("Thursday 11 March 2027, 13:00–17:00", HelpUnder(editor, "#event-date")));
        Assert.Equal("Thursday 4 March 2027, 17:00", HelpUnder(editor, "#event-deadline"));
        Assert.Equal("Only for events that run past midnight", HelpUnder(editor, "#event-end-date")); // no end date: its own help
    }

    [Fact]
    public async Task Organiser_ChangesTheTimes_ReadsThemInTwentyFourHours_WhateverTheBrowserShows()
    {
        var editor = await RenderEditorAsync();

        await editor.Find("#event-start").ChangeAsync(new ChangeEventArgs { Value = "09:30" });
        await editor.Find("#event-end").ChangeAsync(new ChangeEventArgs { Value = "21:00" });

        editor.WaitForAssertion(() => Assert.EndsWith(", 09:30–21:00", HelpUnder(editor, "#event-date")));
    }

    [Fact]
    public async Task AnEventRunningPastMidnight_TheEndTimeIsWrittenWithItsOwnDay()
    {
        var editor = await RenderEditorAsync();

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-03-11" });
        await editor.Find("#event-start").ChangeAsync(new ChangeEventArgs { Value = "20:00" });
        await editor.Find("#event-end").ChangeAsync(new ChangeEventArgs { Value = "02:00" });
        await editor.Find("#event-end-date").ChangeAsync(new ChangeEventArgs { Value = "2027-03-12" });

        editor.WaitForAssertion(() => Assert.Equal("Friday 12 March 2027, 02:00", HelpUnder(editor, "#event-end-date")));
        Assert.Equal("Thursday 11 March 2027, 20:00", HelpUnder(editor, "#event-date"));
    }

    [Fact]
    public async Task Dutch_TheDayIsWrittenOutInDutch()
    {
        UseCulture("nl");
        var editor = await RenderEditorAsync();

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-03-11" });

        editor.WaitForAssertion(() => Assert.Equal("donderdag 11 maart 2027, 13:00–17:00", HelpUnder(editor, "#event-date")));
    }

    [Fact]
    public async Task TheTimeZone_IsNamedByItsCountryAndCity_NotByItsId()
    {
        var editor = await RenderEditorAsync();

        Assert.Equal("Netherlands (Amsterdam)", editor.Find("#event-zone").GetAttribute("value"));
    }

    private static string? HelpUnder(IRenderedComponent<EventEditor> editor, string field) =>
        editor.Find(field).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim();

    private async Task<IRenderedComponent<EventEditor>> RenderEditorAsync()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>(p => p.Add(c => c.Id, @event.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#event-date")));
        return editor;
    }
}
