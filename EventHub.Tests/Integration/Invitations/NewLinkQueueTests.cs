using System.Net;
using EventHub.App.Hosting;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// What the "lost your link?" page does before any work is done: with the app's worker taken out, only the test handles
/// the queue (<see cref="LostLinkQueue.DrainAsync"/>), which here holds one request.
/// </summary>
public class NewLinkQueueTests(NewLinkQueueTests.WithoutTheWorker app) : IClassFixture<NewLinkQueueTests.WithoutTheWorker>
{
    private const string BusyText = "EventHub is very busy at this moment, so your request was not handled and nothing was saved. Please try again in a few seconds.";

    /// <summary>
    /// An invited address was answered a few milliseconds later than another, as the page wrote the new link and its email
    /// first; and the audit log called the one who did it "Someone not signed in".
    /// </summary>
    [Fact]
    public async Task AnInvitedAddress_IsAnsweredBeforeAnythingIsWritten_AndTheWorkAfterwardsIsRecordedAsTheForms()
    {
        await Queue.DrainAsync();
        var token = await PartnerLinks.InviteAsync(app.Services, (await DemoEvents.FindAsync(app, DemoEvents.PublishedTitle)).Id, "Lotte");
        var (invitationId, email) = await InvitationOfAsync(token);
        var lastEntry = await LastAuditEntryAsync();
        var client = SignIn.NewClient(app);

        var response = await client.PostAsync("/new-link", NewLinkPageTests.Form(await client.GetStringAsync("/new-link"), email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/new-link?new-link=sent#new-link-outcome", response.Headers.Location!.ToString());
        Assert.Equal(1, Queue.Count);
        Assert.NotNull(await new NewLinkPageTests.RsvpLinkCheck(app.Services).OpensAsync(token));
        await using (var db = await NewContextAsync())
        {
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Kind == InvitationEmails.NewLinkKind));
        }

        Assert.True(await Queue.DrainAsync());

        Assert.Null(await new NewLinkPageTests.RsvpLinkCheck(app.Services).OpensAsync(token));
        await using var read = await NewContextAsync();
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == InvitationEmails.NewLinkKind));
        var entries = await read.AuditEntries.Where(e => e.Id > lastEntry && e.Kind == nameof(Invitation) && e.RecordId == invitationId.ToString()).ToListAsync();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(AuditActorKind.LostLinkForm, e.ActorKind));
    }

    [Fact]
    public async Task AFullQueue_IsSaidToBeVeryBusy_OnTheNewLinkPageWithTheAddressKept_AndOnAnEventsPage()
    {
        await Queue.DrainAsync();
        var published = await DemoEvents.FindAsync(app, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app);
        var form = await client.GetStringAsync("/new-link");
        var eventPage = await client.GetStringAsync($"/e/{published.Slug}");
        Assert.Equal(HttpStatusCode.OK, (await NewLinkPageTests.PostAsync(client, form, "first@partner.example")).Status); // the one place

        var here = await client.PostAsync("/new-link", NewLinkPageTests.Form(form, "second@partner.example"));
        var fromEvent = await NewLinkPageTests.PostAsync(client, eventPage, "third@partner.example", ("Request.Event", published.Slug!));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, here.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseBusyResponse.RetryAfterSeconds), here.Headers.RetryAfter?.Delta);
        var html = WebUtility.HtmlDecode(await here.Content.ReadAsStringAsync());
        Assert.Contains($"<p class=\"eh-error\" role=\"alert\" id=\"new-link-error\">{BusyText}</p>", html);
        Assert.Contains("value=\"second@partner.example\"", html);
        Assert.DoesNotContain("aria-invalid", html);
        Assert.Equal(HttpStatusCode.OK, fromEvent.Status);
        Assert.Contains(BusyText, fromEvent.Html);
        Assert.Contains($"<h1 lang=\"nl\">{DemoEvents.PublishedTitle}</h1>", fromEvent.Html);
        Assert.Equal(1, Queue.Count);
        await Queue.DrainAsync();
    }

    private LostLinkQueue Queue => app.Services.GetRequiredService<LostLinkQueue>();

    private async Task<(int Id, string Email)> InvitationOfAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await NewContextAsync();
        var invitation = await db.Invitations.Where(i => i.TokenHash == hash).Select(i => new { i.Id, i.Contact.Email }).SingleAsync();
        return (invitation.Id, invitation.Email);
    }

    private async Task<long> LastAuditEntryAsync()
    {
        await using var db = await NewContextAsync();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private Task<EventHubDbContext> NewContextAsync() => app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();

    /// <summary>The app without its <see cref="LostLinkWorker"/>, and a queue that holds one request.</summary>
    public sealed class WithoutTheWorker : EventHubAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.Remove(services.Single(d => d.ImplementationType == typeof(LostLinkWorker)));
                services.AddSingleton(provider => new LostLinkQueue(provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILogger<LostLinkQueue>>(), capacity: 1));
            });
        }
    }
}
