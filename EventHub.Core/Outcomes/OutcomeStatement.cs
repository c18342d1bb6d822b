using EventHub.Core.Directory;

namespace EventHub.Core.Outcomes;

/// <summary>
/// A key insight or an agreement/decision from a session. Unattributed by default (Chatham House rule):
/// it names organisations only when they agreed to be named.
/// </summary>
public class OutcomeStatement
{
    public const int TextMaxLength = 2000;

    private readonly List<Organisation> _namedOrganisations = [];

    private OutcomeStatement()
    {
    }

    internal OutcomeStatement(StatementKind kind, string text, int sortOrder)
    {
        Kind = kind;
        Text = text;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int SessionOutcomeId { get; private set; }
    public StatementKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }

    /// <summary>Set only when the organisations below agreed to be named with this statement.</summary>
    public bool AgreedToBeNamed { get; private set; }

    /// <summary>Organisations attributed to the statement; empty unless <see cref="AgreedToBeNamed"/>.</summary>
    public IReadOnlyList<Organisation> NamedOrganisations => _namedOrganisations;

    internal void Attribute(bool agreedToBeNamed, IEnumerable<Organisation> organisations)
    {
        AgreedToBeNamed = agreedToBeNamed;
        _namedOrganisations.Clear();
        if (agreedToBeNamed)
        {
            _namedOrganisations.AddRange(organisations.DistinctBy(o => o.Id));
        }
    }
}
