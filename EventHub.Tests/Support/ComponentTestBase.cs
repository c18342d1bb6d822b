using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using EventHub.Core.Data;

namespace EventHub.Tests.Support;

/// <summary>
/// The one base for component tests: MudBlazor services, loose JS interop, the real Core services over a SQLite
/// database of the test's own, English culture unless a test says otherwise, and test authorization. The database is a
/// file, so every context has a connection of its own as in the app: a page reloading after a live update and the test
/// reading the database at the same moment never share one (a shared connection is not safe across threads).
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"component-{Guid.NewGuid():N}.db");

    static ComponentTestBase()
    {
        // The whole suite shares two cores with a browser and several app hosts: give renders time to land.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected ComponentTestBase()
    {
        UseCulture("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddEventHubUi();
        TestDatabase.AddTo(Services, $"Data Source={_file}", Time);
        Authorization = AddAuthorization();
    }

    protected FakeTimeProvider Time { get; } = new(TestDatabase.DefaultNow);

    protected BunitAuthorizationContext Authorization { get; }

    protected IDbContextFactory<EventHubDbContext> DbFactory => Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    /// <summary>
    /// Signs in a user with a display name, the policies the app would grant their role, and the role each policy
    /// stands for (Core checks the roles again).
    /// </summary>
    protected void SignInAs(string displayName, params string[] policies)
    {
        Authorization.SetAuthorized($"{displayName.ToLowerInvariant().Replace(' ', '.')}@eventhub.example");
        Authorization.SetPolicies(policies);
        Authorization.SetRoles(policies.Select(policy => policy switch
        {
            Policies.Organise => Roles.Organiser,
            Policies.Facilitate => Roles.Facilitator,
            Policies.CheckIn => Roles.DoorStaff,
            Policies.Administer => Roles.Admin,
            _ => throw new ArgumentException($"No role stands for the policy {policy}.", nameof(policies)),
        }).ToArray());
        Authorization.SetClaims(new System.Security.Claims.Claim(App.Components.Pages.Accounts.AppClaimsPrincipalFactory.DisplayNameClaim, displayName));
    }

    protected async Task AddEventsAsync(params EventHub.Core.Events.Event[] events)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        db.Events.AddRange(events);
        await db.SaveChangesAsync();
    }

    /// <summary>Events called "Dialoog 01" to "Dialoog {count}", one a day from 1 January 2027.</summary>
    protected static EventHub.Core.Events.Event[] DailyDialogues(int count)
    {
        var first = new DateTime(2027, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, count)
            .Select(i => new EventHub.Core.Events.Event($"Dialoog {i + 1:00}", first.AddDays(i), first.AddDays(i).AddHours(2)))
            .ToArray();
    }

    /// <summary>
    /// Types <paramref name="text"/> into a search box that waits for typing to pause, and lets the pause pass on the
    /// fake clock. The input event is awaited, so MudBlazor's debounce timer is on the clock before the clock moves
    /// (a fire-and-forget <c>Input</c> could be handled after the advance, and the search would never start).
    /// </summary>
    protected async Task TypeAndPauseAsync(IElement searchBox, string text, TimeSpan pause)
    {
        await searchBox.InputAsync(new ChangeEventArgs { Value = text });
        Time.Advance(pause);
    }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public Task InitializeAsync()
    {
        TemplateDatabase.CopyToFile(_file);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={_file}"));
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
