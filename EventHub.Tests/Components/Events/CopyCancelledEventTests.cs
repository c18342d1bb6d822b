using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// Copying a meeting that was called off offers to put its guests on the copy's invite list (not sent), counted before
/// copying; copying one that took place starts a new list.
/// </summary>
public class CopyCancelledEventTests : CopyEventTestBase
{
    [Fact]
    public async Task CopyingACancelledMeeting_PutsItsGuestsOnTheCopysListUnsent_LeavingOutWhoDeclinedWhenAsked()
    {
        var eventId = await CancelledMeetingAsync();
        var (dialogs, page) = RenderPage(eventId);

        var clicked = page.Find("#copy-event").ClickAsync(new MouseEventArgs());
        // Anna (coming) and Bram (declined); not Dirk, who asked not to be invited.
        dialogs.WaitForAssertion(() => Assert.Equal("Put the 2 people invited to this meeting on the copy’s invite list",
            dialogs.Find("#copy-with-guests label").TextContent.Trim()));
        await dialogs.Find("#copy-leave-out-declined input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        dialogs.WaitForAssertion(() => Assert.Equal("Put the 1 person invited to this meeting on the copy’s invite list",
            dialogs.Find("#copy-with-guests label").TextContent.Trim()));
        dialogs.Find("#copy-date").Change("2027-06-09");
        await dialogs.Find("#confirm-copy-event").ClickAsync(new MouseEventArgs());
        await clicked;

        await using var db = await DbFactory.CreateDbContextAsync();
        var copy = await db.Events.Where(e => e.Id != eventId).SingleAsync();
        Assert.Equal(EventStatus.Draft, copy.Status);
        Assert.Equal([("Anna", InvitationStatus.Listed)],
            await db.Invitations.Where(i => i.EventId == copy.Id).Select(i => new ValueTuple<string, InvitationStatus>(i.Contact.FirstName, i.Status)).ToListAsync());
        Assert.EndsWith($"events/{copy.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task CopyingAMeetingThatWasNotCalledOff_OffersNoGuests()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        await InviteAsync(@event.Id, "Anna", InvitationStatus.Accepted);
        var (dialogs, page) = RenderPage(@event.Id);

        _ = page.Find("#copy-event").ClickAsync(new MouseEventArgs());

        dialogs.WaitForElement("#copy-date");
        Assert.Empty(dialogs.FindAll("#copy-with-guests"));
    }

    /// <summary>The sample meeting with Anna coming, Bram declined and Dirk (who has since asked not to be invited) coming, then called off.</summary>
    private async Task<int> CancelledMeetingAsync()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        await InviteAsync(@event.Id, "Anna", InvitationStatus.Accepted);
        await InviteAsync(@event.Id, "Bram", InvitationStatus.Declined);
        var dirk = await InviteAsync(@event.Id, "Dirk", InvitationStatus.Accepted);
        await using var db = await DbFactory.CreateDbContextAsync();
        (await db.Contacts.SingleAsync(c => c.Id == dirk)).ObjectToInvitations(Time.GetUtcNow().UtcDateTime);
        Assert.True((await db.Events.SingleAsync(e => e.Id == @event.Id)).Cancel("De zaal is niet beschikbaar.").Succeeded);
        await db.SaveChangesAsync();
        return @event.Id;
    }

    private async Task<int> InviteAsync(int eventId, string firstName, InvitationStatus answer)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using var db = await DbFactory.CreateDbContextAsync();
        var contact = new Contact(firstName, "Jansen", $"{firstName.ToLowerInvariant()}@noorderpoort.example", Language.Nl, now);
        var invitation = new Invitation(await db.Events.SingleAsync(e => e.Id == eventId), contact, now);
        invitation.Issue($"hash-{firstName}", now);
        invitation.Answer(answer, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return contact.Id;
    }
}
