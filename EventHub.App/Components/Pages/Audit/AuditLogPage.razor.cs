using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Audit;

/// <summary>The audit log: who changed what and when, newest first, filtered by who, what kind, which record and dates.</summary>
public partial class AuditLogPage
{
    private MudDataGrid<AuditEntry>? _grid;
    private bool _loaded; // the grid's first page has come back
    private MudTextField<string>? _recordField;
    private IReadOnlyList<UserSummary> _users = [];
    private IReadOnlyList<string> _kinds = [];
    private string? _actor;
    private string? _kind;
    private string? _record;
    private DateTime? _from;
    private DateTime? _to;

    private AuditChangeText _changes = default!;
    private AccountChangeText _accounts = default!;
    private AuditActorNames _names = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _changes = new AuditChangeText(L, CoreL, Log.TypeOf, Log.ReferenceOf);
        _accounts = new AccountChangeText(L, _changes);
        _users = await Team.ListUsersAsync();
        _names = new AuditActorNames(_users, [L["Audit_Actor_System"], L["Audit_Actor_LostLinkForm"], CoreL["Erased_Account"]]);
        _kinds = await Log.KindsAsync();
    }

    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken ct)
    {
        var filter = new AuditFilter(_actor, _kind, _record,
            _from is { } from ? EventTime.ToUtc(from.Date, EventTime.DefaultTimeZoneId) : null,
            _to is { } to ? EventTime.ToUtc(to.Date.AddDays(1), EventTime.DefaultTimeZoneId) : null);
        var page = await Log.FindAsync(filter, state.Page * state.PageSize, state.PageSize, await TeamMembers.OfAsync(Authentication), ct);
        // Identity's records under an account are named by the account's name as the log knows it.
        var accounts = page.Entries.Where(AccountChangeText.IsAbout).Select(e => ("User", AccountChangeText.AccountIdOf(e)));
        _changes.NameRecords(await Log.NamesAsync(_changes.References(page.Entries).Concat(accounts), ct));
        _loaded = true;
        return new GridData<AuditEntry> { Items = page.Entries, TotalItems = page.Total };
    }

    private Task ActorChangedAsync(string? actor) => ReloadAsync(() => _actor = actor);
    private Task KindChangedAsync(string? kind) => ReloadAsync(() => _kind = kind);
    private Task RecordChangedAsync(string? record) => ReloadAsync(() => _record = record);
    private Task FromChangedAsync(DateTime? from) => ReloadAsync(() => _from = from);
    private Task ToChangedAsync(DateTime? to) => ReloadAsync(() => _to = to);

    /// <summary>The kind and number the record filter takes: an account's for Identity's records under it.</summary>
    private static (string Kind, string RecordId) RecordOf(AuditEntry entry) =>
        AccountChangeText.IsAbout(entry) ? ("User", AccountChangeText.AccountIdOf(entry)) : (entry.Kind, entry.RecordId);

    /// <summary>"Organisation #12": the number the record filter takes.</summary>
    private string Record(AuditEntry entry) => $"{_changes.Kind(RecordOf(entry).Kind)} #{RecordOf(entry).RecordId}";

    /// <summary>False for an entry about many records at once (every contact exported: <c>*</c>; an address's requests: <c>-</c>).</summary>
    private static bool IsOneRecord(AuditEntry entry) => entry.RecordId is not ("*" or "-");

    private bool ShowsOneRecord(AuditEntry entry) => RecordOf(entry) == (_kind, _record);

    /// <summary>
    /// Every entry of one record, whoever made it and whenever; the other filters are cleared. The keyboard goes to the
    /// record filter, which now holds the number (the picked button is gone).
    /// </summary>
    private async Task ShowRecordAsync(AuditEntry entry)
    {
        var (kind, recordId) = RecordOf(entry);
        await ReloadAsync(() => (_actor, _kind, _record, _from, _to) = (null, kind, recordId, null, null));
        await _recordField!.FocusAsync();
    }

    private async Task ReloadAsync(Action change)
    {
        change();
        await _grid!.ReloadServerData();
    }

    private static string When(DateTime utc) => EventDates.ShortMoment(utc);

    /// <summary>Who made the change; a removed colleague by the stand-in, in the reader's language.</summary>
    private string ActorName(AuditEntry entry) => entry.ActorKind switch
    {
        AuditActorKind.System => L["Audit_Actor_System"],
        AuditActorKind.Anonymous => L["Audit_Actor_Anonymous"],
        AuditActorKind.LostLinkForm => L["Audit_Actor_LostLinkForm"],
        AuditActorKind.PartnerLink => string.Format(CultureInfo.CurrentCulture, L["Audit_Actor_PartnerLink"], entry.ActorId),
        _ => CoreL.Person(entry.ActorName),
    };

    /// <summary>
    /// "Changed organisation “Library South”", in the reader's language; "Exported contact" for a record without a name. A
    /// change to one of an account's sign-in keys reads as a change of the account.
    /// </summary>
    private string Sentence(AuditEntry entry, string? label)
    {
        var (kind, action) = AccountChangeText.IsAbout(entry) && entry.Kind != "User" ? ("User", AuditAction.Modified) : (entry.Kind, entry.Action);
        var kindName = _changes.Kind(kind).ToLower(CultureInfo.CurrentCulture);
        return label is not null
            ? string.Format(CultureInfo.CurrentCulture, L[$"Audit_Action_{action}"], kindName, label)
            : string.Format(CultureInfo.CurrentCulture, L[$"Audit_ActionUnnamed_{action}"], kindName);
    }

    /// <summary>
    /// The address of the account an entry is about, where its name in the sentence does not tell it apart: the rule of
    /// the "Who" column (<see cref="AuditActorNames"/>). Null for any other record, and for a removed account.
    /// </summary>
    private string? AccountAddress(AuditEntry entry, string? label) =>
        label is not null && AccountChangeText.IsAbout(entry) ? _names.AddressBeside(AccountChangeText.AccountIdOf(entry), label) : null;

    /// <summary>The record's name; an account's as the log last knew it when the entry has none; null when it has none.</summary>
    private string? Label(AuditEntry entry) => entry switch
    {
        { Kind: "User", Label.Length: > 0 } => CoreL.Person(entry.Label),
        _ when AccountChangeText.IsAbout(entry) => _changes.RecordName("User", AccountChangeText.AccountIdOf(entry)) is { } name ? CoreL.Person(name) : null,
        { Label.Length: > 0 } => CoreL.Person(entry.Label),
        _ => null,
    };
}
