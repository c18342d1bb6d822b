using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Onboarding;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HomePage = EventHub.App.Components.Pages.Home.Home;

namespace EventHub.Tests.Components.Home;

/// <summary>
/// A new alliance's first day on Home: admins and organisers see the steps that get it ready to invite partners, each
/// done or to do with the page that does it, until every step is done or they hide the list.
/// </summary>
public class GettingStartedTests : ComponentTestBase
{
    [Fact]
    public async Task Home_NewInstall_AdminSeesEveryStepToDo_WithThePageThatDoesIt()
    {
        await SignInWithAccountAsync("Anna de Vries", Policies.Administer);

        var home = Render<HomePage>();

        home.WaitForElement("#getting-started");
        Assert.Contains("0 of 6 steps done", home.Find("#getting-started").TextContent);
        Assert.Equal(
            [("MailServer", "admin/email"), ("Team", "admin/users"), ("PrivacyController", "admin/privacy-notice"),
             ("Organisations", "organisations"), ("Venue", "venues"), ("FirstEvent", "events/new")],
            home.FindAll("#getting-started li.eh-checklist-todo").Select(li => (li.GetAttribute("data-step"), li.QuerySelector("a")!.GetAttribute("href"))));
        Assert.All(home.FindAll("#getting-started li"), li => Assert.Contains("To do", li.TextContent));
    }

    [Fact]
    public async Task Home_AdminWhoseMailServerTeamAndControllerAreSet_SeesThoseStepsDone()
    {
        var smtp = Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        (smtp.Host, smtp.FromAddress) = ("smtp.gemeente.example", "eventhub@gemeente.example");
        var anna = await SignInWithAccountAsync("Anna de Vries", Policies.Administer);
        await SaveUserAsync("Olga Bakker"); // invited from Users and roles
        var notices = Services.GetRequiredService<PrivacyNoticeService>();
        var current = (await notices.ListAsync(anna)).Value[0];
        Assert.True((await notices.PublishAsync(anna, current.TextEn, current.TextNl, ("Gemeente Groningen", "privacy@groningen.nl"))).Succeeded);

        var home = Render<HomePage>();

        home.WaitForElement("#getting-started");
        Assert.Equal(["MailServer", "Team", "PrivacyController"], home.FindAll("#getting-started li.eh-checklist-done").Select(li => li.GetAttribute("data-step")));
        Assert.Contains("3 of 6 steps done", home.Find("#getting-started").TextContent);
    }

    [Fact]
    public async Task Home_OrganiserWithOrganisationsButNoVenueOrEvent_SeesTheirThreeSteps_NotTheAdminsOnes()
    {
        await SignInWithAccountAsync("Olga Bakker", Policies.Organise);
        await AddOrganisationAndVenueAsync(venue: false);

        var home = Render<HomePage>();

        home.WaitForElement("#getting-started");
        Assert.Equal([("Organisations", true), ("Venue", false), ("FirstEvent", false)],
            home.FindAll("#getting-started li").Select(li => (li.GetAttribute("data-step"), li.ClassList.Contains("eh-checklist-done"))));
        Assert.Contains("Done", home.Find("li[data-step=Organisations]").TextContent);
    }

    [Fact]
    public async Task Home_EveryOrganiserStepDone_ShowsNoStepsAtAll()
    {
        await SignInWithAccountAsync("Olga Bakker", Policies.Organise);
        await AddOrganisationAndVenueAsync(venue: true);
        await AddEventsAsync(DailyDialogues(1));

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Single(home.FindAll(".eh-event-card")));
        Assert.Empty(home.FindAll("#getting-started"));
        Assert.Empty(home.FindAll("#getting-started-show"));
    }

    [Fact]
    public async Task Home_NewInstall_FacilitatorsNeverSeeTheSteps()
    {
        await SignInWithAccountAsync("Femke Jansen", Policies.Facilitate);

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Contains("No upcoming events yet", home.Markup));
        Assert.Empty(home.FindAll("#getting-started"));
        Assert.Empty(home.FindAll("#getting-started-show"));
    }

    /// <summary>Door staff landed on the organisers' welcome, with event cards that open nothing, and had to find the door in the menu.</summary>
    [Fact]
    public async Task Home_DoorStaff_StartAtTheDoor()
    {
        await SignInWithAccountAsync("Dirk Deur", Policies.CheckIn);

        var home = Render<HomePage>();

        Assert.EndsWith("/check-in", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri);
        Assert.Empty(home.FindAll("#getting-started"));
    }

    [Fact]
    public async Task Home_HideTheseSteps_StaysHiddenForTheAccount_UntilTheyBringThemBack()
    {
        var olga = await SignInWithAccountAsync("Olga Bakker", Policies.Organise);
        var home = Render<HomePage>();
        home.WaitForElement("#getting-started");

        await home.Find("#getting-started-hide").ClickAsync(new());

        home.WaitForAssertion(() => Assert.Empty(home.FindAll("#getting-started")));
        var again = Render<HomePage>(); // another tab, or tomorrow
        again.WaitForElement("#getting-started-show");
        Assert.Empty(again.FindAll("#getting-started"));
        Assert.Contains("Show the getting-started steps (3 to do)", again.Find("#getting-started-show").TextContent);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            Assert.True((await db.Users.SingleAsync(u => u.Id == olga.UserId)).HidesGettingStarted);
        }

        await again.Find("#getting-started-show").ClickAsync(new());

        again.WaitForElement("#getting-started");
        Assert.Empty(again.FindAll("#getting-started-show"));
        Assert.NotNull(Render<HomePage>().WaitForElement("#getting-started"));
    }

    [Fact]
    public async Task Home_HideAndShowWithTheKeyboard_TheFocusGoesOnFromWhatReplacedTheButton()
    {
        await SignInWithAccountAsync("Olga Bakker", Policies.Organise);
        var focus = JSInterop.SetupModule("./js/page-focus.js");
        var home = Render<HomePage>();
        home.WaitForElement("#getting-started");

        await home.Find("#getting-started-hide").ClickAsync(new());
        home.WaitForElement("#getting-started-show");
        await home.Find("#getting-started-show").ClickAsync(new());
        home.WaitForElement("#getting-started");

        home.WaitForAssertion(() => Assert.Equal(["#getting-started-show", "#getting-started-title"],
            focus.Invocations["focusElement"].Select(call => (string)call.Arguments[0]!)));
    }

    [Fact]
    public async Task Home_InDutch_SaysAanDeSlag_AndTalksToStaffWithJe()
    {
        UseCulture("nl");
        await SignInWithAccountAsync("Anna de Vries", Policies.Administer);

        var home = Render<HomePage>();

        home.WaitForElement("#getting-started");
        Assert.Equal("Aan de slag", home.Find("#getting-started h2").TextContent);
        Assert.Contains("Nodig je team uit", home.Find("li[data-step=Team]").TextContent);
        Assert.Contains("Te doen", home.Find("li[data-step=Team]").TextContent);
        Assert.Contains("Verberg deze stappen", home.Find("#getting-started-hide").TextContent);
    }

    /// <summary>Signs in as a person with an account in the database (the list remembers per account whether it is hidden).</summary>
    private async Task<TeamMember> SignInWithAccountAsync(string name, string policy)
    {
        var user = await SaveUserAsync(name);
        SignInAs(name, policy);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name));
        var role = policy switch
        {
            Policies.Administer => Roles.Admin,
            Policies.Organise => Roles.Organiser,
            Policies.CheckIn => Roles.DoorStaff,
            _ => Roles.Facilitator,
        };
        return TeamMember.InRoles(user.Id, name, role);
    }

    private async Task AddOrganisationAndVenueAsync(bool venue)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        db.Organisations.Add(new Organisation("Noorderpoort", Sector.Education, null, Time.GetUtcNow().UtcDateTime));
        if (venue)
        {
            db.Venues.Add(new Venue("Forum Groningen", "Nieuwe Markt 1"));
        }

        await db.SaveChangesAsync();
    }

    private async Task<AppUser> SaveUserAsync(string name)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var user = SampleEvents.Facilitator(name);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
