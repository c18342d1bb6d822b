using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>
/// A final record reads as a record: statements as sentences with the organisations named only where they agreed, and the
/// mix of sectors as numbers (or that nobody counted), with nothing on the screen that looks as if it could be typed in.
/// </summary>
public class FinalRecordReadingTests : ComponentTestBase
{
    [Fact]
    public void Statements_ReadAsSentences_NamingOrganisationsOnlyWhereTheyAgreed()
    {
        List<StatementForm> decisions =
        [
            new() { Text = "Een warme overdracht in Beijum", AgreedToBeNamed = true, Organisations = [new NamedOrganisation(3, "Kinderopvang De Wereld")] },
            new() { Text = "Ouders schuiven aan bij de intake" },
        ];

        var list = Render<StatementListEditor>(p => p
            .Add(c => c.Path, "decisions").Add(c => c.Title, "Decisions").Add(c => c.ItemLabel, "Decision").Add(c => c.AddText, "Add")
            .Add(c => c.EmptyText, "None").Add(c => c.Items, decisions).Add(c => c.ReadOnly, true)
            .Add(c => c.SearchOrganisations, (_, _) => Task.FromResult(Enumerable.Empty<OrganisationOption>())));

        Assert.StartsWith("Een warme overdracht in Beijum", list.Find("#decisions-0").TextContent.Trim());
        Assert.Equal("Agreed to be named: Kinderopvang De Wereld", Normalised(list.Find("#decisions-0 .eh-named-row").TextContent.Replace(":", ": ")));
        Assert.Equal("Ouders schuiven aan bij de intake", list.Find("#decisions-1").TextContent.Trim());
        Assert.Empty(list.FindAll("input, textarea, button"));
    }

    [Fact]
    public void SectorMix_ReadsAsNumbers_OrAsNotFilledIn()
    {
        var counted = Render<SectorMixEditor>(p => p.Add(c => c.ReadOnly, true)
            .Add(c => c.Mix, new Dictionary<Sector, int> { [Sector.Government] = 4, [Sector.Education] = 9, [Sector.Business] = 0, [Sector.CivilSociety] = 2 }));
        var uncounted = Render<SectorMixEditor>(p => p.Add(c => c.ReadOnly, true)
            .Add(c => c.Mix, Enum.GetValues<Sector>().ToDictionary(s => s, _ => 0)));

        Assert.Equal(["Government", "4", "Education", "9", "Business", "0", "Civil society", "2"],
            counted.FindAll("#sector-mix-read dt, #sector-mix-read dd").Select(e => e.TextContent.Trim()));
        Assert.Empty(counted.FindAll("input"));
        Assert.Equal("Not filled in.", uncounted.Find("#sector-mix-read").TextContent.Trim());
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
