using System.Net;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>
/// A sign-in carries its person's name: the screens greet them with it and the audit log records their work under it.
/// A colleague an admin renamed carries the new name from their very next request, without being signed out; before, the
/// old name stayed until the next check of their sign-in (<c>EventHub:Accounts:RevalidationInterval</c>) or their next sign-in.
/// </summary>
public class AccountRenameSignInTests
{
    [Fact]
    public async Task Renamed_TheirVeryNextRequest_IsRecordedUnderTheNewName_LongBeforeTheNextCheckOfTheirSignIn_AndTheyStaySignedIn()
    {
        using var factory = new ConfiguredAppFactory(("EventHub:Accounts:RevalidationInterval", "01:00:00"));
        var (id, email) = await Colleagues.NewAsync(factory.Services, Roles.Organiser, "Sanne Dijkstra", Language.Nl);
        var sanne = SignIn.NewClient(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(sanne, email, Colleagues.Password)).StatusCode);
        Assert.Equal("Sanne Dijkstra", await NameRecordedForAsync(factory, sanne, id)); // as signed in

        var renamed = await factory.Services.GetRequiredService<StaffAccountService>().ChangeNameAsync(await Colleagues.AdminAsync(factory.Services), id, "Sanne de Wit");
        Assert.True(renamed.Succeeded);

        Assert.Equal("Sanne de Wit", await NameRecordedForAsync(factory, sanne, id));
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync("/events")).StatusCode); // still signed in
        Assert.Equal("Sanne de Wit", await NameRecordedForAsync(factory, sanne, id)); // and the renewed cookie keeps it
    }

    /// <summary>The name the audit log records for what <paramref name="client"/> does now: an export of the contact list.</summary>
    private static async Task<string> NameRecordedForAsync(ConfiguredAppFactory factory, HttpClient client, string userId)
    {
        var response = await client.GetAsync("/directory/contacts.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsByteArrayAsync();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.ActorId == userId && e.Action == AuditAction.Exported)
            .OrderByDescending(e => e.Id).Select(e => e.ActorName).FirstAsync();
    }
}
