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
    [InlineData("zonnebloem-veld-2026")]
    [InlineData("Demo-2026-EventHub")] // the demo's: words of the app among other words are fine
    [InlineData("Herfst-in-Groningen-26")]
    [InlineData("Nieuwe-zomer-2027")]
    [InlineData("Sterk-wachtwoord-2026")]
    [InlineData("fiets stroopwafel regen")]
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
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("ZZZZZZZZZZZZZZ1")]
    [InlineData("passwordpassword")]
    [InlineData("abcabcabcabc")]
    [InlineData("WelkomWelkom")]
    [InlineData("xyxyxyxy2026")]
    public async Task RepeatedCharacterOrPiece_IsRefused(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Equal([PasswordRules.Repeated], errors.Select(e => e.Code));
        Assert.Equal("This password repeats one character or a short piece (like aaaa or abcabc), so it is easy to guess. Choose another.", errors[0].Description);
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("098765432109")]
    [InlineData("qwertyuiopas")]
    [InlineData("abcdefghijkl")]
    [InlineData("ZYXWVUTSRQPO")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("abc123456789")]
    [InlineData("asdfghjkl!!!")]
    public async Task KeyboardOrAlphabetOrNumberRun_IsRefused(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Equal([PasswordRules.Sequence], errors.Select(e => e.Code));
        Assert.Equal("This password is a row of keys or a series of letters or numbers (like qwerty, abcdef or 123456), so it is easy to guess. Choose another.", errors[0].Description);
    }

    [Theory]
    [InlineData("wachtwoord123")]
    [InlineData("welkom123456")]
    [InlineData("Welkom2026!!")]
    [InlineData("eventhub2026")]
    [InlineData("password2026!")]
    [InlineData("P@ssw0rd2026")]
    [InlineData("2026Groningen")]
    [InlineData("kansengelijkheid")]
    [InlineData("Alliantie-2026")]
    [InlineData("zomer1234567890")] // more digits, but only a run of them
    [InlineData("Groningen!!!")]
    public async Task CommonWordWithDigitsOrSymbols_IsRefused(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Equal([PasswordRules.CommonWord], errors.Select(e => e.Code));
        Assert.Equal("This password is a common word with digits or symbols added (like Welkom2026!), so it is easy to guess. Choose another.", errors[0].Description);
    }

    [Fact]
    public async Task EachKindOfWeakPassword_IsExplainedInDutch()
    {
        var repeated = await ErrorsAsync("aaaaaaaaaaaa", "nl");
        var run = await ErrorsAsync("123456789012", "nl");
        var word = await ErrorsAsync("wachtwoord123", "nl");

        Assert.StartsWith("Dit wachtwoord herhaalt één teken of een kort stukje", Assert.Single(repeated).Description);
        Assert.StartsWith("Dit wachtwoord is een rij toetsen of een reeks letters of cijfers", Assert.Single(run).Description);
        Assert.StartsWith("Dit wachtwoord is een veelgebruikt woord met cijfers of tekens erbij", Assert.Single(word).Description);
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
