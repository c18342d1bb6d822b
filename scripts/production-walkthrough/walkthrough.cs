#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:package Microsoft.Playwright@1.64.1
#:package Otp.NET@1.4.1
// The "Done means" of the accounts issue, as a person does it in a real browser against a Production start
// (see run.sh, which starts EventHub, a mail catcher and this script): the first admin signs in and enrols
// two-factor, invites an organiser, a facilitator and a door volunteer; each opens the link from their email, sets
// a password (the organiser enrols two-factor too) and reaches their work. Screenshots go to $OUT.
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;

var baseUrl = Environment.GetEnvironmentVariable("BASE_URL")!.TrimEnd('/');
var mailLog = Environment.GetEnvironmentVariable("MAIL_LOG")!;
var output = Environment.GetEnvironmentVariable("OUT")!;
var adminEmail = Environment.GetEnvironmentVariable("ADMIN_EMAIL")!;
var adminPassword = Environment.GetEnvironmentVariable("ADMIN_PASSWORD")!;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium-headless-shell",
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
});

async Task<IPage> NewPageAsync()
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "en-GB", IgnoreHTTPSErrors = true });
    context.SetDefaultTimeout(20_000);
    return await context.NewPageAsync();
}

async Task ShotAsync(IPage page, string name)
{
    await page.ScreenshotAsync(new() { Path = Path.Combine(output, $"{name}.png"), FullPage = true });
    Console.WriteLine($"  screenshot {name}.png  ({page.Url})");
}

static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

async Task InteractiveAsync(IPage page) =>
    await page.Locator(".eh-shell[data-interactive='true']").WaitForAsync();

async Task EnrolTwoFactorAsync(IPage page, string who)
{
    await page.Locator("#authenticator-key").WaitForAsync();
    await ShotAsync(page, $"{who}-two-factor-required");
    var key = await page.Locator("#authenticator-key").GetAttributeAsync("data-key");
    await page.Locator("#code").FillAsync(Code(key!));
    await page.Locator("#turn-on").ClickAsync();
    await page.Locator("#recovery-codes li").Nth(9).WaitForAsync();
    await ShotAsync(page, $"{who}-recovery-codes");
    await page.Locator("#continue").ClickAsync();
    await InteractiveAsync(page);
}

// Set-password links arrive by email; the mail catcher writes every message to MAIL_LOG.
async Task<string> LinkForAsync(string email)
{
    for (var attempt = 0; attempt < 60; attempt++)
    {
        var mail = File.Exists(mailLog) ? await File.ReadAllTextAsync(mailLog) : "";
        var match = Regex.Matches(mail, $@"To: [^\n]*{Regex.Escape(email)}[\s\S]*?(https://\S+/account/set-password/[A-Za-z0-9_\-]+)").LastOrDefault();
        if (match is not null)
        {
            return match.Groups[1].Value;
        }

        await Task.Delay(1000); // the outbox sender polls every few seconds
    }

    throw new Exception($"no set-password email for {email} in {mailLog}");
}

Console.WriteLine("1. The first admin signs in and is made to enrol two-factor.");
var admin = await NewPageAsync();
await admin.GotoAsync("/Account/Login");
await ShotAsync(admin, "admin-sign-in");
await admin.Locator("#email").FillAsync(adminEmail);
await admin.Locator("#password").FillAsync(adminPassword);
await admin.Locator("#sign-in").ClickAsync();
await EnrolTwoFactorAsync(admin, "admin");

Console.WriteLine("2. The admin invites an organiser, a facilitator and a door volunteer.");
var people = new[]
{
    (Email: "olga.organiser@gemeente.example", Name: "Olga Organiser", Role: "Organiser", Home: "/", TwoFactor: true),
    (Email: "frank.facilitator@school.example", Name: "Frank Facilitator", Role: "Facilitator", Home: "/my-sessions", TwoFactor: false),
    (Email: "dina.door@bibliotheek.example", Name: "Dina Door", Role: "Door staff", Home: "/check-in", TwoFactor: false),
};
await admin.GotoAsync("/admin/users");
await InteractiveAsync(admin);
foreach (var person in people)
{
    await admin.Locator("#users-invite").ClickAsync();
    var dialog = admin.GetByRole(AriaRole.Dialog);
    await dialog.Locator(":focus").WaitForAsync();
    await dialog.GetByLabel("Name").FillAsync(person.Name);
    await dialog.GetByLabel("Email address").FillAsync(person.Email);
    await dialog.GetByRole(AriaRole.Radio, new() { Name = "English" }).CheckAsync();
    await dialog.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{person.Role} ") }).CheckAsync();
    await dialog.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
    await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = person.Email }).Filter(new() { HasText = "Invited" }).WaitForAsync();
}
await ShotAsync(admin, "admin-users-invited");

Console.WriteLine("3. Each opens the link from their email, chooses a password and reaches their work.");
foreach (var person in people)
{
    var link = await LinkForAsync(person.Email);
    Console.WriteLine($"  {person.Role}: {link[..(link.LastIndexOf('/') + 5)]}…");
    var page = await NewPageAsync();
    await page.GotoAsync(link);
    await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Lange-zonnige-dinsdag-2027");
    await page.GetByLabel("New password again").FillAsync("Lange-zonnige-dinsdag-2027");
    await ShotAsync(page, $"{person.Role.Replace(' ', '-').ToLowerInvariant()}-set-password");
    await page.GetByRole(AriaRole.Button, new() { Name = "Save password and sign in" }).ClickAsync();
    if (person.TwoFactor)
    {
        await EnrolTwoFactorAsync(page, person.Role.ToLowerInvariant());
    }

    await InteractiveAsync(page);
    if (new Uri(page.Url).AbsolutePath != person.Home)
    {
        throw new Exception($"{person.Role} landed on {page.Url}, not on {person.Home}");
    }

    await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync();
    await ShotAsync(page, $"{person.Role.Replace(' ', '-').ToLowerInvariant()}-home");
}

Console.WriteLine("4. The admin sees everyone active.");
await admin.ReloadAsync();
await InteractiveAsync(admin);
foreach (var person in people)
{
    await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = person.Email }).Filter(new() { HasText = "Active" }).WaitForAsync();
}
await ShotAsync(admin, "admin-users-active");
Console.WriteLine("Walkthrough done.");
