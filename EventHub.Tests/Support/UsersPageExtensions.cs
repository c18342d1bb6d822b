using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.Support;

/// <summary>The admin's Users and roles page (/admin/users), as a person uses it.</summary>
public static class UsersPageExtensions
{
    /// <summary>
    /// Opens the "More actions" menu of <paramref name="person"/>'s row (its name says whose row it is) and returns its
    /// item <paramref name="item"/>, shown.
    /// </summary>
    public static async Task<ILocator> MoreActionAsync(this IPage page, string person, string item)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"More actions for {person}", Exact = true }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true });
        await Expect(choice).ToBeVisibleAsync();
        return choice;
    }
}
