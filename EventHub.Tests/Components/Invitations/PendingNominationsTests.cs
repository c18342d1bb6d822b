using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Invitations;

/// <summary>A colleague a partner named at an outside address waits on the invitations page until an organiser approves.</summary>
public class PendingNominationsTests : ComponentTestBase
{
    [Fact]
    public async Task InvitationsPage_ApproveAWaitingColleague_InvitesThem_AndTheListEmpties()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var by = await db.Invitations.Include(i => i.Event).Include(i => i.Contact).SingleAsync(i => i.Id == guest.InvitationId);
            db.Nominations.Add(new Nomination(by, NominationKind.Colleague, new ContactInput("Sanne", "Bos", "sanne@elders.example"), atOwnDomain: false,
                Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, guest.EventId));
        page.WaitForAssertion(() => Assert.Contains("Sanne Bos · sanne@elders.example · colleague instead of Anna de Vries",
            System.Text.RegularExpressions.Regex.Replace(page.Find("#pending-nominations").TextContent, @"\s+", " ")));
        // Why they wait, and where the organiser lets such colleagues in at once next time.
        Assert.Contains("not at one of the email domains on the organisation's page (add a domain there when such an address does belong to the organisation)",
            page.Find("#pending-nominations").TextContent);

        await page.Find("#pending-nominations button[aria-label='Approve Sanne Bos']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#pending-nominations")));
        Assert.Equal("Sanne Bos is invited.", Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message);
        await using var check = await DbFactory.CreateDbContextAsync();
        Assert.True(await check.OutboxMessages.AnyAsync(m => m.ToAddress == "sanne@elders.example" && m.Kind == InvitationEmails.InvitationKind));
    }
}
