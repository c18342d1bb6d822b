using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// "End event" on the event page, once the meeting has begun, asks first, and then ends the meeting (status Closed); the
/// page shows the answers.
/// </summary>
public class EndEventTests : ComponentTestBase
{
    [Fact]
    public async Task EndEvent_AsksFirst_AndOnlyEndsTheEventOnceConfirmed()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        Time.SetUtcNow(@event.StartUtc.AddHours(3)); // the meeting is under way
        var (dialogs, page) = RenderPage(@event.Id);

        // The click's handler waits for the answer in the dialog, so its task ends only after confirming.
        var clicked = page.Find("#end-event").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("End this event?", dialogs.Markup));
        Assert.Contains("The event is not cancelled and nobody gets an email.", dialogs.Markup);
        Assert.Equal(EventStatus.Published, await StatusAsync(@event.Id));

        await dialogs.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await clicked;

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#end-event")));
        Assert.Equal(EventStatus.Closed, await StatusAsync(@event.Id));
    }

    [Fact]
    public async Task PublishedEventWithoutInvitations_ShowsTheNextStep()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);

        var (_, page) = RenderPage(@event.Id);

        Assert.Equal("Invite partners", page.Find("#next-step-invite").TextContent.Trim());
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<EventPage> Page) RenderPage(int eventId)
    {
        Authorization.SetAuthorized("organiser@example.org");
        Authorization.SetRoles(EventHub.Core.Common.Roles.Organiser);
        Authorization.SetPolicies(Policies.Organise, Policies.Facilitate);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<EventPage>(p => p.Add(c => c.Id, eventId));
        page.WaitForElement("#copy-event");
        return (dialogs, page);
    }

    private async Task<EventStatus> StatusAsync(int eventId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<EventHub.Core.Data.EventHubDbContext>>().CreateDbContextAsync();
        return await db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync();
    }
}
