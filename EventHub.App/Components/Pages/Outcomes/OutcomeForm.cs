using System.Text.Json;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>What the capture screen edits: a mutable copy of an <see cref="OutcomeDraft"/>.</summary>
public sealed class OutcomeForm
{
    public string Notes { get; set; } = "";
    public List<StatementForm> Insights { get; set; } = [];
    public List<StatementForm> Decisions { get; set; } = [];
    public HashSet<int> ThemeIds { get; set; } = [];
    public Dictionary<Sector, int> SectorMix { get; set; } = Enum.GetValues<Sector>().ToDictionary(s => s, _ => 0);

    public static OutcomeForm From(OutcomeDraft draft) => new()
    {
        Notes = draft.Notes ?? "",
        Insights = draft.Insights.Select(StatementForm.From).ToList(),
        Decisions = draft.Decisions.Select(StatementForm.From).ToList(),
        ThemeIds = draft.ThemeIds.ToHashSet(),
        SectorMix = Enum.GetValues<Sector>().ToDictionary(s => s, s => draft.SectorMix.GetValueOrDefault(s)),
    };

    public OutcomeDraft ToDraft() => new(
        Notes,
        Insights.Select(s => s.ToDraft()).ToList(),
        Decisions.Select(s => s.ToDraft()).ToList(),
        ThemeIds.Order().ToList(),
        SectorMix.Where(s => s.Value != 0).ToDictionary());

    /// <summary>What is saved: statements still without text are being written and wait until they have some.</summary>
    public OutcomeDraft ToSaveDraft()
    {
        var draft = ToDraft();
        return draft with
        {
            Insights = draft.Insights.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList(),
            Decisions = draft.Decisions.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList(),
        };
    }

    /// <summary>The draft as JSON, for the browser's local copy.</summary>
    public static string ToJson(OutcomeDraft draft) => JsonSerializer.Serialize(draft);

    public static OutcomeDraft? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<OutcomeDraft>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether two drafts say the same (ignoring outer spaces, order of themes and empty sector counts).</summary>
    public static bool Same(OutcomeDraft a, OutcomeDraft b) => Canonical(a) == Canonical(b);

    private static string Canonical(OutcomeDraft draft) => JsonSerializer.Serialize(new
    {
        Notes = draft.Notes?.Trim() ?? "",
        Insights = draft.Insights.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(Canonical).ToList(),
        Decisions = draft.Decisions.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(Canonical).ToList(),
        Themes = draft.ThemeIds.Order().ToList(),
        Mix = draft.SectorMix.Where(s => s.Value != 0).OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}").ToList(),
    });

    private static object Canonical(StatementDraft s) => new { Text = s.Text.Trim(), s.AgreedToBeNamed, Named = s.Named.Select(o => o.Id).Order().ToList() };
}

/// <summary>An insight or decision being written.</summary>
public sealed class StatementForm
{
    public string Text { get; set; } = "";
    public bool AgreedToBeNamed { get; set; }
    public List<NamedOrganisation> Organisations { get; set; } = [];

    public static StatementForm From(StatementDraft draft) => new()
    {
        Text = draft.Text,
        AgreedToBeNamed = draft.AgreedToBeNamed,
        Organisations = draft.Named.ToList(),
    };

    public StatementDraft ToDraft() => new(Text, AgreedToBeNamed, AgreedToBeNamed ? Organisations.ToList() : []);
}
