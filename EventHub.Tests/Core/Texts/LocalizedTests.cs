using System.Text.RegularExpressions;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Outcomes;
using EventHub.Core.Texts;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Texts;

public partial class LocalizedTests
{
    public static TheoryData<Language> Languages => [Language.En, Language.Nl];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Name_EveryStatusAndCategory_HasItsOwnNameInBothLanguages(Language language)
    {
        var text = Localized.Core(language);

        AssertDistinctNames<InvitationStatus>(text);
        AssertDistinctNames<ActionItemStatus>(text);
        AssertDistinctNames<OutcomeStatus>(text);
        AssertDistinctNames<EventStatus>(text);
        AssertDistinctNames<SessionKind>(text);
        AssertDistinctNames<Sector>(text);
        AssertDistinctNames<SubSector>(text);
        AssertDistinctNames<DirectoryColumn>(text);
        AssertDistinctNames(text, Enum.GetValues<AccessNeeds>().Where(need => need != AccessNeeds.None));
    }

    [Fact]
    public void Name_DutchAndEnglish_ReadTheRecipientsLanguageWhateverTheThreadsCulture()
    {
        Assert.Equal("Ingetrokken", Localized.Core(Language.Nl).Name(InvitationStatus.Cancelled));
        Assert.Equal("Cancelled", Localized.Core(Language.En).Name(InvitationStatus.Cancelled));
        Assert.Equal("Ingetrokken", Localized.Partner(Language.Nl).Name(InvitationStatus.Cancelled));
    }

    /// <summary>Every email, in both languages: each text exists (a missing one throws) and every placeholder is filled.</summary>
    [Fact]
    public void Emails_EveryKindInBothLanguages_AreWrittenCompletelyAndDifferByLanguage()
    {
        var english = EmailCatalogue.All(Language.En);
        var dutch = EmailCatalogue.All(Language.Nl);

        Assert.Equal(english.Count, dutch.Count);
        Assert.All(english.Concat(dutch), message =>
        {
            Assert.DoesNotMatch(Placeholder(), message.Subject + message.TextBody + message.HtmlBody);
            Assert.NotEmpty(message.Subject);
        });
        Assert.All(english.Zip(dutch), pair => Assert.NotEqual(pair.First.TextBody, pair.Second.TextBody));
    }

    private static void AssertDistinctNames<TEnum>(Localized text) where TEnum : struct, Enum =>
        AssertDistinctNames(text, Enum.GetValues<TEnum>());

    private static void AssertDistinctNames<TEnum>(Localized text, IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        var names = values.Select(value => text.Name(value)).ToList();
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
