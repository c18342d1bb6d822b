using Bunit;
using EventHub.App.Components.Pages.Events.Themes;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// A person's action on an interactive screen meets a database that stays busy through every retry: they are told
/// in their language, nothing is saved, and the screen (the circuit) keeps working for the next try.
/// </summary>
public class UserActionTests : ComponentTestBase
{
    private readonly BusyDatabase _database = new();

    public UserActionTests()
    {
        Services.AddSingleton<IInterceptor>(_database);
        Services.AddSingleton(new DatabaseOptions { WriteAttempts = 1 });
    }

    [Fact]
    public async Task RestoringATheme_DatabaseStaysBusy_SaysSoInASnackbar_AndTheNextTryWorks()
    {
        var themes = Services.GetRequiredService<ThemeService>();
        var themeId = (await themes.AddAsync("Lifelong learning", "Leven lang leren", Staff.Organiser)).Value;
        await themes.ArchiveAsync(themeId, Staff.Organiser);
        SignInAs("Olga Bakker", Policies.Organise);
        Authorization.SetRoles(Roles.Organiser);
        var page = Render<ThemeList>();
        var restore = "button[aria-label='Restore Lifelong learning']";
        page.WaitForElement(restore);
        var snackbars = Services.GetRequiredService<ISnackbar>();

        _database.StayBusy();
        await page.Find(restore).ClickAsync();

        page.WaitForAssertion(() => Assert.Equal(
            "Very busy right now: nothing was saved. Please try again in a few seconds.",
            Assert.Single(snackbars.ShownSnackbars).Message));
        Assert.True(await IsArchivedAsync(themeId));

        _database.Free();
        await page.Find(restore).ClickAsync();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(restore)));
        Assert.False(await IsArchivedAsync(themeId));
    }

    private async Task<bool> IsArchivedAsync(int themeId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Themes.Where(t => t.Id == themeId).Select(t => t.IsArchived).SingleAsync();
    }
}
