using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Audit;
using EventHub.Core.Events;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Demo;
using EventHub.Core.Door;
using EventHub.Core.Engagement;
using EventHub.Core.Onboarding;
using EventHub.Core.Outbox;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Core.Privacy;
using EventHub.Core.Directory.Import;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventHub.Core;

public static class CoreServices
{
    /// <summary>The feature services of Core. The host adds the database, Identity, Data Protection and logging.</summary>
    public static IServiceCollection AddEventHubCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new SiteLinks(new Uri("http://localhost:5080/")));
        services.AddScoped<AccountService>();
        services.AddScoped<TeamDirectory>();
        services.AddScoped<GettingStartedService>();
        services.AddScoped<StaffAccountService>();
        services.AddScoped<TwoFactorChanges>();
        services.AddScoped<AccountHistoryReader>();
        services.TryAddSingleton<EndedSignIns>();
        services.TryAddSingleton<RenamedSignIns>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<EventService>();
        services.AddScoped<EventPlanningService>();
        services.AddScoped<IEventChangeHandler, InvitationEventChanges>();
        services.AddScoped<ProgrammeService>();
        services.AddScoped<ISessionUseSource, ChosenSessions>();
        services.AddScoped<IContactMergeStep, MergedContactInvitations>();
        services.AddSingleton<ISignInEmailKinds, AccountSignInEmails>();
        services.AddScoped<IContactMergeStep, MergedOwnerActions>();
        services.AddScoped<IOrganisationMergeStep, MergedOrganisationInvitations>();
        services.AddScoped<IOrganisationMergeStep, MergedOwnerOrganisationActions>();
        services.AddScoped<IOrganisationMergeStep, MergedNamedOrganisations>();
        services.AddScoped<ISessionUseSource, SessionDoorUse>();
        services.AddScoped<ISessionUseSource, SessionActionUse>();
        services.AddScoped<ISessionUseSource, SessionOutcomeUse>();
        services.AddScoped<VenueService>();
        services.AddScoped<ThemeService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<EngagementTimeline>();
        services.AddScoped<AnnualReportService>();
        services.AddScoped<AnnualReportPublications>();
        services.AddScoped<AllianceDashboardService>();
        services.AddScoped<SectorTargetService>();
        services.AddScoped<EventDashboardService>();
        services.AddScoped<ContactService>();
        services.AddScoped<DoNotInviteService>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<MergeService>();
        services.AddScoped<DirectoryImportService>();
        services.AddScoped<DirectoryExportService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<PublicEventService>();
        services.AddScoped<TimetableService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitedElsewhereService>();
        services.AddScoped<InvitationComposer>();
        services.AddScoped<ResponseOverviewService>();
        services.AddScoped<RsvpService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<IReminderJob>(sp => sp.GetRequiredService<ReminderService>());
        services.AddScoped<ColleagueService>();
        services.AddScoped<LostLinkService>();
        services.TryAddSingleton<LostLinkQueue>(); // one queue per process, read by the app's LostLinkWorker
        services.AddScoped<DelegateService>();
        services.AddScoped<NominationService>();
        services.AddScoped<CheckInService>();
        services.AddScoped<SessionDoorService>();
        services.AddScoped<WalkInService>();
        services.AddScoped<DoorListService>();
        services.AddScoped<PrintListService>();
        services.AddScoped<GuestListService>();
        services.AddScoped<GuestMessageService>();
        services.AddScoped<PhoneAnswerService>();
        services.AddScoped<GuestListExportService>();
        services.AddOptions<PrivacyOptions>();
        services.AddScoped<NeedsRetention>();
        services.AddScoped<InactiveContacts>();
        services.AddScoped<ContactExportService>();
        services.AddScoped<ContactErasure>();
        services.AddScoped<StaffAccountRemoval>();
        services.AddScoped<StaffAccountExportService>();
        services.AddScoped<AddressRequests>();
        services.AddScoped<PrivacyNoticeService>();
        services.TryAddSingleton<InvitationNotifier>();
        // Registered as an EF Core interceptor, before those that read the save: a person who moves takes their
        // invitations to meetings still ahead along to the new organisation.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, InvitationsFollowContacts>());
        // Registered as an EF Core interceptor (see EventHubDatabase): publishes committed invitation changes.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, InvitationChangeInterceptor>());
        // Registered as an EF Core interceptor: personal link tokens never lie in a stored message's text.
        services.TryAddSingleton<OutboxLinkTokens>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, OutboxInterceptor>());
        // The audit log (issue 13): who changed what. Registered after the other interceptors: it writes its entries of
        // added records after they saved, and commits the transaction it may have opened for that last.
        services.AddScoped<CurrentActor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, AuditInterceptor>());
        services.AddScoped<AuditLog>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<OutboxQueries>();
        services.AddScoped<EmailBrandingService>();
        services.AddScoped<OutcomeService>();
        services.AddScoped<ActionItemService>();
        services.AddScoped<EventReportService>();
        services.AddScoped<MissingOutcomeFollowUp>();
        services.AddScoped<IReminderJob>(sp => sp.GetRequiredService<MissingOutcomeFollowUp>());
        services.AddScoped<ActionTrackerService>();
        services.AddScoped<IActionThemes, OutcomeActionThemes>();
        services.AddScoped<ActionOwnerService>();
        services.AddScoped<ReportBackService>();
        services.AddScoped<ActionReminders>();
        services.AddScoped<IReminderJob>(sp => sp.GetRequiredService<ActionReminders>());
        services.AddScoped<FeedbackRequestJob>();
        services.AddScoped<IReminderJob>(sp => sp.GetRequiredService<FeedbackRequestJob>());
        services.AddScoped<FeedbackSurveyService>();
        services.AddScoped<FeedbackResultsService>();
        return services;
    }
}
