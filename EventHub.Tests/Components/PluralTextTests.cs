using System.Globalization;
using System.Text.RegularExpressions;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EventHub.Tests.Components;

/// <summary>"1 session", "2 sessions": counted texts choose their singular or plural in one place (Texts/Plural).</summary>
public partial class PluralTextTests
{
    [Theory]
    [InlineData("en", 1, "1 session without a final record")]
    [InlineData("en", 2, "2 sessions without a final record")]
    [InlineData("en", 0, "0 sessions without a final record")]
    [InlineData("nl", 1, "1 sessie zonder definitief verslag")]
    [InlineData("nl", 2, "2 sessies zonder definitief verslag")]
    public void ScreenText_OneAndMore_SaysSingularOrPlural(string culture, int count, string expected) =>
        Assert.Equal(expected, InCulture(culture, strings => strings.Plural("FollowUp_Count", count).Value));

    [Theory]
    [InlineData("en", 1, 1, "The import adds 1 contact, checks 1 contact already in the directory against the file (updating what differs) and adds 1 organisation.")]
    [InlineData("en", 2, 3, "The import adds 2 contacts, checks 1 contact already in the directory against the file (updating what differs) and adds 3 organisations.")]
    [InlineData("nl", 1, 2, "De import voegt 1 contactpersoon toe, vergelijkt 1 contactpersoon uit het adresboek met het bestand (en werkt bij wat verschilt) en voegt 2 organisaties toe.")]
    public void ImportSummary_CountsEachThingOnItsOwn(string culture, int contacts, int organisations, string expected) =>
        Assert.Equal(expected, InCulture(culture, strings => strings["Import_CheckWill",
            strings.Plural("Import_Contacts", contacts), strings.Plural("Import_Contacts", 1), strings.Plural("Import_Organisations", organisations)].Value));

    [Theory]
    [InlineData(Language.En, 1, "Stichting Kansrijk may send 1 delegate:")]
    [InlineData(Language.En, 2, "Stichting Kansrijk may send 2 delegates:")]
    [InlineData(Language.Nl, 1, "Stichting Kansrijk mag 1 deelnemer afvaardigen.")]
    [InlineData(Language.Nl, 2, "Stichting Kansrijk mag 2 deelnemers afvaardigen.")]
    public void PartnerEmailText_OneAndMore_SaysSingularOrPlural(Language language, int seats, string expected) =>
        Assert.StartsWith(expected, Localized.Partner(language).Plural("InvitationEmail_Invitation_Delegates", seats, "Stichting Kansrijk"));

    /// <summary>Every <c>.Plural("Key", …)</c> in the code has both forms, in English and Dutch, in some resource.</summary>
    [Fact]
    public void EveryCountedText_HasASingularAndAPluralInBothLanguages()
    {
        var keys = ResourceFiles.All.SelectMany(r => ResourceFiles.Read(r).Keys.Intersect(ResourceFiles.Read(r, "nl").Keys)).ToHashSet();
        var used = new[] { "EventHub.App", "EventHub.Core" }
            .SelectMany(project => System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, project), "*.*", SearchOption.AllDirectories))
            .Where(file => (file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
                           && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => PluralUse().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        var incomplete = used.Where(key => !keys.Contains(key + "_One") || !keys.Contains(key + "_Other")).ToList();

        Assert.Contains("FollowUp_Count", used);
        Assert.Empty(incomplete);
    }

    [Theory]
    [InlineData("nl", 1, "1 persoon op de lijst gezet.")]
    [InlineData("nl", 3, "3 mensen op de lijst gezet.")]
    [InlineData("en", 1, "1 person added to the list.")]
    public void AddingPeopleToTheList_SaysHowManyInTheRightForm(string culture, int added, string expected) =>
        Assert.Equal(expected, InCulture(culture, strings => strings.Plural("Invitations_Added", added).Value));

    [Theory]
    [InlineData(Language.Nl, 1, "1 organisatie deed mee (4 uitgenodigd)")]
    [InlineData(Language.Nl, 2, "2 organisaties deden mee (4 uitgenodigd)")]
    [InlineData(Language.En, 1, "1 organisation took part (4 invited)")]
    public void AnnualReport_OneOrganisation_TookPartInTheSingular(Language language, int came, string expected) =>
        Assert.Equal(expected, Localized.Core(language).Plural("AnnualReport_OrganisationsCame", came, 4));

    /// <summary>
    /// A count before a plural noun ("{0} mensen") reads "1 mensen" when the count is one, so such a text is a counted
    /// text (_One/_Other). The plural nouns are the ones the counted texts themselves put after their count. A Dutch
    /// organiser read "1 mensen op de lijst gezet", "1 rijen", and in the annual report "1 organisaties deden mee";
    /// a partner read "Nog 1 van de 1 plaatsen vrij". Listed: texts whose count is never one, and why.
    /// </summary>
    [Fact]
    public void DutchTexts_WithACountBeforeAPluralNoun_AreCountedTexts()
    {
        var neverOne = new Dictionary<string, string>
        {
            ["Invitations_OfPlaces"] = "an event's capacity: a meeting, not a one-to-one",
            ["Choosing_ExpectedOver"] = "more people than the capacity, which is a meeting's",
            ["Choosing_ExpectedUnder"] = "an event's capacity",
            ["Door_CountsRoom"] = "a room's capacity",
            ["Outcome_ShowAllParticipants"] = "shown only when there are more participants than the list shows at first",
            ["Door_FindMore"] = "shown only when more guests match than the list shows",
            ["Error_Invitation_DelegateSeatsOutOfRange"] = "between 1 and the maximum, which is more than one",
            ["AccountEmail_ResetExpiry"] = "the reset link's lifetime in minutes, set in the code",
            ["AnnualReport_FeedbackAnswered"] = "shown only when enough attendees answered to show figures",
        };
        var dutch = ResourceFiles.All.SelectMany(r => ResourceFiles.Read(r, "nl")).ToList();
        var plurals = dutch.Where(pair => pair.Key.EndsWith("_Other", StringComparison.Ordinal))
            .SelectMany(pair => CountedNoun().Matches(pair.Value).Select(m => m.Groups[1].Value)
                .Where(noun => !dutch.Any(one => one.Key == pair.Key[..^"_Other".Length] + "_One" && one.Value.Contains(noun, StringComparison.Ordinal))))
            .ToHashSet();

        var uncounted = dutch
            .Where(pair => !pair.Key.EndsWith("_One", StringComparison.Ordinal) && !pair.Key.EndsWith("_Other", StringComparison.Ordinal))
            .Where(pair => !neverOne.ContainsKey(pair.Key))
            .Where(pair => AnyCountedNoun().Matches(pair.Value).Any(m => plurals.Contains(m.Groups[1].Value)))
            .Select(pair => $"{pair.Key}: {pair.Value}")
            .Distinct();

        Assert.Contains("mensen", plurals);
        Assert.Contains("organisaties", plurals);
        Assert.Empty(uncounted);
    }

    [GeneratedRegex(@"\{0\}\s+([a-zà-ÿ-]+)")]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"\{\d\}\s+([a-zà-ÿ-]+)")]
    private static partial Regex AnyCountedNoun();

    private static string InCulture(string culture, Func<IStringLocalizer<AppStrings>, string> read)
    {
        using var services = new ServiceCollection().AddLogging().AddEventHubUi().BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return read(services.GetRequiredService<IStringLocalizer<AppStrings>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex("""\.Plural\("([A-Za-z0-9_]+)"[,)]""")]
    private static partial Regex PluralUse();
}
