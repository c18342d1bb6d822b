using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using EventHub.App.Hosting;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EventHub.Tests.Components;

/// <summary>Every text a person can see exists in English and in Dutch, in the resource its screen reads.</summary>
public partial class TranslationTests
{
    [Theory]
    [InlineData(ResourceFiles.App)]
    [InlineData(ResourceFiles.Core)]
    [InlineData(ResourceFiles.Partner)]
    public void EnglishAndDutch_HaveTheSameKeysAndNoEmptyText(string resource)
    {
        var english = ResourceFiles.Read(resource);
        var dutch = ResourceFiles.Read(resource, "nl");

        Assert.Empty(english.Keys.Except(dutch.Keys));
        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.DoesNotContain(english, pair => string.IsNullOrWhiteSpace(pair.Value));
        Assert.DoesNotContain(dutch, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    /// <summary>
    /// The Outbox page names every kind of email the Core writes (a kind is a <c>…Kind</c> constant of Core), rather than
    /// showing its stored code ("feedback", "action") to organisers in either language.
    /// </summary>
    [Fact]
    public void EveryKindOfEmail_HasANameOnTheOutboxPage()
    {
        var keys = ResourceFiles.Read(ResourceFiles.App).Keys.ToHashSet();
        var kinds = typeof(CoreTexts).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name.EndsWith("Kind", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Contains("feedback", kinds);
        Assert.Equal([], kinds.Where(kind => !keys.Contains($"OutboxKind_{kind}")).ToArray()); // lists the kinds without a name
    }

    /// <summary><c>L["…"]</c> reads the App's texts, <c>CoreL["…"]</c> Core's and <c>P["…"]</c> the partners'.</summary>
    [Theory]
    [InlineData("L", ResourceFiles.App)]
    [InlineData("CoreL", ResourceFiles.Core)]
    [InlineData("P", ResourceFiles.Partner)]
    public void EveryKeyUsedInAComponent_ExistsInTheResourceItReads(string localizer, string resource)
    {
        var keys = ResourceFiles.Read(resource).Keys.ToHashSet();
        var literalKey = new Regex($$"""(?<![A-Za-z]){{localizer}}\["([A-Za-z0-9_]+)"[\],]""");
        var sources = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.App"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var uses = sources
            .SelectMany(file => literalKey.Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();

        var missing = uses.Where(use => !keys.Contains(use.Key)).ToList();

        Assert.NotEmpty(uses);
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryKeyUsedInCore_Exists()
    {
        var keys = ResourceFiles.Read(ResourceFiles.Core).Keys.Concat(ResourceFiles.Read(ResourceFiles.Partner).Keys).ToHashSet();
        var sources = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var uses = sources
            .SelectMany(file => CoreKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();

        var missing = uses.Where(use => !keys.Contains(use.Key)).ToList();

        Assert.NotEmpty(uses);
        Assert.Empty(missing);
    }

    /// <summary>
    /// MudBlazor's components name their own buttons and say their own messages ("Sort", "Breadcrumb", "Increment",
    /// "Required", a date picker's "Next month"): every one of those texts has a Dutch translation, with the same
    /// placeholders, and none that MudBlazor no longer has. A Dutch page read "Sort" and "Column options" to a screen
    /// reader in every grid's headers, and "Breadcrumb" above every event page.
    /// </summary>
    [Fact]
    public void EveryMudBlazorText_HasADutchTranslation_WithTheSamePlaceholders()
    {
        var english = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudDataGrid<>).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
        var dutch = ResourceFiles.Read(ResourceFiles.Mud, "nl");

        Assert.Contains("MudDataGrid_Sort", english.Keys);
        Assert.Equal([], english.Keys.Except(dutch.Keys).Order().ToArray()); // untranslated
        Assert.Equal([], dutch.Keys.Except(english.Keys).Order().ToArray()); // no longer MudBlazor's
        Assert.Equal([], english.Keys.Where(key => Placeholders(english[key]) != Placeholders(dutch[key])).ToArray());
        Assert.Empty(ResourceFiles.Read(ResourceFiles.Mud)); // English is MudBlazor's own
    }

    /// <summary>
    /// Dutch quotes a word with ‘…’ or “…”, as most of its texts did; some said "niet gevonden" and 'misschien' with
    /// typewriter quotes, beside “Gasten berichten” on the same screens. (An apostrophe inside a word, "thema's", is no quote.)
    /// </summary>
    [Fact]
    public void DutchTexts_QuoteWithTypographicQuotes_NeverTypewriterQuotes()
    {
        var typewriter = ResourceFiles.ReadAll("nl")
            // "(\")" names the character itself, as a file holds it (an import's unclosed quote).
            .Where(pair => pair.Value.Replace("(\")", "", StringComparison.Ordinal).Contains('"') || TypewriterSingleQuote().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Contains(ResourceFiles.ReadAll("nl"), pair => pair.Value.Contains("thema's", StringComparison.Ordinal));
        Assert.Empty(typewriter);
    }

    [GeneratedRegex(@"(?<!\w)'[^'\n]+?'(?!\w)")]
    private static partial Regex TypewriterSingleQuote();

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void KeysBuiltFromValues_ExistForEveryValue()
    {
        var keys = ResourceFiles.Read(ResourceFiles.App).Keys.ToHashSet();

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

    /// <summary>The App's localization (no ResourcesPath) finds Core's resources by their marker types' full names.</summary>
    [Fact]
    public void CoreAndPartnerLocalizers_FromTheAppsServices_ReadDutch()
    {
        using var services = new ServiceCollection().AddLogging().AddEventHubUi().BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl");

            var core = services.GetRequiredService<IStringLocalizer<CoreTexts>>()["InvitationStatus_Accepted"];
            var partner = services.GetRequiredService<IStringLocalizer<PartnerTexts>>()["InvitationEmail_AnswerButton"];

            Assert.False(core.ResourceNotFound);
            Assert.Equal("Komt", core.Value);
            Assert.False(partner.ResourceNotFound);
            Assert.Equal("Beantwoord de uitnodiging", partner.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // A resource key Core reads by literal: text["InvitationEmail_Deadline", ...], text["Export_Yes"].
    [GeneratedRegex("""\["([A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex CoreKey();
}
