using System.Globalization;
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
    [InlineData("nl", "19 augustus 2026 → 1 september 2026", "11 aug 2026 17:00", "Open → Afgerond", "ja", "gewijzigd", "Uiterlijk")]
    [InlineData("en", "19 August 2026 → 1 September 2026", "11 Aug 2026 17:00", "Open → Done", "yes", "changed", "Due")]
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
        return new AuditChangeText(_texts.GetRequiredService<IStringLocalizer<AppStrings>>(), _texts.GetRequiredService<IStringLocalizer<CoreTexts>>(), _log.TypeOf);
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
