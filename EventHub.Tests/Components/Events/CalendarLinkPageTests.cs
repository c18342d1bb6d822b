using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Events.Calendar;
using EventHub.Core.Accounts;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Components.Events;

public class CalendarLinkPageTests : ComponentTestBase
{
    [Fact]
    public async Task CalendarPage_NoLinkYet_OffersToCreateOne()
    {
        await SignInAsFacilitatorAsync();

        var page = Render<CalendarLinkPage>();

        page.WaitForAssertion(() => Assert.Equal("You have no calendar link yet.", page.Find("#calendar-link-status").Text()));
        Assert.Equal("Create my calendar link", page.Find("#create-calendar-link").Text());
        Assert.Empty(page.FindAll("#revoke-calendar-link"));
    }

    [Fact]
    public async Task CalendarPage_CreatingALink_ShowsTheFullUrlOnceWithAWarning()
    {
        var user = await SignInAsFacilitatorAsync();
        var page = Render<CalendarLinkPage>();
        page.WaitForAssertion(() => page.Find("#create-calendar-link"));

        await page.Find("#create-calendar-link").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#calendar-link")));
        var url = page.Find("#calendar-link").GetAttribute("value")!;
        Assert.Matches(@"^http://localhost:5080/calendar/feed/[A-Za-z0-9_-]{43}\.ics$", url);
        Assert.Contains("shown only this once", page.Find("#calendar-link-once").Text());
        Assert.Equal("Create a new link", page.Find("#create-calendar-link").Text());
        await using var db = await DbFactory.CreateDbContextAsync();
        var stored = (await db.Users.SingleAsync(u => u.Id == user.Id)).CalendarFeedTokenHash;
        Assert.NotNull(stored);
        Assert.DoesNotContain(stored!, url);

        var reopened = Render<CalendarLinkPage>();
        reopened.WaitForAssertion(() => Assert.StartsWith("You have a calendar link.", reopened.Find("#calendar-link-status").Text()));
        Assert.Empty(reopened.FindAll("#calendar-link")); // the secret is not shown again
    }

    [Fact]
    public async Task CalendarPage_RevokeConfirmed_LinkIsGone()
    {
        var user = await SignInAsFacilitatorAsync();
        var providers = Render<MudDialogProvider>();
        var page = Render<CalendarLinkPage>();
        page.WaitForAssertion(() => page.Find("#create-calendar-link"));
        await page.Find("#create-calendar-link").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => page.Find("#revoke-calendar-link"));

        var revoking = page.InvokeAsync(() => page.Find("#revoke-calendar-link").Click());
        providers.WaitForAssertion(() => providers.Find("#confirm-ok"));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await revoking;

        page.WaitForAssertion(() => Assert.Equal("You have no calendar link yet.", page.Find("#calendar-link-status").Text()));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == user.Id)).CalendarFeedTokenHash);
    }

    private async Task<AppUser> SignInAsFacilitatorAsync()
    {
        var user = await SaveAsync(DbFactory, Facilitator());
        SignInAs(user.DisplayName, "Facilitate");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
        return user;
    }
}
