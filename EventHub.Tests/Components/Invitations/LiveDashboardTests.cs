using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
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
    [Fact]
    public async Task InvitationsPage_AnotherOrganiserCancelsAnAcceptedGuest_TheCountsFollowWithoutAReload()
    {
        var (eventId, invitationId, _) = await AcceptedGuests.AddAsync(Services);
        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, eventId));
        page.WaitForAssertion(() => Assert.Equal("1", Coming(page)));

        var cancelled = await Services.GetRequiredService<InvitationService>().CancelAsync(invitationId, Staff.Organiser);

        Assert.True(cancelled.Succeeded);
        page.WaitForAssertion(() => Assert.Equal("0", Coming(page)));
    }

    [Fact]
    public async Task InvitationsPage_AnotherOrganiserCancelsTheEvent_ThePageStopsOfferingToInviteWithoutAReload()
    {
        var (eventId, _, _) = await AcceptedGuests.AddAsync(Services);
        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, eventId));
        page.WaitForAssertion(() => Assert.False(page.Find("#add-people").HasAttribute("disabled")));

        var cancelled = await Services.GetRequiredService<EventHub.Core.Events.EventPlanningService>().CancelAsync(eventId, "De zaal is niet beschikbaar", Staff.Organiser);

        Assert.True(cancelled.Succeeded, cancelled.ErrorCode);
        page.WaitForAssertion(() => Assert.Contains("cancelled", page.Find("#list-closed").TextContent));
        Assert.True(page.Find("#add-people").HasAttribute("disabled"));
    }

    [Fact]
    public async Task InvitationsPage_APartnerNamesAColleagueAtAnOutsideAddress_ItWaitsForApprovalOnThePageWithoutAReload()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, guest.EventId));
        page.WaitForAssertion(() => Assert.Equal("1", Coming(page)));
        Assert.Empty(page.FindAll("#pending-nominations"));

        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var by = await db.Invitations.Include(i => i.Event).Include(i => i.Contact).SingleAsync(i => i.Id == guest.InvitationId);
            db.Nominations.Add(new Nomination(by, NominationKind.Colleague, new ContactInput("Sanne", "Bos", "sanne@elders.example"), atOwnDomain: false,
                Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        page.WaitForAssertion(() => Assert.Contains("Sanne Bos", page.Find("#pending-nominations").TextContent));
    }

    private static string Coming(IRenderedComponent<InvitationsPage> page) =>
        page.Find("#response-summary .eh-stat-value").TextContent.Trim();
}
