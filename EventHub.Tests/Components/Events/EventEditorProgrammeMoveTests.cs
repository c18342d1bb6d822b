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

    [Fact]
    public async Task NewDateAWeekLater_TheRsvpDeadlineMovesAlong_AndIsSaved()
    {
        // 29 December 13:00 with answers until 22 December 17:00; moved to 5 January, answers close on 29 December.
        var editor = await RenderEditorAsync(deadline: SampleEvents.Amsterdam(2026, 12, 22, 17));

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-01-05" });

        editor.WaitForAssertion(() => Assert.Equal("2026-12-29", ((IHtmlInputElement)editor.Find("#event-deadline")).Value));
        Assert.Equal("17:00", ((IHtmlInputElement)editor.Find("#event-deadline-time")).Value);
        Assert.Contains("Moved along with the start (was Tue 22 Dec 17:00).", editor.Markup);
        await editor.Find("form").SubmitAsync();
        Assert.Equal(SampleEvents.Amsterdam(2026, 12, 29, 17), await StoredDeadlineAsync());
    }

    [Fact]
    public async Task NewDateEarlier_TheRsvpDeadlineMovesAlong_SoItStaysBeforeTheNewStart()
    {
        var editor = await RenderEditorAsync(deadline: SampleEvents.Amsterdam(2026, 12, 22, 17));

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2026-12-20" }); // 9 days earlier: before the old deadline

        editor.WaitForAssertion(() => Assert.Equal("2026-12-13", ((IHtmlInputElement)editor.Find("#event-deadline")).Value));
        await editor.Find("form").SubmitAsync();
        Assert.Equal(SampleEvents.Amsterdam(2026, 12, 13, 17), await StoredDeadlineAsync());
    }

    [Fact]
    public async Task NewDateEarlier_WhereTheDeadlineWouldMoveIntoThePast_TheDeadlineStays_AndAnswersDoNotCloseUnnoticed()
    {
        // Today is 29 November. The event moves from 29 December to 6 December; its deadline of 2 December would move to 9 November.
        var editor = await RenderEditorAsync(deadline: SampleEvents.Amsterdam(2026, 12, 2, 17));

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2026-12-06" });

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#move-programme")));
        Assert.Equal("2026-12-02", ((IHtmlInputElement)editor.Find("#event-deadline")).Value);
        Assert.DoesNotContain("Moved along with the start", editor.Markup);
        await editor.Find("form").SubmitAsync();
        Assert.Equal(SampleEvents.Amsterdam(2026, 12, 2, 17), await StoredDeadlineAsync());
    }

    [Fact]
    public async Task NewDateEarlier_ProgrammeLeftWhereItIs_ADeadlineAfterTheNewStartIsRefusedAtTheField()
    {
        var editor = await RenderEditorAsync(deadline: SampleEvents.Amsterdam(2026, 12, 22, 17));
        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2026-12-20" });
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#move-programme")));

        await editor.Find("#move-programme input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = false });
        editor.WaitForAssertion(() => Assert.Equal("2026-12-22", ((IHtmlInputElement)editor.Find("#event-deadline")).Value)); // back where it was
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("The RSVP deadline must be before the event starts: choose an earlier deadline or a later start.", editor.Markup));
        Assert.Equal(SampleEvents.Amsterdam(2026, 12, 22, 17), await StoredDeadlineAsync());
    }

    [Fact]
    public async Task DeadlineTypedByTheOrganiser_StaysWhenTheStartMoves()
    {
        var editor = await RenderEditorAsync(deadline: SampleEvents.Amsterdam(2026, 12, 22, 17));
        await editor.Find("#event-deadline").ChangeAsync(new ChangeEventArgs { Value = "2026-12-27" });

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-01-05" });

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#move-programme")));
        Assert.Equal("2026-12-27", ((IHtmlInputElement)editor.Find("#event-deadline")).Value);
        Assert.DoesNotContain("Moved along with the start", editor.Markup);
    }

    private async Task<DateTime?> StoredDeadlineAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return (await db.Events.SingleAsync()).RsvpDeadlineUtc;
    }

    private async Task<IRenderedComponent<EventEditor>> RenderEditorAsync(DateTime? deadline = null)
    {
        var @event = SampleEvents.Alliantiedag();
        @event.Limit(null, deadline);
        await AddEventsAsync(@event);
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>(p => p.Add(c => c.Id, @event.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#event-date")));
        return editor;
    }
}
