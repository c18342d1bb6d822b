using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Actions;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Actions;

/// <summary>
/// Facilitator Femke opens action items from the tracker: she records progress on her own workshop's items, and on
/// another session's item is told who does, instead of getting a form that refuses what she typed.
/// </summary>
public class ActionItemPageTests : ComponentTestBase
{
    [Fact]
    public async Task ItemOfAnotherSession_FacilitatorIsToldWhoRecordsProgress_NoForm()
    {
        var (roundTable, _) = await AlliantiedagWithFemkeAsync();
        var item = await AddItemAsync(roundTable, "Werkgevers uitnodigen voor een rondetafel");

        var page = RenderPage(item);

        Assert.Empty(page.FindAll("#action-progress-note"));
        Assert.Empty(page.FindAll("#action-edit-in-record"));
        Assert.Equal("Only the facilitators of ‘Rondetafel: stages zonder discriminatie’ and the organisers record progress on this action item.",
            page.Find("#action-progress-not-yours").TextContent);
    }

    [Fact]
    public async Task ItemOfHerOwnSession_FacilitatorGetsTheProgressForm_AndTheWayToWhereTheItemIsWritten()
    {
        var (_, workshop) = await AlliantiedagWithFemkeAsync();
        var item = await AddItemAsync(workshop, "Taalcafé voor ouders opzetten");

        var page = RenderPage(item);

        page.WaitForElement("#action-progress-note");
        Assert.Empty(page.FindAll("#action-progress-not-yours"));
        Assert.Equal($"sessions/{workshop.Id}/outcome", page.Find("#action-edit-in-record").GetAttribute("href"));
    }

    [Fact]
    public async Task ItemWhoseOwnerWasErased_SaysNoRemindersGoOut_AndWhereToNameSomeoneElse()
    {
        var (_, workshop) = await AlliantiedagWithFemkeAsync();
        var item = await AddItemAsync(workshop, "Taalcafé voor ouders opzetten");
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var owner = await db.ActionItems.Where(a => a.Id == item).Select(a => a.OwnerContactId!.Value).SingleAsync();
            await ContactAnonymiser.AnonymiseAsync(db, Services.GetRequiredService<SiteLinks>(), [owner], Time.GetUtcNow().UtcDateTime, default);
            await db.SaveChangesAsync();
        }

        var page = RenderPage(item);

        Assert.Equal("The owner's contact details were erased for privacy, so no reminders go out for this item. Name someone else in the record of ‘Workshop: taal en ouderbetrokkenheid’ to follow it up.",
            page.Find("#action-owner-link").TextContent.Trim());
    }

    private IRenderedComponent<ActionItemPage> RenderPage(int itemId)
    {
        Render<MudPopoverProvider>();
        var page = Render<ActionItemPage>(p => p.Add(c => c.Id, itemId));
        page.WaitForElement("#action-what");
        return page;
    }

    /// <summary>The sample Alliantiedag with Femke facilitating its workshop (not its round table), and Femke signed in.</summary>
    private async Task<(Session RoundTable, Session Workshop)> AlliantiedagWithFemkeAsync()
    {
        var femke = SampleEvents.Facilitator();
        var @event = SampleEvents.Alliantiedag(femke);
        await AddEventsAsync(@event);
        Authorization.SetAuthorized("femke.jansen@example.org");
        Authorization.SetRoles(Roles.Facilitator); // before SetClaims: set after, the roles replace the claims
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, femke.Id), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, femke.DisplayName));
        Authorization.SetPolicies(Policies.Facilitate);
        return (@event.Sessions.Single(s => s.Kind == SessionKind.RoundTable), @event.Sessions.Single(s => s.Facilitators.Count > 0));
    }

    private async Task<int> AddItemAsync(Session session, string what)
    {
        var build = new ActionItems(DbFactory, Time.GetUtcNow().UtcDateTime);
        var (owner, contact) = await build.PartnerAsync("Buurtcentrum Boshof");
        return (await build.AddAsync(session, what, owner, contact, new DateOnly(2027, 1, 31))).Id;
    }
}
