using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Components.Pages.Invitations.CheckIn;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Invitations;

/// <summary>
/// The organiser's invite list and the check-in desk redraw when someone else changes the event — another organiser,
/// another desk — without a reload, because every committed write tells the screens open on it.
/// </summary>
public class LiveDashboardTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 14, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task InvitationsPage_AnotherOrganiserCancelsAnAcceptedGuest_TheCountsFollowWithoutAReload()
    {
        var (eventId, invitationId) = await AcceptedGuestAsync();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, eventId));
        page.WaitForAssertion(() => Assert.Equal("1", Coming(page)));

        var cancelled = await Services.GetRequiredService<InvitationService>().CancelAsync(invitationId);

        Assert.True(cancelled.Succeeded);
        page.WaitForAssertion(() => Assert.Equal("0", Coming(page)));
    }

    [Fact]
    public async Task CheckInDesk_AnotherDeskChecksAGuestIn_TheArrivalCountFollowsWithoutAReload()
    {
        var (eventId, invitationId) = await AcceptedGuestAsync();
        var desk = Render<CheckInDesk>(p => p.Add(c => c.EventId, eventId));
        desk.WaitForAssertion(() => Assert.Equal("0 of 1 checked in", desk.Find("#arrivals").TextContent));

        var checkedIn = await Services.GetRequiredService<CheckInService>().CheckInAsync(eventId, invitationId);

        Assert.True(checkedIn.Succeeded);
        desk.WaitForAssertion(() => Assert.Equal("1 of 1 checked in", desk.Find("#arrivals").TextContent));
    }

    private static string Coming(IRenderedComponent<InvitationsPage> page) =>
        page.Find("#response-summary .eh-stat-value").TextContent.Trim();

    /// <summary>A published event with one invited guest who accepted (answered by phone, as an organiser can).</summary>
    private async Task<(int EventId, int InvitationId)> AcceptedGuestAsync()
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var @event = new Event("Dialoog over taal", Start, Start.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/dialoog");
        @event.AddSession("Plenair", SessionKind.Plenary, Start, Start.AddHours(2));
        Assert.True(@event.Publish(now, "dialoog-over-taal").Succeeded);
        var contact = new Contact("Anna", "de Vries", "anna@example.org", Language.Nl, now);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        var invitations = Services.GetRequiredService<InvitationService>();
        await invitations.AddAsync(@event.Id, [contact.Id]);
        await invitations.SendAsync(@event.Id);
        int invitationId;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            invitationId = await db.Invitations.Select(i => i.Id).SingleAsync();
        }

        var answered = await Services.GetRequiredService<PhoneAnswerService>()
            .AnswerOnBehalfAsync(invitationId, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        Assert.True(answered.Succeeded);
        return (@event.Id, invitationId);
    }
}
