using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Accounts;

/// <summary>The screens of staff accounts, tried with two colleagues: Anna, an admin, and Fenna, a facilitator Anna invited.</summary>
public abstract class StaffAccountScreenTestBase : ComponentTestBase
{
    protected const string Password = "Lang-genoeg-2026";

    /// <summary>
    /// Passwords hashed with 1,000 iterations instead of Identity's 100,000: these screens never show or check a hash, and
    /// each test hashes two passwords (about 0.1 s of CPU at the full count). Production's count is Identity's default.
    /// </summary>
    protected StaffAccountScreenTestBase() =>
        Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);

    /// <summary>
    /// Anna with a password, and Fenna invited by her in <paramref name="fennasLanguage"/>, who chose her password through
    /// the invitation's link <paramref name="pauseBeforeHerPassword"/> later.
    /// </summary>
    protected async Task<(string Anna, string Fenna)> TwoColleaguesAsync(Language fennasLanguage, TimeSpan pauseBeforeHerPassword = default)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        Assert.True((await accounts.CreateUserAsync("anna@groningen.nl", "Anna Admin", Password, Language.Nl, [Roles.Admin])).Succeeded);
        var anna = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("anna@groningen.nl"))!.Id;
        var staff = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        var fenna = (await staff.InviteAsync(TeamMember.InRoles(anna, "Anna Admin", Roles.Admin), "fenna@groningen.nl", "Fenna de Vries", fennasLanguage, [Roles.Facilitator])).Value;
        Time.Advance(pauseBeforeHerPassword);
        Assert.True((await staff.SetPasswordAsync(await StaffLinks.NewestTokenAsync(Services, "fenna@groningen.nl"), Password)).Succeeded);
        return (anna, fenna);
    }

    /// <summary>Where open menus are drawn (<see cref="RenderWithDialogs{TPage}"/>).</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>The page with the providers its dialogs, popovers and messages need; the dialogs to find them in.</summary>
    protected (IRenderedComponent<TPage> Page, IRenderedComponent<MudDialogProvider> Dialogs) RenderWithDialogs<TPage>() where TPage : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return (Render<TPage>(), dialogs);
    }

    /// <summary>
    /// The items of <paramref name="person"/>'s "More actions" menu on /admin/users, opened (by its name, which says whose
    /// row it is).
    /// </summary>
    protected IReadOnlyList<AngleSharp.Dom.IElement> OpenMoreActions(IRenderedComponent<Users> page, string person)
    {
        var activator = $"button[aria-label='More actions for {person}']";
        if (page.Find(activator).GetAttribute("aria-expanded") != "true")
        {
            page.Find(activator).Click();
        }

        var menu = page.WaitForElement($"{activator}[aria-controls]").GetAttribute("aria-controls");
        return Popovers.WaitForElements($"#{menu} [role=menuitem]");
    }

    /// <summary>
    /// Chooses <paramref name="item"/> in <paramref name="person"/>'s "More actions" menu. Not awaited: a choice that opens a
    /// dialog waits for its answer.
    /// </summary>
    protected void ChooseMoreAction(IRenderedComponent<Users> page, string person, string item) =>
        (OpenMoreActions(page, person).SingleOrDefault(element => element.TextContent.Trim() == item)
            ?? throw new InvalidOperationException($"No \"{item}\" in the menu of {person}: {Popovers.Markup}")).Click();

    /// <summary>Signed in as the account with this id (its name as the sign-in carries it), allowed <paramref name="policies"/>.</summary>
    protected void SignInAsAccount(string id, string name, params string[] policies)
    {
        SignInAs(name, policies);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, id), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name));
    }
}
