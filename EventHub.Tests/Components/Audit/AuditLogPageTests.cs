using Bunit;
using EventHub.App.Components.Pages.Audit;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using MudBlazor.Extensions;

namespace EventHub.Tests.Components.Audit;

/// <summary>An administrator looks for one record's history in the audit log.</summary>
public class AuditLogPageTests : ComponentTestBase
{
    [Fact]
    public async Task LookingUpARecord_WhileOnPageTwo_ShowsItsEntryOnThePageItIsOn()
    {
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(new AuditEntry(now.AddHours(-2), AuditActor.System, "Organisation", "77", AuditAction.Modified, "Bibliotheek Noord"));
            for (var i = 0; i < 30; i++)
            {
                db.AuditEntries.Add(new AuditEntry(now.AddMinutes(-i), AuditActor.System, "Event", $"{i + 1}", AuditAction.Modified, $"Dialoog {i + 1}"));
            }

            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();
        var pager = page.FindComponent<MudDataGridPager<AuditEntry>>();
        pager.WaitForAssertion(() => Assert.Contains("1-25 of 31", pager.Markup));
        await page.Find("button[aria-label='Next page']").ClickAsync(new MouseEventArgs());
        pager.WaitForAssertion(() => Assert.Contains("26-31 of 31", pager.Markup));

        await TypeAndPauseAsync(page.Find("#audit-record"), "77", TimeSpan.FromMilliseconds(300));

        pager.WaitForAssertion(() => Assert.Contains("1-1 of 1", pager.Markup));
        page.WaitForAssertion(() => Assert.Contains("Bibliotheek Noord", Assert.Single(page.FindAll("#audit-table tbody tr")).TextContent));
    }

    [Fact]
    public async Task PickingAnEntrysRecord_ShowsThatRecordsWholeHistory_AndNothingOfOtherKindsWithTheSameNumber()
    {
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(new AuditEntry(now.AddDays(-40), AuditActor.System, "Organisation", "77", AuditAction.Added, "Bibliotheek Noord"));
            db.AuditEntries.Add(new AuditEntry(now.AddHours(-3), AuditActor.System, "Event", "77", AuditAction.Modified, "Dialoog 77"));
            db.AuditEntries.Add(new AuditEntry(now.AddHours(-2), AuditActor.System, "Organisation", "77", AuditAction.Modified, "Bibliotheek Noord"));
            db.AuditEntries.Add(new AuditEntry(now.AddHours(-1), AuditActor.System, "Contact", "5", AuditAction.Modified, "Sanne Mulder"));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#audit-table tbody tr").Count));

        var organisation = page.FindAll("#audit-table tbody tr .audit-record").First(b => b.TextContent.Trim() == "Organisation #77");
        Assert.Equal("Show only the history of Organisation #77", organisation.GetAttribute("aria-label"));
        await organisation.ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#audit-table tbody tr").Count));
        var rows = page.FindAll("#audit-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.All(rows, r => Assert.Contains("Bibliotheek Noord", r));
        Assert.Equal("77", page.Find("#audit-record").GetAttribute("value"));
        Assert.Empty(page.FindAll("#audit-table tbody tr .audit-record"));
        JSInterop.VerifyFocusAsyncInvoke();
    }

    /// <summary>
    /// The data protection officer read "Beveiligingsstempel: gewijzigd" and "Inlogsleutel #u1/[AspNetUserStore]/RecoveryCodes"
    /// for a colleague turning on two-step sign-in: Identity's own words. Now each change to an account reads as a sentence
    /// about that account, also in entries written before, and no stamp, hash, key or code shows at all.
    /// </summary>
    [Theory]
    [InlineData("en", "Changed user “Fenna de Vries”", "Two-factor sign-in turned on", "New recovery codes made", "New key for the authenticator app made", "Password changed", "User #u1")]
    [InlineData("nl", "Gewijzigd: gebruiker “Fenna de Vries”", "Inloggen in twee stappen aangezet", "Nieuwe herstelcodes gemaakt", "Nieuwe sleutel voor de authenticator-app gemaakt", "Wachtwoord gewijzigd", "Gebruiker #u1")]
    public async Task AStaffAccountsChanges_ReadAsSentencesAboutTheAccount_NeverIdentitysFieldsKeysOrStamps(
        string culture, string changed, string twoFactorOn, string codes, string key, string password, string record)
    {
        UseCulture(culture);
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(now.AddMinutes(-9), AuditActor.System, "User", "u1", AuditAction.Added, "Fenna de Vries",
                    [new AuditChange("DisplayName", null, "Fenna de Vries"), new AuditChange("EmailConfirmed", null, "True"), new AuditChange("LockoutEnabled", null, "True")]),
                // As the log kept them before: Identity's keys as records of their own, the stamp as a field.
                new AuditEntry(now.AddMinutes(-4), AuditActor.System, "UserToken", "u1/[AspNetUserStore]/AuthenticatorKey", AuditAction.Added, "AuthenticatorKey",
                    [new AuditChange("LoginProvider", null, "[AspNetUserStore]"), new AuditChange("Name", null, "AuthenticatorKey"), AuditChange.Hidden("Value")]),
                new AuditEntry(now.AddMinutes(-3), AuditActor.System, "User", "u1", AuditAction.Modified, "Fenna de Vries",
                    [AuditChange.Hidden("SecurityStamp"), new AuditChange("TwoFactorEnabled", "False", "True")]),
                new AuditEntry(now.AddMinutes(-2), AuditActor.System, "UserToken", "u1/[AspNetUserStore]/RecoveryCodes", AuditAction.Added, "RecoveryCodes",
                    [AuditChange.Hidden("Value")]),
                // As the log keeps them now.
                new AuditEntry(now.AddMinutes(-1), AuditActor.System, "User", "u1", AuditAction.Modified, "Fenna de Vries",
                    [AuditChange.Hidden("PasswordHash"), new AuditChange("RecoveryCodes", "", "", Sensitive: true)]));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("#audit-table tbody tr").Count));
        var rows = page.FindAll("#audit-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.All(rows.Take(4), row => Assert.Contains(changed, row));
        Assert.All(rows, row => Assert.Contains(record, row));
        Assert.Contains(password, rows[0]);
        Assert.Contains(codes, rows[0]);
        Assert.Contains(codes, rows[1]);
        Assert.Contains(twoFactorOn, rows[2]);
        Assert.Contains(key, rows[3]);
        var everything = string.Join("\n", rows);
        foreach (var internals in new[] { "AspNetUserStore", "RecoveryCodes", "AuthenticatorKey", "Security stamp", "Beveiligingsstempel", "Value", "Waarde", "Lockout", "blokkeren", "confirmed", "bevestigd" })
        {
            Assert.DoesNotContain(internals, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// A new personal link asked for through "lost your link?" was done by "Someone not signed in", which told the organiser
    /// nothing; it reads as the partner's, through that form, beside what it did.
    /// </summary>
    [Theory]
    [InlineData("en", "The partner, through the “Lost your link?” form", "The partner asked for a new personal link (the one before no longer works)")]
    [InlineData("nl", "De partner, via het formulier “Link kwijt?”", "De partner vroeg een nieuwe persoonlijke link aan (de vorige werkt niet meer)")]
    public async Task ANewLinkAskedForThroughTheForm_SaysThePartnerAskedThroughIt(string culture, string actor, string summary)
    {
        UseCulture(culture);
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.AuditEntries.Add(new AuditEntry(Time.GetUtcNow().UtcDateTime.AddMinutes(-1), AuditActor.LostLinkForm, "Invitation", "12", AuditAction.Modified, "",
                summary: AuditSummary.Of("NewLinkRequested").Write()));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#audit-table tbody tr")));
        var row = page.Find("#audit-table tbody tr").TextContent;
        Assert.Contains(actor, row);
        Assert.Contains(summary, row);
    }

    /// <summary>A person's own changes of name, address and language read as sentences, with both values.</summary>
    [Theory]
    [InlineData("en", "Name changed from “Fenna de Vries” to “Fenna van Dam”", "Email address changed from fenna@groningen.nl to fenna@vandam.nl", "Language changed from English to Dutch")]
    [InlineData("nl", "Naam gewijzigd van “Fenna de Vries” in “Fenna van Dam”", "E-mailadres gewijzigd van fenna@groningen.nl in fenna@vandam.nl", "Taal gewijzigd van Engels in Nederlands")]
    public async Task AStaffMembersNameAddressAndLanguageChanges_ReadAsSentences(string culture, string name, string address, string language)
    {
        UseCulture(culture);
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(new AuditEntry(now.AddMinutes(-1), AuditActor.System, "User", "u1", AuditAction.Modified, "Fenna van Dam",
            [
                new AuditChange("DisplayName", "Fenna de Vries", "Fenna van Dam"), new AuditChange("Email", "fenna@groningen.nl", "fenna@vandam.nl"),
                new AuditChange("UserName", "fenna@groningen.nl", "fenna@vandam.nl"), new AuditChange("PreferredLanguage", "En", "Nl"),
            ]));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#audit-table tbody tr")));
        var row = page.Find("#audit-table tbody tr").TextContent;
        Assert.Contains(name, row);
        Assert.Contains(address, row);
        Assert.Contains(language, row);
    }

    [Fact]
    public async Task PickingAKeysRecord_ShowsTheWholeAccountsHistory()
    {
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(now.AddMinutes(-3), AuditActor.System, "User", "u1", AuditAction.Added, "Fenna de Vries"),
                new AuditEntry(now.AddMinutes(-2), AuditActor.System, "UserToken", "u1/[AspNetUserStore]/RecoveryCodes", AuditAction.Added, "RecoveryCodes"),
                new AuditEntry(now.AddMinutes(-1), AuditActor.System, "User", "u2", AuditAction.Added, "Olga Bakker"));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#audit-table tbody tr").Count));

        await page.FindAll("#audit-table tbody tr")[1].QuerySelector(".audit-record")!.ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#audit-table tbody tr").Count));
        Assert.All(page.FindAll("#audit-table tbody tr"), row => Assert.Contains("Fenna de Vries", row.TextContent));
        Assert.Equal("u1", page.Find("#audit-record").GetAttribute("value"));
    }

    /// <summary>
    /// A Dutch administrator read "Geëxporteerd: bijeenkomst “#1” · guest list: 42 guests exported (Excel)" and "Organisatie:
    /// #2 → #6". Now the export names its event and says what it did in Dutch, the move names both organisations, and an
    /// export of every contact (record "*") offers no record to narrow the log to.
    /// </summary>
    [Fact]
    public async Task InDutch_AnExportAndAMove_ReadInDutch_WithTheNamesOfTheRecordsTheyTouch()
    {
        UseCulture("nl");
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(now.AddDays(-3), AuditActor.System, "Organisation", "2", AuditAction.Added, "Provincie Drenthe"),
                new AuditEntry(now.AddDays(-2), AuditActor.System, "Organisation", "6", AuditAction.Added, "Basisschool De Regenboog"),
                new AuditEntry(now.AddMinutes(-3), AuditActor.System, "Contact", "7", AuditAction.Modified, "Mike Bruin", [new AuditChange("OrganisationId", "2", "6")]),
                new AuditEntry(now.AddMinutes(-2), AuditActor.System, "Event", "1", AuditAction.Exported, "Alliantiedag",
                    summary: AuditSummary.Of("GuestListExported", 42, "Excel").Write()),
                new AuditEntry(now.AddMinutes(-1), AuditActor.System, "Contact", "*", AuditAction.Exported, "",
                    summary: AuditSummary.Of("ContactsExported", 1500, "CSV").Write()));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("#audit-table tbody tr").Count));
        var rows = page.FindAll("#audit-table tbody tr");
        Assert.Contains("Geëxporteerd: contactpersoon", rows[0].TextContent);
        Assert.Contains("1.500 contactpersonen geëxporteerd (CSV)", rows[0].TextContent);
        Assert.Empty(rows[0].QuerySelectorAll(".audit-record"));
        Assert.Contains("Geëxporteerd: bijeenkomst “Alliantiedag”", rows[1].TextContent);
        Assert.Contains("Gastenlijst: 42 gasten geëxporteerd (Excel)", rows[1].TextContent);
        Assert.Contains("Organisatie: Provincie Drenthe (#2) → Basisschool De Regenboog (#6)", rows[2].TextContent);
    }

    /// <summary>
    /// A session's record saved by a facilitator keeps their name and their account's id (the id finds their traces if
    /// their account is removed). The admin read both: "Updated by: Femke de Vries" and "Updated by user: 053bcb23-…", a
    /// string of hex digits that says nothing the name does not. The id now stays out of sight where the name is beside it,
    /// and shows where it changed alone.
    /// </summary>
    [Fact]
    public async Task ARecordSavedByAColleague_ReadsTheirName_NotTheirAccountsId()
    {
        SignInAs("Anna Admin", Policies.Administer);
        const string femke = "053bcb23-0c34-4a8e-9d0a-7f1e2b3c4d5e", olga = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(now.AddMinutes(-2), AuditActor.System, "SessionOutcome", "4", AuditAction.Modified, "Ronde tafel",
                    [new AuditChange("UpdatedBy", "Olga Bakker", "Femke de Vries"), new AuditChange("UpdatedByUserId", olga, femke)]),
                new AuditEntry(now.AddMinutes(-1), AuditActor.System, "SessionOutcome", "5", AuditAction.Modified, "Werkplaats",
                    [new AuditChange("UpdatedByUserId", femke, olga)]));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#audit-table tbody tr").Count));
        var rows = page.FindAll("#audit-table tbody tr");
        Assert.Contains("Updated by: Olga Bakker → Femke de Vries", rows[1].TextContent);
        Assert.DoesNotContain("Updated by user", rows[1].TextContent);
        Assert.DoesNotContain(femke, rows[1].TextContent);
        Assert.Contains($"Updated by user: {femke} → {olga}", rows[0].TextContent);
    }

    /// <summary>
    /// Two colleagues are both called Olga Bakker, and a third account is called "System": the "Who" list showed "Olga
    /// Bakker" twice and "System" twice, and the rows named both Olgas alike, so the admin could not pick the one they
    /// meant. Each shared name now has its account's address beside it, in the list and in the rows; a name no one shares,
    /// the log's own "System" and what removed accounts did stay as they were, and a removed account shows no address.
    /// A change to one of the accounts reads the same way: "Changed user “Olga Bakker”" under a shared name said which
    /// Olga only on the record's own history.
    /// </summary>
    [Theory]
    [InlineData("en", "System", "Removed account", "Changed")]
    [InlineData("nl", "Systeem", "Verwijderd account", "Gewijzigd")]
    public async Task TwoColleaguesWithOneName_AreToldApartByTheirAddresses_InTheWhoListTheRowsAndWhatWasChanged(string culture, string system, string removed, string changed)
    {
        UseCulture(culture);
        SignInAs("Anna Admin", Policies.Administer);
        AppUser town, library, femke, namedLikeTheSystem;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            town = new AppUser { UserName = "olga.bakker@groningen.example", Email = "olga.bakker@groningen.example", DisplayName = "Olga Bakker" };
            library = new AppUser { UserName = "o.bakker@bibliotheek.example", Email = "o.bakker@bibliotheek.example", DisplayName = "olga  bakker" };
            femke = new AppUser { UserName = "femke@groningen.example", Email = "femke@groningen.example", DisplayName = "Femke Jansen" };
            namedLikeTheSystem = new AppUser { UserName = "it@groningen.example", Email = "it@groningen.example", DisplayName = system };
            db.Users.AddRange(town, library, femke, namedLikeTheSystem);
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(now.AddMinutes(-6), AuditActor.System, "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-5), AuditActor.User("gone", RemovedAccount.Name), "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-4), AuditActor.User(namedLikeTheSystem.Id, system), "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-3), AuditActor.User(femke.Id, "Femke Jansen"), "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-2), AuditActor.User(library.Id, "Olga Bakker"), "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-1), AuditActor.User(town.Id, "Olga Bakker"), "Organisation", "1", AuditAction.Modified, "Bibliotheek Noord"),
                new AuditEntry(now.AddMinutes(-9), AuditActor.User(femke.Id, "Femke Jansen"), "User", "gone", AuditAction.Modified, "Olga Bakker"),
                new AuditEntry(now.AddMinutes(-8), AuditActor.User(femke.Id, "Femke Jansen"), "User", town.Id, AuditAction.Modified, "Femke Jansen"),
                new AuditEntry(now.AddMinutes(-7), AuditActor.User(femke.Id, "Femke Jansen"), "User", library.Id, AuditAction.Modified, "Olga Bakker"),
                new AuditEntry(now.AddMinutes(-6.5), AuditActor.User(femke.Id, "Femke Jansen"), "User", town.Id, AuditAction.Modified, "Olga Bakker"));
            await db.SaveChangesAsync();
        }

        var popovers = Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();
        // Saving the accounts added entries of their own; the rows about the library are the ones made here.
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("#audit-table tbody tr").Count(r => r.TextContent.Contains("Bibliotheek Noord"))));

        var who = page.FindAll("#audit-table tbody tr").Where(r => r.TextContent.Contains("Bibliotheek Noord"))
            .Select(r => Spaced(r.Children[1].TextContent)).ToList();
        Assert.Equal(["Olga Bakker, olga.bakker@groningen.example", "Olga Bakker, o.bakker@bibliotheek.example", "Femke Jansen",
            $"{system}, it@groningen.example", removed, system], who);

        // Newest first: the town's Olga, the library's, the town's account under a name it had before (Femke's now), and an
        // account since removed, which has no address any more.
        var what = page.FindAll("#audit-table tbody tr").Select(r => r.Children[2]).Where(c => c.TextContent.StartsWith(changed) && !c.TextContent.Contains("Bibliotheek Noord"))
            .Select(c => Spaced(c.QuerySelector(".eh-cell-wrap")!.Children.Where(e => e.ClassList.Contains("audit-what") || e.ClassList.Contains("audit-who-address"))
                .Aggregate("", (text, e) => text + e.TextContent))).ToList();
        Assert.Equal(4, what.Count);
        Assert.EndsWith("“Olga Bakker”, olga.bakker@groningen.example", what[0]);
        Assert.EndsWith("“Olga Bakker”, o.bakker@bibliotheek.example", what[1]);
        Assert.EndsWith("“Femke Jansen”, olga.bakker@groningen.example", what[2]);
        Assert.EndsWith("“Olga Bakker”", what[3]);

        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.InputId) == "audit-who");
        await select.InvokeAsync(select.Instance.OpenMenu);
        var options = popovers.WaitForElements(".mud-popover-open .mud-list-item").Select(o => Spaced(o.TextContent)).ToList();
        Assert.Contains("Olga Bakker, olga.bakker@groningen.example", options);
        Assert.Contains("olga bakker, o.bakker@bibliotheek.example", options);
        Assert.Contains($"{system}, it@groningen.example", options);
        Assert.Contains("Femke Jansen", options);
        Assert.Equal(1, options.Count(o => o == system));
        Assert.Equal(1, options.Count(o => o == removed));
    }

    /// <summary>An element's text as a screen reader reads it: its pieces' spaces and line breaks as one space.</summary>
    private static string Spaced(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
