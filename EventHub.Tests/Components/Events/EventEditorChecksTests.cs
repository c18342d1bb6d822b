using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// Slips an organiser makes when planning a new meeting (today is 29 November 2026): a date in the past is pointed out,
/// and a capacity of 0 is refused with what to do rather than saved as 1.
/// </summary>
public class EventEditorChecksTests : ComponentTestBase
{
    [Fact]
    public async Task NewEvent_OnADayThatHasPassed_SaysSo_WhileStillLettingTheOrganiserSave()
    {
        var editor = RenderNewEvent();
        Assert.Empty(editor.FindAll("#event-start-past")); // four weeks ahead, as the form starts

        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2026-11-01" });

        editor.WaitForAssertion(() => Assert.Equal("This start lies in the past. Is the date right?", editor.Find("#event-start-past").TextContent.Trim()));
        await editor.Find("#event-title").ChangeAsync(new ChangeEventArgs { Value = "Terugblik najaar" });
        await editor.Find("form").SubmitAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(["Terugblik najaar"], await db.Events.Select(e => e.Title).ToListAsync());
    }

    [Fact]
    public async Task NewEvent_WithNoPlaces_IsRefusedAtTheField_AndNotSavedAsOnePlace()
    {
        var editor = RenderNewEvent();
        await editor.Find("#event-title").ChangeAsync(new ChangeEventArgs { Value = "Alliantiedag" });

        await editor.Find("#event-capacity").ChangeAsync(new ChangeEventArgs { Value = "0" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Enter at least 1 place, or leave the field empty for no limit.", editor.Markup));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.False(await db.Events.AnyAsync());
    }

    private IRenderedComponent<EventEditor> RenderNewEvent()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>();
        editor.WaitForElement("#event-date");
        return editor;
    }
}
