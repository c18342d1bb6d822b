using System.Net;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>
/// A deactivated person's sign-in ends at the next check of its security stamp (every
/// <c>EventHub:Accounts:RevalidationInterval</c>, a minute by default). A removed person's must end at once: what they did
/// in that minute would write their name again where the removal had just taken it out.
/// </summary>
public class AccountRemovalSignOutTests
{
    [Fact]
    public async Task Removed_IsRefusedOnTheirVeryNextRequest_LongBeforeTheNextCheckOfTheirSignIn()
    {
        using var factory = new ConfiguredAppFactory(("EventHub:Accounts:RevalidationInterval", "01:00:00"));
        var femke = await SignIn.AsAsync(factory, "facilitator@eventhub.example");
        var olga = await SignIn.AsAsync(factory, "organiser@eventhub.example");
        Assert.Equal(HttpStatusCode.OK, (await femke.GetAsync("/")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var anna = (await users.FindByEmailAsync("admin@eventhub.example"))!;
            var femkeId = (await users.FindByEmailAsync("facilitator@eventhub.example"))!.Id;
            var removed = await scope.ServiceProvider.GetRequiredService<StaffAccountRemoval>()
                .RemoveAsync(TeamMember.InRoles(anna.Id, anna.DisplayName, Roles.Admin), femkeId, "Femke Jansen");
            Assert.True(removed.Succeeded, removed.ErrorCode);
        }

        var refused = await femke.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await olga.GetAsync("/")).StatusCode); // everyone else stays signed in
    }
}
