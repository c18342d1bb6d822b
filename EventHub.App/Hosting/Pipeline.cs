using EventHub.App.Components.Pages.Events.Calendar;
using EventHub.App.Components;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Accounts.MyAccount;
using EventHub.App.Components.Pages.Directory;
using EventHub.App.Components.Pages.Directory.StopInviting;
using EventHub.App.Components.Pages.Door;
using EventHub.App.Components.Pages.Engagement.Feedback;
using EventHub.App.Components.Pages.Home;
using EventHub.App.Components.Pages.Insight.AnnualReports;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Components.Pages.Outbox;
using EventHub.App.Components.Pages.Outcomes.Reports;
using EventHub.App.Components.Pages.Privacy;
using EventHub.App.Components.Shared;

namespace EventHub.App.Hosting;

public static class Pipeline
{
    public static void UseEventHubPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseHttpHardening();

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseDatabaseBusyResponse(); // after localization: the page speaks the person's language
        app.UseTwoFactorGate();
        app.UsePersonalLinkRecognition();
        app.UseAuditActors(); // after the link is recognised: a partner answering through it is named in the audit log
        app.UsePartnerFormsReadBeforeTheLine();
        app.UseRateLimiter(); // after localization: the 429 page speaks the person's language
        app.UseAntiforgery();
        app.UseExpiredFormsShownAgain();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapIconSprite();
        app.MapBenchmarkEndpoints(); // only with EventHub:Benchmark:Enabled
        app.MapCultureSwitch();
        app.MapAccountEndpoints();
        app.MapStart();
        app.MapDirectoryExport();
        app.MapOneClickStopInviting();
        app.MapGuestListExport();
        app.MapFeedbackExport();
        app.MapCalendarEndpoints();
        app.MapOutboxEndpoints();
        app.MapDoorEndpoints();
        app.MapSynthesisExport();
        app.MapAnnualReportExport();
        app.MapContactExport();
        app.MapAccountExport();
        app.MapAccountDetails();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
    }
}
