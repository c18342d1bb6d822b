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
}
