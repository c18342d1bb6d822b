using AngleSharp.Html.Dom;
using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Components.Events;

/// <summary>The edit form's "Move the programme along": offered once the start of an event with sessions changes.</summary>
public class EventEditorProgrammeMoveTests : ComponentTestBase
{
    [Fact]
    public async Task NewDate_OffersToMoveTheProgramme_TickedByDefault_AndWarnsWhatStaysBehindWhenUnticked()
    {
        var editor = await RenderEditorAsync();
        Assert.Empty(editor.FindAll("#move-programme")); // same start: nothing to offer

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-01-05" });

        editor.WaitForAssertion(() => Assert.True(((IHtmlInputElement)editor.Find("#move-programme input[type=checkbox]")).IsChecked));
        Assert.Equal("Move the programme along", editor.Find("#move-programme label").TextContent.Trim());
        Assert.Equal("All 5 sessions move by as much as the start, so the day keeps its shape.", editor.Find("#move-programme-help").TextContent.Trim());

        await editor.Find("#move-programme input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = false });

        editor.WaitForAssertion(() => Assert.Equal(
            "The programme stays where it is: 5 sessions will lie outside the event's new times.", editor.Find("#move-programme-warning").TextContent.Trim()));
    }

    [Fact]
    public async Task Save_WithTheOptionTicked_MovesTheSessionsToTheNewDay()
    {
        var editor = await RenderEditorAsync();
        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-01-05" });
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#move-programme")));

        await editor.Find("form").SubmitAsync();

        await using var db = await DbFactory.CreateDbContextAsync();
        var starts = await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.StartUtc).ToListAsync();
        Assert.Equal([SampleEvents.Amsterdam(2027, 1, 5, 13), SampleEvents.Amsterdam(2027, 1, 5, 14), SampleEvents.Amsterdam(2027, 1, 5, 14),
            SampleEvents.Amsterdam(2027, 1, 5, 15, 15), SampleEvents.Amsterdam(2027, 1, 5, 15, 30)], starts);
    }

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
