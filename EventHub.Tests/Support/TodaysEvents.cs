using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>One guest of <see cref="TodaysEvents"/>: name and check-in code.</summary>
public sealed record TodaysGuest(string Name, string Code);

/// <summary>
/// A published event taking place today in a running app, with two guests who accepted (answered by phone): door staff
/// work only the events taking place today, so their stories need one.
/// </summary>
public static class TodaysEvents
{
    public static async Task<(int EventId, TodaysGuest First, TodaysGuest Second)> CreateAsync(IServiceProvider services, string title)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Planned for tomorrow (answers close when it starts), moved to begin now once the guests have answered.
        var @event = new Event(title, now.AddDays(1), now.AddDays(1).AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/deur");
        @event.AddSession("Plenair", SessionKind.Plenary, now.AddDays(1), now.AddDays(1).AddHours(2));
        Assert.True(@event.Publish(now, $"vandaag-{Guid.NewGuid():N}").Succeeded);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Contact[] guests =
        [
            new("Ilse", "Deur", $"ilse.{suffix}@example.org", Language.En, now),
            new("Joost", "Poort", $"joost.{suffix}@example.org", Language.En, now),
        ];
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
        foreach (var id in ids)
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(id, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        }

        var held = await read.Events.SingleAsync(e => e.Id == @event.Id);
        held.Reschedule(now, now.AddHours(2), held.TimeZoneId);
        await read.SaveChangesAsync();
        var codes = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName)
            .Select(i => i.CheckInCode!).ToListAsync();
        return (@event.Id, new TodaysGuest("Ilse Deur", codes[0]), new TodaysGuest("Joost Poort", codes[1]));
    }
}
