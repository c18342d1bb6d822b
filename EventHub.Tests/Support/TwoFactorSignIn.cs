using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace EventHub.Tests.Support;

/// <summary>
/// Two-factor sign-in as a person does it, through the real forms: the set-up page's key read from the page, the code
/// an authenticator app would show computed with Otp.NET (RFC 6238, as the app does; Identity's generator is internal).
/// </summary>
public static partial class TwoFactorSignIn
{
    /// <summary>The app with two-factor sign-in required for admins and organisers.</summary>
    public static WebApplicationFactory<Program> Required(EventHubAppFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.UseSetting("EventHub:Security:RequireTwoFactorForStaff", "true"));

    /// <summary>The six digits an authenticator app shows now for the key.</summary>
    public static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    /// <summary>Posts a form of a static page: fetches the page for its antiforgery token, then sends the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in with the demo password, sets up an authenticator on the set-up page and returns its key and the recovery codes shown.</summary>
    public static async Task<(HttpClient Client, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = await SignIn.AsAsync(factory, email);
        var key = KeyOf(await client.GetStringAsync("/Account/TwoFactor"));
        var response = await PostFormAsync(client, "/Account/TwoFactor", "turn-on", new() { ["Input.Code"] = CodeFor(key) });
        var codes = RecoveryCodesOf(await response.Content.ReadAsStringAsync());
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"Turning on two-factor sign-in for {email} failed: {response.StatusCode}");
        }

        return (client, key, codes);
    }

    /// <summary>Signs in with the demo password and then the code for the key; returns the client and the last response.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInWithCodeAsync(WebApplicationFactory<Program> factory, string email, string code, string page = "/Account/LoginWith2fa", string formName = "two-factor")
    {
        var client = SignIn.NewClient(factory);
        var password = await SignIn.PostLoginAsync(client, email, DemoSeeder.DemoPassword);
        if (password.StatusCode != HttpStatusCode.Redirect || !password.Headers.Location!.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The password step did not ask for a code: {password.StatusCode} {password.Headers.Location}");
        }

        var query = password.Headers.Location.OriginalString[password.Headers.Location.OriginalString.IndexOf('?', StringComparison.Ordinal)..];
        return (client, await PostFormAsync(client, page + query, formName, new() { ["Input.Code"] = code }));
    }

    public static string KeyOf(string html) =>
        KeyPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No authenticator key on the page.");

    public static IReadOnlyList<string> RecoveryCodesOf(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
