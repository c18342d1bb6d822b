using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>One guest of <see cref="TodaysEvents"/>: name, check-in code and invitation.</summary>
public sealed record TodaysGuest(string Name, string Code, int InvitationId = 0);

/// <summary>
/// A published event taking place today in a running app, whose guests answered (by phone): door staff work only the
/// events taking place today, so their stories need one. By default two guests who accepted.
/// </summary>
public static class TodaysEvents
{
    private static readonly (string First, string Last)[] Names =
    [
        ("Ilse", "Deur"), ("Joost", "Poort"), ("Karin", "Drempel"), ("Lars", "Gang"), ("Mila", "Hal"), ("Niels", "Trap"), ("Olga", "Zaal"),
    ];

    public static async Task<(int EventId, TodaysGuest First, TodaysGuest Second)> CreateAsync(IServiceProvider services, string title)
    {
        var (eventId, guests) = await CreateAsync(services, title, [InvitationStatus.Accepted, InvitationStatus.Accepted]);
        return (eventId, guests[0], guests[1]);
    }

    /// <summary>The workshop of an event made with <c>workshopPlaces</c>: every guest who accepts chooses it.</summary>
    public const string Workshop = "Workshop Klei";

    /// <summary>
    /// Guests answering in order (Ilse, Joost, Karin…); with <paramref name="capacity"/>, acceptances after the event is
    /// full are waitlisted. <see cref="InvitationStatus.Invited"/>: no answer. With <paramref name="workshopPlaces"/>, the
    /// programme is two workshops, <see cref="Workshop"/> with that many places (later choices wait for one) and
    /// "Workshop Hout", instead of a plenary.
    /// </summary>
    public static async Task<(int EventId, IReadOnlyList<TodaysGuest> Guests)> CreateAsync(IServiceProvider services, string title,
        InvitationStatus[] answers, int? capacity = null, int? workshopPlaces = null)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Planned for tomorrow (answers close when it starts), moved to begin now once the guests have answered.
        var @event = new Event(title, now.AddDays(1), now.AddDays(1).AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/deur");
        if (capacity is not null)
        {
            @event.Limit(capacity, null);
        }

        if (workshopPlaces is { } places)
        {
            @event.AddSession(Workshop, SessionKind.Workshop, now.AddDays(1), now.AddDays(1).AddHours(1), capacity: places);
            @event.AddSession("Workshop Hout", SessionKind.Workshop, now.AddDays(1).AddHours(1), now.AddDays(1).AddHours(2));
        }
        else
        {
            @event.AddSession("Plenair", SessionKind.Plenary, now.AddDays(1), now.AddDays(1).AddHours(2));
        }

        Assert.True(@event.Publish(now, $"vandaag-{Guid.NewGuid():N}").Succeeded);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var guests = answers.Select((_, i) => new Contact(Names[i].First, Names[i].Last, $"{Names[i].First.ToLowerInvariant()}.{suffix}@example.org", Language.En, now))
            .ToList();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.AddRange(guests);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(@event.Id, guests.Select(g => g.Id).ToList(), Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var ids = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName).Select(i => i.Id).ToListAsync();
        foreach (var (id, answer) in ids.Zip(answers).Where(pair => pair.Second != InvitationStatus.Invited))
        {
            var given = answer == InvitationStatus.Waitlisted ? InvitationStatus.Accepted : answer;
            int[] sessions = workshopPlaces is null || given != InvitationStatus.Accepted ? [] : [@event.Sessions.Single(x => x.Title == Workshop).Id];
            Assert.True((await scope.ServiceProvider.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(id, new RsvpAnswer(given, sessions, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        }

        var held = await read.Events.SingleAsync(e => e.Id == @event.Id);
        held.Reschedule(now, now.AddHours(2), held.TimeZoneId);
        await read.SaveChangesAsync();
        var rows = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName)
            .Select(i => new { i.Id, i.CheckInCode, Name = i.Contact.FirstName + " " + i.Contact.LastName, i.Status }).ToListAsync();
        Assert.Equal(answers, rows.Select(r => r.Status));
        return (@event.Id, rows.Select(r => new TodaysGuest(r.Name, r.CheckInCode!, r.Id)).ToList());
    }

    /// <summary>Gives the guest of an invitation another name and email address, as the organiser would in the directory.</summary>
    public static async Task RenameAsync(IServiceProvider services, int invitationId, string firstName, string lastName, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var contactId = await db.Invitations.Where(i => i.Id == invitationId).Select(i => i.ContactId).SingleAsync();
        using var scope = services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<ContactService>()
            .UpdateAsync(contactId, new ContactInput(firstName, lastName, email, Language.En), Staff.Organiser)).Succeeded);
    }

    /// <summary>
    /// Invites <paramref name="count"/> more people called <paramref name="lastName"/> (Anna, Bram… with a number) to
    /// an event of <see cref="CreateAsync(IServiceProvider, string, InvitationStatus[], int?, int?)"/>, not answered yet:
    /// the many namesakes a big meeting has at its door.
    /// </summary>
    public static async Task InviteNamesakesAsync(IServiceProvider services, int eventId, string lastName, int count)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var people = Enumerable.Range(1, count)
            .Select(i => new Contact($"{Names[i % Names.Length].First}{i}", lastName, $"{lastName.ToLowerInvariant()}{i}.{suffix}@example.org", Language.En, now))
            .ToList();
        await using (var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            db.Contacts.AddRange(people);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(eventId, people.Select(p => p.Id).ToList(), Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(eventId, Staff.Organiser)).Succeeded);
    }
}
