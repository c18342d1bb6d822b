using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// Moving a published event emails everyone invited who had not declined, the moment it is saved: the form says how many
/// before it does, and keeping the old date changes nothing and sends nothing.
/// </summary>
public class EventEditorTellInviteesTests : ComponentTestBase
{
    [Fact]
    public async Task NewDate_SaysHowManyInviteesAreEmailed_KeepingTheOldDateSavesNothing_AndSavingTellsThem()
    {
        var eventId = await PublishedWithInviteesAsync();
        var dialogs = Render<MudDialogProvider>();
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>(p => p.Add(c => c.Id, eventId));
        editor.WaitForElement("#event-date");
        await editor.Find("#event-date").ChangeAsync(new ChangeEventArgs { Value = "2027-01-05" });

        var firstSave = editor.Find("form").SubmitAsync(); // ends when the question is answered
        dialogs.WaitForAssertion(() => Assert.Contains(
            "2 invitees who are coming, unsure, waiting or have not answered yet get an email straight away", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await firstSave;
        Assert.Equal((SampleEvents.Amsterdam(2026, 12, 29, 13), 0), await StoredStartAndNoticesAsync());

        var secondSave = editor.Find("form").SubmitAsync();
        dialogs.WaitForElement("#confirm-ok");
        Assert.Equal("Save and email", dialogs.Find("#confirm-ok").TextContent.Trim());
        await dialogs.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await secondSave;

        Assert.Equal((SampleEvents.Amsterdam(2027, 1, 5, 13), 2), await StoredStartAndNoticesAsync());
    }

    [Fact]
    public async Task NewTitleOnly_SavesWithoutAsking()
    {
        var eventId = await PublishedWithInviteesAsync();
        var dialogs = Render<MudDialogProvider>();
        SignInAs("Olga Bakker", Policies.Organise);
        var editor = Render<EventEditor>(p => p.Add(c => c.Id, eventId));
        editor.WaitForElement("#event-title");
        await editor.Find("#event-title").ChangeAsync(new ChangeEventArgs { Value = "Alliantiedag Gelijke Kansen" });

        await editor.Find("form").SubmitAsync();

        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal("Alliantiedag Gelijke Kansen", await db.Events.Select(e => e.Title).SingleAsync());
    }

    /// <summary>The Alliantiedag (published) with three sent invitations: one not answered yet, one coming, one who declined.</summary>
    private async Task<int> PublishedWithInviteesAsync()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var now = Time.GetUtcNow().UtcDateTime;
        await using var db = await DbFactory.CreateDbContextAsync();
        var tracked = await db.Events.SingleAsync();
        foreach (var (name, answer) in new[] { ("Anna", (InvitationStatus?)null), ("Bram", InvitationStatus.Accepted), ("Cor", InvitationStatus.Declined) })
        {
            var invitation = new Invitation(tracked, new Contact(name, "de Vries", $"{name.ToLowerInvariant()}@example.org", Language.En, now), now);
            invitation.Issue($"hash-{name}", now);
            if (answer is { } status)
            {
                invitation.Answer(status, now);
            }

            db.Invitations.Add(invitation);
        }

        await db.SaveChangesAsync();
        return tracked.Id;
    }

    private async Task<(DateTime Start, int Notices)> StoredStartAndNoticesAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return (await db.Events.Select(e => e.StartUtc).SingleAsync(), await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.ChangeKind));
    }
}
