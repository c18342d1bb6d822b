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
/// Everything a partner or a phone-carrying staff member can open, filled with the longest Dutch words we could find:
/// an open event with a partner in every answer state, an event whose answers closed, a past event with a published
/// report, and an action item with its owner's link. Built with the running app's own services.
/// </summary>
public sealed class LongWordWorld
{
    public const string Organisation = "Samenwerkingsverbandondersteuningsplan Onderwijsachterstandenbeleid";
    public const string FirstName = "Maximiliaan-Alexander";
    public const string LastName = "Kansengelijkheidsambassadeursnetwerk";
    public const string Session = "Overdrachtsformulierenbespreking: kinderopvangtoeslagherstelregeling";

    public required int OpenEventId { get; init; }
    public required string OpenEventSlug { get; init; }
    public required int FacilitatedSessionId { get; init; }
    public required string ReportSlug { get; init; }
    public required IReadOnlyDictionary<string, string> RsvpTokens { get; init; }
    public required string OwnerToken { get; init; }

    /// <summary>The "stop inviting me" token in the open invitation's email.</summary>
    public required string StopToken { get; init; }

    public static async Task<LongWordWorld> CreateAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var unique = Guid.NewGuid().ToString("N")[..6];

        // Capacity 1: the first partner to accept gets the seat, the second waits.
        var open = Event($"Netwerkbijeenkomst Kansengelijkheidsalliantie {unique}", now.Date.AddDays(12).AddHours(12), capacity: 1, deadline: now.AddDays(6));
        var facilitated = open.Sessions.Single(s => s.Title == Session);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            facilitated.AssignFacilitators([await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example")]);
            db.Events.Add(open);
            await db.SaveChangesAsync();
        }

        var closed = Event($"Jeugdwerkloosheidsbestrijdingsconferentie {unique}", now.Date.AddDays(8).AddHours(9), capacity: null, deadline: now.AddDays(-1));
        var past = Event($"Terugkoppelingsbijeenkomst Laaggeletterdheidsaanpak {unique}", now.Date.AddDays(-5).AddHours(13), capacity: null, deadline: null);
        await SampleEvents.SaveAsync(dbFactory, closed);
        await SampleEvents.SaveAsync(dbFactory, past);

        var tokens = new Dictionary<string, string>
        {
            ["open"] = await InviteAsync(services, open.Id, "open", unique),
            ["accepted"] = await InviteAsync(services, open.Id, "accepted", unique),
            ["waitlisted"] = await InviteAsync(services, open.Id, "waitlisted", unique),
            ["declined"] = await InviteAsync(services, open.Id, "declined", unique),
            ["closed"] = await InviteAsync(services, closed.Id, "closed", unique),
        };
        using (var scope = services.CreateScope())
        {
            var rsvp = scope.ServiceProvider.GetRequiredService<RsvpService>();
            var accept = new RsvpAnswer(InvitationStatus.Accepted, [facilitated.Id], AccessNeeds.SignLanguageInterpreter, DietaryNeeds: "Lactosevrij en glutenvrij", PrivacyAccepted: true);
            Assert.Equal(InvitationStatus.Accepted, (await rsvp.RespondAsync(tokens["accepted"], accept)).Value.Status);
            Assert.Equal(InvitationStatus.Waitlisted, (await rsvp.RespondAsync(tokens["waitlisted"], accept)).Value.Status);
            Assert.True((await rsvp.RespondAsync(tokens["declined"], new RsvpAnswer(InvitationStatus.Declined, DeclineNote: "Personeelstekortproblematiek"))).Succeeded);
        }

        await new RecordedSession()
            .Notes("Gemeentelijke voorlichtingsbijeenkomsten over laaggeletterdheidsondersteuning.", "Femke Jansen")
            .Insight("Arbeidsmarktdiscriminatiebestrijding vraagt om samenwerkingsovereenkomsten tussen onderwijsinstellingen.")
            .Named(StatementKind.Decision, "Het jongerenwerkgelegenheidsplan krijgt een vervolgbijeenkomst.", Organisation + " " + unique)
            .Themes($"Kansengelijkheidsbevordering {unique}")
            .Sector(Sector.Education, 7).Sector(Sector.Government, 2)
            .Action("Voorbereidingswerkzaamheden kinderopvangtoeslagherstelregeling afronden", Organisation + " " + unique, DateOnly.FromDateTime(now).AddDays(21))
            .Final()
            .SaveAsync(dbFactory, past.Sessions.Single(s => s.Title == Session).Id, now);
        using (var scope = services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<EventReportService>().PublishAsync(past.Id)).Succeeded);
        }

        var build = AppActionItems.Builder(services);
        var meeting = await build.MeetingAsync($"Wijkteamondersteuningsoverleg {unique}", now.Date.AddDays(-30).AddHours(17));
        var (owner, contact) = await build.PartnerAsync(Organisation, Language.Nl);
        var item = await build.AddAsync(meeting, "Ouderbetrokkenheidsactiviteitenprogramma voor basisscholen uitwerken", owner, contact, DateOnly.FromDateTime(now).AddDays(9));

        return new LongWordWorld
        {
            OpenEventId = open.Id,
            OpenEventSlug = open.Slug!,
            FacilitatedSessionId = facilitated.Id,
            ReportSlug = past.Slug!,
            RsvpTokens = tokens,
            OwnerToken = await build.LinkAsync(item),
            StopToken = await StopTokenAsync(services, $"open.{unique}@samenwerkingsverbandondersteuningsplan.example"),
        };
    }

    private static Event Event(string title, DateTime startUtc, int? capacity, DateTime? deadline)
    {
        var @event = new Event(title, startUtc, startUtc.AddHours(4));
        @event.HoldAt(null, "https://meet.example.org/kansengelijkheidsalliantie-netwerkbijeenkomst");
        @event.Describe("Tijdens deze netwerkbijeenkomst bespreken wij het samenwerkingsverbandondersteuningsplan, " +
                        "de onderwijsachterstandenbestrijding en de arbeidsmarktdiscriminatiebestrijdingsaanpak.");
        @event.Limit(capacity, deadline);
        @event.SetOrganiser("Annemarie Vermeulen-Oosterhuis", "annemarie.vermeulen-oosterhuis@kansengelijkheidsalliantie.example");
        @event.AddSession("Plenaire welkomstbijeenkomst", SessionKind.Plenary, startUtc, startUtc.AddHours(1));
        @event.AddSession(Session, SessionKind.RoundTable, startUtc.AddHours(1), startUtc.AddHours(2), capacity: 20);
        @event.AddSession("Koffiepauze", SessionKind.Break, startUtc.AddHours(2), startUtc.AddHours(2.25));
        @event.AddSession("Werkgelegenheidsbevorderingsworkshop: arbeidsmarktdiscriminatiebestrijding", SessionKind.Workshop, startUtc.AddHours(2.25), startUtc.AddHours(4));
        Assert.True(@event.Publish(startUtc.AddDays(-20), Slugs.For(@event)).Succeeded);
        return @event;
    }

    /// <summary>A Dutch contact of the long-named organisation, invited and sent the email; returns the personal link's token.</summary>
    private static async Task<string> InviteAsync(IServiceProvider services, int eventId, string state, string unique)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var email = $"{state}.{unique}@samenwerkingsverbandondersteuningsplan.example";
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == Organisation + " " + unique)
                ?? db.Organisations.Add(new Organisation(Organisation + " " + unique, Sector.Education, null, now)).Entity;
            var contact = new Contact(FirstName, LastName, email, Language.Nl, now);
            contact.MoveTo(organisation, now);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            using var scope = services.CreateScope();
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            Assert.Equal(1, (await invitations.AddAsync(eventId, [contact.Id], Staff.Organiser)).Value);
            Assert.True((await invitations.SendAsync(eventId, Staff.Organiser)).Succeeded);
        }

        await using var read = await dbFactory.CreateDbContextAsync();
        var message = await read.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return InvitationScenario.TokenIn(OutboxLinks.TextAsSent(services, message));
    }

    private static async Task<string> StopTokenAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var message = await db.OutboxMessages.Where(m => m.ToAddress == email).OrderBy(m => m.Id).FirstAsync();
        return InvitationScenario.StopTokenIn(OutboxLinks.TextAsSent(services, message));
    }
}
