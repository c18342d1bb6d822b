using EventHub.Core.Common;
using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace EventHub.Tests.Components.Invitations;

/// <summary>The add-people dialog lists whom a search finds, all ticked; the organiser leaves people out before adding.</summary>
public class AddPeopleDialogTests : ComponentTestBase
{
    [Fact]
    public async Task UntickedPeople_AreNotAdded_AndTheCountAndBalanceFollowTheTicks()
    {
        var (eventId, ids) = await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        Task<int?> shown = null!;
        // Not awaited: the task ends when the dialog closes.
        await provider.InvokeAsync(() => { shown = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });

        await TypeAndPauseAsync(provider.Find("#add-search"), "noorderpoort", TimeSpan.FromMilliseconds(300));
        provider.WaitForAssertion(() => Assert.Equal("3 of 3 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.Contains("Asked not to be invited", provider.Find($"tr[data-contact='{ids["Dirk"]}']").TextContent);
        Assert.True(provider.Find($"tr[data-contact='{ids["Dirk"]}'] input[type=checkbox]").HasAttribute("disabled"));
        Assert.Equal("100% (3)", provider.Find("#add-balance tr[data-sector='Education'] .eh-share-after").TextContent.Trim());

        await provider.Find($"tr[data-contact='{ids["Bram"]}'] input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = false });

        provider.WaitForAssertion(() => Assert.Equal("2 of 3 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.Equal("100% (2)", provider.Find("#add-balance tr[data-sector='Education'] .eh-share-after").TextContent.Trim());
        Assert.Equal("Add 2 people", provider.Find("#add-confirm").TextContent.Trim());
        await provider.Find("#add-confirm").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        Assert.Equal(2, await shown.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(["Anna", "Cor"], await db.Invitations.Where(i => i.EventId == eventId).Select(i => i.Contact.FirstName).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task APastTwoDayEvent_IsOfferedWithBothItsDays()
    {
        var (eventId, ids) = await SeedAsync();
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            var start = new DateTime(2026, 10, 6, 7, 0, 0, DateTimeKind.Utc); // Tuesday 09:00 to Wednesday 17:00 in Amsterdam
            var conference = new Event("Alliantieconferentie", start, start.AddHours(32));
            conference.HoldAt(null, "https://meet.example.org/conferentie");
            var came = new Invitation(conference, await db.Contacts.SingleAsync(c => c.Id == ids["Anna"]), now);
            came.CheckIn(start);
            db.AddRange(conference, came);
            await db.SaveChangesAsync();
        }

        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        // Not awaited: the task ends when the dialog closes.
        await provider.InvokeAsync(() => { _ = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });

        provider.WaitForElement("#add-attended");
        var attended = provider.FindComponents<MudSelect<int?>>().Single(s => s.Instance.GetState(x => x.InputId) == "add-attended");
        await provider.InvokeAsync(() => attended.Instance.OpenMenu());

        popovers.WaitForAssertion(() => Assert.Contains(
            "Alliantieconferentie · Tuesday 6 – Wednesday 7 October 2026 (1)", popovers.Find(".mud-popover-open .mud-list-item").TextContent));
    }

    [Fact]
    public async Task AWalkInWhoGaveNoEmail_IsShownAsHavingNoEmailAddress_AndCannotBeTicked()
    {
        var (eventId, _) = await SeedAsync();
        int wim;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            var walkIn = new Contact("Wim", "Inloper", Contact.NoEmail(), Language.Nl, now);
            walkIn.MoveTo(await db.Organisations.SingleAsync(o => o.Name == "Noorderpoort"), now);
            db.Contacts.Add(walkIn);
            await db.SaveChangesAsync();
            wim = walkIn.Id;
        }

        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        await provider.InvokeAsync(() => { _ = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });

        await TypeAndPauseAsync(provider.Find("#add-search"), "noorderpoort", TimeSpan.FromMilliseconds(300));

        provider.WaitForAssertion(() => Assert.Equal("3 of 3 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.Contains("No email address", provider.Find($"tr[data-contact='{wim}']").TextContent);
        Assert.DoesNotContain("no-email.invalid", provider.Find("#add-candidates").TextContent);
        Assert.True(provider.Find($"tr[data-contact='{wim}'] input[type=checkbox]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SelectNoneAndAll_ChangeEveryAddableTick()
    {
        var (eventId, _) = await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        await provider.InvokeAsync(() => { _ = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });
        await TypeAndPauseAsync(provider.Find("#add-search"), "noorderpoort", TimeSpan.FromMilliseconds(300));
        provider.WaitForElement("#add-select-none");

        await provider.Find("#add-select-none").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        provider.WaitForAssertion(() => Assert.Equal("0 of 3 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.True(provider.Find("#add-confirm").HasAttribute("disabled"));

        await provider.Find("#add-select-all").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        provider.WaitForAssertion(() => Assert.Equal("3 of 3 selected", provider.Find("#add-count").TextContent.Trim()));
    }

    [Fact]
    public async Task TheBalancePreview_WarnsByTheAdminsTargets_LikeTheInvitationsPage()
    {
        var (eventId, _) = await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        await provider.InvokeAsync(() => { _ = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });
        await TypeAndPauseAsync(provider.Find("#add-search"), "noorderpoort", TimeSpan.FromMilliseconds(300));

        // Without targets, a list of one school lacks three sectors and is all one sector.
        provider.WaitForAssertion(() => Assert.Contains("Government", provider.Find("#add-balance-warning").TextContent));

        // The admin says any share of any sector is fine (0-100 % each): the same list raises nothing.
        var admin = TeamMember.InRoles("admin-id", "Anna Admin", Roles.Admin);
        Assert.True((await Services.GetRequiredService<SectorTargetService>()
            .SaveAsync(admin, SectorTaxonomy.Sectors.Select(s => new SectorTargetInput(s, 0, 100)).ToList())).Succeeded);
        var again = Render<MudDialogProvider>();
        await again.InvokeAsync(() => { _ = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });
        await TypeAndPauseAsync(again.Find("#add-search"), "noorderpoort", TimeSpan.FromMilliseconds(300));
        again.WaitForAssertion(() => Assert.Equal("100% (3)", again.Find("#add-balance tr[data-sector='Education'] .eh-share-after").TextContent.Trim()));
        Assert.Empty(again.FindAll("#add-balance-warning"));
    }

    [Fact]
    public async Task EveryoneInvitedToACancelledMeeting_IsCountedWithWhoIsLeftOutAndWhy_AndAddedOnce()
    {
        var (eventId, ids) = await SeedAsync();
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            // The meeting called off: Anna coming, Bram declined, Cor coming (and on the new list already), Dirk (who objects) coming, Eva since erased.
            var now = Time.GetUtcNow().UtcDateTime;
            var start = new DateTime(2027, 2, 10, 13, 0, 0, DateTimeKind.Utc);
            var calledOff = new Event("Alliantiedag", start, start.AddHours(3));
            var eva = new Contact("Eva", "Jansen", "eva@noorderpoort.example", Language.Nl, now);
            db.AddRange(calledOff, eva);
            var people = await db.Contacts.Where(c => c.FirstName != "Eva").ToDictionaryAsync(c => c.FirstName);
            foreach (var (contact, answer) in new[] { (people["Anna"], InvitationStatus.Accepted), (people["Bram"], InvitationStatus.Declined), (people["Cor"], InvitationStatus.Accepted), (people["Dirk"], InvitationStatus.Accepted), (eva, InvitationStatus.Accepted) })
            {
                var invitation = new Invitation(calledOff, contact, now);
                invitation.Issue($"hash-{contact.FirstName}", now);
                invitation.Answer(answer, now);
                db.Invitations.Add(invitation);
            }

            db.Invitations.Add(new Invitation(await db.Events.SingleAsync(e => e.Id == eventId), people["Cor"], now));
            await db.SaveChangesAsync();
            eva.Anonymise(now);
            Assert.True(calledOff.Cancel("De zaal is niet beschikbaar.").Succeeded);
            await db.SaveChangesAsync();
        }

        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        Task<int?> shown = null!;
        await provider.InvokeAsync(() => { shown = AddPeopleDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), eventId, threshold: 50); });
        provider.WaitForElement("#add-invited");
        var invited = provider.FindComponents<MudSelect<int?>>().Single(s => s.Instance.GetState(x => x.InputId) == "add-invited");
        await provider.InvokeAsync(() => invited.Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Equal("Alliantiedag · Wednesday 10 February 2027 · Cancelled (5 invited)",
            popovers.Find(".mud-popover-open .mud-list-item").TextContent.Trim()));
        await popovers.Find(".mud-popover-open .mud-list-item").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        // Anna and Bram can be added; Dirk objects, Eva was erased (counted, never named).
        provider.WaitForAssertion(() => Assert.Equal("2 of 2 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.Equal("1 left out: asked not to be invited", provider.Find("#add-left-out").TextContent.Trim());
        Assert.Equal("1 left out: no longer in the directory (erased or archived)", provider.Find("#add-gone").TextContent.Trim());
        Assert.Equal("1 on the list already", provider.Find("#add-already").TextContent.Trim());
        Assert.Contains("On the list", provider.Find($"tr[data-contact='{ids["Cor"]}']").TextContent);
        Assert.True(provider.Find("#add-search").HasAttribute("disabled")); // a list of its own: the directory filters wait

        await provider.Find("#add-leave-out-declined input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        provider.WaitForAssertion(() => Assert.Equal("1 of 1 selected", provider.Find("#add-count").TextContent.Trim()));
        Assert.Equal("1 left out: declined that meeting", provider.Find("#add-declined-left-out").TextContent.Trim());
        Assert.Equal("Add 1 person", provider.Find("#add-confirm").TextContent.Trim());
        await provider.Find("#add-confirm").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        Assert.Equal(1, await shown.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var read = await DbFactory.CreateDbContextAsync();
        Assert.Equal(["Anna", "Cor"], await read.Invitations.Where(i => i.EventId == eventId).Select(i => i.Contact.FirstName).OrderBy(n => n).ToListAsync());
    }

    /// <summary>A draft event and a school with Anna, Bram, Cor and Dirk (who asked not to be invited).</summary>
    private async Task<(int EventId, Dictionary<string, int> Ids)> SeedAsync()
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var start = new DateTime(2027, 3, 10, 13, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Alliantiedag", start, start.AddHours(3));
        await AddEventsAsync(@event);
        await using var db = await DbFactory.CreateDbContextAsync();
        var school = new Organisation("Noorderpoort", Sector.Education, null, now);
        db.Organisations.Add(school);
        var people = new[] { "Anna", "Bram", "Cor", "Dirk" }.Select(n => new Contact(n, "Jansen", $"{n.ToLowerInvariant()}@noorderpoort.example", Language.Nl, now)).ToList();
        db.Contacts.AddRange(people);
        await db.SaveChangesAsync();
        people.ForEach(p => p.MoveTo(school, now));
        people[3].ObjectToInvitations(now);
        await db.SaveChangesAsync();
        return (@event.Id, people.ToDictionary(c => c.FirstName, c => c.Id));
    }
}
