using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>A published event with one invited guest who accepted (answered by phone, as an organiser can).</summary>
public static class AcceptedGuests
{
    public static readonly DateTime Start = new(2027, 1, 14, 12, 0, 0, DateTimeKind.Utc);

    public sealed record Guest(int EventId, int InvitationId, string CheckInCode);

    public static async Task<Guest> AddAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var @event = new Event("Dialoog over taal", Start, Start.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/dialoog");
        @event.AddSession("Plenair", SessionKind.Plenary, Start, Start.AddHours(2));
        Assert.True(@event.Publish(now, "dialoog-over-taal").Succeeded);
        var contact = new Contact("Anna", "de Vries", "anna@example.org", Language.Nl, now);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        var invitations = services.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(@event.Id, [contact.Id], Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var invitationId = await read.Invitations.Where(i => i.ContactId == contact.Id).Select(i => i.Id).SingleAsync();
        var answered = await services.GetRequiredService<PhoneAnswerService>()
            .AnswerOnBehalfAsync(invitationId, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true), Staff.Organiser);
        Assert.True(answered.Succeeded);
        var code = await read.Invitations.Where(i => i.Id == invitationId).Select(i => i.CheckInCode).SingleAsync();
        return new Guest(@event.Id, invitationId, code!);
    }
}
