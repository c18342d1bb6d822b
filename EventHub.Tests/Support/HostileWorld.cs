using System.Text.RegularExpressions;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// Every free-text field filled with <see cref="HostileStrings"/>, through the Core services as people fill them in:
/// an organisation and a contact per hostile string (names, job titles, notes, addresses, tags), a venue and room,
/// themes, an upcoming event (title, description, organiser, sessions) to which every contact is invited and answers
/// (decline notes, access needs "other", dietary needs, interpretation language), and a past event whose session was
/// recorded (notes, insights, decisions, themes), followed up with action items and reported with a summary.
/// Names carry a short unique tag at the end, so several worlds fit in one app; every hostile text keeps its start.
/// </summary>
public sealed partial class HostileWorld
{
    public required string Unique { get; init; }
    public required int UpcomingEventId { get; init; }
    public required string UpcomingSlug { get; init; }
    public required string UpcomingTitle { get; init; }
    public required int PastEventId { get; init; }
    public required string PastSlug { get; init; }
    public required string PastTitle { get; init; }
    public required int RecordedSessionId { get; init; }
    public required int VenueId { get; init; }
    public required IReadOnlyList<int> OrganisationIds { get; init; }
    public required IReadOnlyList<int> ContactIds { get; init; }
    public required IReadOnlyList<int> ActionItemIds { get; init; }

    /// <summary>Personal links of contacts who accepted, declined and have not answered (the first of each).</summary>
    public required IReadOnlyDictionary<string, string> RsvpTokens { get; init; }

    public required string OwnerToken { get; init; }
    public required string StopToken { get; init; }

    /// <summary>The email address of the <paramref name="index"/>th hostile contact.</summary>
    public string Email(int index) => $"hostile{index:00}.{Unique}@hostile.example";

    /// <param name="facilitatorId">A staff user to facilitate the recorded session (the demo's facilitator in the app), or null.</param>
    public static async Task<HostileWorld> CreateAsync(IServiceProvider services, TeamMember organiser, string? facilitatorId = null)
    {
        using var scope = services.CreateScope();
        var get = scope.ServiceProvider;
        var now = get.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var unique = Guid.NewGuid().ToString("N")[..6];
        var hostile = HostileStrings.All.Select(s => s.Value).ToList();
        // "\t=1+1" and "\r=1+1" are the same name once trimmed: the tag tells them apart.
        string Tagged(string text, int max, int index = 0)
        {
            var tag = $" {unique}{index:00}";
            return (text.Length + tag.Length <= max ? text : text[..(max - tag.Length)]) + tag;
        }

        var organisations = new List<int>();
        for (var i = 0; i < hostile.Count; i++)
        {
            var input = new OrganisationInput(Tagged(hostile[i], Organisation.NameMaxLength, i), Sector.CivilSociety,
                Address: hostile[i], Neighbourhood: hostile[i], Notes: string.Join("\n\n", hostile), TagList: [Tagged(hostile[i], OrganisationTag.MaxLength, i)]);
            organisations.Add(Check(await get.GetRequiredService<OrganisationService>().CreateAsync(input, organiser), $"organisation {i}"));
        }

        var contacts = new List<int>();
        for (var i = 0; i < hostile.Count; i++)
        {
            var input = new ContactInput(hostile[i], Tagged(hostile[(i + 1) % hostile.Count], Contact.NameMaxLength, i),
                $"hostile{i:00}.{unique}@hostile.example", i % 2 == 0 ? Language.Nl : Language.En, organisations[i], JobTitle: hostile[i]);
            contacts.Add(Check(await get.GetRequiredService<ContactService>().CreateAsync(input, organiser), $"contact {i}"));
        }

        var venueId = Check(await get.GetRequiredService<VenueService>().CreateAsync(new VenueInput(
            Tagged($"{HostileStrings.ImageOnError} {HostileStrings.Emoji}", 200), HostileStrings.SvgOnLoad + " " + HostileStrings.RightToLeftOverride,
            AccessibilityFeatures.None, [new RoomInput(null, HostileStrings.ScriptTag, 30, AccessibilityFeatures.None)]), organiser), "venue");

        var themes = new List<int>();
        for (var i = 0; i < hostile.Count; i++)
        {
            var name = Tagged(hostile[i], Theme.NameMaxLength - 3, i);
            themes.Add(Check(await get.GetRequiredService<ThemeService>().AddAsync(name, name + " nl", organiser), $"theme {i}"));
        }

        // The upcoming event: everyone is invited and answers.
        var upcomingTitle = Tagged(HostileStrings.Headline, Event.TitleMaxLength);
        var upcoming = await EventAsync(get, organiser, upcomingTitle, now.Date.AddDays(14), venueId, themes, facilitatorId: null);
        var tokens = await InviteAndAnswerAsync(get, services, organiser, upcoming, contacts, unique, hostile);

        // The past event: its session recorded, followed up and reported.
        var pastTitle = Tagged(HostileStrings.SvgScript + " " + HostileStrings.CalendarInjection, Event.TitleMaxLength);
        var past = await EventAsync(get, organiser, pastTitle, now.Date.AddDays(-5), venueId, themes, facilitatorId);
        await using var db = await get.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var sessionId = await db.Sessions.Where(s => s.EventId == past).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync();
        var actions = await RecordAsync(get, organiser, sessionId, organisations, contacts, themes, hostile, now);
        Assert.True((await get.GetRequiredService<EventReportService>().SummariseAsync(past, string.Join("\n\n", hostile))).Succeeded);
        Assert.True((await get.GetRequiredService<EventReportService>().PublishAsync(past)).Succeeded);

        Assert.True((await get.GetRequiredService<ActionOwnerService>().SendLinkAsync(actions[0], organiser)).Succeeded);
        var ownerMail = await db.OutboxMessages.Where(m => m.ToAddress == $"hostile00.{unique}@hostile.example").OrderByDescending(m => m.Id).FirstAsync();
        var firstInvitation = await db.OutboxMessages.Where(m => m.ToAddress == $"hostile00.{unique}@hostile.example").OrderBy(m => m.Id).FirstAsync();

        return new HostileWorld
        {
            Unique = unique,
            UpcomingEventId = upcoming,
            UpcomingSlug = (await db.Events.SingleAsync(e => e.Id == upcoming)).Slug!,
            UpcomingTitle = upcomingTitle,
            PastEventId = past,
            PastSlug = (await db.Events.SingleAsync(e => e.Id == past)).Slug!,
            PastTitle = pastTitle,
            RecordedSessionId = sessionId,
            VenueId = venueId,
            OrganisationIds = organisations,
            ContactIds = contacts,
            ActionItemIds = actions,
            RsvpTokens = tokens,
            OwnerToken = OwnerLink().Match(OutboxLinks.TextAsSent(services, ownerMail)).Groups[1].Value,
            StopToken = InvitationScenario.StopTokenIn(OutboxLinks.TextAsSent(services, firstInvitation)),
        };
    }

    /// <summary>A published event on <paramref name="day"/> (UTC date) with a session per hostile string, each with a hostile description.</summary>
    private static async Task<int> EventAsync(IServiceProvider get, TeamMember organiser, string title, DateTime day, int venueId, IReadOnlyList<int> themes, string? facilitatorId)
    {
        var planning = get.GetRequiredService<EventPlanningService>();
        var start = day.AddHours(13);
        var description = string.Join("\n\n", HostileStrings.All.Select(s => s.Value));
        var input = new EventInput(title, start, start.AddHours(4), Description: description, VenueId: venueId,
            OrganiserName: HostileStrings.AttributeBreakout + HostileStrings.SqlLooking, OrganiserEmail: "organiser@eventhub.example",
            ThemeIds: themes.Take(3).ToList());
        var id = Check(await planning.CreateAsync(input, organiser), "event");
        var programme = get.GetRequiredService<ProgrammeService>();
        var sessions = HostileStrings.All;
        for (var i = 0; i < sessions.Count; i++)
        {
            var (name, text) = sessions[i];
            var at = start.AddMinutes(i * 9);
            var saved = await programme.AddAsync(id, new SessionInput(text.Length > Session.TitleMaxLength ? text[..Session.TitleMaxLength] : text,
                i % 3 == 0 ? SessionKind.Workshop : SessionKind.RoundTable, at, at.AddMinutes(9), Description: text,
                FacilitatorIds: i == 0 && facilitatorId is not null ? [facilitatorId] : null), organiser);
            Assert.True(saved.Saved, $"session {name}: {saved.ErrorCode}");
        }

        Assert.True((await planning.PublishAsync(id, organiser)).Succeeded);
        return id;
    }

    /// <summary>Invites every contact; even ones accept with hostile needs, odd ones decline with a hostile note, the last does not answer.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> InviteAndAnswerAsync(
        IServiceProvider get, IServiceProvider app, TeamMember organiser, int eventId, IReadOnlyList<int> contacts, string unique, IReadOnlyList<string> hostile)
    {
        var invitations = get.GetRequiredService<InvitationService>();
        Assert.Equal(contacts.Count, Check(await invitations.AddAsync(eventId, contacts, organiser), "invitations"));
        Assert.True((await invitations.SendAsync(eventId, organiser)).Succeeded);
        await using var db = await get.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var rsvp = get.GetRequiredService<RsvpService>();
        var tokens = new Dictionary<string, string>();
        for (var i = 0; i < contacts.Count; i++)
        {
            var email = $"hostile{i:00}.{unique}@hostile.example";
            var message = await db.OutboxMessages.Where(m => m.ToAddress == email).OrderBy(m => m.Id).FirstAsync();
            var token = InvitationScenario.TokenIn(OutboxLinks.TextAsSent(app, message));
            if (i == contacts.Count - 1)
            {
                tokens.TryAdd("open", token);
                continue;
            }

            var answer = i % 2 == 0
                ? new RsvpAnswer(InvitationStatus.Accepted, [], AccessNeeds.Other | AccessNeeds.Interpretation,
                    InterpretationLanguage: hostile[i].Length > 100 ? hostile[i][..100] : hostile[i], OtherNeeds: hostile[i], DietaryNeeds: hostile[i], PrivacyAccepted: true)
                : new RsvpAnswer(InvitationStatus.Declined, DeclineReason: DeclineReason.Other, DeclineNote: hostile[i]);
            var answered = await rsvp.RespondAsync(token, answer);
            Assert.True(answered.Succeeded, $"answer {i}: {answered.ErrorCode}");
            tokens.TryAdd(i % 2 == 0 ? "accepted" : "declined", token);
        }

        return tokens;
    }

    /// <summary>The session's record (notes, every hostile string as insight and decision, themes) and an action item per hostile string.</summary>
    private static async Task<IReadOnlyList<int>> RecordAsync(IServiceProvider get, TeamMember organiser, int sessionId,
        IReadOnlyList<int> organisations, IReadOnlyList<int> contacts, IReadOnlyList<int> themes, IReadOnlyList<string> hostile, DateTime now)
    {
        var outcomes = get.GetRequiredService<OutcomeService>();
        var statements = hostile.Select(text => new StatementDraft(text)).ToList();
        // Three themes, as a real record has one to three: the synthesis repeats every statement under each of its
        // record's themes, so all 25 made a 545 KB page (625 statements) that no meeting produces.
        var draft = new OutcomeDraft(string.Join("\n\n", hostile), statements, statements, themes.Take(3).ToList(), new Dictionary<Sector, int> { [Sector.CivilSociety] = 5 });
        var saved = await outcomes.SaveAsync(sessionId, draft, 0, organiser);
        Assert.True(saved.Succeeded, $"outcome: {saved.ErrorCode}");
        Assert.True((await outcomes.MarkFinalAsync(sessionId, saved.Saved!.Version, organiser)).Succeeded);

        var items = get.GetRequiredService<ActionItemService>();
        var actions = new List<int>();
        for (var i = 0; i < hostile.Count; i++)
        {
            var created = await items.CreateAsync(sessionId, new ActionItemDraft(hostile[i], organisations[i], contacts[i], DateOnly.FromDateTime(now).AddDays(14)), organiser);
            Assert.True(created.Succeeded, $"action {i}: {created.ErrorCode}");
            actions.Add(created.Value.Id);
        }

        return actions;
    }

    private static T Check<T>(Result<T> result, string what)
    {
        Assert.True(result.Succeeded, $"{what}: {result.ErrorCode}");
        return result.Value;
    }

    [GeneratedRegex("/a/([A-Za-z0-9_-]+)")]
    private static partial Regex OwnerLink();
}
