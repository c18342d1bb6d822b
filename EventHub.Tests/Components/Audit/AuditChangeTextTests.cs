using System.Globalization;
using System.Text.RegularExpressions;
using EventHub.App.Components.Pages.Audit;
using EventHub.App.Hosting;
using EventHub.App.Resources;
using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EventHub.Tests.Components.Audit;

/// <summary>
/// An administrator reads the audit log in their own language: what kind of record changed, which of its fields, and
/// the values as the rest of EventHub shows them (the alliance's time zone, their date format, a status by its name) —
/// it read "DueOn: 08/19/2026", "Status: Done" and "Sector: Government" on a Dutch page.
/// </summary>
public sealed class AuditChangeTextTests : IAsyncLifetime
{
    private readonly ServiceProvider _texts = new ServiceCollection().AddLogging().AddEventHubUi().BuildServiceProvider();
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;
    private TestDatabase _database = default!;
    private AuditLog _log = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _log = _database.Services.CreateScope().ServiceProvider.GetRequiredService<AuditLog>();
    }

    public async Task DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await _database.DisposeAsync();
        await _texts.DisposeAsync();
    }

    [Theory]
    [InlineData("nl", "19 augustus 2026 → 1 september 2026", "11 aug 2026 17:00", "Niet begonnen → Afgerond", "ja", "gewijzigd", "Uiterlijk")]
    [InlineData("en", "19 August 2026 → 1 September 2026", "11 Aug 2026 17:00", "Not started → Done", "yes", "changed", "Due")]
    public void AChange_ReadsInTheReadersLanguage_AndTheAlliancesTimeZone(string culture, string due, string at, string status, string named, string notes, string dueField)
    {
        var changes = ChangeText(culture == "en" ? "en-GB" : culture);

        Assert.Equal(due, changes.Change("ActionItem", new AuditChange("DueOn", "08/19/2026", "2026-09-01"))); // an older entry's date, a newer one's
        Assert.Equal(at, changes.Change("ActionItemUpdate", new AuditChange("AtUtc", null, "2026-08-11 15:00:00"))); // summer time in Amsterdam
        Assert.Equal(status, changes.Change("ActionItem", new AuditChange("Status", "Open", "Done")));
        Assert.Equal(named, changes.Change("OutcomeStatement", new AuditChange("AgreedToBeNamed", null, "True")));
        Assert.Equal(notes, changes.Change("SessionOutcome", AuditChange.Hidden("Notes")));
        Assert.Equal(dueField, changes.Field("DueOn"));
        Assert.Equal("#21", changes.Change("ActionItem", new AuditChange("OwnerContactId", null, "21"))); // a record, as the log names records
        Assert.Equal("3", changes.Change("SectorShare", new AuditChange("Count", null, "3")));
    }

    [Theory]
    [InlineData("nl", "Rol", "Organisator", "Beheerder verwijderd")]
    [InlineData("en", "Role", "Organiser", "Admin removed")]
    public void ARoleGivenOrTaken_ReadsByTheRolesName_NotAsItIsStored(string culture, string field, string given, string taken)
    {
        var changes = ChangeText(culture == "en" ? "en-GB" : culture);

        Assert.Equal(field, changes.Field(AuditChange.RoleProperty));
        Assert.Equal(given, changes.Change("User", new AuditChange(AuditChange.RoleProperty, null, "Organiser")));
        Assert.Equal(taken, changes.Change("User", new AuditChange(AuditChange.RoleProperty, "Admin", null)));
    }

    /// <summary>
    /// A contact moved to another organisation read "Organisatie: #2 → #6": the organisations by the names the log knows
    /// for them now, with their numbers for the record filter; one the log never named keeps its number alone.
    /// </summary>
    [Fact]
    public async Task AReferenceToAnotherRecord_ReadsByTheNameTheLogKnows_AndKeepsItsNumber()
    {
        await using (var db = await _database.NewContextAsync())
        {
            var at = _database.Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(
                new AuditEntry(at.AddDays(-9), AuditActor.System, "Organisation", "2", AuditAction.Added, "Provincie Drenthe"),
                new AuditEntry(at.AddDays(-8), AuditActor.System, "Organisation", "6", AuditAction.Added, "Basisschool Regenboog"),
                new AuditEntry(at.AddDays(-1), AuditActor.System, "Organisation", "6", AuditAction.Modified, "Openbare basisschool De Regenboog"),
                new AuditEntry(at, AuditActor.System, "Event", "6", AuditAction.Modified, "Alliantiedag"));
            await db.SaveChangesAsync();
        }

        var changes = ChangeText("nl");
        var moved = new AuditEntry(default, AuditActor.System, "Contact", "7", AuditAction.Modified, "Mike Bruin", [new AuditChange("OrganisationId", "2", "6")]);
        var owner = new AuditEntry(default, AuditActor.System, "ActionItem", "15", AuditAction.Added, "", [new AuditChange("OwnerContactId", null, "21")]);
        changes.NameRecords(await _log.NamesAsync(changes.References([moved, owner])));

        Assert.Equal("Provincie Drenthe (#2) → Openbare basisschool De Regenboog (#6)", changes.Change("Contact", moved.Changes.Single()));
        Assert.Equal("#21", changes.Change("ActionItem", owner.Changes.Single()));
    }

    /// <summary>An export's or a bulk write's summary read "guest list: 42 guests exported (Excel)" on a Dutch page.</summary>
    [Theory]
    [InlineData("nl", "Gastenlijst: 1.200 gasten geëxporteerd (Excel)", "120 regels ouder dan 1 december 2024 verwijderd", "Naambadges: 1 gast afgedrukt")]
    [InlineData("en", "Guest list: 1,200 guests exported (Excel)", "120 entries older than 1 December 2024 deleted", "Badges: 1 guest printed")]
    public void ASummary_ReadsInTheReadersLanguage_CountedByItsNumber_AndAnOlderEntrysSentenceAsItWasKept(string culture, string exported, string deleted, string one)
    {
        var changes = ChangeText(culture == "en" ? "en-GB" : culture);

        Assert.Equal(exported, changes.Summary(AuditSummary.Of("GuestListExported", 1200, "Excel").Write()));
        Assert.Equal(deleted, changes.Summary(AuditSummary.Of("EntriesDeleted", 120, new DateTime(2024, 12, 1, 8, 30, 0, DateTimeKind.Utc)).Write()));
        Assert.Equal(one, changes.Summary(AuditSummary.Of("BadgesPrinted", 1).Write()));
        Assert.Equal("guest list: 42 guests exported (CSV)", changes.Summary("guest list: 42 guests exported (CSV)"));
    }

    /// <summary>Every summary Core records has its sentence in both languages, with room for each of its values.</summary>
    [Fact]
    public void EverySummaryCoreRecords_HasASentenceInBothLanguages()
    {
        var recorded = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.Core"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"AuditSummary\.Of\(""(\w+)""").Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.Contains("GuestListExported", recorded);

        foreach (var culture in new[] { "", "nl" })
        {
            var sentences = ResourceFiles.Read(ResourceFiles.App, culture).Keys.Where(key => key.StartsWith("Audit_Summary_", StringComparison.Ordinal))
                .Select(key => key.Replace("_One", "").Replace("_Other", "")).Distinct();
            Assert.Equal(recorded.Select(text => "Audit_Summary_" + text).Order(), sentences.Order());
            var changes = ChangeText(culture == "" ? "en" : culture);
            Assert.All(recorded, text => Assert.DoesNotContain("{", changes.Summary(AuditSummary.Of(text, 1, 2, 3).Write())));
        }
    }

    /// <summary>The dashboard's tallies are recorded no more, but entries written before 5 December 2026 read by name too.</summary>
    [Fact]
    public void EveryKindAndFieldTheLogRecords_HasANameInBothLanguages()
    {
        var keys = ResourceFiles.Read(ResourceFiles.App).Keys.ToHashSet();
        var recorded = Recorded(kind => !AuditPolicy.SkippedKinds.Contains(kind) || kind.StartsWith("ParticipationTally", StringComparison.Ordinal)).ToList();

        Assert.Contains(("ActionItem", "DueOn", typeof(DateOnly)), recorded);
        Assert.Contains(("ParticipationTally", "WalkIns", typeof(int)), recorded);
        Assert.Equal([], recorded.Select(r => $"Audit_Kind_{r.Kind}").Distinct().Where(key => !keys.Contains(key)).ToArray());
        Assert.Equal([], recorded.Select(r => $"Audit_Field_{r.Property}").Distinct().Where(key => !keys.Contains(key)).ToArray());
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void EveryStatusAndCategoryTheLogRecords_ReadsByItsName(string culture)
    {
        var changes = ChangeText(culture);
        var categories = Recorded(kind => !AuditPolicy.SkippedKinds.Contains(kind)).Select(r => r.Type).Where(type => type.IsEnum).Distinct().ToList();

        Assert.Contains(typeof(EventHub.Core.Directory.Sector), categories);
        var unnamed = categories
            .SelectMany(type => Enum.GetNames(type).Where(value => value != "None").Select(value => (Type: type, Value: value)))
            .Where(member => changes.NameOf(member.Type, member.Value) is null)
            .Select(member => $"{member.Type.Name}.{member.Value}");
        Assert.Empty(unnamed);
    }

    private AuditChangeText ChangeText(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        return new AuditChangeText(_texts.GetRequiredService<IStringLocalizer<AppStrings>>(), _texts.GetRequiredService<IStringLocalizer<CoreTexts>>(), _log.TypeOf, _log.ReferenceOf);
    }

    /// <summary>Every kind (of those <paramref name="included"/>) and property the interceptor records, with the property's type.</summary>
    private IEnumerable<(string Kind, string Property, Type Type)> Recorded(Func<string, bool> included)
    {
        using var db = _database.DbFactory.CreateDbContext();
        return db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && included(t.ClrType.Name))
            .SelectMany(t => t.GetProperties()
                .Where(p => !p.IsPrimaryKey() && !AuditPolicy.IsLeftOut(p.Name))
                .Select(p => (AuditPolicy.KindOf(t), p.Name, Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)))
            .ToList();
    }
}
