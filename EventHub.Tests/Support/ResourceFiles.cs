using System.Xml.Linq;

namespace EventHub.Tests.Support;

/// <summary>The text resources, read as files: the App's screens, Core's texts and the partners' texts (<see cref="All"/>), and MudBlazor's own texts in Dutch.</summary>
public static class ResourceFiles
{
    public const string App = "EventHub.App/Resources/AppStrings";
    public const string Core = "EventHub.Core/Texts/CoreTexts";
    public const string Partner = "EventHub.Core/Texts/PartnerTexts";

    /// <summary>MudBlazor's own texts in Dutch (the English file is empty: MudBlazor's English stands). Not in <see cref="All"/>.</summary>
    public const string Mud = "EventHub.App/Resources/MudTexts";

    /// <summary>All three: <see cref="App"/>, <see cref="Core"/>, <see cref="Partner"/>.</summary>
    public static readonly string[] All = [App, Core, Partner];

    /// <param name="resource">One of <see cref="App"/>, <see cref="Core"/>, <see cref="Partner"/>.</param>
    /// <param name="culture">"nl" for the Dutch file; empty for English.</param>
    public static Dictionary<string, string> Read(string resource, string culture = "") =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, resource + (culture.Length > 0 ? $".{culture}" : "") + ".resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>Every text of the three resources in one language (a key may be in more than one of them).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ReadAll(string culture = "") =>
        All.SelectMany(resource => Read(resource, culture));
}
