using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// A small, hand-built year of one partner, Buurthuis De Linde, with two contacts (Anna and Bram), written straight
/// through the entities with known times so every entry of the timeline, its order and the summary can be counted by hand:
/// <list type="bullet">
/// <item>Spring meeting (1 Mar): Anna invited 1 Feb, accepted 5 Feb, checked in 1 Mar 10:00; a decision names De Linde
/// with consent (session 13:00); an action item for Anna, due 1 Apr, still open (overdue).</item>
/// <item>Summer meeting (1 Jun): Anna invited 1 May, declined 3 May (date: "On holiday").</item>
/// <item>Autumn meeting (1 Sep): Anna invited 1 Aug as the organisation's invitation; Bram named delegate 10 Aug 09:00,
/// sent 09:05, checked in 1 Sep 10:00; an action item for Bram (1 Sep 12:00, due 31 Dec), in progress 15 Sep.</item>
/// <item>Open day (1 Oct): Bram walks in at 10:00.</item>
/// <item>Winter meeting (1 Nov): Anna invited 10 Oct, sends Bram instead 12 Oct 09:00 (sent 09:05).</item>
/// </list>
/// Not counted: a decision without consent, an insight that names De Linde, a decision naming another partner, and
/// another partner's invitation. Today is 29 Nov 2026.
/// </summary>
internal sealed class EngagementWorld
{
    public static readonly DateTime Start = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    public int Linde { get; private set; }
    public int Other { get; private set; }
    public int Anna { get; private set; }
    public int Bram { get; private set; }
    public int SpringMeeting { get; private set; }

    private static DateTime At(int month, int day, int hour = 9, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static Task<EngagementWorld> CreateAsync(TestDatabase database) => CreateAsync(database.DbFactory);

    public static async Task<EngagementWorld> CreateAsync(IDbContextFactory<EventHubDbContext> dbFactory)
    {
        var world = new EngagementWorld();
        await using var db = await dbFactory.CreateDbContextAsync();
        var linde = new Organisation("Buurthuis De Linde", Sector.CivilSociety, null, Start);
        var other = new Organisation("Woonstichting Oost", Sector.Business, null, Start);
        var anna = new Contact("Anna", "Visser", "anna@delinde.example", Language.Nl, Start);
        var bram = new Contact("Bram", "Kok", "bram@delinde.example", Language.En, Start);
        var olga = new Contact("Olga", "Smit", "olga@oost.example", Language.Nl, Start);
        db.AddRange(linde, other, anna, bram, olga);
        anna.MoveTo(linde, Start);
        bram.MoveTo(linde, Start);
        olga.MoveTo(other, Start);

        var spring = Meeting("Spring meeting", At(3, 1, 9));
        var summer = Meeting("Summer meeting", At(6, 1, 9));
        var autumn = Meeting("Autumn meeting", At(9, 1, 9));
        var openDay = Meeting("Open day", At(10, 1, 9));
        var winter = Meeting("Winter meeting", At(11, 1, 9));
        db.Events.AddRange(spring, summer, autumn, openDay, winter);

        var annaSpring = Sent(spring, anna, At(2, 1));
        annaSpring.Answer(InvitationStatus.Accepted, At(2, 5));
        annaSpring.CheckIn(At(3, 1, 10));
        var olgaSpring = Sent(spring, olga, At(2, 1));
        olgaSpring.Answer(InvitationStatus.Accepted, At(2, 2));
        olgaSpring.CheckIn(At(3, 1, 10, 5));

        var annaSummer = Sent(summer, anna, At(5, 1));
        annaSummer.Answer(InvitationStatus.Declined, At(5, 3));
        annaSummer.Explain(DeclineReason.Date, "On holiday");

        var annaAutumn = Sent(autumn, anna, At(8, 1));
        annaAutumn.OfferDelegateSeats(1);
        var annaWinter = Sent(winter, anna, At(10, 10));
        db.Invitations.AddRange(annaSpring, olgaSpring, annaSummer, annaAutumn, annaWinter);

        var bramWalkIn = new Invitation(openDay, bram, At(10, 1, 10));
        bramWalkIn.RegisterWalkIn(At(10, 1, 10));
        bramWalkIn.CheckIn(At(10, 1, 10));
        db.Invitations.Add(bramWalkIn);

        var springTable = spring.Sessions.Single();
        var map = new ActionItem(springTable, "Share the neighbourhood map", linde, anna, new DateOnly(2026, 4, 1), At(3, 1, 12));
        var host = new ActionItem(autumn.Sessions.Single(), "Host the next meeting", linde, bram, new DateOnly(2026, 12, 31), At(9, 1, 12));
        host.Progress(ActionItemStatus.InProgress, "Room booked", ActionUpdateSource.Owner, EventHub.Core.Common.TeamMember.InRoles("", "Bram Kok"), null, At(9, 15));
        db.ActionItems.AddRange(map, host);

        var outcome = new SessionOutcome(springTable, At(3, 1, 15));
        var named = new OutcomeStatement(StatementKind.Decision, "De Linde hosts the summer meeting", 0);
        named.Attribute(true, [linde]);
        var unnamed = new OutcomeStatement(StatementKind.Decision, "The alliance meets four times a year", 1);
        unnamed.Attribute(false, [linde]);
        var insight = new OutcomeStatement(StatementKind.Insight, "De Linde reaches young parents", 2);
        insight.Attribute(true, [linde]);
        var otherDecision = new OutcomeStatement(StatementKind.Decision, "Oost offers a room", 3);
        otherDecision.Attribute(true, [other]);
        outcome.Write(null, [named, unnamed, insight, otherDecision], [], []);
        db.SessionOutcomes.Add(outcome);
        await db.SaveChangesAsync();

        var bramAutumn = Sent(autumn, bram, At(8, 10, 9), sentAt: At(8, 10, 9, 5));
        bramAutumn.NominatedThrough(annaAutumn.Id);
        bramAutumn.CheckIn(At(9, 1, 10));
        var bramWinter = Sent(winter, bram, At(10, 12, 9), sentAt: At(10, 12, 9, 5));
        annaWinter.ReplaceBy(bramWinter);
        db.Invitations.AddRange(bramAutumn, bramWinter);
        await db.SaveChangesAsync();

        world.Linde = linde.Id;
        world.Other = other.Id;
        world.Anna = anna.Id;
        world.Bram = bram.Id;
        world.SpringMeeting = spring.Id;
        return world;
    }

    private static Event Meeting(string title, DateTime startUtc)
    {
        var meeting = new Event(title, startUtc, startUtc.AddHours(6));
        meeting.HoldAt(null, "https://meet.example.org/alliantie");
        meeting.AddSession($"Round table at {title}", SessionKind.RoundTable, startUtc.AddHours(4), startUtc.AddHours(5));
        return meeting;
    }

    private static Invitation Sent(Event meeting, Contact contact, DateTime createdAt, DateTime? sentAt = null)
    {
        var invitation = new Invitation(meeting, contact, createdAt);
        invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), sentAt ?? createdAt);
        return invitation;
    }
}
