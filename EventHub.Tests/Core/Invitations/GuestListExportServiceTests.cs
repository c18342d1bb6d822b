using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
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
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted), file, new ExportOptions(Language.En));

        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\") Partner\",partner000@example.org,,,Coming,Workshop A,2027-02-01 10:00,,,,yes", lines[1]);
        Assert.DoesNotContain("Wheelchair", lines[1]);
        Assert.DoesNotContain("Vegan", lines[1]);
        Assert.DoesNotContain("Quiet", lines[1]);
    }

    /// <summary>A walk-in who gave no email address at the door was exported as "walk-in-7141…@no-email.invalid".</summary>
    [Fact]
    public async Task Write_AGuestWithoutAnEmailAddress_HasAnEmptyEmailCell_NotTheStandInAddress()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1))).ChangeEmail(Contact.NoEmail());
            await db.SaveChangesAsync();
        }

        using var file = new MemoryStream();
        await scenario.Services.GetRequiredService<GuestListExportService>().WriteAsync(scenario.EventId, new GuestQuery(), file, new ExportOptions(Language.En));

        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.StartsWith("Partner 000,partner000@example.org,", lines[1]);
        Assert.StartsWith("Partner 001,,", lines[2]);
        Assert.DoesNotContain(OutboxMessage.NoEmailDomain, string.Join("\n", lines));
    }

    [Fact]
    public async Task Write_AsExcel_KeepsAFormulaLikeNameAsTextAndTheAnswerAsARealDate()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(0))).Rename("=cmd|' /C calc'!A0", "Partner");
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [scenario.SessionIds[0]], PrivacyAccepted: true));
        using var file = new MemoryStream();

        await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted), file, new ExportOptions(Language.Nl, Format: ExportFormat.Xlsx));

        var workbook = OpenedWorkbook.Open(file.ToArray());
        Assert.Equal(["Naam", "E-mail"], workbook.Rows[0][..2]);
        Assert.Equal(["=cmd|' /C calc'!A0 Partner", InvitationScenario.Email(0)], workbook.Rows[1][..2]);
        Assert.False(workbook.HasFormula);
        // A date Excel can sort and filter, shown the Dutch way; the CSV writes the same moment as 2027-02-01 10:00.
        Assert.Equal(new DateTime(2027, 2, 1, 10, 0, 0), workbook.Rows[1][6]);
        Assert.Contains("formatCode=\"dd-mm-yyyy hh:mm\"", workbook.Styles);
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
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Declined), file, new ExportOptions(Language.Nl, CsvDelimiter.Semicolon));

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
            .WriteAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted), file, new ExportOptions(Language.Nl, CsvDelimiter.Semicolon));

        Assert.Equal([[new ChosenSession("Workshop A")], [new ChosenSession("Workshop A", Waitlisted: true)]],
            rows.OrderBy(r => r.Email).Select(r => r.Sessions.ToArray()));
        var lines = Encoding.UTF8.GetString(file.ToArray()[3..]).TrimEnd().Split("\r\n");
        Assert.Contains(";Komt;Workshop A;", lines.Single(l => l.Contains("partner000")));
        Assert.Contains(";Komt;Workshop A (wachtlijst);", lines.Single(l => l.Contains("partner001")));
    }
}
