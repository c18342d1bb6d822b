using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EventHub.App.Resources;
using EventHub.Core.Accounts;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components;

/// <summary>Every text a person can see exists in English and in Dutch.</summary>
public partial class TranslationTests
{
    private static readonly string ResourceFolder = Path.Combine(RepositoryPaths.Root, "EventHub.App", "Resources");

    [Fact]
    public void EnglishAndDutch_HaveTheSameKeysAndNoEmptyText()
    {
        var english = Strings("AppStrings.resx");
        var dutch = Strings("AppStrings.nl.resx");

        Assert.Empty(english.Keys.Except(dutch.Keys));
        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.DoesNotContain(english, pair => string.IsNullOrWhiteSpace(pair.Value));
        Assert.DoesNotContain(dutch, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void EveryKeyUsedInAComponent_Exists()
    {
        var keys = Strings("AppStrings.resx").Keys.ToHashSet();
        var sources = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.App"), "*.razor", SearchOption.AllDirectories);

        var missing = sources
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .Where(use => !keys.Contains(use.Key))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void KeysBuiltFromValues_ExistForEveryValue()
    {
        var keys = Strings("AppStrings.resx").Keys.ToHashSet();

        Assert.All(Enum.GetNames<EventStatus>(), status => Assert.Contains($"EventStatus_{status}", keys));
        Assert.All(Roles.All, role => Assert.Contains($"Role_{role}", keys));
    }

    [Fact]
    public void DutchCulture_ReadsTheDutchResources()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl");
            Assert.Equal("Inloggen", AppStrings.Login_Submit);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Sign in", AppStrings.Login_Submit);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex("""L\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
