using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using EventHub.Core.Data;

namespace EventHub.Tests.Support;

/// <summary>
/// The one base for component tests: MudBlazor services, loose JS interop, the real Core services over
/// an in-memory SQLite database, English culture unless a test says otherwise, and test authorization.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    static ComponentTestBase()
    {
        // The whole suite shares two cores with a browser and several app hosts: give renders time to land.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected ComponentTestBase()
    {
        UseCulture("en");
        _connection.Open();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddEventHubUi();
        TestDatabase.AddTo(Services, _connection, Time);
        Authorization = AddAuthorization();
    }

    protected FakeTimeProvider Time { get; } = new(TestDatabase.DefaultNow);

    protected BunitAuthorizationContext Authorization { get; }

    protected IDbContextFactory<EventHubDbContext> DbFactory => Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    /// <summary>Signs in a user with a display name and the policies the app would grant their role.</summary>
    protected void SignInAs(string displayName, params string[] policies)
    {
        Authorization.SetAuthorized($"{displayName.ToLowerInvariant().Replace(' ', '.')}@eventhub.example");
        Authorization.SetClaims(new System.Security.Claims.Claim(App.Components.Pages.Accounts.AppClaimsPrincipalFactory.DisplayNameClaim, displayName));
        Authorization.SetPolicies(policies);
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
    /// Waits for <paramref name="assertion"/> while the fake clock moves on in <paramref name="step"/>s, as time passes
    /// for a person who stops typing. MudBlazor starts an input's debounce timer on the clock only once the input event
    /// has been handled, which can be after the test's next line: one advance made before that is lost (seen under load).
    /// </summary>
    protected void WaitAsTimePasses(IRenderedComponent<IComponent> component, TimeSpan step, Action assertion) =>
        component.WaitForAssertion(() =>
        {
            Time.Advance(step);
            assertion();
        });

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public Task InitializeAsync()
    {
        TemplateDatabase.CopyTo(_connection);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
