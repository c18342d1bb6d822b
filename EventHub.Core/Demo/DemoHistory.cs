using Bogus;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Demo;

/// <summary>
/// A year of history before last month's meeting, so the insight pages tell a story on first start: four earlier
/// meetings (14, 10, 7 and 4 months back), long since archived, with invitations, answers (decline reasons too),
/// check-ins, walk-ins, a final record with a decision and action items (all closed since). A few partners came only to the first one
/// and stayed away from last month's meeting: not seen for more than a year. Written after the rest of the demo
/// (higher ids, no published reports, no emails), so what tests find "first" in the demo does not move; libraries
/// are left out, so the directory's library partners still show an empty timeline.
/// </summary>
internal static class DemoHistory
{
    public static readonly (string Title, int MonthsBack, string Session)[] Meetings =
    [
        ("Netwerkbijeenkomst Taal en Werk", 14, "Tafelgesprekken taal op de werkvloer"),
        ("Rondetafel Stages zonder Drempels", 10, "Rondetafel stages"),
        ("Werksessie Ouderbetrokkenheid", 7, "Werksessie ouders en school"),
        ("Zomerbijeenkomst Wijkpartners", 4, "Wijktafels"),
    ];

    /// <summary>How many partners came to the first meeting and then stayed away (not invited again, absent last month).</summary>
    public const int Lapsed = 4;

    public static async Task RecordAsync(EventHubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var random = new Randomizer(DemoFakers.DefaultSeed + 16);
        var now = time.GetUtcNow().UtcDateTime;
        var today = EventTime.ToLocal(now, EventTime.DefaultTimeZoneId).Date;
        var venue = await db.Venues.OrderBy(v => v.Id).FirstAsync(ct);
        var themes = await db.Themes.OrderBy(t => t.Id).ToListAsync(ct);
        var facilitator = await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example", ct);
        var lastMonth = await db.Events.SingleAsync(e => e.Status == EventStatus.Closed, ct);
        var cameLastMonth = await db.Invitations.Where(i => i.EventId == lastMonth.Id && i.CheckedInAtUtc != null)
            .Select(i => i.OrganisationId).ToListAsync(ct);
        // One contact per partner (the first), libraries left out; those absent last month may be the lapsed ones.
        var partners = (await db.Contacts.Include(c => c.Organisation).Where(c => c.OrganisationId != null).OrderBy(c => c.Id).ToListAsync(ct))
            .Where(c => c.Organisation!.SubSector != SubSector.Library)
            .GroupBy(c => c.OrganisationId).Select(g => g.First()).ToList();
        var lapsed = partners.Where(c => !cameLastMonth.Contains(c.OrganisationId)).Take(Lapsed).ToList();
        var regulars = partners.Except(lapsed).ToList();
        var independents = await db.Contacts.Where(c => c.OrganisationId == null).OrderBy(c => c.Id).ToListAsync(ct);

        var meetings = new List<(Event Event, List<Invitation> Guests)>();
        foreach (var (title, monthsBack, sessionTitle) in Meetings)
        {
            var day = DemoMeetingDays.OnOrBefore(today.AddMonths(-monthsBack));
            var meeting = new Event(title, Utc(day, 14), Utc(day, 17));
            meeting.HoldAt(venue, null);
            meeting.Describe($"{title}: partners uit de wijk in gesprek.");
            meeting.Tag(themes.Skip(monthsBack % Math.Max(1, themes.Count - 2)).Take(2));
            meeting.AddSession(sessionTitle, SessionKind.RoundTable, Utc(day, 14), Utc(day, 16.5));
            meeting.Publish(Utc(day.AddDays(-45), 9), Slugs.For(meeting));
            meeting.Close();
            meeting.Archive();
            db.Events.Add(meeting);

            var invitees = monthsBack == Meetings[0].MonthsBack
                ? lapsed.Concat(random.Shuffle(regulars).Take(14))
                : random.Shuffle(regulars).Take(16 + random.Int(0, 6));
            var guests = invitees.Select(contact => Invite(meeting, contact, random)).ToList();
            guests.AddRange(independents.Skip(meetings.Count).Take(2).Select(contact => WalkIn(meeting, contact, random)));
            db.Invitations.AddRange(guests);
            meetings.Add((meeting, guests));
        }

        await db.SaveChangesAsync(ct);
        foreach (var (meeting, guests) in meetings)
        {
            for (var seat = guests.Count(g => g.HoldsSeat && !g.IsWalkIn); seat > 0; seat--)
            {
                await Seats.TakeEventSeatAsync(db, meeting.Id, ct);
            }

            await DemoSessions.TakePlacesAsync(db, guests, ct);
        }

        Follow(db, meetings, TeamMember.InRoles(facilitator.Id, facilitator.DisplayName));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sent six weeks ahead; most accept and come, some decline with a reason (and now and then a note).</summary>
    private static Invitation Invite(Event meeting, Contact contact, Randomizer random)
    {
        var sentAt = meeting.StartUtc.AddDays(-42);
        var invitation = new Invitation(meeting, contact, sentAt.AddDays(-1));
        invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), sentAt);
        var answeredAt = sentAt.AddDays(random.Int(1, 30)).AddHours(random.Int(0, 10));
        var draw = random.Double();
        if (draw < 0.7)
        {
            invitation.Answer(InvitationStatus.Accepted, answeredAt);
            invitation.AcceptPrivacyNotice(PrivacyNotice.FirstVersion, answeredAt);
            DemoSessions.RegisterForEveryChoosable(invitation, meeting, answeredAt);
            if (random.Bool(0.85f))
            {
                invitation.CheckIn(meeting.StartUtc.AddMinutes(random.Int(-20, 20)));
            }
        }
        else if (draw < 0.88)
        {
            invitation.Answer(InvitationStatus.Declined, answeredAt);
            var reason = random.ArrayElement(Enum.GetValues<DeclineReason>());
            invitation.Explain(reason, reason == DeclineReason.Other ? "Zelfde middag een eigen activiteit in de wijk." : null);
        }
        else if (draw < 0.94)
        {
            invitation.Answer(InvitationStatus.Tentative, answeredAt);
        }

        return invitation;
    }

    private static Invitation WalkIn(Event meeting, Contact contact, Randomizer random)
    {
        var at = meeting.StartUtc.AddMinutes(random.Int(0, 30));
        var invitation = new Invitation(meeting, contact, at);
        invitation.RegisterWalkIn(at);
        invitation.CheckIn(at);
        return invitation;
    }

    /// <summary>Each meeting's record is final with one decision naming a partner that agreed; its action items were followed up and closed.</summary>
    private static void Follow(EventHubDbContext db, List<(Event Event, List<Invitation> Guests)> meetings, TeamMember facilitator)
    {
        foreach (var (meeting, guests) in meetings)
        {
            var session = meeting.Sessions.Single();
            var came = guests.Where(g => g.Attended && g.Organisation is not null).ToList();
            var host = came[0].Contact;
            var after = meeting.EndUtc.AddDays(1);
            var outcome = new SessionOutcome(session, after);
            var decision = new OutcomeStatement(StatementKind.Decision, $"{host.Organisation!.Name} organiseert een vervolggesprek in de eigen wijk.", 0);
            decision.Attribute(agreedToBeNamed: true, [host.Organisation]);
            var insight = new OutcomeStatement(StatementKind.Insight, "Partners willen elkaar vaker tussen de bijeenkomsten spreken.", 1);
            outcome.Write("Verslag volgt de tafelgesprekken.", [insight, decision], [],
                came.GroupBy(g => g.Organisation!.Sector).Select(g => new SectorShare(g.Key, g.Count())));
            outcome.Stamp(facilitator, after);
            outcome.MarkFinal(after.AddHours(4));
            db.SessionOutcomes.Add(outcome);

            var follow = new ActionItem(session, "Vervolggesprek in de wijk plannen", host.Organisation, host, DateOnly.FromDateTime(meeting.StartUtc).AddDays(45), after);
            var share = new ActionItem(session, "Contactgegevens van de tafel delen", came[1].Contact.Organisation!, came[1].Contact, DateOnly.FromDateTime(meeting.StartUtc).AddDays(14), after);
            share.Progress(ActionItemStatus.Done, "Gedeeld met alle deelnemers.", ActionUpdateSource.Owner, null, null, after.AddDays(5));
            share.Stamp(after.AddDays(5));
            // Long finished: done, one dropped. (Open items stay last month's, so the tracker's figures tell one story.)
            follow.Progress(ActionItemStatus.InProgress, "Eerste afspraak gemaakt.", ActionUpdateSource.Owner, null, null, after.AddDays(10));
            follow.Progress(meeting == meetings[1].Event ? ActionItemStatus.Dropped : ActionItemStatus.Done, null, ActionUpdateSource.Team, facilitator, null, after.AddDays(30));
            follow.Stamp(after.AddDays(30));

            db.ActionItems.AddRange(follow, share);
        }
    }

    private static DateTime Utc(DateTime localDay, double hour) => EventTime.ToUtc(localDay.AddHours(hour), EventTime.DefaultTimeZoneId);
}
