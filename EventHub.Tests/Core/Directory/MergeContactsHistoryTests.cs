using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// An organiser merges two records of one person: the person's invitations, answers, attendance and action items
/// follow them to the record that stays, so its history, data export and guest lists are whole.
/// </summary>
public class MergeContactsHistoryTests
{
    [Fact]
    public async Task TheMergedRecordsInvitationAnswerAttendanceAndActionItem_MoveToTheSurvivor_AndItCannotBeInvitedAgain()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        var survivor = await NewRecordAsync(scenario, "partner.000@elsewhere.example");

        var merged = await MergeAsync(scenario, survivor, history.ContactId);

        Assert.True(merged.Succeeded);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(survivor, (await db.Invitations.SingleAsync(i => i.Id == history.InvitationId)).ContactId);
        Assert.Equal(survivor, (await db.ActionItems.SingleAsync(a => a.Id == history.ActionItemId)).OwnerContactId);
        var timeline = await scenario.Services.GetRequiredService<EngagementTimeline>().ForContactAsync(survivor, new TimelineQuery());
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.Answered && e.AnswerName == nameof(InvitationStatus.Accepted));
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.CheckedIn);
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.ActionItemOwned);
        var export = await scenario.Services.GetRequiredService<ContactExportService>().ExportAsync(Staff.Admin, survivor, Language.En);
        Assert.Contains("Alliantiedag", ContactExportPageText(export.Value.Content));
        Assert.Equal(0, (await scenario.Invitations.AddAsync(scenario.EventId, [survivor], Staff.Organiser)).Value);
        // The person's link still answers, now for the record that stays.
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Tentative))).Succeeded);
    }

    [Fact]
    public async Task BothRecordsInvited_TheMergedRecordsAnswerIsKept_AndTheSurvivorsUnansweredDuplicateGoes()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var (survivor, merged) = await ContactIdsAsync(scenario);
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, SessionIds: [scenario.SessionIds[0]], PrivacyAccepted: true))).Succeeded);

        Assert.True((await MergeAsync(scenario, survivor, merged)).Succeeded);

        await using var db = await scenario.NewContextAsync();
        var invitation = await db.Invitations.Include(i => i.Choices).SingleAsync(i => i.EventId == scenario.EventId);
        Assert.Equal((survivor, InvitationStatus.Accepted), (invitation.ContactId, invitation.Status));
        Assert.Single(invitation.Choices);
        Assert.Equal(1, (await db.Events.SingleAsync(e => e.Id == scenario.EventId)).SeatsTaken);
        Assert.False((await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted))).Succeeded);
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined))).Succeeded);
    }

    [Fact]
    public async Task BothRecordsInvited_TheSurvivorsAnswerIsKept_AndTheMergedRecordsLinkNoLongerAnswers()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var (survivor, merged) = await ContactIdsAsync(scenario);
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined))).Succeeded);

        Assert.True((await MergeAsync(scenario, survivor, merged)).Succeeded);

        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.Where(i => i.EventId == scenario.EventId).ToListAsync();
        Assert.Equal(InvitationStatus.Declined, invitations.Single(i => i.ContactId == survivor).Status);
        Assert.Equal(InvitationStatus.Cancelled, invitations.Single(i => i.ContactId == merged).Status);
        // An acceptance through the old link would have given the person a second seat.
        Assert.False((await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted))).Succeeded);
        Assert.Equal(0, (await db.Events.SingleAsync(e => e.Id == scenario.EventId)).SeatsTaken);
    }

    [Fact]
    public async Task BothRecordsAnsweredTheSameEvent_TheMergeIsRefusedWithTheEventsTitle_AndNothingChanges()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var (survivor, merged) = await ContactIdsAsync(scenario);
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined))).Succeeded);
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded);

        var refused = await MergeAsync(scenario, survivor, merged);

        Assert.Equal((DirectoryErrors.BothAnswered, "Alliantiedag"), (refused.ErrorCode, refused.ErrorDetail));
        await using var db = await scenario.NewContextAsync();
        Assert.Null((await db.Contacts.SingleAsync(c => c.Id == merged)).MergedIntoId);
        Assert.Empty(await db.DirectoryMerges.ToListAsync());
        Assert.Equal([(survivor, InvitationStatus.Declined), (merged, InvitationStatus.Accepted)],
            (await db.Invitations.OrderBy(i => i.ContactId).ToListAsync()).Select(i => (i.ContactId, i.Status)));
    }

    private static Task<Result> MergeAsync(InvitationScenario scenario, int survivor, int merged) =>
        scenario.Services.GetRequiredService<MergeService>().MergeContactsAsync(survivor, merged, Staff.Organiser);

    private static async Task<(int First, int Second)> ContactIdsAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var ids = await db.Contacts.OrderBy(c => c.Email).Select(c => c.Id).ToListAsync();
        return (ids[0], ids[1]);
    }

    private static async Task<int> NewRecordAsync(InvitationScenario scenario, string email) =>
        (await scenario.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput("Partner", "000", email), Staff.Organiser)).Value;

    private static string ContactExportPageText(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return string.Join("\n", archive.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
