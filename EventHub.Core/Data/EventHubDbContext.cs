using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public class EventHubDbContext(DbContextOptions<EventHubDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys, only ever encrypted with a certificate (see the App's DataProtectionKeys).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationTag> OrganisationTags => Set<OrganisationTag>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactAffiliation> ContactAffiliations => Set<ContactAffiliation>();
    public DbSet<ContactStopLink> ContactStopLinks => Set<ContactStopLink>();
    public DbSet<DirectoryMerge> DirectoryMerges => Set<DirectoryMerge>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SessionChoice> SessionChoices => Set<SessionChoice>();
    public DbSet<Door.SessionAttendance> SessionAttendances => Set<Door.SessionAttendance>();
    public DbSet<NeedTotal> NeedTotals => Set<NeedTotal>();
    public DbSet<SectorTarget> SectorTargets => Set<SectorTarget>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<PrivacyNotice> PrivacyNotices => Set<PrivacyNotice>();
    public DbSet<GuestMessage> GuestMessages => Set<GuestMessage>();
    public DbSet<GuestMessageRecipient> GuestMessageRecipients => Set<GuestMessageRecipient>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SessionOutcome> SessionOutcomes => Set<SessionOutcome>();
    public DbSet<OutcomeStatement> OutcomeStatements => Set<OutcomeStatement>();
    public DbSet<EventReport> EventReports => Set<EventReport>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ActionItemUpdate> ActionItemUpdates => Set<ActionItemUpdate>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<AccountAuditRecord> AccountAuditRecords => Set<AccountAuditRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<EmailBranding> EmailBranding => Set<EmailBranding>();
    public DbSet<Engagement.FeedbackRequest> FeedbackRequests => Set<Engagement.FeedbackRequest>();
    public DbSet<Engagement.FeedbackAnswer> FeedbackAnswers => Set<Engagement.FeedbackAnswer>();
    public DbSet<Engagement.ParticipationTally> ParticipationTallies => Set<Engagement.ParticipationTally>();
    public DbSet<Engagement.ParticipationTallyStamp> ParticipationTallyStamps => Set<Engagement.ParticipationTallyStamp>();
    public DbSet<Engagement.AnnualReportPublication> AnnualReportPublications => Set<Engagement.AnnualReportPublication>();

    /// <summary>
    /// Set by <see cref="Privacy.ContactAnonymiser"/>: this context's saves erase people, so the audit log records every
    /// change and deletion they make without old values, which are the very data being erased.
    /// </summary>
    internal bool AnonymisesContacts { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventHubDbContext).Assembly);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<AppUser>().Property(u => u.CalendarFeedTokenHash).HasMaxLength(64);
        builder.Entity<AppUser>().HasIndex(u => u.CalendarFeedTokenHash).IsUnique();
        builder.Entity<AppUser>().Ignore(u => u.State);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC; SQLite hands DateTime back as Unspecified, so mark it UTC again.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Language>().HaveConversion<LanguageConverter>().HaveMaxLength(2);
    }
}
