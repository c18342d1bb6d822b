using System.Globalization;
using EventHub.Core.Accounts;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>What Identity itself says when an account cannot be made or changed, in the language of the screen.</summary>
public class IdentityMessageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("en", "There is already an account for organiser@eventhub.example.")]
    [InlineData("nl", "Er is al een account voor organiser@eventhub.example.")]
    public async Task AccountForAnAddressThatHasOne_IsRefusedInTheScreensLanguage(string culture, string expected)
    {
        var result = await InCultureAsync(culture, users =>
            users.CreateAsync(new AppUser { UserName = "organiser@eventhub.example", Email = "organiser@eventhub.example", DisplayName = "Tweede" }));

        Assert.Contains(expected, result.Errors.Select(e => e.Description));
    }

    [Theory]
    [InlineData("en", "This link or code is no longer valid. Ask for a new one.")]
    [InlineData("nl", "Deze link of code geldt niet meer. Vraag een nieuwe aan.")]
    public async Task ResetWithAForgedToken_IsRefusedInTheScreensLanguage(string culture, string expected)
    {
        var result = await InCultureAsync(culture, async users =>
            await users.ResetPasswordAsync((await users.FindByEmailAsync("organiser@eventhub.example"))!, "forged", "Zonnige-dinsdag-2026"));

        Assert.Equal(expected, Assert.Single(result.Errors).Description);
    }

    private async Task<IdentityResult> InCultureAsync(string culture, Func<UserManager<AppUser>, Task<IdentityResult>> act)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            return await act(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
