using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>Action items in a running app (integration and end-to-end tests): an earlier meeting, a partner, an item and the owner's link.</summary>
public static class AppActionItems
{
    public static ActionItems Builder(IServiceProvider services) => new(
        services.GetRequiredService<IDbContextFactory<EventHubDbContext>>(),
        services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    public static DateOnly Today(IServiceProvider services) => ActionDates.Today(services.GetRequiredService<TimeProvider>());

    /// <summary>An item agreed at a meeting a month ago, owned by a new partner whose contact prefers <paramref name="language"/>; with its owner link.</summary>
    public static async Task<(ActionItem Item, string Token, string Organisation)> LinkedAsync(
        IServiceProvider services, string what, int dueInDays, Language language = Language.En)
    {
        var build = Builder(services);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var session = await build.MeetingAsync($"Dialoogavond {Guid.NewGuid().ToString("N")[..6]}", now.Date.AddDays(-30).AddHours(17));
        var (owner, contact) = await build.PartnerAsync("Bibliotheek Noord", language);
        var item = await build.AddAsync(session, what, owner, contact, Today(services).AddDays(dueInDays));
        return (item, await build.LinkAsync(item), owner.Name);
    }
}
