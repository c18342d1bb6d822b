using System.Data.Common;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>
/// An admin removes a colleague's account at the end of its life: the data protection officer found that the privacy
/// notice promised staff data is kept "until the account is removed by an admin", while an admin could only deactivate.
/// </summary>
public class StaffAccountRemovalTests
{
    private const string Password = "Lang-genoeg-2026";

    /// <summary>
    /// The demo's facilitator chaired sessions, saved outcomes, recorded progress and was sent a reset link; afterwards no
    /// table holds her name or address, and her work is still there, under "Removed account".
    /// </summary>
    [Fact]
    public async Task Remove_AColleague_LeavesTheirNameAndAddressInNoTable_AndTheirWorkUnderTheStandIn()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        await demo.ActAsAsync(femke, "Femke Jansen", db => db.Organisations.OrderBy(o => o.Id).First().Rename("Bibliotheek Centrum"));
        Assert.True((await demo.Accounts.SendResetLinkAsync(demo.Admin, femke)).Succeeded);
        Assert.NotEmpty(await demo.FindAsync("Femke Jansen")); // the demo names her in outcomes, progress, the log…

        var removed = await demo.Removal.RemoveAsync(demo.Admin, femke, "  femke   JANSEN ");

        Assert.True(removed.Succeeded, removed.ErrorCode);
        Assert.Empty(await demo.FindAsync("Femke Jansen"));
        Assert.Empty(await demo.FindAsync(DemoFacilitator));
        await using var db = await demo.Database.NewContextAsync();
        Assert.Null(await db.Users.SingleOrDefaultAsync(u => u.Id == femke));
        Assert.Equal(0, await CountAsync(db, "AspNetUserRoles", "UserId", femke));
        Assert.Equal(0, await CountAsync(db, "AspNetUserTokens", "UserId", femke));
        Assert.Equal(0, await CountAsync(db, "AccountLinks", "UserId", femke));
        Assert.Equal(0, await CountAsync(db, "SessionFacilitators", "FacilitatorsId", femke));
        // What she recorded for the alliance stays, with the stand-in as its author.
        Assert.NotEmpty(await db.SessionOutcomes.Where(o => o.UpdatedBy == RemovedAccount.Name).ToListAsync());
        Assert.NotEmpty(await db.ActionItemUpdates.Where(u => u.By == RemovedAccount.Name).ToListAsync());
        Assert.Contains(await db.AuditEntries.Where(e => e.ActorId == femke).ToListAsync(), e => e.ActorName == RemovedAccount.Name);
        var reset = await db.OutboxMessages.SingleAsync(m => m.Kind == AccountEmails.ResetKind);
        Assert.Equal((StaffAccountAnonymiser.RemovedAddress, "", true), (reset.ToAddress, reset.TextBody, reset.Undeliverable));
        // The account's history keeps its lines without her address, and who removed it.
        var history = await db.AccountAuditRecords.Where(r => r.AccountId == femke).OrderBy(r => r.Id).ToListAsync();
        Assert.All(history, r => Assert.Equal("", r.AccountEmail));
        Assert.Equal((AccountAuditAction.Removed, demo.Admin.UserId, demo.Admin.DisplayName), (history[^1].Action, history[^1].ActorId, history[^1].ActorName));
        var entry = await db.AuditEntries.SingleAsync(e => e.Kind == "User" && e.RecordId == femke && e.Action == AuditAction.Deleted);
        Assert.Equal(RemovedAccount.Name, entry.Label);
        Assert.Equal("StaffAccountRemoved", AuditSummary.Read(entry.Summary)!.Text);
    }

    /// <summary>
    /// A colleague called May is removed: her name goes from the emails written to her and from the log's entries about her
    /// account, her addresses in any case, and the month of a date stays (her round table on 14 May is still on 14 May).
    /// </summary>
    [Fact]
    public async Task Remove_AColleagueCalledMay_TakesHerNameAndAddress_AndLeavesTheMonthOfADate()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var may = (await demo.Accounts.InviteAsync(demo.Admin, "may@groningen.nl", "May", Language.En, [Roles.Facilitator])).Value;
        const string text = "Dear May, your round table on 14 May; MAY@GRONINGEN.NL";
        const string scrubbed = "Dear " + RemovedAccount.Name + ", your round table on 14 May; " + RemovedAccount.Name;
        await using (var db = await demo.Database.NewContextAsync())
        {
            var now = demo.Database.Time.GetUtcNow().UtcDateTime;
            db.OutboxMessages.Add(new EventHub.Core.Outbox.OutboxMessage("may@groningen.nl", "May", text,
                new EventHub.Core.Outbox.EmailDraft(Language.En).Paragraph("Hello."), "Note", now));
            db.AuditEntries.Add(new AuditEntry(now, AuditActor.System, "UserClaim", may + "/1", AuditAction.Added, "May",
                [new("ClaimValue", null, text)]));
            await db.SaveChangesAsync();
        }

        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, may, "May")).Succeeded);

        await using var check = await demo.Database.NewContextAsync();
        Assert.Equal(scrubbed, (await check.OutboxMessages.SingleAsync(m => m.Kind == "Note")).Subject);
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "UserClaim");
        Assert.Equal((RemovedAccount.Name, scrubbed), (entry.Label, Assert.Single(entry.Changes).New));
        Assert.Empty(await demo.FindAsync("may@groningen.nl"));
    }

    /// <summary>
    /// Two colleagues share a name: the demo's facilitator, and a new organiser called Femke Jansen too, who saves an
    /// outcome, records progress and merges two partners. The first Femke is removed (or, married meanwhile, as Femke de
    /// Wit). Every record is found by the account it keeps: hers lose the name she had when she saved them, and her
    /// namesake's keep it — in the records and in the audit log; her namesake's own data export counts only her own work.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("Femke de Wit")]
    public async Task Remove_OneOfTwoColleaguesWithTheSameName_TakesHersByTheAccount_AlsoUnderAnEarlierName_AndLeavesTheOthers(string? renamed)
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        var namesakeId = (await demo.Accounts.InviteAsync(demo.Admin, "f.jansen@groningen.nl", "Femke Jansen", Language.Nl, [Roles.Organiser])).Value;
        var namesake = TeamMember.InRoles(namesakeId, "Femke Jansen", Roles.Organiser);
        var services = demo.Database.Services;
        int sessionId, itemId, itemVersion, survivor, merged;
        await using (var db = await demo.Database.NewContextAsync())
        {
            sessionId = await db.Sessions.Where(s => !db.SessionOutcomes.Any(o => o.SessionId == s.Id)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            (itemId, itemVersion) = await db.ActionItems.OrderBy(a => a.Id).Select(a => ValueTuple.Create(a.Id, a.Version)).FirstAsync();
            var partners = await db.Organisations.OrderByDescending(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            (survivor, merged) = (partners[1], partners[0]);
        }

        Assert.True((await services.GetRequiredService<EventHub.Core.Outcomes.OutcomeService>()
            .SaveAsync(sessionId, EventHub.Core.Outcomes.OutcomeDraft.Empty with { Notes = "Kort verslag." }, 0, namesake)).Succeeded);
        Assert.True((await services.GetRequiredService<EventHub.Core.Actions.ActionTrackerService>()
            .RecordProgressAsync(itemId, new EventHub.Core.Actions.ActionProgressInput(EventHub.Core.Actions.ActionItemStatus.InProgress, "Gesprek gepland.", itemVersion), namesake)).Succeeded);
        Assert.True((await services.GetRequiredService<EventHub.Core.Directory.MergeService>().MergeOrganisationsAsync(survivor, merged, namesake)).Succeeded);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(
            (await services.GetRequiredService<StaffAccountExportService>().ExportForAsync(demo.Admin, namesakeId, Language.En)).Value.Content)))
        using (var json = new StreamReader(zip.GetEntry(StaffAccountExportService.JsonFileName)!.Open()))
        {
            var work = StaffAccountExportService.ReadJson(await json.ReadToEndAsync())!.Work;
            Assert.Equal((1, 1), (work.ProgressRecorded, work.OutcomesLastSaved));
        }

        if (renamed is not null)
        {
            Assert.True((await demo.Accounts.ChangeNameAsync(demo.Admin, femke, renamed)).Succeeded);
        }

        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, femke, renamed ?? "Femke Jansen")).Succeeded);

        await using var check = await demo.Database.NewContextAsync();
        // Hers, saved as Femke Jansen: under the stand-in.
        Assert.All(await check.SessionOutcomes.Where(o => o.UpdatedByUserId == femke).ToListAsync(), o => Assert.Equal(RemovedAccount.Name, o.UpdatedBy));
        Assert.NotEmpty(await check.ActionItemUpdates.Where(u => u.ByUserId == femke && u.By == RemovedAccount.Name).ToListAsync());
        Assert.Empty(await check.ActionItemUpdates.Where(u => u.ByUserId == femke && u.By != RemovedAccount.Name).ToListAsync());
        // Her namesake's: still hers.
        Assert.Equal("Femke Jansen", (await check.SessionOutcomes.SingleAsync(o => o.SessionId == sessionId)).UpdatedBy);
        Assert.Equal("Femke Jansen", (await check.ActionItemUpdates.SingleAsync(u => u.ByUserId == namesakeId)).By);
        Assert.Equal("Femke Jansen", (await check.DirectoryMerges.SingleAsync(m => m.MergedByUserId == namesakeId)).MergedBy);
        var outcomeId = (await check.SessionOutcomes.SingleAsync(o => o.SessionId == sessionId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var logged = await check.AuditEntries.Where(e => e.Kind == "SessionOutcome" && e.RecordId == outcomeId).ToListAsync();
        Assert.Contains(logged, e => e.Changes.Any(c => c is { Property: "UpdatedBy", New: "Femke Jansen" }));
    }

    /// <summary>
    /// An event's contact is a name and the address beside it. One of Olga's events passes to a namesake at another
    /// address, who then corrects her name; on another Olga retypes her own name. Removing Olga replaces, in the audit
    /// log, the name wherever her address stood beside it, whatever it said, and her address; her namesake keeps hers.
    /// </summary>
    [Fact]
    public async Task Remove_AnEventsContact_ReplacesTheNameBesideTheirAddressInTheLog_AndLeavesANamesakeAtAnotherAddress()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var olga = await demo.IdOfAsync(DemoOrganiser);
        const string namesakeAddress = "o.bakker@groningen.nl";
        var namesake = (await demo.Accounts.InviteAsync(demo.Admin, namesakeAddress, "Olga Bakker", Language.Nl, [Roles.Organiser])).Value;
        List<int> events;
        await using (var db = await demo.Database.NewContextAsync())
        {
            events = await db.Events.Where(e => e.OrganiserEmail == DemoOrganiser).OrderBy(e => e.Id).Select(e => e.Id).Take(2).ToListAsync();
        }

        var (handedOver, retyped) = (events[0], events[1]);
        await demo.ActAsAsync(namesake, "Olga Bakker", db => db.Events.Single(e => e.Id == handedOver).SetOrganiser("Olga Bakker", namesakeAddress));
        await demo.ActAsAsync(namesake, "Olga Bakker", db => db.Events.Single(e => e.Id == handedOver).SetOrganiser("Olga Bakker-Smit", namesakeAddress));
        await demo.ActAsAsync(olga, "Olga Bakker", db => db.Events.Single(e => e.Id == retyped).SetOrganiser("O. Bakker (alliantiebureau)", DemoOrganiser));

        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, olga, "Olga Bakker")).Succeeded);

        await using var check = await demo.Database.NewContextAsync();
        var handedOverLog = await ContactChangesAsync(check, handedOver);
        var retypedLog = await ContactChangesAsync(check, retyped);
        // Hers: the name beside her address, and the address, at every moment the log shows.
        Assert.Contains(("OrganiserEmail", RemovedAccount.Name, namesakeAddress), handedOverLog);
        Assert.Contains(("OrganiserName", RemovedAccount.Name, RemovedAccount.Name), retypedLog);
        Assert.DoesNotContain(handedOverLog.Concat(retypedLog), c => c.Old == DemoOrganiser || c.New == DemoOrganiser);
        Assert.Empty(await demo.FindAsync("O. Bakker"));
        // Her namesake's own name, beside her own address, stays hers.
        Assert.Contains(("OrganiserName", "Olga Bakker", "Olga Bakker-Smit"), handedOverLog);
    }

    private static async Task<List<(string Property, string? Old, string? New)>> ContactChangesAsync(EventHubDbContext db, int eventId)
    {
        var id = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (await db.AuditEntries.Where(e => e.Kind == "Event" && e.RecordId == id).OrderBy(e => e.Id).ToListAsync())
            .SelectMany(e => e.Changes).Where(c => c.Property is "OrganiserName" or "OrganiserEmail")
            .Select(c => (c.Property, c.Old, c.New)).ToList();
    }

    /// <summary>
    /// Fenna changed her address once and asked for another she never confirmed: all three were written to, so none of
    /// them stays anywhere (not in her history's lines either).
    /// </summary>
    [Fact]
    public async Task Remove_AfterAnAddressChange_LeavesNoneOfTheAddressesItHadOrAskedFor()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var (id, token) = await demo.InviteAsync("fenna@groningen.nl", Roles.Organiser);
        Assert.True((await demo.Accounts.SetPasswordAsync(token, Password)).Succeeded);
        var fenna = TeamMember.InRoles(id, "fenna", Roles.Organiser);
        Assert.True((await demo.Accounts.RequestEmailChangeAsync(fenna, "fenna.nieuw@groningen.nl")).Succeeded);
        var sent = OutboxLinks.TextAsSent(demo.Database.Services, await StaffLinks.NewestMessageToAsync(demo.Database.Services, "fenna.nieuw@groningen.nl"));
        var confirm = System.Text.RegularExpressions.Regex.Match(sent, "/account/confirm-email/([A-Za-z0-9_-]+)").Groups[1].Value;
        Assert.True((await demo.Accounts.ConfirmEmailChangeAsync(confirm)).Succeeded);
        Assert.True((await demo.Accounts.RequestEmailChangeAsync(fenna, "fenna.later@groningen.nl")).Succeeded);

        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, id, "fenna")).Succeeded);

        Assert.Empty(await demo.FindAsync("fenna@groningen.nl"));
        Assert.Empty(await demo.FindAsync("fenna.nieuw@groningen.nl"));
        Assert.Empty(await demo.FindAsync("fenna.later@groningen.nl"));
    }

    /// <summary>The audit log's "Who" filter lists the team as it is; a removed colleague's work is found under the stand-in.</summary>
    [Fact]
    public async Task AuditLog_WhoFilter_FindsWhatRemovedAccountsDid_AndNothingElse()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        await demo.ActAsAsync(femke, "Femke Jansen", db => db.Organisations.OrderBy(o => o.Id).First().Rename("Bibliotheek Centrum"));
        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, femke, "Femke Jansen")).Succeeded);

        var page = await demo.Database.Services.GetRequiredService<AuditLog>()
            .FindAsync(new AuditFilter(ActorId: AuditLog.RemovedActor), 0, 100, demo.Admin);

        Assert.Contains(page.Entries, e => e.ActorId == femke && e.Kind == "Organisation");
        Assert.All(page.Entries, e => Assert.Equal((AuditActorKind.User, RemovedAccount.Name), (e.ActorKind, e.ActorName)));
    }

    [Fact]
    public async Task Remove_ThenTheSameAddressCanBeInvitedAgain_AsANewAccountWithoutAnythingOfTheOldOne()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var (old, token) = await demo.InviteAsync("fenna@groningen.nl", Roles.Organiser);
        Assert.True((await demo.Accounts.SetPasswordAsync(token, Password)).Succeeded);
        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, old, "fenna")).Succeeded);

        var again = await demo.Accounts.InviteAsync(demo.Admin, "fenna@groningen.nl", "Fenna de Vries", Language.Nl, [Roles.Facilitator]);

        Assert.True(again.Succeeded, again.ErrorCode);
        Assert.NotEqual(old, again.Value);
        await using var scope = demo.Database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var fenna = (await users.FindByEmailAsync("fenna@groningen.nl"))!;
        Assert.Equal((again.Value, AccountState.Invited, false), (fenna.Id, fenna.State, await users.CheckPasswordAsync(fenna, Password)));
        Assert.Equal([Roles.Facilitator], await users.GetRolesAsync(fenna));
        Assert.Equal([AccountAuditAction.Invited], (await demo.Accounts.HistoryAsync(fenna.Id)).Select(r => r.Action));
    }

    [Fact]
    public async Task Remove_TheirOwnAccount_IsRefused_AndChangesNothing()
    {
        await using var demo = await DemoTeam.CreateAsync();

        var removed = await demo.Removal.RemoveAsync(demo.Admin, demo.Admin.UserId, demo.Admin.DisplayName);

        Assert.Equal(AccountErrors.OwnAccount, removed.ErrorCode);
        Assert.Equal(AccountErrors.OwnAccount, (await demo.Removal.PreviewAsync(demo.Admin, demo.Admin.UserId)).ErrorCode);
        Assert.NotEmpty(await demo.FindAsync(DemoAdmin));
    }

    /// <summary>
    /// The admin removing is an admin too, so only an admin who has not chosen a password yet could ever try: the alliance
    /// must keep someone who can sign in and manage accounts.
    /// </summary>
    [Fact]
    public async Task Remove_TheLastAdminWhoCanSignIn_IsRefused()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var (newcomer, _) = await demo.InviteAsync("bram@groningen.nl", Roles.Admin);

        var removed = await demo.Removal.RemoveAsync(TeamMember.InRoles(newcomer, "bram", Roles.Admin), demo.Admin.UserId, demo.Admin.DisplayName);

        Assert.Equal(AccountErrors.LastAdmin, removed.ErrorCode);
        Assert.NotEmpty(await demo.FindAsync(DemoAdmin));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Femke")]
    [InlineData("facilitator@eventhub.example")]
    public async Task Remove_WithoutTheirNameTyped_IsRefused_AndChangesNothing(string? typed)
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        var before = (await demo.FindAsync("Femke Jansen")).Count;

        var removed = await demo.Removal.RemoveAsync(demo.Admin, femke, typed);

        Assert.Equal(AccountErrors.NameDoesNotMatch, removed.ErrorCode);
        Assert.Equal(before, (await demo.FindAsync("Femke Jansen")).Count);
        Assert.False(demo.Database.Services.GetRequiredService<EndedSignIns>().HasEnded(femke));
    }

    [Fact]
    public async Task Remove_ByAnOrganiser_OrByAnAdminSinceDemoted_IsRefused()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        var olga = await demo.IdOfAsync(DemoOrganiser);

        Assert.Equal(AccountErrors.NotAllowed, (await demo.Removal.RemoveAsync(TeamMember.InRoles(olga, "Olga Bakker", Roles.Organiser), femke, "Femke Jansen")).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await demo.Removal.PreviewAsync(TeamMember.InRoles(olga, "Olga Bakker", Roles.Organiser), femke)).ErrorCode);
        // Olga's page still says admin, but the database no longer does.
        Assert.Equal(AccountErrors.NotAllowed, (await demo.Removal.RemoveAsync(TeamMember.InRoles(olga, "Olga Bakker", Roles.Admin), femke, "Femke Jansen")).ErrorCode);
        Assert.NotEmpty(await demo.FindAsync(DemoFacilitator));
    }

    /// <summary>The dialog says beforehand what else changes: sessions to come lose their facilitator, events to come their contact.</summary>
    [Fact]
    public async Task Preview_CountsTheSessionsAndEventsStillToComeThatNeedSomeoneElse_AndRemovalClearsTheEventsContact()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        var olga = await demo.IdOfAsync(DemoOrganiser);

        var facilitator = await demo.Removal.PreviewAsync(demo.Admin, femke);
        var organiser = await demo.Removal.PreviewAsync(demo.Admin, olga);

        Assert.Equal(new AccountRemovalPreview(UpcomingSessions: 2, UpcomingEventsAsContact: 0), facilitator.Value);
        Assert.Equal(0, organiser.Value.UpcomingSessions);
        Assert.True(organiser.Value.UpcomingEventsAsContact > 0);
        Assert.True((await demo.Removal.RemoveAsync(demo.Admin, olga, "Olga Bakker")).Succeeded);
        await using var db = await demo.Database.NewContextAsync();
        Assert.DoesNotContain(await db.Events.Select(e => e.OrganiserEmail).ToListAsync(), email => email == DemoOrganiser);
        // Only the invitations already written to partners still name her as their contact, as they were (or will be) sent.
        Assert.All(await demo.FindAsync("Olga Bakker"), found => Assert.Matches("^OutboxMessages\\.(Html|Text)Body: ", found));
        Assert.DoesNotContain(await db.OutboxMessages.Select(m => m.ToAddress).ToListAsync(), to => to == DemoOrganiser);
    }

    [Fact]
    public async Task Remove_EndsTheirSignInsAtOnce()
    {
        await using var demo = await DemoTeam.CreateAsync();
        var femke = await demo.IdOfAsync(DemoFacilitator);
        var signIns = demo.Database.Services.GetRequiredService<EndedSignIns>();
        var ended = new List<string>();
        signIns.Ended += ended.Add;

        await demo.Removal.RemoveAsync(demo.Admin, femke, "Femke Jansen");

        Assert.Equal([femke], ended);
        Assert.True(signIns.HasEnded(femke));
        Assert.False(signIns.HasEnded(demo.Admin.UserId));
    }

    private const string DemoAdmin = "admin@eventhub.example";
    private const string DemoOrganiser = "organiser@eventhub.example";
    private const string DemoFacilitator = "facilitator@eventhub.example";

    private static async Task<int> CountAsync(EventHubDbContext db, string table, string column, string value)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = $value";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$value";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    /// <summary>The demo (seeded as the app seeds it; a copy of the one seeded once per run), with its admin, Anna, acting.</summary>
    private sealed class DemoTeam : IAsyncDisposable
    {
        private DemoTeam(TestDatabase database, TeamMember admin)
        {
            Database = database;
            Admin = admin;
        }

        public TestDatabase Database { get; }
        public TeamMember Admin { get; }
        public StaffAccountService Accounts => Database.Services.GetRequiredService<StaffAccountService>();
        public StaffAccountRemoval Removal => Database.Services.GetRequiredService<StaffAccountRemoval>();

        public static async Task<DemoTeam> CreateAsync()
        {
            var database = await TestDatabase.CreateWithDemoAsync();
            await using var db = await database.NewContextAsync();
            var anna = await db.Users.SingleAsync(u => u.Email == DemoAdmin);
            return new DemoTeam(database, TeamMember.InRoles(anna.Id, anna.DisplayName, Roles.Admin));
        }

        public async Task<string> IdOfAsync(string email)
        {
            await using var db = await Database.NewContextAsync();
            return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }

        public async Task<(string Id, string Token)> InviteAsync(string email, string role)
        {
            var id = (await Accounts.InviteAsync(Admin, email, email.Split('@')[0], Language.En, [role])).Value;
            return (id, await StaffLinks.NewestTokenAsync(Database.Services, email));
        }

        /// <summary>A change saved as the signed-in person, as the app's screens save them (the log records who).</summary>
        public async Task ActAsAsync(string userId, string name, Action<EventHubDbContext> change)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var actor = scope.ServiceProvider.GetRequiredService<CurrentActor>();
            actor.Actor = AuditActor.User(userId, name);
            actor.Use();
            try
            {
                await using var db = await Database.NewContextAsync();
                change(db);
                await db.SaveChangesAsync();
            }
            finally
            {
                CurrentActor.Clear();
            }
        }

        /// <summary>"Table.Column: value" for every text value in the database that holds <paramref name="text"/>, in any case.</summary>
        public async Task<List<string>> FindAsync(string text)
        {
            await using var db = await Database.NewContextAsync();
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync();
            }

            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var found = new List<string>();
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using DbDataReader reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (!reader.IsDBNull(i) && reader.GetValue(i) is string value && value.Contains(text, StringComparison.OrdinalIgnoreCase))
                        {
                            found.Add($"{table}.{reader.GetName(i)}: {(value.Length > 200 ? value[..200] : value)}");
                        }
                    }
                }
            }

            return found;
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
