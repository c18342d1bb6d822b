using AngleSharp.Html.Dom;
using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// An organiser edits an event while another organiser moves it to another day with more places. Saving the older form
/// is refused with what is stored now; what the organiser typed stays in the form, and saving again puts it on top.
/// </summary>
public class EventEditorStaleSaveTests : ComponentTestBase
{
    [Fact]
    public async Task Save_AfterAnotherOrganiserMovedTheEvent_IsRefused_ShowsTheNewDateAndPlaces_AndKeepsWhatWasTyped()
    {
        var @event = SampleEvents.Alliantiedag(); // 29 December 2026
        await AddEventsAsync(@event);
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>(p => p.Add(c => c.Id, @event.Id));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#event-description")));
        await MoveByAnotherOrganiserAsync(@event.Id);

        await editor.Find("#event-description").ChangeAsync(new ChangeEventArgs { Value = "Typfout hersteld." });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Equal(
            "Someone else saved this event while you were editing it, so nothing was saved. Saved now: \"Alliantiedag Gelijke Kansen\", "
            + "Tuesday 5 January 2027, 13:00–17:00; Forum Groningen; places: 150. Your changes are still in the form: save again to put them on top, "
            + "or cancel to keep what is saved.",
            editor.Find("#event-conflict").TextContent.Trim()));
        Assert.Equal("Typfout hersteld.", ((IHtmlTextAreaElement)editor.Find("#event-description")).Value);
        Assert.NotEmpty(editor.FindAll("#move-programme")); // the form's date differs from the stored one: saving again would move it back
        var stored = await StoredAsync();
        Assert.Equal((SampleEvents.Amsterdam(2027, 1, 5, 13), 150), (stored.StartUtc, stored.Capacity));
        Assert.NotEqual("Typfout hersteld.", stored.Description);

        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Equal("Typfout hersteld.", StoredAsync().GetAwaiter().GetResult().Description));
    }

    private async Task MoveByAnotherOrganiserAsync(int eventId)
    {
        var form = EventForm.From((await Services.GetRequiredService<EventService>().GetAsync(eventId))!);
        (form.StartDate, form.Capacity) = ("2027-01-05", 150);
        var moved = await Services.GetRequiredService<EventPlanningService>().UpdateAsync(eventId, form.ToInput(), form.Version, Staff.Organiser);
        Assert.True(moved.Succeeded, moved.ErrorCode);
    }

    private async Task<Event> StoredAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Events.AsNoTracking().SingleAsync();
    }
}
