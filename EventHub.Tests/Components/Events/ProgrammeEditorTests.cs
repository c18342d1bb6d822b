using AngleSharp.Dom;
using Bunit;
using EventHub.App.Components.Pages.Events.Programme;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>Deleting a session from the programme: asked first, and refused up front for one with a record or action items.</summary>
public class ProgrammeEditorTests : ComponentTestBase
{
    [Fact]
    public async Task Delete_ASessionWithARecordAndActionItems_SaysWhatIsAttached_AndOffersNoDelete()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var workshop = @event.Sessions.Single(s => s.Kind == SessionKind.Workshop);
        await new RecordedSession()
            .Notes("Ouders willen vaker op school komen.", "Femke Jansen")
            .Action("Ouderavond plannen", "Stichting Taalhuis", new DateOnly(2027, 1, 15))
            .Action("Folder vertalen", "Stichting Taalhuis", new DateOnly(2027, 1, 31))
            .SaveAsync(DbFactory, workshop.Id, Time.GetUtcNow().UtcDateTime);
        var (dialogs, editor) = await RenderEditorAsync(@event.Id);

        var clicked = DeleteButton(editor, workshop.Title).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Session cannot be deleted", dialogs.Markup));
        Assert.Contains("it has a record of notes, insights or decisions; it has 2 action items", DialogText(dialogs));
        Assert.Empty(dialogs.FindAll("#confirm-ok"));
        Assert.Equal("Close", dialogs.Find("#confirm-cancel").TextContent.Trim());

        await dialogs.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await clicked;
        Assert.True(await SessionExistsAsync(workshop.Id));
    }

    [Fact]
    public async Task Delete_ASessionNobodyUsed_AsksAndDeletesOnceConfirmed()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var pause = @event.Sessions.Single(s => s.Kind == SessionKind.Break);
        var (dialogs, editor) = await RenderEditorAsync(@event.Id);

        var clicked = DeleteButton(editor, pause.Title).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete \"Pauze\" from the programme?", DialogText(dialogs)));

        await dialogs.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await clicked;
        Assert.False(await SessionExistsAsync(pause.Id));
    }

    [Fact]
    public async Task Programme_OfAConferenceOfTwoDays_ShowsTheDayOfEachSession()
    {
        var @event = SampleEvents.TwoDayConference(); // an opening at 09:00–10:00 on each day
        await AddEventsAsync(@event);

        var (_, editor) = await RenderEditorAsync(@event.Id);

        var times = editor.FindAll("tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Tue 29 Dec 09:00–10:00", "Wed 30 Dec 09:00–10:00"], times);
    }

    [Fact]
    public async Task Programme_OfAnEventOfOneDay_ShowsTimesOnly()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);

        var (_, editor) = await RenderEditorAsync(@event.Id);

        Assert.Equal("13:00–13:45", editor.FindAll("tbody tr th")[0].TextContent.Trim());
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<ProgrammeEditor> Editor)> RenderEditorAsync(int eventId)
    {
        Authorization.SetAuthorized("organiser@example.org");
        Authorization.SetRoles(EventHub.Core.Common.Roles.Organiser);
        Authorization.SetPolicies(Policies.Organise, Policies.Facilitate);
        var loaded = (await Services.GetRequiredService<EventService>().GetAsync(eventId))!;
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var editor = Render<ProgrammeEditor>(p => p.Add(c => c.EventId, eventId).Add(c => c.Event, loaded));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("button[aria-label^='Delete ']")));
        return (dialogs, editor);
    }

    private static IElement DeleteButton(IRenderedComponent<ProgrammeEditor> editor, string title) =>
        editor.FindAll("button").Single(b => b.GetAttribute("aria-label") == $"Delete {title}");

    private static string DialogText(IRenderedComponent<MudDialogProvider> dialogs) =>
        string.Join(" ", dialogs.FindAll(".mud-dialog").Select(d => d.TextContent));

    private async Task<bool> SessionExistsAsync(int sessionId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.AnyAsync(s => s.Id == sessionId);
    }
}
