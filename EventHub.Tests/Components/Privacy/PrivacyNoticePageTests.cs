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
        var left = NextLocationAsync(navigation);
        var providers = Render<MudDialogProvider>();
        var page = Render<PrivacyNoticePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#notice-text-en")));
        await page.Find("#notice-text-en").ChangeAsync(new ChangeEventArgs { Value = "- We keep your answer for a year." });

        var leaving = page.InvokeAsync(() => navigation.NavigateTo("/events"));
        providers.WaitForAssertion(() => Assert.Contains("Leave without publishing?", providers.Find(".mud-dialog").TextContent));
        await providers.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await leaving;
        providers.WaitForAssertion(() => Assert.Empty(providers.FindAll(".mud-dialog")));

        Assert.EndsWith("/admin/privacy-notice", navigation.Uri);
        Assert.Equal("- We keep your answer for a year.", page.Find("#notice-text-en").GetAttribute("value"));

        // Asked again, they leave after all.
        var leavingAfterAll = page.InvokeAsync(() => navigation.NavigateTo("/events"));
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("#confirm-ok")));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await leavingAfterAll;
        Assert.EndsWith("/events", await left);
        Assert.Equal([NavigationState.Succeeded, NavigationState.Prevented], navigation.History.Take(2).Select(h => h.State));
    }

    [Fact]
    public async Task Admin_WithoutChanges_LeavesWithoutBeingAsked()
    {
        SignInAs("Anna de Vries", "Administer");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var left = NextLocationAsync(navigation);
        var providers = Render<MudDialogProvider>();
        var page = Render<PrivacyNoticePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#notice-text-en")));

        await page.InvokeAsync(() => navigation.NavigateTo("/events"));

        Assert.EndsWith("/events", await left);
        Assert.Empty(providers.FindAll(".mud-dialog"));
    }

    /// <summary>
    /// The address of the next navigation that is not stopped (the lock's answer comes after the click returns). Listens
    /// before the dialog provider does: its own handler, which closes dialogs, would otherwise come first.
    /// </summary>
    private static Task<string> NextLocationAsync(NavigationManager navigation)
    {
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        navigation.LocationChanged += (_, e) => changed.TrySetResult(e.Location);
        return changed.Task.WaitAsync(TimeSpan.FromMinutes(1)); // only a guard against a hang
    }
}
