using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>How a guest of a <see cref="FeedbackWorld"/> event ended up: in the room (three ways) or not.</summary>
public enum GuestFate { CheckedIn, Admitted, WalkIn, NoShow, Declined }

/// <summary>
/// Past events with guests from chosen sectors, written through the entities (as the demo does) so a test controls who
/// attended; and the survey links as the attendees' emails carry them.
/// </summary>
public sealed class FeedbackWorld(IServiceProvider services)
{
    /// <summary>Thursday 26 November 2026, 20:00–22:00 in Amsterdam (19:00–21:00 UTC): three days before the test's "now".</summary>
    public static readonly DateTime EventStart = new(2026, 11, 26, 19, 0, 0, DateTimeKind.Utc);

    private int _people;

    public async Task<Event> EventAsync(string title, DateTime? startUtc = null, EventStatus status = EventStatus.Closed, double hours = 2)
    {
        var start = startUtc ?? EventStart;
        var @event = new Event(title, start, start.AddHours(hours));
        @event.HoldAt(null, "https://meet.example.org/feedback");
        @event.AddSession("Plenair", SessionKind.Plenary, start, start.AddHours(2));
        if (status != EventStatus.Draft)
        {
            Assert.True(@event.Publish(start.AddDays(-30), $"{Slugs.For(@event)}-{Guid.NewGuid():N}"[..40]).Succeeded);
        }

        if (status == EventStatus.Closed)
        {
            Assert.True(@event.Close().Succeeded);
        }

        if (status == EventStatus.Cancelled)
        {
            Assert.True(@event.Cancel("Storm").Succeeded);
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return @event;
    }

    /// <summary>Adds guests of one sector (null: without an organisation) with the same fate; returns their invitation ids.</summary>
    public async Task<IReadOnlyList<int>> GuestsAsync(Event @event, Sector? sector, int count, GuestFate fate = GuestFate.CheckedIn, Language language = Language.En)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var tracked = await db.Events.SingleAsync(e => e.Id == @event.Id);
        var at = tracked.StartUtc.AddDays(-20);
        var organisation = sector is { } s ? new Organisation($"{s} partner {++_people}", s, null, at) : null;
        var invitations = new List<Invitation>();
        for (var i = 0; i < count; i++)
        {
            var n = ++_people;
            var contact = new Contact($"Person{n}", $"Guest{n}", $"guest{n}.{Guid.NewGuid():N}@example.org", language, at);
            contact.MoveTo(organisation, at);
            var invitation = new Invitation(tracked, contact, at);
            invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), at);
            switch (fate)
            {
                case GuestFate.CheckedIn:
                    invitation.Answer(InvitationStatus.Accepted, at);
                    invitation.CheckIn(tracked.StartUtc);
                    break;
                case GuestFate.Admitted:
                    invitation.Answer(InvitationStatus.Declined, at);
                    invitation.CheckIn(tracked.StartUtc);
                    break;
                case GuestFate.WalkIn:
                    invitation.RegisterWalkIn(tracked.StartUtc);
                    invitation.CheckIn(tracked.StartUtc);
                    break;
                case GuestFate.NoShow:
                    invitation.Answer(InvitationStatus.Accepted, at);
                    break;
                case GuestFate.Declined:
                    invitation.Answer(InvitationStatus.Declined, at);
                    break;
            }

            db.Contacts.Add(contact);
            invitations.Add(invitation);
        }

        db.Invitations.AddRange(invitations);
        await db.SaveChangesAsync();
        return invitations.Select(i => i.Id).ToList();
    }

    /// <summary>The survey link in the feedback email to the guest of <paramref name="invitationId"/>, as they read it.</summary>
    public async Task<string> SurveyTokenAsync(int invitationId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var message = await db.OutboxMessages.SingleAsync(m => m.Kind == FeedbackEmails.Kind && m.DeduplicationKey == $"feedback:{invitationId}");
        return TokenIn(OutboxLinks.TextAsSent(services, message));
    }

    /// <summary>Runs the day-after job (as the reminder worker does) and returns how many surveys it queued.</summary>
    public async Task<int> SendSurveysAsync()
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
    }

    /// <summary>Answers the survey for every given guest with the same ratings.</summary>
    public async Task AnswerAsync(IEnumerable<int> invitationIds, int heard, int worthwhile = 4, int rightMix = 3, string? shouldChange = null)
    {
        using var scope = services.CreateScope();
        var survey = scope.ServiceProvider.GetRequiredService<FeedbackSurveyService>();
        foreach (var id in invitationIds)
        {
            var result = await survey.AnswerAsync(await SurveyTokenAsync(id), new FeedbackInput(heard, worthwhile, rightMix, shouldChange, null));
            Assert.True(result.Succeeded, result.ErrorCode);
        }
    }

    public static string TokenIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "/feedback/([A-Za-z0-9_-]+)").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("No survey link in the email.");
}
