using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// A colleague's page is still open when the app is stopped (a restart for an update): its regular check of their
/// sign-in finds the app's services gone. That is the end of the app, not of their sign-in, and nothing to report as an
/// error; the same failure while the app runs still is, and signs the page out.
/// </summary>
public class OpenPagesAtShutdownTests
{
    [Fact]
    public async Task AnOpenPage_WhileTheAppShutsDown_KeepsItsSignIn_AndLogsNoError()
    {
        var (page, services, log, lifetime) = OpenPageOnServicesThatAreGone();
        lifetime.StopApplication();

        EndedSignInsTests.SignIn(page, "femke-id");
        var signedOut = SignedOut(page);
        // Either the page's next check comes (the one before it ended without a verdict against her) or she is signed out.
        await Task.WhenAny(services.AskedAgain, signedOut);

        Assert.False(signedOut.IsCompleted);
        Assert.True((await page.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
        ((IDisposable)page).Dispose();
    }

    [Fact]
    public async Task AnOpenPage_WhoseCheckFailsWhileTheAppRuns_IsSignedOut_AndTheFailureIsLogged()
    {
        var (page, _, log, _) = OpenPageOnServicesThatAreGone();

        EndedSignInsTests.SignIn(page, "femke-id");

        await SignedOut(page);
        Assert.IsType<ObjectDisposedException>(Assert.Single(log.Entries, e => e.Level == LogLevel.Error).Exception);
        ((IDisposable)page).Dispose();
    }

    /// <summary>Done when the page's sign-in changes to nobody.</summary>
    private static Task SignedOut(AuthenticationStateProvider page)
    {
        var signedOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.AuthenticationStateChanged += async state =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult();
            }
        };
        return signedOut.Task;
    }

    private static (IdentityRevalidatingAuthenticationStateProvider Page, GoneServices Services, RecordingLoggerProvider Log, ApplicationLifetime Lifetime)
        OpenPageOnServicesThatAreGone()
    {
        var log = new RecordingLoggerProvider();
        var services = new GoneServices();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var page = new IdentityRevalidatingAuthenticationStateProvider(new LoggerFactory([log]), services, Options.Create(new IdentityOptions()),
            Options.Create(new AccountOptions { RevalidationInterval = TimeSpan.FromSeconds(1) }), new EndedSignIns(), new RenamedSignIns(), lifetime);
        return (page, services, log, lifetime);
    }

    /// <summary>The services of an app whose service provider was disposed: asking for a scope throws, as it does then.</summary>
    private sealed class GoneServices : IServiceScopeFactory
    {
        private readonly TaskCompletionSource _askedAgain = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _asks;

        /// <summary>Done when a scope is asked for the second time.</summary>
        public Task AskedAgain => _askedAgain.Task;

        public IServiceScope CreateScope()
        {
            if (Interlocked.Increment(ref _asks) == 2)
            {
                _askedAgain.TrySetResult();
            }

            throw new ObjectDisposedException(nameof(IServiceProvider));
        }
    }
}
