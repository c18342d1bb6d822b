using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Components.Invitations;

/// <summary>The invitations page of a meeting that is over: the list is its record, and the page says so.</summary>
public class InvitationsPageTests : ComponentTestBase
{
    [Fact]
    public async Task AClosedEvent_SaysWhyNobodyCanBeInvited_AndOffersNoForecastForInviting()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var @event = await db.Events.SingleAsync(e => e.Id == guest.EventId);
            Assert.True(@event.Close().Succeeded);
            await db.SaveChangesAsync();
        }

        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, guest.EventId));

        page.WaitForAssertion(() => Assert.Contains("This event is over: its guest list is kept as it was.", page.Find("#list-closed").TextContent));
        Assert.Empty(page.FindAll("#expected-acceptances"));
        Assert.True(page.Find("#send-invitations").HasAttribute("disabled"));
    }
}
