using EventHub.App.Components.Pages.Accounts;
using EventHub.Core;
using EventHub.Core.Accounts;
using EventHub.Core.Accounts.Passwords;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using EventHub.App.Components.Shared;
using MudBlazor;
using MudBlazor.Services;

namespace EventHub.App.Hosting;

public static class ServiceRegistration
{
    public const string DefaultConnectionString = "Data Source=App_Data/eventhub.db";

    public static void AddEventHubServices(this WebApplicationBuilder builder)
    {
        // Static assets from build output (outside Development) would otherwise be served as empty 200s.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddLiveConnectionLimits();
        builder.AddBenchmarkSupport();
        services.AddEventHubUi();
        services.AddEventHubLocalization();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddEventHubDatabase(ResolveConnectionString(builder.Configuration, builder.Environment, database.Provider), database);
        services.AddDatabaseStartup();
        services.AddEventHubCore();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Several instances may share the database: live updates travel between them (LISTEN/NOTIFY).
            services.AddHostedService<PostgresLiveUpdates>();
        }

        services.AddAuditActors();
        // "Lost your link?": the page queues the address and answers at once; this does the work afterwards.
        services.AddHostedService<LostLinkWorker>();
        services.Configure<EventHubOptions>(builder.Configuration.GetSection(EventHubOptions.Section));
        builder.AddPublicAddress();
        services.AddEventHubEmail(builder.Configuration);
        // The Outbox page opens unsent personal links only in Development unless EventHub:Outbox:ShowLinks says otherwise.
        services.AddOptions<OutboxOptions>()
            .Configure(outbox => outbox.ShowLinks = builder.Environment.IsDevelopment())
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section));
        services.AddOptions<PersonalLinkOptions>()
            .Bind(builder.Configuration.GetSection(PersonalLinkOptions.Section))
            .Validate(links => links.RsvpDaysAfterEvent >= 0 && links.OwnerDaysAfterClosed >= 0, $"{PersonalLinkOptions.Section}: RsvpDaysAfterEvent and OwnerDaysAfterClosed cannot be negative.")
            .ValidateOnStart();
        if (builder.Configuration.GetValue("EventHub:Reminders:WorkerEnabled", true))
        {
            services.AddHostedService<ReminderWorker>();
        }

        // Retention that really happens (issue 13): the periods the privacy notice states, and the daily job that keeps them.
        var privacy = builder.Configuration.GetSection(PrivacyOptions.Section);
        services.AddOptions<PrivacyOptions>().Bind(privacy)
            .Validate(p => p.NeedsRetentionDays >= 0 && p.InactiveContactMonths >= 1, $"{PrivacyOptions.Section}: NeedsRetentionDays must be 0 or more and InactiveContactMonths at least 1.")
            .Validate(p => p.AuditRetentionMonths >= 1, $"{PrivacyOptions.Section}: AuditRetentionMonths must be at least 1.")
            .ValidateOnStart();
        if (privacy.GetValue(nameof(PrivacyOptions.WorkerEnabled), true))
        {
            services.AddHostedService<PrivacyWorker>();
        }

        services.AddEventHubIdentity();
        services.AddHttpContextAccessor();
        services.AddScoped<Components.Pages.Door.DoorJson>();
        services.AddScoped<Components.Pages.Door.DoorContext>();
        builder.AddEventHubDataProtection();
        builder.AddHttpHardening();
        services.AddStaffAccounts(builder.Configuration);
        // Signing in safely: two-factor for staff, an absolute end to sessions, rate limits (issue 11, part 2).
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.Configure<AccessibilityOptions>(builder.Configuration.GetSection(AccessibilityOptions.Section));
        // Partner forms that cannot be abused (issue 13): outside addresses wait for an organiser; a few nominations a day.
        services.Configure<NominationOptions>(builder.Configuration.GetSection(NominationOptions.Section));
        services.AddAbsoluteSessionLifetime();
        services.AddSignInChecks(); // a removed account's cookie is refused at once; a renamed one takes the new name
        services.AddEventHubRateLimits(builder.Configuration);
        services.AddMemoryCache();
        services.AddScoped<Components.Pages.Insight.Public.PublicAnnualReports>();
        services.AddScoped<Components.Pages.Outbox.BrandingLogos>();
        services.AddHealthChecks().AddDbContextCheck<EventHubDbContext>(
            "database",
            customTestQuery: EventHubDatabase.HasRolesAsync);
    }

    /// <summary>
    /// MudBlazor with its texts translated, our string resources, and what a partner's form carries back to its page;
    /// the component tests use the same.
    /// </summary>
    public static IServiceCollection AddEventHubUi(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddTransient<MudLocalizer, MudTranslations>();
        services.AddLocalization();
        services.AddSingleton<Components.Pages.Invitations.NewLink.NewLinkTypedAddress>();
        return services;
    }

    /// <summary>
    /// SMTP settings (checked at start-up, so a host without a sender address fails loudly, not per message) and the
    /// background sender, unless <c>EventHub:Smtp:WorkerEnabled</c> is false (tests call the sender themselves).
    /// </summary>
    private static void AddEventHubEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        services.AddOptions<SmtpOptions>()
            .Bind(section)
            .Validate(smtp => !smtp.IsConfigured || !string.IsNullOrWhiteSpace(smtp.FromAddress), $"{SmtpOptions.Section}:FromAddress is required when {SmtpOptions.Section}:Host is set.")
            .Validate(
                smtp => smtp.MaxAttempts >= 1 && smtp.TemporaryRefusalHours >= 1 && smtp.BatchSize >= 1 && smtp.PollSeconds >= 1,
                $"{SmtpOptions.Section}: MaxAttempts, TemporaryRefusalHours, BatchSize and PollSeconds must be at least 1.")
            .ValidateOnStart();
        if (section.GetValue(nameof(SmtpOptions.WorkerEnabled), true))
        {
            services.AddHostedService<OutboxWorker>();
        }
    }

    /// <summary>
    /// <c>ConnectionStrings:EventHub</c>, defaulting to a SQLite file under the content root;
    /// a relative SQLite path is taken relative to the content root, not the working directory.
    /// PostgreSQL's connection string is taken as it is, and has no default.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration, IHostEnvironment environment, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return configuration.GetConnectionString("EventHub") is { Length: > 0 } postgres
                ? postgres
                : throw new InvalidOperationException("EventHub:Database:Provider is Postgres: set ConnectionStrings:EventHub to the PostgreSQL connection string.");
        }

        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("EventHub") ?? DefaultConnectionString);
        if (builder.DataSource is { Length: > 0 } dataSource && dataSource != ":memory:"
            && !dataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(dataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, dataSource);
        }

        return builder.ConnectionString;
    }

    private static void AddEventHubIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "EventHub.Auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, not composition; PasswordRules refuses common passwords and the person's own details.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EventHubDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordRules>()
            .AddErrorDescriber<IdentityErrorTexts>();

        services.AddAuthorizationBuilder()
            // Secure by default: every endpoint needs a signed-in user unless it says [AllowAnonymous]. An address that
            // matches no endpoint has nothing to protect: it answers the friendly "not found" page (404) to anyone,
            // instead of sending an anonymous visitor who mistyped it to the sign-in page.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
                    || context.Resource is HttpContext { } http && http.GetEndpoint() is null)
                .Build())
            .AddPolicy(Policies.Organise, policy => policy.RequireRole(Roles.Admin, Roles.Organiser))
            .AddPolicy(Policies.Facilitate, policy => policy.RequireRole(Roles.Admin, Roles.Organiser, Roles.Facilitator))
            .AddPolicy(Policies.CheckIn, policy => policy.RequireRole(Roles.Admin, Roles.Organiser, Roles.DoorStaff))
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(Roles.Admin));
    }
}
