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
        Authorization.SetClaims(new System.Security.Claims.Claim(App.Components.Account.AppClaimsPrincipalFactory.DisplayNameClaim, displayName));
        Authorization.SetPolicies(policies);
    }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public async Task InitializeAsync()
    {
        await EventHubDatabase.MigrateAsync(DbFactory);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
