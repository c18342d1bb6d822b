using Bunit;
using EventHub.App.Components.Pages.Audit;
using EventHub.App.Hosting;
using EventHub.Core.Audit;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

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

    [Fact]
    public async Task TurningOnTwoStepSignIn_ReadsAsTheAuthenticatorAppInTheReadersWords_NotIdentitysTokenName()
    {
        SignInAs("Anna Admin", Policies.Administer);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var now = Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(new AuditEntry(now.AddMinutes(-2), AuditActor.System, "UserToken", "u1/[AspNetUserStore]/AuthenticatorKey", AuditAction.Added, "AuthenticatorKey"));
            db.AuditEntries.Add(new AuditEntry(now.AddMinutes(-1), AuditActor.System, "UserToken", "u1/[AspNetUserStore]/RecoveryCodes", AuditAction.Added, "RecoveryCodes"));
            await db.SaveChangesAsync();
        }

        Render<MudPopoverProvider>();
        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#audit-table tbody tr").Count));
        var rows = page.FindAll("#audit-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Added sign-in key “recovery codes”"));
        Assert.Contains(rows, r => r.Contains("Added sign-in key “authenticator app”"));
        Assert.DoesNotContain(rows, r => r.Contains("“AuthenticatorKey”"));
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
}
