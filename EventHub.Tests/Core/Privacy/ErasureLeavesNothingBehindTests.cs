using System.Globalization;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>
/// What a tester found an erasure left behind: the feedback-survey link kept working (with the earlier ratings ticked,
/// greeting the person as "Beste Anonymised"), what they wrote in it stayed, and a guest who had said yes to an upcoming
/// event kept their seat, with a check-in code and "Komt" on the guest list.
/// </summary>
public class ErasureLeavesNothingBehindTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna de Boer", Roles.Admin);

    [Fact]
    public async Task Erase_StopsTheirSurveyLink_AndForgetsWhatTheyWrote_ButTheirRatingsStillCount()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new FeedbackWorld(database.Services);
        var evening = await world.EventAsync("Dialoogavond Vensterschool");
        var guests = await world.GuestsAsync(evening, Sector.Education, 5);
        await world.SendSurveysAsync();
        var survey = database.Services.GetRequiredService<FeedbackSurveyService>();
        var token = await world.SurveyTokenAsync(guests[0]);
        Assert.True((await survey.AnswerAsync(token, new FeedbackInput(5, 4, 2, "Minder sprekers, meer tafels", "Ik bel juf Hanneke van De Regenboog"))).Succeeded);
        await world.AnswerAsync(guests.Skip(1), heard: 3, shouldChange: "Eerder beginnen");
        var (contactId, name) = await ContactOfAsync(database, guests[0]);
        var oldEntry = await WrittenBeforeTheLogHidOpenAnswersAsync(database, guests[0]);

        var erased = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, contactId, name);

        Assert.True(erased.Succeeded, erased.ErrorCode);
        Assert.Null(await survey.GetAsync(token));
        Assert.Equal(FeedbackErrors.NotFound, (await survey.AnswerAsync(token, new FeedbackInput(1, 1, 1, "Nog iets", null))).ErrorCode);
        Assert.Null(await survey.ExpiredAsync(token)); // not "expired, ask the organiser": gone, as an unknown link
        Assert.Null(await survey.LanguageAsync(token));

        await using var db = await database.NewContextAsync();
        var answer = await db.FeedbackAnswers.SingleAsync(a => a.FeedbackRequestId == db.FeedbackRequests.Single(r => r.InvitationId == guests[0]).Id);
        Assert.Equal((5, 4, 2, Sector.Education, (string?)null, (string?)null),
            (answer.Heard, answer.Worthwhile, answer.RightMix, answer.Sector, answer.ShouldChange, answer.NextStep));
        var results = database.Services.GetRequiredService<FeedbackResultsService>();
        Assert.Equal((5, 5), ((await results.ForEventAsync(evening.Id))!.Sent, (await results.ForEventAsync(evening.Id))!.Answered));
        Assert.Equal(Enumerable.Repeat("Eerder beginnen", 4), (await results.OpenAnswersAsync(evening.Id)).Select(open => open.ShouldChange));

        var entries = await db.AuditEntries.ToListAsync();
        var log = string.Join('\n', entries.SelectMany(e => e.Changes).Select(c => $"{c.Old} {c.New}"));
        Assert.DoesNotContain("Minder sprekers", log);
        Assert.DoesNotContain("Hanneke", log);
        var before = entries.Single(e => e.Id == oldEntry);
        Assert.Equal([false, true, true], before.Changes.Select(c => c.Sensitive)); // the rating stays readable, the words are "changed"
        Assert.Equal(0, await world.SendSurveysAsync()); // the job never asks them again
    }

    [Fact]
    public async Task Erase_WithdrawsTheirSeatAtAnUpcomingEvent_TheFirstWaitingGetsIt_AndTheErasedGetNoEmail()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 1, sessionCapacity: 1);
        var workshop = scenario.SessionIds[0];
        await AcceptAsync(scenario, 0, workshop);
        await AcceptAsync(scenario, 1, workshop); // the event is full: Partner 001 waits
        var (erasedId, waitingId) = (await ContactIdAsync(scenario, 0), await ContactIdAsync(scenario, 1));
        var erasure = scenario.Services.GetRequiredService<ContactErasure>();
        Assert.Equal(1, (await erasure.UpcomingInvitationsAsync(Admin, erasedId)).Value);
        Assert.Equal(PrivacyErrors.AdminsOnly, (await erasure.UpcomingInvitationsAsync(Staff.Organiser, erasedId)).ErrorCode);
        var lastEmailBefore = await LastEmailIdAsync(scenario);

        var erased = await erasure.EraseAsync(Admin, erasedId, "Partner 000");

        Assert.True(erased.Succeeded, erased.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.Include(i => i.Choices).Where(i => i.EventId == scenario.EventId).ToDictionaryAsync(i => i.ContactId);
        Assert.Equal((InvitationStatus.Cancelled, 0), (invitations[erasedId].Status, invitations[erasedId].Choices.Count));
        Assert.Equal((InvitationStatus.Accepted, SessionChoiceStatus.Registered),
            (invitations[waitingId].Status, invitations[waitingId].Choices.Single(c => c.SessionId == workshop).Status));
        var @event = await db.Events.Include(e => e.Sessions).SingleAsync(e => e.Id == scenario.EventId);
        Assert.Equal((1, 1), (@event.SeatsTaken, @event.Sessions.Single(s => s.Id == workshop).SeatsTaken));
        var counts = await scenario.Invitations.CountsAsync(scenario.EventId);
        Assert.Equal((1, 0), (counts.Accepted, counts.Waitlisted));

        var newEmails = await db.OutboxMessages.Where(m => m.Id > lastEmailBefore).Select(m => new { m.ToAddress, m.Kind }).ToListAsync();
        Assert.NotEmpty(newEmails);
        Assert.All(newEmails, m => Assert.Equal(InvitationScenario.Email(1), m.ToAddress)); // their seat, then their workshop place
        Assert.Equal(0, (await erasure.UpcomingInvitationsAsync(Admin, erasedId)).Value);

        // On the guest list they are withdrawn, with nothing to do: no "invite again" to a stand-in address.
        var guestList = await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery());
        var row = guestList.Items.Single(r => r.ContactId == erasedId);
        Assert.Equal((InvitationStatus.Cancelled, false), (row.Status, row.MayBeInvitedAgain));
    }

    [Fact]
    public async Task Erase_AfterTheEvent_KeepsTheirAnswer_ForTheCounts()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0, scenario.SessionIds[0]);
        scenario.Time.Advance(TimeSpan.FromDays(45)); // Alliantiedag was on 10 March; a no-show
        var erasedId = await ContactIdAsync(scenario, 0);
        var countsBefore = await scenario.Invitations.CountsAsync(scenario.EventId);
        var erasure = scenario.Services.GetRequiredService<ContactErasure>();
        Assert.Equal(0, (await erasure.UpcomingInvitationsAsync(Admin, erasedId)).Value);

        Assert.True((await erasure.EraseAsync(Admin, erasedId, "Partner 000")).Succeeded);

        await using var db = await scenario.NewContextAsync();
        Assert.Equal(InvitationStatus.Accepted, (await db.Invitations.SingleAsync(i => i.ContactId == erasedId)).Status);
        Assert.Equal(countsBefore, await scenario.Invitations.CountsAsync(scenario.EventId));
    }

    private static async Task AcceptAsync(InvitationScenario scenario, int index, int sessionId)
    {
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(index),
            new RsvpAnswer(InvitationStatus.Accepted, SessionIds: [sessionId], PrivacyAccepted: true));
        Assert.True(answered.Succeeded, answered.ErrorCode);
    }

    private static async Task<int> ContactIdAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Contacts.Where(c => c.Email == InvitationScenario.Email(index)).Select(c => c.Id).SingleAsync();
    }

    private static async Task<int> LastEmailIdAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.MaxAsync(m => m.Id);
    }

    private static async Task<(int Id, string Name)> ContactOfAsync(TestDatabase database, int invitationId)
    {
        await using var db = await database.NewContextAsync();
        var contact = await db.Invitations.Where(i => i.Id == invitationId).Select(i => i.Contact).SingleAsync();
        return (contact.Id, contact.FullName);
    }

    /// <summary>
    /// The audit log recorded a survey's open answers word for word until it learnt to keep them only as "changed": an
    /// entry from then, about this guest's answer.
    /// </summary>
    private static async Task<long> WrittenBeforeTheLogHidOpenAnswersAsync(TestDatabase database, int invitationId)
    {
        await using var db = await database.NewContextAsync();
        var answerId = await db.FeedbackAnswers.Where(a => db.FeedbackRequests.Any(r => r.Id == a.FeedbackRequestId && r.InvitationId == invitationId))
            .Select(a => a.Id).SingleAsync();
        var entry = new AuditEntry(database.Time.GetUtcNow().UtcDateTime, AuditActor.System, nameof(FeedbackAnswer),
            answerId.ToString(CultureInfo.InvariantCulture), AuditAction.Added, "",
            [new AuditChange("Heard", null, "5"), new AuditChange("ShouldChange", null, "Minder sprekers, meer tafels"),
                new AuditChange("NextStep", null, "Ik bel juf Hanneke van De Regenboog")]);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }
}
