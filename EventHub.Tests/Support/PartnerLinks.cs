using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// Invites a new contact to an event of a running app with the app's own services, and reads the personal link
/// back from the invitation email in the outbox, as the partner would find it.
/// </summary>
public static class PartnerLinks
{
    public static async Task<string> InviteAsync(IServiceProvider services, int eventId, string firstName, Language language = Language.En)
    {
        var email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@partner.example";
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var contact = new Contact(firstName, "Jansen", email, language, now);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.Equal(1, (await invitations.AddAsync(eventId, [contact.Id], Staff.Organiser)).Value);
        Assert.True((await invitations.SendAsync(eventId, Staff.Organiser)).Succeeded);

        await using var read = await dbFactory.CreateDbContextAsync();
        var message = await read.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return InvitationScenario.TokenIn(OutboxLinks.TextAsSent(services, message));
    }

    /// <summary>The own email domain of the organisations <see cref="InviteOrganisationAsync"/> and <see cref="InviteAtOrganisationAsync"/> make.</summary>
    public const string OrganisationDomain = "organisation.example";

    /// <summary>
    /// Invites a new contact at a new organisation that owns <see cref="OrganisationDomain"/> (colleagues there are invited
    /// without an organiser's approval); returns the link. Without <paramref name="domainsOnFile"/> the directory does not
    /// know the organisation's domains (as after an import), though the contact's address is at it.
    /// </summary>
    public static async Task<string> InviteAtOrganisationAsync(IServiceProvider services, int eventId, string firstName,
        Language language = Language.En, bool domainsOnFile = true)
    {
        var email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@{OrganisationDomain}";
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var organisation = new Organisation($"Organisatie {Guid.NewGuid():N}", Sector.Education, null, now);
        if (domainsOnFile)
        {
            organisation.UseEmailDomains(OrganisationDomain);
        }

        var contact = new Contact(firstName, "Jansen", email, language, now);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Organisations.Add(organisation);
            contact.MoveTo(organisation, now);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.Equal(1, (await invitations.AddAsync(eventId, [contact.Id], Staff.Organiser)).Value);
        Assert.True((await invitations.SendAsync(eventId, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var message = await read.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return InvitationScenario.TokenIn(OutboxLinks.TextAsSent(services, message));
    }

    /// <summary>Invites a new organisation with delegate seats through a new primary contact; returns the contact's link.</summary>
    public static async Task<string> InviteOrganisationAsync(IServiceProvider services, int eventId, string organisationName, int seats)
    {
        var email = $"contact.{Guid.NewGuid():N}@{OrganisationDomain}";
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var organisation = new Organisation($"{organisationName} {Guid.NewGuid():N}"[..40], Sector.Education, null, now);
        organisation.UseEmailDomains(OrganisationDomain);
        var contact = new Contact("Ria", "de Boer", email, Language.En, now);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Organisations.Add(organisation);
            contact.MoveTo(organisation, now);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<DelegateService>().InviteOrganisationAsync(eventId, contact.Id, seats)).Succeeded);
        Assert.True((await scope.ServiceProvider.GetRequiredService<InvitationService>().SendAsync(eventId, Staff.Organiser)).Succeeded);

        await using var read = await dbFactory.CreateDbContextAsync();
        var message = await read.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return InvitationScenario.TokenIn(OutboxLinks.TextAsSent(services, message));
    }

    /// <summary>A published event whose RSVP deadline passed yesterday; answers can no longer change.</summary>
    public static Task<int> PublishClosedEventAsync(IServiceProvider services) =>
        PublishEventAsync(services, deadlineInDays: -1, workshopCapacity: null);

    /// <summary>
    /// A published online event with a plenary and a workshop of <paramref name="workshopCapacity"/> places, its RSVP
    /// deadline <paramref name="deadlineInDays"/> days from now (negative: already passed).
    /// </summary>
    public static async Task<int> PublishEventAsync(IServiceProvider services, int deadlineInDays, int? workshopCapacity)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = now.Date.AddDays(10).AddHours(12);
        var @event = new Event($"Partnerbijeenkomst {Guid.NewGuid():N}", start, start.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/partners");
        @event.Limit(null, now.AddDays(deadlineInDays));
        @event.SetOrganiser("Olga Bakker", "organiser@eventhub.example");
        @event.AddSession("Plenaire opening", SessionKind.Plenary, start, start.AddHours(1));
        @event.AddSession("Kleine werkplaats", SessionKind.Workshop, start.AddHours(1), start.AddHours(2), capacity: workshopCapacity);
        Assert.True(@event.Publish(now, $"partners-{Guid.NewGuid():N}").Succeeded);
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return @event.Id;
    }

    /// <summary>
    /// The answer form of a partner's invitation page as the browser posts it: "accept", the privacy notice agreed,
    /// with the antiforgery token of <paramref name="page"/> (the page's HTML, fetched by the client that posts).
    /// </summary>
    public static FormUrlEncodedContent AcceptForm(string page) => new(new Dictionary<string, string>
    {
        ["_handler"] = "rsvp",
        ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        ["Form.Answer"] = "Accepted",
        ["Form.PrivacyAccepted"] = "true",
    });
}
