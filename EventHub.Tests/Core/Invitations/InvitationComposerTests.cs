using System.Text.RegularExpressions;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>The organiser writes the invitation's message, previews it as a Dutch and an English guest, tests it on themselves, and sends it.</summary>
public partial class InvitationComposerTests
{
    private static readonly TeamMember Organiser = TeamMember.InRoles("olga-id", "Olga Bakker", Roles.Organiser);

    [Fact]
    public async Task Preview_AsADutchGuest_IsExactlyWhatThatGuestIsSent()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var composer = Composer(scenario);
        await composer.SaveMessageAsync(scenario.EventId, new InvitationMessage("Parking is free behind the building.", "U kunt gratis parkeren achter het gebouw."), Organiser);
        await ListAsync(scenario, new Contact("Sanne", "Mulder", "sanne@groningen.example", Language.Nl, scenario.Time.GetUtcNow().UtcDateTime));

        var preview = (await composer.PreviewAsync(scenario.EventId, Language.Nl, Organiser)).Value;
        await scenario.Invitations.SendAsync(scenario.EventId, Organiser);

        await using var db = await scenario.NewContextAsync();
        var sent = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne@groningen.example");
        Assert.Equal("sanne@groningen.example", preview.To);
        Assert.Equal(sent.Subject, preview.Subject);
        Assert.Equal(WithoutTokens(OutboxLinks.HtmlAsSent(scenario.Services, sent)), WithoutTokens(preview.Html));
        Assert.Equal(WithoutTokens(OutboxLinks.TextAsSent(scenario.Services, sent)), WithoutTokens(preview.Text));
        Assert.Contains("U kunt gratis parkeren achter het gebouw.", preview.Text);
        Assert.Contains("Beste Sanne", preview.Text);
    }

    [Fact]
    public async Task Preview_WithNoGuestOfThatLanguageOnTheList_IsAddressedToTheOrganiserInThatLanguage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var preview = (await Composer(scenario).PreviewAsync(scenario.EventId, Language.En, Organiser)).Value;

        Assert.Contains("Dear Olga", preview.Text);
        Assert.StartsWith("Invitation: Alliantiedag", preview.Subject);
    }

    [Fact]
    public async Task SendTest_GoesToTheOrganisersOwnAddress_MarkedAsATest_AndInvitesNobody()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            db.Users.Add(new AppUser { Id = Organiser.UserId, UserName = "olga@alliantie.example", Email = "olga@alliantie.example", DisplayName = "Olga Bakker", PreferredLanguage = Language.Nl });
            await db.SaveChangesAsync();
        }

        var sentTo = await Composer(scenario).SendTestAsync(scenario.EventId, Language.En, Organiser);

        Assert.Equal("olga@alliantie.example", sentTo.Value);
        await using var read = await scenario.NewContextAsync();
        var test = await read.OutboxMessages.SingleAsync(m => m.Kind == InvitationComposer.TestKind);
        Assert.Equal("olga@alliantie.example", test.ToAddress);
        Assert.StartsWith("[Test] Invitation: Alliantiedag, ", test.Subject);
        Assert.Null(test.InvitationId);
        Assert.Contains("Dear Olga", test.TextBody);
        Assert.Equal(1, await read.Invitations.CountAsync());
    }

    [Fact]
    public async Task Message_TooLong_IsRefusedAndKeepsTheSavedOne_AndOnlyOrganisersMayWriteIt()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var composer = Composer(scenario);
        await composer.SaveMessageAsync(scenario.EventId, new InvitationMessage("Welcome", null), Organiser);

        var tooLong = await composer.SaveMessageAsync(scenario.EventId, new InvitationMessage(new string('x', 4001), "Welkom"), Organiser);
        var byFacilitator = await composer.SaveMessageAsync(scenario.EventId, new InvitationMessage("Hi", "Hoi"), Staff.Facilitator);

        Assert.Equal(InvitationErrors.MessageTooLong, tooLong.ErrorCode);
        Assert.Equal(AccessErrors.NotAllowed, byFacilitator.ErrorCode);
        Assert.Equal(new InvitationMessage("Welcome", null), await composer.MessageAsync(scenario.EventId));
    }

    private static InvitationComposer Composer(InvitationScenario scenario) => scenario.Services.GetRequiredService<InvitationComposer>();

    private static async Task ListAsync(InvitationScenario scenario, Contact contact)
    {
        await using (var db = await scenario.NewContextAsync())
        {
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        Assert.True((await scenario.Invitations.AddAsync(scenario.EventId, [contact.Id], Organiser)).Succeeded);
    }

    private static string WithoutTokens(string text) => PersonalLink().Replace(text, "/$1/…");

    [GeneratedRegex("/(rsvp|stop)/[A-Za-z0-9_-]+")]
    private static partial Regex PersonalLink();
}
