using System.Globalization;
using EventHub.Core.Accounts;
using EventHub.Core.Accounts.Passwords;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>The app's own password rules, through the UserManager every set-password page uses.</summary>
public class PasswordRulesTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("correct horse battery staple")] // no digits, capitals or symbols needed
    [InlineData("ZZZZZZZZZZZZZZ1")]
    [InlineData("zonnebloem-veld-2026")]
    public async Task LongUncommonPassword_IsAccepted(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("scandinavian")] // on the list of the 10,000 most common, and 12 characters long
    [InlineData("Scandinavian")]
    [InlineData("motherfucker")]
    public async Task CommonPassword_IsRefused(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Equal([PasswordRules.TooCommon], errors.Select(e => e.Code));
        Assert.Equal("This password is one of the most common passwords, so it is easy to guess. Choose another.", errors[0].Description);
    }

    [Theory]
    [InlineData("marieke.dekker@school.example")]
    [InlineData("marieke.dekker2026")]
    [InlineData("ikbenDEKKERuitgroningen")]
    public async Task PasswordWithOwnEmailOrName_IsRefused(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Equal([PasswordRules.ContainsOwnDetails], errors.Select(e => e.Code));
    }

    [Fact]
    public async Task ShortPassword_IsRefusedWithATranslatedMessage()
    {
        var english = await ErrorsAsync("kort-1", "en");
        var dutch = await ErrorsAsync("kort-1", "nl");

        Assert.Equal("PasswordTooShort", Assert.Single(english).Code);
        Assert.StartsWith("Use at least 12 characters.", english[0].Description);
        Assert.StartsWith("Gebruik minstens 12 tekens.", Assert.Single(dutch).Description);
    }

    [Fact]
    public void CommonPasswordList_HoldsTheTenThousandMostCommon()
    {
        Assert.True(CommonPasswords.Count >= 10_000, $"only {CommonPasswords.Count} passwords in the list");
        Assert.True(CommonPasswords.Contains("password"));
        Assert.True(CommonPasswords.Contains("QWERTY"));
        Assert.False(CommonPasswords.Contains("zonnebloem-veld-2026"));
    }

    private async Task<IdentityError[]> ErrorsAsync(string password, string culture = "en")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var person = new AppUser { UserName = "marieke.dekker@school.example", Email = "marieke.dekker@school.example", DisplayName = "Marieke Dekker" };
            var errors = new List<IdentityError>();
            foreach (var validator in users.PasswordValidators)
            {
                errors.AddRange((await validator.ValidateAsync(users, person, password)).Errors);
            }

            return [.. errors];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
