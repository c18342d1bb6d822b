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

/// <summary>The programme editor: deleting a session (asked first, refused up front for one with a record or action items), a refused save, the days of a conference.</summary>
public class ProgrammeEditorTests : ComponentTestBase
{
    private IRenderedComponent<MudPopoverProvider>? _popovers;

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
    public async Task Add_ASessionWithMorePlacesThanTheEvent_IsRefused_BelowTheConflictItPointsTo()
    {
        var @event = SampleEvents.Alliantiedag();
        @event.Limit(100, null);
        await AddEventsAsync(@event);
        var (dialogs, editor) = await RenderEditorAsync(@event.Id);

        _ = editor.Find("#add-session").ClickAsync(new MouseEventArgs()); // its task ends when the dialog closes
        dialogs.WaitForElement("#session-title");
        await dialogs.Find("#session-title").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Grote workshop" });
        await ChooseKindAsync(dialogs, "Workshop");
        await dialogs.Find("#session-capacity").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "150" });
        await dialogs.Find("form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.Equal(
            "Not saved: this session clashes with the programme, as shown above.", dialogs.Find("#session-error").TextContent.Trim()));
        Assert.Contains("More places than the event has (100).", dialogs.Find("#session-conflicts").TextContent);
        Assert.Equal(["session-conflicts", "session-error"], dialogs.FindAll("#session-conflicts, #session-error").Select(e => e.Id)); // in document order
    }

    [Fact]
    public async Task Add_ASessionWithoutChoosingItsKind_IsNotSaved_UntilTheOrganiserChoosesABreak_WhichPartnersCannotPick()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var (dialogs, editor) = await RenderEditorAsync(@event.Id);

        var closed = editor.Find("#add-session").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#session-title");
        await dialogs.Find("#session-title").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Koffie" });
        await dialogs.Find("#session-end").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "16:45" }); // after the last session
        await dialogs.Find("form").SubmitAsync();

        // Nothing is chosen for them: a default "Workshop" would have offered the coffee break to partners to pick.
        dialogs.WaitForAssertion(() => Assert.Contains(
            "Choose the kind: partners cannot pick a break, and a break needs no record.", dialogs.FindAll(".mud-input-error").Select(e => e.TextContent.Trim())));
        Assert.False(closed.IsCompleted);

        await ChooseKindAsync(dialogs, "Break");
        await dialogs.Find("form").SubmitAsync();
        await closed.WaitAsync(TimeSpan.FromSeconds(10));

        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(SessionKind.Break, await db.Sessions.Where(s => s.EventId == @event.Id && s.Title == "Koffie").Select(s => s.Kind).SingleAsync());
    }

    [Fact]
    public async Task Edit_ASessionAnotherOrganiserSavedMeanwhile_SaysWhatIsSavedNow_KeepsWhatWasTyped_AndSavesOnTopWhenSentAgain()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var workshop = @event.Sessions.Single(s => s.Kind == SessionKind.Workshop); // 14:00–15:15 in the Rooftop zaal, 60 places
        var (dialogs, editor) = await RenderEditorAsync(@event.Id); // this organiser's page was opened first
        var loaded = (await Services.GetRequiredService<EventService>().GetAsync(@event.Id))!;
        var raised = SessionForm.From(loaded.Sessions.Single(s => s.Id == workshop.Id), loaded);
        raised.Capacity = 80;
        Assert.True((await Services.GetRequiredService<ProgrammeService>().UpdateAsync(@event.Id, workshop.Id, raised.ToInput()!, Staff.Organiser)).Saved);

        var closed = editor.FindAll("button").Single(b => b.GetAttribute("aria-label") == $"Edit {workshop.Title}").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#session-description");
        await dialogs.Find("#session-description").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Neem een laptop mee." });
        await dialogs.Find("form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.StartsWith(
            "Someone else saved this session while you were editing it, so nothing was saved. Saved now: \"Workshop: taal en ouderbetrokkenheid\", 14:00–15:15; Rooftop zaal; places: 80.",
            dialogs.Find("#session-error").TextContent.Trim()));
        Assert.Equal("Neem een laptop mee.", dialogs.Find("#session-description").GetAttribute("value") ?? dialogs.Find("#session-description").TextContent);
        Assert.Equal((80, "Hoe betrekken we ouders?"), await StoredAsync(workshop.Id));

        await dialogs.Find("form").SubmitAsync(); // the organiser read it and puts their form on top
        await closed;
        Assert.Equal((60, "Neem een laptop mee."), await StoredAsync(workshop.Id));
    }

    [Fact]
    public async Task Edit_ARoundTableMovedToThePlenarysTime_WarnsItHasNoAudience_AndSavesAnyway()
    {
        var @event = SampleEvents.Alliantiedag(); // the plenary opening 13:00–13:45; the round table 14:00–15:15 in Studio 2
        await AddEventsAsync(@event);
        var roundTable = @event.Sessions.Single(s => s.Kind == SessionKind.RoundTable);
        var (dialogs, editor) = await RenderEditorAsync(@event.Id);

        var closed = EditButton(editor, roundTable.Title).ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#session-start");
        await dialogs.Find("#session-start").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "13:00" });
        await dialogs.Find("#session-end").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "13:45" });

        dialogs.WaitForAssertion(() => Assert.Contains(
            "The plenary \"Plenaire opening\" is at the same time: everyone coming is expected there, so this session would have no audience.",
            dialogs.Find("#session-conflicts").TextContent));
        Assert.Contains("mud-alert-text-warning", dialogs.Find("#session-conflicts").ClassName);
        await dialogs.Find("form").SubmitAsync();
        await closed;
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(roundTable.StartUtc.AddHours(-1), await db.Sessions.Where(s => s.Id == roundTable.Id).Select(s => s.StartUtc).SingleAsync());
    }

    [Fact]
    public async Task Edit_APlenaryMadeAWorkshop_AsksFirstSayingWhoIsInItNow_AndSavesOnlyOnceConfirmed()
    {
        var guest = await AcceptedGuests.AddAsync(Services); // a published meeting with its plenary and one guest coming
        var plenary = await SingleSessionAsync(guest.EventId);
        var (dialogs, editor) = await RenderEditorAsync(guest.EventId);

        var closed = EditButton(editor, "Plenair").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#session-title");
        await ChooseKindAsync(dialogs, "Workshop");
        var asked = dialogs.Find("form").SubmitAsync(); // ends once the question is answered

        dialogs.WaitForAssertion(() => Assert.Contains("No longer a plenary?", DialogText(dialogs)));
        Assert.Contains("1 person coming is in it now. Once changed, nobody is registered for it until partners pick it on their invitation page. "
            + "Everyone coming is emailed the change, with their calendar updated.", DialogText(dialogs));
        await dialogs.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await asked;
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("No longer a plenary?", DialogText(dialogs)));
        Assert.Equal(SessionKind.Plenary, await KindOfAsync(plenary)); // not saved; the form is still open

        var askedAgain = dialogs.Find("form").SubmitAsync();
        dialogs.WaitForElement("#confirm-ok");
        Assert.Equal("Change and save", dialogs.Find("#confirm-ok").TextContent.Trim());
        await dialogs.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await askedAgain;
        await closed;
        Assert.Equal(SessionKind.Workshop, await KindOfAsync(plenary));
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
        _popovers = Render<MudPopoverProvider>();
        var editor = Render<ProgrammeEditor>(p => p.Add(c => c.EventId, eventId).Add(c => c.Event, loaded));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("button[aria-label^='Delete ']")));
        return (dialogs, editor);
    }

    /// <summary>Opens the dialog's kind list, as a click on it does, and picks <paramref name="kind"/>.</summary>
    private async Task ChooseKindAsync(IRenderedComponent<MudDialogProvider> dialogs, string kind)
    {
        var select = dialogs.FindComponent<MudSelect<SessionKind?>>();
        await select.InvokeAsync(select.Instance.OpenMenu);
        var item = _popovers!.WaitForElements(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == kind);
        await item.ClickAsync(new MouseEventArgs());
    }

    private static IElement EditButton(IRenderedComponent<ProgrammeEditor> editor, string title) =>
        editor.FindAll("button").Single(b => b.GetAttribute("aria-label") == $"Edit {title}");

    private async Task<int> SingleSessionAsync(int eventId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).SingleAsync();
    }

    private async Task<SessionKind> KindOfAsync(int sessionId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Kind).SingleAsync();
    }

    private static IElement DeleteButton(IRenderedComponent<ProgrammeEditor> editor, string title) =>
        editor.FindAll("button").Single(b => b.GetAttribute("aria-label") == $"Delete {title}");

    private static string DialogText(IRenderedComponent<MudDialogProvider> dialogs) =>
        string.Join(" ", dialogs.FindAll(".mud-dialog").Select(d => d.TextContent));

    private async Task<(int? Capacity, string? Description)> StoredAsync(int sessionId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => new ValueTuple<int?, string?>(s.Capacity, s.Description)).SingleAsync();
    }

    private async Task<bool> SessionExistsAsync(int sessionId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.AnyAsync(s => s.Id == sessionId);
    }
}
