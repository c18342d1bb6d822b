using System.IO.Compression;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>
/// A staff member downloads what EventHub holds about their own account (GDPR art. 15): a ZIP in the family of the
/// contact export, with a page they can read in their language and the same data for a computer.
/// </summary>
public class StaffAccountExportServiceTests
{
    [Fact]
    public async Task Export_HoldsTheirDetailsHistorySessionsAndEmails_ReadableInDutch_WithoutAnySecret()
    {
        await using var database = await TestDatabase.CreateWithDemoAsync();

        var (femke, hash) = await FacilitatorAsync(database);
        var exports = database.Services.GetRequiredService<StaffAccountExportService>();

        var result = await exports.ExportAsync(femke, Language.Nl);

        Assert.True(result.Succeeded, result.ErrorCode);
        Assert.Equal("eventhub-account-2026-11-29.zip", result.Value.FileName);
        using var zip = new ZipArchive(new MemoryStream(result.Value.Content));
        Assert.Equal([StaffAccountExportService.JsonFileName, StaffAccountExportService.HtmlFileName], zip.Entries.Select(e => e.Name));
        var json = Read(zip, StaffAccountExportService.JsonFileName);
        var html = Read(zip, StaffAccountExportService.HtmlFileName);
        var export = StaffAccountExportService.ReadJson(json)!;
        Assert.Equal(("Femke Jansen", "facilitator@eventhub.example"), (export.Account.Name, export.Account.Email));
        Assert.Equal([Roles.Facilitator], export.Account.Roles);
        Assert.Equal(3, export.Sessions.Count); // the sessions the demo gives her: last month's round table and two of next month's
        Assert.True(export.Work.ProgressRecorded > 0);
        Assert.Contains(export.History, h => h is { Action: AccountAuditAction.PasswordResetSent, ByYou: false, By: "Anna de Vries" });
        Assert.Contains(export.Emails, e => e.Kind == AccountEmails.ResetKind);

        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Je EventHub-account: Femke Jansen", html);
        Assert.Contains("Gespreksleider", html);
        Assert.Contains("Herstellink gestuurd", html);
        Assert.Contains("Door Anna de Vries", html);
        Assert.Contains("Sessies die je leidt", html);
        Assert.DoesNotContain(hash, json + html);
        Assert.DoesNotContain("PasswordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", json, StringComparison.OrdinalIgnoreCase);

        // The download is in the account's history and the audit log: what left the system, and when.
        await using var db = await database.NewContextAsync();
        var last = await db.AccountAuditRecords.Where(r => r.AccountId == femke.UserId).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((AccountAuditAction.DataExported, femke.UserId), (last.Action, last.ActorId));
        Assert.Single(await db.AuditEntries.Where(e => e.Kind == "User" && e.RecordId == femke.UserId && e.Action == AuditAction.Exported).ToListAsync());
    }

    [Fact]
    public async Task Export_InEnglish_ReadsInEnglish_AndSaysYouForWhatTheyDidThemselves()
    {
        await using var database = await TestDatabase.CreateWithDemoAsync();

        var (femke, _) = await FacilitatorAsync(database);
        var exports = database.Services.GetRequiredService<StaffAccountExportService>();
        await exports.ExportAsync(femke, Language.Nl); // the first download is a line of the second one's history

        var result = await exports.ExportAsync(femke, Language.En);

        using var zip = new ZipArchive(new MemoryStream(result.Value.Content));
        var html = Read(zip, StaffAccountExportService.HtmlFileName);
        Assert.Contains("Your EventHub account: Femke Jansen", html);
        Assert.Contains("<td>Account data downloaded</td><td>By you</td>", html);
        Assert.Contains("Facilitator", html);
    }

    [Fact]
    public async Task Export_OfAnAccountThatNoLongerExists_GivesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.Services.GetRequiredService<StaffAccountExportService>()
            .ExportAsync(TeamMember.InRoles("gone", "Gone", Roles.Organiser), Language.En);

        Assert.Equal(AccountErrors.NotFound, result.ErrorCode);
    }

    /// <summary>The demo's facilitator, with a reset link an admin sent her; and her password's hash, which no file may hold.</summary>
    private static async Task<(TeamMember Femke, string Hash)> FacilitatorAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var femke = (await users.FindByEmailAsync("facilitator@eventhub.example"))!;
        var anna = (await users.FindByEmailAsync("admin@eventhub.example"))!;
        Assert.True((await scope.ServiceProvider.GetRequiredService<StaffAccountService>()
            .SendResetLinkAsync(TeamMember.InRoles(anna.Id, anna.DisplayName, Roles.Admin), femke.Id)).Succeeded);
        return (TeamMember.InRoles(femke.Id, femke.DisplayName, Roles.Facilitator), femke.PasswordHash!);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
