using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Invitations.DelegateServiceTests;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// The primary contact of an organisation invitation takes a delegate back — someone who cannot come after all, or an
/// address typed wrongly — so the organisation's seat is not lost and someone else can be named.
/// </summary>
public class DelegateWithdrawalTests
{
    [Fact]
    public async Task APrimaryContact_WithdrawsADelegateWhoCannotCome_TheDelegateIsTold_AndSomeoneElseTakesTheSeat()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        var sanneToken = await LinkSentToAsync(scenario, "sanne.bos@example.org");
        Assert.True((await scenario.Rsvp.RespondAsync(sanneToken, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded);
        var sanne = Assert.Single((await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Delegates);

        var withdrawn = await delegates.WithdrawAsync(scenario.TokenOf(0), sanne.Id, waitingForApproval: false);
        var kees = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@example.org"));

        Assert.True(withdrawn.Succeeded, withdrawn.ErrorCode);
        Assert.True(kees.Succeeded, kees.ErrorCode);
        Assert.Null(await scenario.Rsvp.GetAsync(sanneToken));
        var seats = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!;
        Assert.Equal(["Kees Smit"], seats.Delegates.Select(d => d.Name));
        await using var db = await scenario.NewContextAsync();
        var told = await db.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.ToAddress == "sanne.bos@example.org");
        Assert.Equal(InvitationEmails.CancellationKind, told.Kind);
        Assert.Contains("Partner 000 van uw organisatie heeft uw uitnodiging als afgevaardigde voor deze bijeenkomst ingetrokken", told.TextBody);
        Assert.Equal(0, await db.Invitations.CountAsync(i => i.Contact.Email == "sanne.bos@example.org" && i.Status == InvitationStatus.Accepted));
    }

    [Fact]
    public async Task ADelegateWaitingForTheOrganisers_Withdrawn_IsNeverSentAnything_AndTheSeatIsFree()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@elders.example")); // waits for an organiser
        var kees = Assert.Single((await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Delegates);

        var twice = new[]
        {
            await delegates.WithdrawAsync(scenario.TokenOf(0), kees.Id, waitingForApproval: true),
            await delegates.WithdrawAsync(scenario.TokenOf(0), kees.Id, waitingForApproval: true), // a double tap
        };

        Assert.All(twice, r => Assert.True(r.Succeeded, r.ErrorCode));
        Assert.Empty(await scenario.Services.GetRequiredService<NominationService>().PendingAsync(scenario.EventId, Staff.Organiser));
        Assert.Equal((1, 0), await SeatsLeftAndNamedAsync(delegates, scenario));
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == "kees@elders.example"));
    }

    /// <summary>
    /// The partner's withdrawal is kept as the partner's (the nomination is on their invitation), not as a copy of their
    /// name: once they are erased, no record keeps it. A withdrawal from before, which did copy it, forgets it then.
    /// </summary>
    [Fact]
    public async Task AWithdrawal_KeepsNoCopyOfThePartnersName_AndErasingThePartnerForgetsOneFromBefore()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 2);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@elders.example"));
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Lotte", "Kok", "lotte@elders.example"));
        var named = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Delegates;
        var kees = named.Single(d => d.Name == "Kees Smit").Id;
        var lotte = named.Single(d => d.Name == "Lotte Kok").Id;
        Assert.True((await delegates.WithdrawAsync(scenario.TokenOf(0), kees, waitingForApproval: true)).Succeeded);
        await using (var db = await scenario.NewContextAsync())
        {
            // As a withdrawal was kept before: with the partner's name copied in.
            (await db.Nominations.SingleAsync(n => n.Id == lotte)).Refuse(TeamMember.InRoles("", "Partner 000"), scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        await using (var db = await scenario.NewContextAsync())
        {
            var withdrawn = await db.Nominations.SingleAsync(n => n.Id == kees);
            Assert.Equal((NominationStatus.Refused, (string?)null, (string?)null), (withdrawn.Status, withdrawn.DecidedBy, withdrawn.DecidedByUserId));
        }

        var partner = await scenario.Services.GetRequiredService<EventHub.Core.Privacy.ContactErasure>()
            .EraseAsync(TeamMember.InRoles("admin", "Anna", Roles.Admin), await ContactIdAsync(scenario), "Partner 000");

        Assert.True(partner.Succeeded, partner.ErrorCode);
        await using var check = await scenario.NewContextAsync();
        Assert.Null((await check.Nominations.SingleAsync(n => n.Id == lotte)).DecidedBy);
        var logged = await check.AuditEntries.Where(e => e.Kind == nameof(Nomination)).ToListAsync();
        Assert.DoesNotContain(logged.SelectMany(e => e.Changes), c => c.Old == "Partner 000" || c.New == "Partner 000");
    }

    private static async Task<int> ContactIdAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Contacts.Where(c => c.Email == InvitationScenario.Email(0)).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task OnlyTheOrganisationsOwnDelegates_CanBeWithdrawnThroughItsLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        int someoneElse;
        await using (var db = await scenario.NewContextAsync())
        {
            someoneElse = await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(1)).Select(i => i.Id).SingleAsync();
        }

        var result = await delegates.WithdrawAsync(scenario.TokenOf(0), someoneElse, waitingForApproval: false);

        Assert.Equal(InvitationErrors.NotFound, result.ErrorCode);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
    }

    [Fact]
    public async Task TheOrganisersGuestList_ShowsHowManyOfTheSeatsAreFilled_AndAWithdrawalGivesOneBack()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 3);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@elders.example")); // waits for an organiser
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        async Task<(int, int)> PrimaryRowAsync() =>
            (await guests.ListAsync(scenario.EventId, new GuestQuery())).Items.Single(r => r.Email == InvitationScenario.Email(0)) is var row
                ? (row.DelegateSeats, row.DelegateSeatsTaken) : default;
        var before = await PrimaryRowAsync();

        var sanne = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Delegates.First();
        await delegates.WithdrawAsync(scenario.TokenOf(0), sanne.Id, waitingForApproval: false);

        Assert.Equal((3, 2), before);
        Assert.Equal((3, 1), await PrimaryRowAsync());
    }

    private static async Task<(int Left, int Named)> SeatsLeftAndNamedAsync(DelegateService delegates, InvitationScenario scenario)
    {
        var seats = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!;
        return (seats.Left, seats.Delegates.Count);
    }
}
