using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Invitations;

/// <summary>An organiser records an answer someone gave by phone, in the dialog on the guest list.</summary>
public class AnswerForPersonDialogTests : ComponentTestBase
{
    [Fact]
    public async Task RecordingADeclineByPhone_KeepsTheReasonAndNoteThePartnerGaveOnline_AndSendsNoSecondEmail()
    {
        SignInAs("Olga Organiser", Policies.Organise);
        var invitationId = await DeclinedOnlineAsync(DeclineReason.Date, "Op die dag ben ik op vakantie.");
        var view = (await Services.GetRequiredService<PhoneAnswerService>().GetAsync(invitationId))!;
        var provider = Render<MudDialogProvider>();
        Task<InvitationStatus?> shown = null!;
        await provider.InvokeAsync(() => { shown = AnswerForPersonDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), view); });

        await provider.WaitForElement("#answer-save").ClickAsync(new MouseEventArgs());

        Assert.Equal(InvitationStatus.Declined, await shown.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var db = await DbFactory.CreateDbContextAsync();
        var stored = await db.Invitations.SingleAsync(i => i.Id == invitationId);
        Assert.Equal((DeclineReason.Date, "Op die dag ben ik op vakantie."), (stored.DeclineReason, stored.DeclineNote));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == InvitationEmails.AnswerKind)); // nothing changed, nothing to confirm
    }

    [Fact]
    public async Task TheSessionsOfATwoDayEvent_AreOfferedWithTheirDay_AndTheQuestionsAreTheOrganisersNotThePartners()
    {
        SignInAs("Olga Organiser", Policies.Organise);
        var now = Time.GetUtcNow().UtcDateTime;
        var start = new DateTime(2026, 12, 29, 8, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Alliantieconferentie", start, start.AddHours(32)); // Tuesday 29 December 09:00 to Wednesday 17:00 in Amsterdam
        @event.HoldAt(null, "https://meet.example.org/conferentie");
        @event.AddSession("Workshop dag 1", SessionKind.Workshop, start.AddHours(1), start.AddHours(2));
        @event.AddSession("Workshop dag 2", SessionKind.Workshop, start.AddDays(1).AddHours(1), start.AddDays(1).AddHours(2));
        Assert.True(@event.Publish(now, "alliantieconferentie").Succeeded);
        var contact = new Contact("Sanne", "Bos", "sanne.bos@example.org", Language.Nl, now);
        var invitation = new Invitation(@event, contact, now);
        invitation.Issue("hash-of-sannes-link", now);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.AddRange(@event, contact, invitation);
            await db.SaveChangesAsync();
        }

        var view = (await Services.GetRequiredService<PhoneAnswerService>().GetAsync(invitation.Id))!;
        var provider = Render<MudDialogProvider>();
        // Not awaited: the task ends when the dialog closes.
        await provider.InvokeAsync(() => { _ = AnswerForPersonDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), view); });

        provider.WaitForAssertion(() => Assert.Contains("Workshop dag 1 · Tue 29 Dec 10:00–11:00", provider.Markup));
        Assert.Contains("Workshop dag 2 · Wed 30 Dec 10:00–11:00", provider.Markup);
        // The organiser fills it in about someone else: "Which sessions they join", not the partner's "will you join".
        Assert.Contains("Which sessions they join", provider.Markup);
        Assert.Contains("What they need to take part", provider.Markup);
        Assert.DoesNotContain(" you ", provider.Find("#answer-choice").ParentElement!.TextContent);
    }

    [Fact]
    public async Task AnsweringOnceTheEventHasStarted_SaysAnswersAreClosed_AndThatTheDoorCanLetThemIn()
    {
        SignInAs("Olga Organiser", Policies.Organise);
        var invitationId = await DeclinedOnlineAsync(DeclineReason.Date, "Op die dag ben ik op vakantie.");
        Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(1)); // the event is under way, and has no RSVP deadline of its own
        var view = (await Services.GetRequiredService<PhoneAnswerService>().GetAsync(invitationId))!;
        var provider = Render<MudDialogProvider>();
        // Not awaited: the task ends when the dialog closes.
        await provider.InvokeAsync(() => { _ = AnswerForPersonDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), view); });

        await provider.WaitForElement("#answer-save").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() => Assert.Equal(
            "Not saved: answers for this event closed at its RSVP deadline, or when it started if it has none. Someone who comes anyway can be let in at the door.",
            provider.Find("#answer-error").TextContent.Trim()));
    }

    /// <summary>A published event's invitation that the partner declined online, with a reason and a note.</summary>
    private async Task<int> DeclinedOnlineAsync(DeclineReason reason, string note)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var start = now.AddDays(30);
        var @event = new Event("Dialoogavond", start, start.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/dialoog");
        @event.AddSession("Plenair", SessionKind.Plenary, start, start.AddHours(3));
        Assert.True(@event.Publish(now, "dialoogavond").Succeeded);
        var contact = new Contact("Sanne", "Bos", "sanne.bos@example.org", Language.Nl, now);
        var invitation = new Invitation(@event, contact, now);
        invitation.Issue("hash-of-sannes-link", now);
        invitation.Answer(InvitationStatus.Declined, now);
        invitation.Explain(reason, note);
        await using var db = await DbFactory.CreateDbContextAsync();
        db.AddRange(@event, contact, invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    }
}
