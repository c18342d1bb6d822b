using System.Text.RegularExpressions;
using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// Real values from the demo data of a running app for the parameters of its routes (see <see cref="AppRoutes"/>):
/// last month's meeting (recorded, reported, followed up) and its sessions, people and action items, and personal
/// links. The demo keeps only the hashes of personal links, so the links are made here through the app's own
/// services (an owner link sent by the organiser, a colleague invited by the admin) and read back from the outbox;
/// a partner's invitation link is in the demo's own invitation emails.
/// </summary>
public sealed partial class DemoRouteValues
{
    private readonly Dictionary<(string Segment, string Parameter), string> _values;

    private DemoRouteValues(Dictionary<(string, string), string> values) => _values = values;

    /// <summary>The value for parameter <paramref name="parameter"/> of a route whose first segment is <paramref name="segment"/>, or null when unknown.</summary>
    public string? For(string segment, string parameter) => _values.GetValueOrDefault((segment, parameter.ToLowerInvariant()));

    /// <summary>These values with some replaced, e.g. by the ids of a world a test built (parameter names in lower case).</summary>
    public DemoRouteValues With(params (string Segment, string Parameter, string Value)[] replacements)
    {
        var values = new Dictionary<(string, string), string>(_values);
        foreach (var (segment, parameter, value) in replacements)
        {
            values[(segment, parameter.ToLowerInvariant())] = value;
        }

        return new DemoRouteValues(values);
    }

    public static async Task<DemoRouteValues> ReadAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        int pastEventId, pastYear, publishedYear, actionItemId, sessionId, contactId, organisationId, outboxMessageId, attachmentId;
        string reportSlug, partnerToken, stopToken, adminId, organiserId, ownerEmail, surveyToken;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // The demo's own, made first: stories add reports of their own (a hostile world, long Dutch words).
            var past = await db.EventReports.AsNoTracking().Where(r => r.PublishedAtUtc != null).OrderBy(r => r.Id).Select(r => r.Event).FirstAsync();
            pastEventId = past.Id;
            pastYear = EventTime.ToLocal(past.StartUtc, past.TimeZoneId).Year;
            publishedYear = await db.AnnualReportPublications.OrderBy(p => p.Year).Select(p => p.Year).FirstAsync();
            reportSlug = past.Slug!;
            sessionId = await db.Sessions.Where(s => s.EventId == past.Id && s.Facilitators.Any()).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync();
            actionItemId = await db.ActionItems.Where(a => a.OwnerContactId != null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            organisationId = await db.ActionItems.Where(a => a.Id == actionItemId).Select(a => a.OwnerOrganisationId).SingleAsync();
            contactId = (await db.ActionItems.Where(a => a.Id == actionItemId).Select(a => a.OwnerContactId).SingleAsync())!.Value;
            ownerEmail = await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Email).SingleAsync();
            // The first invitation the demo sent was accepted (with session choices): the RSVP page's fullest state.
            var invitation = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.InvitationKind).OrderBy(m => m.Id).FirstAsync();
            var sent = OutboxLinks.TextAsSent(services, invitation);
            partnerToken = InvitationScenario.TokenIn(sent);
            stopToken = InvitationScenario.StopTokenIn(sent);
            // Last month's attendees got the feedback survey (the demo kept it open): the first one's link.
            var survey = await db.OutboxMessages.Where(m => m.Kind == FeedbackEmails.Kind).OrderBy(m => m.Id).FirstAsync();
            surveyToken = FeedbackWorld.TokenIn(OutboxLinks.TextAsSent(services, survey));
            var attachment = await db.Set<OutboxAttachment>().OrderBy(a => a.Id).FirstAsync();
            (outboxMessageId, attachmentId) = (attachment.OutboxMessageId, attachment.Id);
            adminId = (await db.Users.SingleAsync(u => u.Email == "admin@eventhub.example")).Id;
            organiserId = (await db.Users.SingleAsync(u => u.Email == "organiser@eventhub.example")).Id;
        }

        using var scope = services.CreateScope();
        var organiser = TeamMember.InRoles(organiserId, "Olga Bakker", Roles.Organiser);
        Check(await scope.ServiceProvider.GetRequiredService<ActionOwnerService>().SendLinkAsync(actionItemId, organiser));
        var ownerMail = await StaffLinks.NewestMessageToAsync(services, ownerEmail);
        var ownerToken = OwnerLinkPattern().Match(OutboxLinks.TextAsSent(services, ownerMail)).Groups[1].Value;

        var admin = TeamMember.InRoles(adminId, "Anna de Vries", Roles.Admin);
        var colleague = $"new.colleague.{Guid.NewGuid():N}@eventhub.example";
        var invited = await scope.ServiceProvider.GetRequiredService<StaffAccountService>()
            .InviteAsync(admin, colleague, "Noor El Amrani", Language.En, [Roles.Facilitator]);
        Check(invited);
        var setPasswordToken = await StaffLinks.NewestTokenAsync(services, colleague);
        var calendarFeed = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().CreateAsync(organiserId);
        Check(calendarFeed);

        // Parameter names in lower case: pages say {Id}, minimal API endpoints {id}.
        return new DemoRouteValues(new()
        {
            [("events", "id")] = $"{pastEventId}",
            [("events", "eventid")] = $"{pastEventId}",
            [("check-in", "eventid")] = $"{pastEventId}",
            [("door", "eventid")] = $"{pastEventId}",
            [("sessions", "id")] = $"{sessionId}",
            [("contacts", "id")] = $"{contactId}",
            [("organisations", "id")] = $"{organisationId}",
            [("actions", "id")] = $"{actionItemId}",
            [("e", "slug")] = reportSlug,
            [("rsvp", "token")] = partnerToken,
            [("a", "token")] = ownerToken,
            [("stop", "token")] = stopToken,
            [("feedback", "token")] = surveyToken,
            [("account", "token")] = setPasswordToken,
            [("calendar", "token")] = calendarFeed.Value,
            // A colleague's account, as an admin downloads its data: the organiser's.
            [("admin", "userid")] = organiserId,
            [("outbox", "id")] = $"{outboxMessageId}",
            [("outbox", "attachmentid")] = $"{attachmentId}",
            [("culture", "culture")] = "nl-NL",
            // The year of last month's meeting: the annual report with the demo's fullest year in it.
            [("insight", "year")] = $"{pastYear}",
            // The year the demo published (last year): the public annual report anyone may read.
            [("alliance", "year")] = $"{publishedYear}",
            // The framework's fallback for addresses that look like a file ({**path:file}): one that does not exist.
            [("*", "path")] = "no-such-file.txt",
        });
    }

    private static void Check(Result result) => Assert.True(result.Succeeded, result.ErrorCode);

    [GeneratedRegex("/a/([A-Za-z0-9_-]+)")]
    private static partial Regex OwnerLinkPattern();

}
