using Bunit;
using EventHub.App.Components.Pages.Invitations.Messages;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Invitations;

/// <summary>The message dialog says what is wrong with a draft, in words, before anything is previewed or sent.</summary>
public class GuestMessageDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Preview_OfAnEmptyOrHalfWrittenDraft_OrForNobody_SaysWhatIsWrong_AndSendsNothing()
    {
        var start = new DateTime(2027, 3, 10, 13, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Alliantiedag", start, start.AddHours(4));
        await AddEventsAsync(@event);
        SignInAs("Olga Organiser", Policies.Organise);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        await provider.InvokeAsync(() =>
        {
            _ = GuestMessageDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), @event.Id, new GuestQuery(InvitationStatus.Accepted), "Coming", Staff.Organiser);
        });
        provider.WaitForElement("#guest-message-preview");
        Assert.Contains("Coming", provider.Find("#guest-message-filter").TextContent);
        Assert.Equal(GuestMessageDraft.SubjectMaxLength.ToString(), provider.Find("#guest-message-subject-en").GetAttribute("maxlength"));

        await ClickAsync(provider, "#guest-message-preview");
        provider.WaitForAssertion(() => Assert.Equal("Write a subject and a text, in English or Dutch.", provider.Find("#guest-message-error").TextContent.Trim()));

        await provider.Find("#guest-message-subject-en").ChangeAsync(new ChangeEventArgs { Value = "Parking" });
        await ClickAsync(provider, "#guest-message-preview");
        provider.WaitForAssertion(() => Assert.Equal("The English message needs both a subject and a text (or leave both empty).", provider.Find("#guest-message-error").TextContent.Trim()));

        await provider.Find("#guest-message-text-en").ChangeAsync(new ChangeEventArgs { Value = "Park in garage P2." });
        await ClickAsync(provider, "#guest-message-preview");
        provider.WaitForAssertion(() => Assert.StartsWith("Nobody in this selection of the guest list", provider.Find("#guest-message-error").TextContent.Trim()));
        Assert.Empty(provider.FindAll("#guest-message-send"));

        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.GuestMessages.CountAsync());
    }

    [Fact]
    public async Task MessagesPanel_OfAnEventWithoutMessages_SaysWhereToWriteOne()
    {
        var start = new DateTime(2027, 3, 10, 13, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Alliantiedag", start, start.AddHours(4));
        await AddEventsAsync(@event);
        SignInAs("Olga Organiser", Policies.Organise);
        Render<MudPopoverProvider>();

        var panel = Render<GuestMessagesPanel>(p => p.Add(c => c.EventId, @event.Id));

        panel.WaitForAssertion(() => Assert.StartsWith("No messages sent yet.", panel.Find("#guest-messages-empty").TextContent.Trim()));
        Assert.Equal($"events/{@event.Id}/invitations", panel.Find("#guest-messages-write").GetAttribute("href"));
    }

    private static Task ClickAsync(IRenderedComponent<MudDialogProvider> provider, string selector) =>
        provider.Find(selector).ClickAsync(new MouseEventArgs());
}
