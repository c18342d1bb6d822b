using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Components.Pages.Privacy;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Privacy;

/// <summary>
/// An admin rewrites the privacy notice and, before publishing, clicks a menu link: the page asks first, so the text is
/// not lost; they stay and can publish, or they confirm and leave. Without changes a link just goes.
/// </summary>
public class PrivacyNoticePageTests : ComponentTestBase
{
    [Fact]
    public async Task Admin_WithUnpublishedChanges_IsAskedBeforeLeaving_AndKeepsTheTextWhenStaying()
    {
        SignInAs("Anna de Vries", "Administer");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/admin/privacy-notice");
        var providers = Render<MudDialogProvider>();
        var page = Render<PrivacyNoticePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#notice-text-en")));
        await page.Find("#notice-text-en").ChangeAsync(new ChangeEventArgs { Value = "- We keep your answer for a year." });

        var leaving = page.InvokeAsync(() => navigation.NavigateTo("/events"));
        providers.WaitForAssertion(() => Assert.Contains("Leave without publishing?", providers.Find(".mud-dialog").TextContent));
        await providers.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await leaving;

        await Eventually.HoldsAsync(() => navigation.History.First().State == NavigationState.Prevented, "the navigation to /events is prevented");
        Assert.EndsWith("/admin/privacy-notice", navigation.Uri);
        Assert.Equal("- We keep your answer for a year.", page.Find("#notice-text-en").GetAttribute("value"));

        var leavingAfterAll = page.InvokeAsync(() => navigation.NavigateTo("/events"));
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("#confirm-ok")));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await leavingAfterAll;
        await Eventually.HoldsAsync(() => navigation.Uri.EndsWith("/events", StringComparison.Ordinal), "the admin is on /events");
    }

    [Fact]
    public async Task Admin_WithoutChanges_LeavesWithoutBeingAsked()
    {
        SignInAs("Anna de Vries", "Administer");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var providers = Render<MudDialogProvider>();
        var page = Render<PrivacyNoticePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#notice-text-en")));

        await page.InvokeAsync(() => navigation.NavigateTo("/events"));

        await Eventually.HoldsAsync(() => navigation.Uri.EndsWith("/events", StringComparison.Ordinal), "the admin is on /events");
        Assert.Empty(providers.FindAll(".mud-dialog"));
    }
}
