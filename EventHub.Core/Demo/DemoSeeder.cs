using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Engagement;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Demo;

/// <summary>
/// Fills an empty database with a believable alliance: partners in every sector, contacts, a venue,
/// last month's meeting (attended, recorded, reported and followed up), next month's published meeting
/// and a draft, and one account per role.
/// </summary>
public sealed partial class DemoSeeder(
    IDbContextFactory<EventHubDbContext> dbFactory,
    AccountService accounts,
    InvitationService invitations,
    RsvpService rsvp,
    OutboxLinkTokens linkTokens,
    FeedbackRequestJob feedbackJob,
    FeedbackSurveyService feedbackSurvey,
    AnnualReportPublications annualReports,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo-2026-EventHub";

    public static IReadOnlyList<(string Email, string Name, string Role)> DemoUsers { get; } =
    [
        ("admin@eventhub.example", "Anna de Vries", Roles.Admin),
        ("organiser@eventhub.example", "Olga Bakker", Roles.Organiser),
        ("facilitator@eventhub.example", "Femke Jansen", Roles.Facilitator),
        ("door@eventhub.example", "Daan Visser", Roles.DoorStaff),
    ];

    /// <summary>Seeds only when the directory and the event list are both empty; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        List<string> existingAccounts;
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await check.Organisations.AnyAsync(ct) || await check.Events.AnyAsync(ct))
            {
                return false;
            }

            existingAccounts = await check.Users.Select(u => u.Email!).ToListAsync(ct);
        }

        // Accounts first (the events name their organiser and facilitator); a seed interrupted after this step
        // finds them on the next start and carries on.
        foreach (var (email, name, role) in DemoUsers.Where(u => !existingAccounts.Contains(u.Email)))
        {
            var created = await accounts.CreateUserAsync(email, name, DemoPassword, Language.En, [role]);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: {created.ErrorDetail}");
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        await dbFactory.WriteAsync(async (db, token) =>
        {
            var organisations = DemoFakers.Organisations(40, now);
            db.Organisations.AddRange(organisations);
            db.Contacts.AddRange(DemoFakers.Contacts(150, organisations, now));
            var cast = new DemoCast(
                await db.Users.SingleAsync(u => u.Email == "organiser@eventhub.example", token),
                await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example", token),
                await db.Themes.OrderBy(t => t.Id).ToListAsync(token));
            db.Events.AddRange(DemoEvents(now, cast));
            return true;
        }, ct);

        await InviteAndAnswerAsync(ct);
        await RecordLastMonthAsync(ct);
        await DemoFeedback.AnswerAsync(dbFactory, feedbackJob, feedbackSurvey, linkTokens, time, ct);
        await dbFactory.WriteAsync(async (db, token) =>
        {
            await DemoHistory.RecordAsync(db, time, token);
            await DemoMove.RecordAsync(db, time, token);
            return true;
        }, ct);
        // Last year's annual report is public (the demo's history has a meeting in it, whatever the month).
        var lastYear = EventTime.ToLocal(now, EventTime.DefaultTimeZoneId).Year - 1;
        if (!(await annualReports.PublishAsync(lastYear, ct)).Succeeded)
        {
            throw new InvalidOperationException($"The demo's annual report of {lastYear} could not be published.");
        }

        logger.LogInformation("Seeded demo data: 40 organisations, 150 contacts, {Events} events, {Users} accounts", 3 + DemoHistory.Meetings.Length, DemoUsers.Count);
        return true;
    }

    /// <summary>
    /// Next month's event comes alive: partners from every sector invited (the emails wait in the outbox),
    /// and some of them already answered through their links.
    /// </summary>
    private async Task InviteAndAnswerAsync(CancellationToken ct)
    {
        int eventId;
        List<int> invitees;
        List<int> choosable;
        TeamMember organiser;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            eventId = await db.Events.Where(e => e.Status == EventStatus.Published).Select(e => e.Id).SingleAsync(ct);
            // The workshop and the round table: what a partner picks on the answer page (a plenary is for everyone).
            choosable = (await db.Sessions.Where(s => s.EventId == eventId).OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToListAsync(ct))
                .Where(s => s.IsChoosable).Select(s => s.Id).ToList();
            // Two contacts from every organisation of the first twelve, by name: a spread over all sectors.
            invitees = await db.Contacts.Where(c => c.OrganisationId != null && c.OrganisationId <= 12)
                .OrderBy(c => c.OrganisationId).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
            var olga = await db.Users.SingleAsync(u => u.Email == "organiser@eventhub.example", ct);
            organiser = TeamMember.InRoles(olga.Id, olga.DisplayName, Roles.Organiser);
        }

        // The demo's organiser sends the invitations, as she would on the invitations page.
        await invitations.AddAsync(eventId, invitees, organiser, ct);
        await invitations.SendAsync(eventId, organiser, ct);
        List<string> links;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // The partners' links as their emails will carry them: the stored text holds only a placeholder.
            links = (await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.InvitationKind).OrderBy(m => m.Id).ToListAsync(ct))
                .Select(message => OutboxLinkTokens.Filled(message.TextBody, linkTokens.TokensOf(message)))
                .Select(text => RsvpLink().Match(text).Groups[1].Value)
                .ToList();
        }

        var answers = new[] { InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Declined, InvitationStatus.Accepted, InvitationStatus.Tentative };
        for (var i = 0; i < Math.Min(15, links.Count); i++)
        {
            var answer = answers[i % answers.Length];
            // A seeded answer the rules refuse would leave the demo quietly short of it.
            var answered = await rsvp.RespondAsync(links[i], new RsvpAnswer(
                answer,
                // Those coming pick one of the two sessions that run side by side, in turn.
                SessionIds: answer != InvitationStatus.Accepted || choosable.Count == 0 ? null : [choosable[i % choosable.Count]],
                PrivacyAccepted: answer != InvitationStatus.Declined,
                Needs: i == 3 ? AccessNeeds.SignLanguageInterpreter : AccessNeeds.None,
                DeclineReason: answer == InvitationStatus.Declined ? DeclineReason.Date : null), ct);
            if (!answered.Succeeded)
            {
                throw new InvalidOperationException($"The demo's answer {i} was refused: {answered.ErrorCode}.");
            }
        }
    }

    /// <summary>
    /// Last month's meeting went the whole loop: partners were invited and checked in at the door, every session's
    /// record is final, the report is public, and the action items agreed there are followed up in every state.
    /// Written through the entities (not the services, which stamp everything "now") so the history carries the dates
    /// it would have had.
    /// </summary>
    private Task RecordLastMonthAsync(CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var month = await DemoLastMonth.LoadAsync(db, time, token);
            var attendees = await DemoAttendance.RecordAsync(db, month, token);
            db.SessionOutcomes.AddRange(DemoOutcomes.Record(month, attendees));
            db.EventReports.Add(DemoOutcomes.PublishedReport(month));
            // Owners are preferably people who were there.
            var contacts = attendees.Select(a => a.Contact).Concat(await db.Contacts.OrderBy(c => c.Id).ToListAsync(token)).ToList();
            db.ActionItems.AddRange(DemoActionItems.Agree(month, contacts));
            return true;
        }, ct);

    /// <summary>The people and themes the demo events are planned with.</summary>
    private sealed record DemoCast(AppUser Organiser, AppUser Facilitator, IReadOnlyList<Theme> Themes);

    private static IEnumerable<Event> DemoEvents(DateTime nowUtc, DemoCast cast)
    {
        var forum = new Venue("Forum Groningen", "Nieuwe Markt 1, 9712 KN Groningen");
        forum.Describe(forum.Name, forum.Address, AccessibilityFeatures.StepFreeAccess | AccessibilityFeatures.AccessibleToilet | AccessibilityFeatures.QuietRoom);
        // As many places as the alliance day has: everyone who comes is at its plenaries.
        var bigRoom = forum.AddRoom("Rooftop zaal", 150, AccessibilityFeatures.StepFreeAccess | AccessibilityFeatures.HearingLoop);
        var smallRoom = forum.AddRoom("Studio 2", 40, AccessibilityFeatures.StepFreeAccess);
        var today = EventTime.ToLocal(nowUtc, EventTime.DefaultTimeZoneId).Date;

        // About a month back and a month ahead, and a quarter ahead — each moved to a working day (DemoMeetingDays).
        var past = At(DemoMeetingDays.OnOrBefore(today.AddDays(-30)), "Dialoogavond Kansengelijkheid", 19, 21.5, forum, 100);
        past.Describe("Een avond over de overstap van voorschool naar basisschool: verhalen uit de wijk, tafelgesprekken en afspraken voor het komende jaar.");
        past.SetOrganiser(cast.Organiser.DisplayName, cast.Organiser.Email);
        past.Tag(cast.Themes.Where(t => DemoOutcomes.EventThemes.Contains(t.Name)));
        AddSession(past, DemoOutcomes.OpeningTitle, SessionKind.Plenary, 19, 19.5, bigRoom);
        AddSession(past, DemoOutcomes.RoundTablesTitle, SessionKind.RoundTable, 19.5, 21, bigRoom).AssignFacilitators([cast.Facilitator]);
        AddSession(past, DemoOutcomes.ClosingTitle, SessionKind.Plenary, 21, 21.5, bigRoom);
        past.Publish(nowUtc.AddDays(-60), Slugs.For(past));
        past.Close();

        var next = At(DemoMeetingDays.OnOrAfter(today.AddDays(30)), "Alliantiedag Gelijke Kansen", 13, 17, forum, 150);
        next.Describe("""
            Een middag met partners uit **overheid, onderwijs, bedrijfsleven en maatschappelijke organisaties** over gelijke kansen in het onderwijs.

            - Wat werkt in de wijk, van voorschool tot werk?
            - Welke afspraken maken we samen voor het komende jaar?
            """);
        next.SetOrganiser(cast.Organiser.DisplayName, cast.Organiser.Email);
        next.Tag(cast.Themes.Take(4));
        next.Limit(150, EventTime.ToUtc(next.LocalStart.Date.AddDays(-7).AddHours(17), EventTime.DefaultTimeZoneId));
        AddSession(next, "Plenaire opening", SessionKind.Plenary, 13, 13.75, bigRoom);
        AddSession(next, "Workshop: taal en ouderbetrokkenheid", SessionKind.Workshop, 14, 15.25, bigRoom, 60);
        AddSession(next, "Rondetafel: stages zonder discriminatie", SessionKind.RoundTable, 14, 15.25, smallRoom, 30).AssignFacilitators([cast.Facilitator]);
        AddSession(next, "Terugkoppeling en vervolgafspraken", SessionKind.Plenary, 15.5, 16.5, bigRoom).AssignFacilitators([cast.Facilitator]);
        next.Publish(nowUtc, Slugs.For(next));

        var draft = At(DemoMeetingDays.OnOrAfter(today.AddDays(90)), "Werkconferentie Leven Lang Leren", 9.5, 16, forum, 80);
        draft.Describe("Concept: programma volgt.");

        return [past, next, draft];
    }

    private static Event At(DateTime localDay, string title, double startHour, double endHour, Venue venue, int capacity)
    {
        var @event = new Event(title, Utc(localDay, startHour), Utc(localDay, endHour));
        @event.HoldAt(venue, null);
        @event.Limit(capacity, null);
        return @event;
    }

    private static Session AddSession(Event @event, string title, SessionKind kind, double startHour, double endHour, Room room, int? capacity = null)
    {
        var day = @event.LocalStart.Date;
        return @event.AddSession(title, kind, Utc(day, startHour), Utc(day, endHour), room, capacity);
    }

    private static DateTime Utc(DateTime localDay, double hour) =>
        EventTime.ToUtc(localDay.AddHours(hour), EventTime.DefaultTimeZoneId);

    /// <summary>The personal token in an invitation's text (which goes on after the link: a footer, a notice).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"/rsvp/([A-Za-z0-9_\-]+)")]
    private static partial System.Text.RegularExpressions.Regex RsvpLink();
}
