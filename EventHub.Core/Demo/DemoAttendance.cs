using Bogus;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Demo;

/// <summary>
/// Who came to last month's meeting: one contact of every partner and two residents were invited two months ago,
/// most accepted (and so registered for its round tables), and most of those were checked in at the door. Drawn from a seeded randomizer, so every demo
/// database has the same guest list; built through the entities, so the answers carry the dates they would have had.
/// </summary>
internal static class DemoAttendance
{
    private const double AcceptShare = 0.75;
    private const double DeclineShare = 0.12;
    private const double TentativeShare = 0.08;
    private const double ArriveShare = 0.85;

    /// <summary>Adds the invitations, answers and check-ins, takes the accepted seats and returns who attended.</summary>
    public static async Task<IReadOnlyList<Invitation>> RecordAsync(EventHubDbContext db, DemoLastMonth month, CancellationToken ct)
    {
        var random = new Randomizer(DemoFakers.DefaultSeed + 2);
        var past = month.Past;
        var contacts = await db.Contacts.Include(c => c.Organisation).OrderBy(c => c.Id).ToListAsync(ct);
        var invitees = contacts.Where(c => c.OrganisationId is not null).GroupBy(c => c.OrganisationId).Select(g => g.First())
            .Concat(contacts.Where(c => c.OrganisationId is null).Take(2))
            .ToList();
        var sentAt = past.StartUtc.AddDays(-28);
        var invitations = new List<Invitation>();
        foreach (var contact in invitees)
        {
            var invitation = new Invitation(past, contact, sentAt.AddDays(-1));
            invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), sentAt);
            var draw = random.Double(); // drawn before the day, so the seeded demo stays the same
            var answeredAt = sentAt.AddDays(random.Int(1, 25)).AddHours(random.Int(0, 12));
            Answer(invitation, draw, answeredAt);
            if (invitation.Status == InvitationStatus.Accepted)
            {
                DemoSessions.RegisterForEveryChoosable(invitation, past, answeredAt);
            }

            if (invitation.Status == InvitationStatus.Accepted && random.Bool((float)ArriveShare))
            {
                invitation.CheckIn(past.StartUtc.AddMinutes(random.Int(-20, 25)));
            }

            invitations.Add(invitation);
        }

        db.Invitations.AddRange(invitations);
        await db.SaveChangesAsync(ct);
        // Seats are counted only by the conditional update, as when partners answer themselves.
        for (var seat = invitations.Count(i => i.HoldsSeat); seat > 0; seat--)
        {
            await Seats.TakeEventSeatAsync(db, past.Id, ct);
        }

        await DemoSessions.TakePlacesAsync(db, invitations, ct);

        return invitations.Where(i => i.Attended).ToList();
    }

    /// <summary>Three in four accept, some decline (mostly the date), a few say maybe, the rest never answered.</summary>
    private static void Answer(Invitation invitation, double draw, DateTime answeredAt)
    {
        if (draw < AcceptShare)
        {
            invitation.Answer(InvitationStatus.Accepted, answeredAt);
            invitation.AcceptPrivacyNotice(PrivacyNotice.FirstVersion, answeredAt);
        }
        else if (draw < AcceptShare + DeclineShare)
        {
            invitation.Answer(InvitationStatus.Declined, answeredAt);
            invitation.Explain(draw < AcceptShare + (DeclineShare / 2) ? DeclineReason.Date : DeclineReason.NoCapacity, null);
        }
        else if (draw < AcceptShare + DeclineShare + TentativeShare)
        {
            invitation.Answer(InvitationStatus.Tentative, answeredAt);
            invitation.AcceptPrivacyNotice(PrivacyNotice.FirstVersion, answeredAt);
        }
    }
}
