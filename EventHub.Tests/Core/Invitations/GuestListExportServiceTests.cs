using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class GuestListExportServiceTests
{
    [Fact]
    public async Task Write_FormulaNameAndStatedNeeds_EscapesTheFormulaAndLeavesOutTheNeeds()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(0))).Rename("=HYPERLINK(\"x\")", "Partner");
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [scenario.SessionIds[0]],
            AccessNeeds.QuietRoom | AccessNeeds.Other, OtherNeeds: "Wheelchair space", DietaryNeeds: "Vegan", PrivacyAccepted: true));
        using var file = new MemoryStream();

        await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted), file, new CsvExportOptions(Language.En));

        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\") Partner\",partner000@example.org,,,Coming,Workshop A,2027-02-01 10:00,,,,yes", lines[1]);
        Assert.DoesNotContain("Wheelchair", lines[1]);
        Assert.DoesNotContain("Vegan", lines[1]);
        Assert.DoesNotContain("Quiet", lines[1]);
    }

    [Fact]
    public async Task DeclineReasonsAndNotes_AreInTheGuestListAndTheCsv_InTheReadersLanguage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined, DeclineReason: DeclineReason.Date, DeclineNote: "Vakantie, volgende keer graag"));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined));
        using var file = new MemoryStream();

        var rows = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery(InvitationStatus.Declined))).Items;
        await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Declined), file, new CsvExportOptions(Language.Nl, CsvDelimiter.Semicolon));

        Assert.Equal([(DeclineReason.Date, "Vakantie, volgende keer graag"), ((DeclineReason?)null, (string?)null)],
            rows.OrderBy(r => r.Email).Select(r => (r.DeclineReason, r.DeclineNote)));
        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.EndsWith(";Reden afmelding;Toelichting afmelding", lines[0]);
        Assert.EndsWith(";De datum komt niet uit;Vakantie, volgende keer graag", lines.Single(l => l.Contains("partner000")));
        Assert.EndsWith(";;", lines.Single(l => l.Contains("partner001")));
    }

    [Fact]
    public async Task AFullWorkshop_TheGuestWaitingForAPlace_IsMarkedOnTheListAndInTheCsv_NotCountedAsInIt()
    {
        // One place in each workshop: the first to choose Workshop A gets it, the second waits for it.
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, sessionCapacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [scenario.SessionIds[0]], PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [scenario.SessionIds[0]], PrivacyAccepted: true));
        using var file = new MemoryStream();

        var rows = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted))).Items;
        await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted), file, new CsvExportOptions(Language.Nl, CsvDelimiter.Semicolon));

        Assert.Equal([[new ChosenSession("Workshop A")], [new ChosenSession("Workshop A", Waitlisted: true)]],
            rows.OrderBy(r => r.Email).Select(r => r.Sessions.ToArray()));
        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.Contains(";Komt;Workshop A;", lines.Single(l => l.Contains("partner000")));
        Assert.Contains(";Komt;Workshop A (wachtlijst);", lines.Single(l => l.Contains("partner001")));
    }
}
