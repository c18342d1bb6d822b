using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// A staff member downloads what EventHub holds about their own account (GDPR art. 15 and 20), as the contact export
/// does for a partner: a ZIP with <c>account.json</c> (<see cref="StaffAccountExport"/>) and <c>account.html</c>,
/// readable in their language; or an admin downloads it for them (<see cref="ExportForAsync"/>). The download is recorded
/// in the account's history and in the audit log.
/// </summary>
public sealed class StaffAccountExportService(IDbContextFactory<EventHubDbContext> dbFactory, TeamDirectory team, TimeProvider time)
{
    public const string JsonFileName = "account.json";
    public const string HtmlFileName = "account.html";

    public Task<Result<ContactExportFile>> ExportAsync(TeamMember self, Language language, CancellationToken ct = default) =>
        WriteAsync(self, self.UserId, language, AuditSummary.Of("AccountDataExported"), ct);

    /// <summary>
    /// An admin downloads a colleague's file to answer their data request (GDPR art. 15) — the same file the colleague
    /// downloads themselves, in the admin's language. The colleague's history says which admin downloaded it.
    /// </summary>
    public async Task<Result<ContactExportFile>> ExportForAsync(TeamMember admin, string userId, Language language, CancellationToken ct = default)
    {
        if (!admin.IsAdmin)
        {
            return Result<ContactExportFile>.Failure(AccountErrors.NotAllowed);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await AccountAdmins.IsActiveAdminAsync(db, admin, ct))
            {
                return Result<ContactExportFile>.Failure(AccountErrors.NotAllowed);
            }
        }

        var summary = admin.UserId == userId ? AuditSummary.Of("AccountDataExported") : AuditSummary.Of("AccountDataExportedByAdmin");
        return await WriteAsync(admin, userId, language, summary, ct);
    }

    private async Task<Result<ContactExportFile>> WriteAsync(TeamMember reader, string userId, Language language, AuditSummary summary, CancellationToken ct)
    {
        var export = await ReadAsync(userId, ct);
        if (export is null)
        {
            return Result<ContactExportFile>.Failure(AccountErrors.NotFound);
        }

        var zip = ExportZip.Write(JsonFileName, export, HtmlFileName, StaffAccountExportPage.Render(export, userId, language));
        await dbFactory.WriteAsync((db, _) =>
        {
            db.AccountAuditRecords.Add(new AccountAuditRecord(
                AccountAuditAction.DataExported, userId, export.Account.Email, reader.UserId, reader.DisplayName, export.ExportedAtUtc));
            AuditTrail.Record(db, "User", userId, AuditAction.Exported, summary, export.Account.Name);
            return Task.FromResult(true);
        }, ct);
        var day = EventTime.ToLocal(export.ExportedAtUtc, EventTime.DefaultTimeZoneId);
        return Result<ContactExportFile>.Success(new ContactExportFile($"eventhub-account-{day:yyyy-MM-dd}.zip", zip));
    }

    /// <summary>Reads the account's data back from an <c>account.json</c>; for tests and tools that process exports.</summary>
    public static StaffAccountExport? ReadJson(string json) => System.Text.Json.JsonSerializer.Deserialize<StaffAccountExport>(json, ExportZip.Json);

    private async Task<StaffAccountExport?> ReadAsync(string userId, CancellationToken ct)
    {
        if (await team.FindAsync(userId, ct) is not { } account)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var history = await db.AccountAuditRecords.AsNoTracking().Where(r => r.AccountId == userId)
            .OrderBy(r => r.AtUtc).ThenBy(r => r.Id)
            .Select(r => new ExportedAccountEvent(r.AtUtc, r.Action, r.Detail, r.ActorName, r.ActorId == userId))
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.Facilitators.Any(f => f.Id == userId))
            .OrderBy(s => s.StartUtc)
            .Select(s => new ExportedFacilitatedSession(s.Event.Title, s.Title, s.StartUtc, s.EndUtc, s.Event.TimeZoneId))
            .ToListAsync(ct);
        var name = account.DisplayName;
        var work = new ExportedWork(
            await db.Invitations.CountAsync(i => i.CheckedInByUserId == userId && i.CheckedInAtUtc != null, ct),
            await db.SessionAttendances.CountAsync(a => a.ByUserId == userId, ct),
            await db.ActionItemUpdates.CountAsync(u => u.ByUserId == userId || (u.ByUserId == null && u.By == name), ct),
            await db.GuestMessages.CountAsync(m => m.SenderId == userId, ct),
            await db.SessionOutcomes.CountAsync(o => o.UpdatedByUserId == userId || (o.UpdatedByUserId == null && o.UpdatedBy == name), ct));
        // Every address the account had (its history keeps each), so a changed address keeps its emails in the file.
        var addresses = (await db.AccountAuditRecords.Where(r => r.AccountId == userId).Select(r => r.AccountEmail).Distinct().ToListAsync(ct))
            .Append(account.Email).Select(a => a.ToLower()).Where(a => a.Length > 0).Distinct().ToList();
        var emails = (await db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.ToAddress.ToLower()))
                .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                .Select(m => new { m.Subject, m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc })
                .ToListAsync(ct))
            .Select(m => new ExportedEmail(OutboxLinkTokens.Masked(m.Subject), m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc))
            .ToList();

        return new StaffAccountExport(
            time.GetUtcNow().UtcDateTime,
            new ExportedAccount(account.DisplayName, account.Email, account.Language, account.Roles, account.State, account.TwoFactorEnabled, account.HasCalendarLink),
            history, sessions, work, emails);
    }
}
