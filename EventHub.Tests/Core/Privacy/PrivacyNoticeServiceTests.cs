using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>
/// The versioned privacy notice: admins publish edits as new versions and old ones stay readable; every answer records
/// its version, and a partner who answered under an older one confirms the new one before saving again.
/// </summary>
public class PrivacyNoticeServiceTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna de Vries", Roles.Admin);

    [Fact]
    public async Task Publish_MakesANewVersion_AndKeepsEveryEarlierOneReadable()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var notices = scenario.Services.GetRequiredService<PrivacyNoticeService>();
        var first = Assert.Single((await notices.ListAsync(Admin)).Value);

        var second = await notices.PublishAsync(Admin, "- We keep **less**.", "- We bewaren **minder**.");
        var third = await notices.PublishAsync(Admin, "- We keep even less.", "- We bewaren nog minder.");

        Assert.Equal((PrivacyNotice.FirstVersion, true), (first.Version, first.IsCurrent));
        Assert.StartsWith("- We store your answer", first.TextEn);
        Assert.StartsWith("- We bewaren uw antwoord", first.TextNl);
        Assert.Equal(("2027-02-01", "2027-02-01.2"), (second.Value, third.Value));
        var versions = (await notices.ListAsync(Admin)).Value;
        Assert.Equal(["2027-02-01.2", "2027-02-01", PrivacyNotice.FirstVersion], versions.Select(v => v.Version));
        Assert.Equal([true, false, false], versions.Select(v => v.IsCurrent));
        Assert.Equal(("- We keep **less**.", "- We bewaren **minder**.", "Anna de Vries"), (versions[1].TextEn, versions[1].TextNl, versions[1].PublishedBy));
        Assert.Equal(first.TextEn, versions[2].TextEn);
    }

    [Fact]
    public async Task Publish_RefusesNonAdmins_EmptyOrUnchangedTexts_AndPublishesNothing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var notices = scenario.Services.GetRequiredService<PrivacyNoticeService>();
        var current = Assert.Single((await notices.ListAsync(Admin)).Value);

        var organiser = await notices.PublishAsync(Staff.Organiser, "- New", "- Nieuw");
        var empty = await notices.PublishAsync(Admin, "- New", "  ");
        var unchanged = await notices.PublishAsync(Admin, current.TextEn + "\n", current.TextNl);
        var tooLong = await notices.PublishAsync(Admin, new string('x', PrivacyNotice.TextMaxLength + 1), "- Nieuw");

        Assert.Equal((PrivacyErrors.AdminsOnly, PrivacyErrors.NoticeEmpty, PrivacyErrors.NoticeUnchanged, PrivacyErrors.NoticeTooLong),
            (organiser.ErrorCode, empty.ErrorCode, unchanged.ErrorCode, tooLong.ErrorCode));
        Assert.Equal(PrivacyErrors.AdminsOnly, (await notices.ListAsync(Staff.Organiser)).ErrorCode);
        Assert.Single((await notices.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task Publish_NamingTheController_MakesANewVersionThatNamesIt_AndLeavesTheFirstOneAsItWas()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var notices = scenario.Services.GetRequiredService<PrivacyNoticeService>();
        var first = Assert.Single((await notices.ListAsync(Admin)).Value);

        var named = await notices.PublishAsync(Admin, first.TextEn, first.TextNl, ("  Gemeente Groningen ", " privacy@groningen.nl "));
        var sameAgain = await notices.PublishAsync(Admin, first.TextEn, first.TextNl, ("Gemeente Groningen", "privacy@groningen.nl"));
        var textOnly = await notices.PublishAsync(Admin, "- We keep less.", "- We bewaren minder.");

        Assert.True(named.Succeeded, named.ErrorCode);
        Assert.Equal(PrivacyErrors.NoticeUnchanged, sameAgain.ErrorCode);
        var versions = (await notices.ListAsync(Admin)).Value;
        Assert.Equal([textOnly.Value, named.Value, PrivacyNotice.FirstVersion], versions.Select(v => v.Version));
        var controller = new DataController("Gemeente Groningen", "privacy@groningen.nl");
        Assert.Equal([controller, controller, null], versions.Select(v => v.Controller)); // a text edit keeps who is responsible
        var partnerReads = (await scenario.Rsvp.GetAsync(scenario.TokenOf(0)))!.Notice;
        Assert.Equal(controller, partnerReads.Controller);
    }

    [Theory]
    [InlineData("", "privacy@groningen.nl", PrivacyErrors.ControllerNameMissing)]
    [InlineData("Gemeente Groningen", "", PrivacyErrors.ControllerEmailInvalid)]
    [InlineData("Gemeente Groningen", "privacy at groningen.nl", PrivacyErrors.ControllerEmailInvalid)]
    [InlineData("Gemeente Groningen", "privacy@groningen", PrivacyErrors.ControllerEmailInvalid)]
    public async Task Publish_ControllerWithoutANameOrAWorkingAddress_IsRefused(string name, string email, string error)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var notices = scenario.Services.GetRequiredService<PrivacyNoticeService>();

        var result = await notices.PublishAsync(Admin, "- New", "- Nieuw", (name, email));

        Assert.Equal(error, result.ErrorCode);
        Assert.Single((await notices.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task APartnerWhoAnsweredUnderAnOlderVersion_SeesTheNewOne_AndConfirmsItBeforeSaving()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var token = scenario.TokenOf(0);
        Assert.True((await scenario.Rsvp.RespondAsync(token, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded);
        var before = (await scenario.Rsvp.GetAsync(token))!;
        var version = (await scenario.Services.GetRequiredService<PrivacyNoticeService>()
            .PublishAsync(Admin, "- We now also keep your **photo** consent.", "- We bewaren nu ook uw toestemming voor **foto's**.")).Value;

        var view = (await scenario.Rsvp.GetAsync(token))!;
        var withoutConfirming = await scenario.Rsvp.RespondAsync(token, new RsvpAnswer(InvitationStatus.Tentative));
        var confirmingTheOldOne = await scenario.Rsvp.RespondAsync(token,
            new RsvpAnswer(InvitationStatus.Tentative, PrivacyAccepted: true, PrivacyNoticeVersion: PrivacyNotice.FirstVersion));
        var declining = await scenario.Rsvp.RespondAsync(token, new RsvpAnswer(InvitationStatus.Declined));
        string? versionAfterDecline;
        await using (var db = await scenario.NewContextAsync())
        {
            versionAfterDecline = (await db.Invitations.SingleAsync()).PrivacyNoticeVersion;
        }

        var confirming = await scenario.Rsvp.RespondAsync(token,
            new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true, PrivacyNoticeVersion: version));

        Assert.Equal((PrivacyNotice.FirstVersion, false, true), (before.Notice.Version, before.NoticeChanged, before.NoticeAcknowledged));
        Assert.Equal((version, true, false), (view.Notice.Version, view.NoticeChanged, view.NoticeAcknowledged));
        Assert.Equal("- We now also keep your **photo** consent.", view.Notice.TextIn(Language.En));
        Assert.Equal((InvitationErrors.PrivacyNoticeRequired, InvitationErrors.PrivacyNoticeRequired),
            (withoutConfirming.ErrorCode, confirmingTheOldOne.ErrorCode));
        Assert.Equal((true, PrivacyNotice.FirstVersion), (declining.Succeeded, versionAfterDecline));
        Assert.True(confirming.Succeeded, confirming.ErrorCode);
        await using var check = await scenario.NewContextAsync();
        Assert.Equal((InvitationStatus.Accepted, version), ((await check.Invitations.SingleAsync()).Status, (await check.Invitations.SingleAsync()).PrivacyNoticeVersion));
        Assert.True((await scenario.Rsvp.GetAsync(token))!.NoticeAcknowledged);
    }
}
