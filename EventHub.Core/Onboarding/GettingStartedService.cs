using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Onboarding;

/// <summary>What a new alliance does before it can invite its partners, in the order Home lists it.</summary>
public enum GettingStartedStep
{
    MailServer,
    Team,
    PrivacyController,
    Organisations,
    Venue,
    FirstEvent,
}

/// <summary>The steps one person takes care of (admins all six, organisers the planning ones), each done or not, and whether they hid the list.</summary>
public sealed record GettingStartedState(IReadOnlyList<(GettingStartedStep Step, bool Done)> Steps, bool Hidden)
{
    public static readonly GettingStartedState None = new([], false);

    public int ToDo => Steps.Count(s => !s.Done);

    /// <summary>Home shows the list while a step is open and the person has not hidden it.</summary>
    public bool Shown => ToDo > 0 && !Hidden;
}

/// <summary>
/// Home's "Getting started" list for a new install: reads every step's state in one query (Home is in every organiser's
/// tab, see docs/performance.md) and remembers per account whether the list is hidden.
/// </summary>
public sealed class GettingStartedService(IDbContextFactory<EventHubDbContext> dbFactory, IOptions<SmtpOptions> smtp)
{
    public async Task<GettingStartedState> ReadAsync(TeamMember reader, CancellationToken ct = default)
    {
        if (!reader.IsOrganiser)
        {
            return GettingStartedState.None; // door staff and facilitators do not set up the alliance
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = reader.UserId;
        // One SELECT of EXISTS subqueries, rooted in the notice in force (there always is one, from the first migration).
        var state = await db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Id).Select(n => new
        {
            Controller = n.ControllerName != null && n.ControllerEmail != null,
            Hidden = db.Users.Any(u => u.Id == id && u.HidesGettingStarted),
            Team = db.Users.Any(u => u.Id != id),
            Organisations = db.Organisations.Any(),
            Venue = db.Venues.Any(),
            Event = db.Events.Any(),
        }).FirstAsync(ct);
        List<(GettingStartedStep, bool)> steps = reader.IsAdmin
            ? [(GettingStartedStep.MailServer, smtp.Value.IsConfigured), (GettingStartedStep.Team, state.Team), (GettingStartedStep.PrivacyController, state.Controller)]
            : [];
        steps.AddRange([(GettingStartedStep.Organisations, state.Organisations), (GettingStartedStep.Venue, state.Venue), (GettingStartedStep.FirstEvent, state.Event)]);
        return new GettingStartedState(steps, state.Hidden);
    }

    /// <summary>Hides the list on Home for this person (or shows it again), on every device they sign in on.</summary>
    public async Task SetHiddenAsync(TeamMember reader, bool hidden, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == reader.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.HidesGettingStarted, hidden), ct);
    }
}
