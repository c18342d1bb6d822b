using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// A published event in a running app with guests to print: twelve who accepted (at three organisations, one of each of
/// three sectors, and one without an organisation), one who answered maybe and one who declined; one long name and one long organisation name, to fit on a badge. Organisations and
/// email addresses carry a suffix of their own, so stories sharing the app never meet each other's people.
/// </summary>
public sealed record PrintWorld(int EventId, string Title, IReadOnlyList<string> Organisations, IReadOnlyList<string> Accepted, string Maybe, string Declined)
{
    /// <param name="moreWithoutOrganisation">More guests who accepted, without an organisation (last names Zwiers00,
    /// Zwiers01, …, after everyone else): enough make their sign-in list run onto a second page.</param>
    public static async Task<PrintWorld> CreateAsync(IServiceProvider services, string title, int moreWithoutOrganisation = 0)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = now.Date.AddDays(20).AddHours(13);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var @event = new Event(title, start, start.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/print");
        @event.AddSession("Plenair", SessionKind.Plenary, start, start.AddHours(3));
        Assert.True(@event.Publish(now, $"print-{suffix}").Succeeded);
        Organisation[] organisations =
        [
            new($"Gemeente Print {suffix}", Sector.Government, null, now),
            new($"Hogeschool voor Educatie en Maatschappelijke Ontwikkeling Print {suffix}", Sector.Education, null, now),
            new($"Bakkerij Print {suffix}", Sector.Business, null, now),
        ];
        // In the order badges list them: by last name, the Dutch way ("de Boer" under B, "van Dijk" under D).
        (string First, string Last)[] names =
        [
            ("Anna", "Aalders"), ("Bram", "Bakker"), ("Carla", "de Boer"), ("Daan", "Dekker"), ("Eva", "van Dijk"), ("Finn", "Jansen"),
            ("Greet", "Kok"), ("Hugo", "Mulder-Oosterhout van Wijngaarden"), ("Iris", "Peters"), ("Joris", "Smit"), ("Kim", "Visser"), ("Lotte", "Zwart"),
            ("Mees", "Maas"), ("Noor", "Wolters"),
            .. Enumerable.Range(0, moreWithoutOrganisation).Select(i => ("Gast", $"Zwiers{i:00}")),
        ];
        var contacts = names.Select((n, i) => new Contact(n.First, n.Last, $"print{i}.{suffix}@example.org", Language.En, now)).ToList();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Organisations.AddRange(organisations);
            db.Contacts.AddRange(contacts);
            // 4 at the municipality, 4 at the university, 3 at the bakery, 1 (and the two not coming) at none.
            for (var i = 0; i < 11; i++)
            {
                contacts[i].MoveTo(organisations[i < 4 ? 0 : i < 8 ? 1 : 2], now);
            }

            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(@event.Id, contacts.Select(c => c.Id).ToList(), Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var ids = await read.Invitations.Where(i => i.EventId == @event.Id).ToDictionaryAsync(i => i.ContactId, i => i.Id);
        for (var i = 0; i < contacts.Count; i++)
        {
            var answer = i switch { 12 => InvitationStatus.Tentative, 13 => InvitationStatus.Declined, _ => InvitationStatus.Accepted };
            Assert.True((await scope.ServiceProvider.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(ids[contacts[i].Id], new RsvpAnswer(answer, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        }

        return new PrintWorld(@event.Id, title, organisations.Select(o => o.Name).ToList(),
            [.. contacts.Take(12).Select(c => c.FullName), .. contacts.Skip(14).Select(c => c.FullName)], contacts[12].FullName, contacts[13].FullName);
    }
}
