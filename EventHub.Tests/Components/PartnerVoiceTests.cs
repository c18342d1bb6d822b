using System.Text.RegularExpressions;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components;

/// <summary>
/// Partners are addressed formally in Dutch ("u"), everywhere they read: their emails and pages (PartnerTexts) and the
/// App's words that their pages show (the public event page, the public report, the RSVP and owner pages, the plain
/// layout, the error pages). Staff read "je", and only "je": Core's own texts (CoreTexts) are for staff. Both read the
/// same words for the same things.
/// </summary>
public partial class PartnerVoiceTests
{
    /// <summary>The folders and files of the pages partners and the public open (static, without an account).</summary>
    private static readonly string[] PartnerPages =
    [
        "EventHub.App/Components/Pages/Invitations/Rsvp",
        "EventHub.App/Components/Pages/Invitations/NewLink",
        "EventHub.App/Components/Pages/Events/Public",
        "EventHub.App/Components/Pages/Outcomes/Public",
        "EventHub.App/Components/Pages/Actions/Owner",
        "EventHub.App/Components/Shared/PersonalLinkPage.razor",
        "EventHub.App/Components/Shared/EventContact.razor",
        "EventHub.App/Components/Layout/PublicLayout.razor",
        // The error pages anyone can meet, partners included.
        "EventHub.App/Components/Pages/NotFound.razor",
        "EventHub.App/Components/Pages/Error.razor",
        "EventHub.App/Components/Pages/TooManyRequestsPage.razor",
        "EventHub.App/Components/Pages/DatabaseBusyPage.razor",
    ];

    /// <summary>Staff-only screens of the follow-up loop: capturing outcomes, tracking actions, the dashboard and the annual report.</summary>
    private static readonly string[] StaffFollowUpPages =
    [
        "EventHub.App/Components/Pages/Outcomes/Reports",
        "EventHub.App/Components/Pages/Insight/AnnualReports",
        .. new[] { "Outcomes", "Actions", "Insight" }.SelectMany(folder =>
            System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.App/Components/Pages", folder), "*.razor*")
                .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))),
    ];

    [Fact]
    public void PartnerTexts_InDutch_NeverSayJeOrJij()
    {
        var informal = ResourceFiles.Read(ResourceFiles.Partner, "nl")
            .Where(pair => Informal().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Empty(informal);
    }

    /// <summary>
    /// One form of "to have" with "u": "U hebt nog niet geantwoord", "Wat hebt u nodig?". The page a passed-on link shows
    /// said "U heeft deze uitnodiging doorgegeven" beside its "Hebt u vragen".
    /// </summary>
    [Fact]
    public void PartnerTexts_InDutch_SayUHebt_NeverUHeeft()
    {
        var heeft = ResourceFiles.Read(ResourceFiles.Partner, "nl")
            .Where(pair => Regex.IsMatch(pair.Value, @"\b[Uu] heeft\b|(?:^|[.?!;]\s+)Heeft u\b")) // not "{0} heeft u opgegeven"
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Empty(heeft);
    }

    [Fact]
    public void AppTextsOnPartnerPages_InDutch_NeverSayJeOrJij()
    {
        var used = KeysReadOnPartnerPages();
        var dutch = ResourceFiles.Read(ResourceFiles.App, "nl");

        var informal = dutch
            .Where(pair => used.Any(key => key.EndsWith('*') ? pair.Key.StartsWith(key[..^1], StringComparison.Ordinal) : pair.Key == key))
            .Where(pair => Informal().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.NotEmpty(used);
        Assert.Empty(informal);
    }

    /// <summary>
    /// The follow-up and insight screens are staff's: "De sessies die je leidt", "Wat je invulde". The annual report's
    /// publication panel told the organiser "Publiceer het als u de cijfers hebt gecontroleerd".
    /// </summary>
    [Fact]
    public void AppTextsOnStaffFollowUpAndInsightPages_InDutch_NeverSayU()
    {
        var partners = KeysReadOn(PartnerPages);
        var used = KeysReadOn(StaffFollowUpPages).Where(key => !partners.Contains(key)).ToHashSet();
        var dutch = ResourceFiles.Read(ResourceFiles.App, "nl");

        var formal = dutch
            .Where(pair => used.Any(key => key.EndsWith('*') ? pair.Key.StartsWith(key[..^1], StringComparison.Ordinal) : pair.Key == key))
            .Where(pair => Formal().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Contains("AnnualReport_NotPublished", used);
        Assert.Empty(formal);
    }

    [Fact]
    public void StaffTextsOfCore_InDutch_NeverSayU()
    {
        var formal = ResourceFiles.Read(ResourceFiles.Core, "nl")
            .Where(pair => Formal().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Empty(formal);
    }

    /// <summary>
    /// One word for a meeting, as the menu says it ("Bijeenkomsten"): staff saw "Terug naar het evenement" and "Dashboard
    /// van het evenement" beside it, partners read "bijeenkomst" everywhere.
    /// </summary>
    [Fact]
    public void DutchTexts_CallAMeetingABijeenkomst_NeverAnEvenement()
    {
        var evenement = ResourceFiles.ReadAll("nl")
            .Where(pair => pair.Value.Contains("evenement", StringComparison.OrdinalIgnoreCase))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Empty(evenement);
    }

    /// <summary>
    /// "Aanmelden" is saying you will come (the partner's "Aanmelden – ik kom", the dashboard's "Aangemeld"); arriving at
    /// the door is "inchecken". The door's texts said "aangemeld" too, so the guest list read "Komt · Aangemeld" for
    /// someone who had arrived, beside a dashboard where "Aangemeld" meant accepted.
    /// </summary>
    [Fact]
    public void DutchTexts_OfTheDoor_SayInchecken_NotAanmelden()
    {
        var english = ResourceFiles.ReadAll().ToLookup(pair => pair.Key, pair => pair.Value);
        var aanmelden = ResourceFiles.ReadAll("nl")
            .Where(pair => english[pair.Key].Any(CheckIn().IsMatch) && Aanmelden().IsMatch(pair.Value))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.NotEmpty(english["Door_Answer_CheckedIn"]);
        Assert.Empty(aanmelden);
    }

    /// <summary>
    /// One word for a session, as the facilitators' "Mijn sessies" and the partner's confirmation ("Uw sessies") say it:
    /// partners chose "programmaonderdelen" on their invitation page and then read "Uw sessies" in the email about it,
    /// and the organiser's programme added an "onderdeel" that the invitations page counted as a "sessie".
    /// </summary>
    [Fact]
    public void DutchTexts_CallASessionASessie_NeverAnOnderdeel()
    {
        var english = ResourceFiles.ReadAll().ToLookup(pair => pair.Key, pair => pair.Value);
        var onderdeel = ResourceFiles.ReadAll("nl")
            .Where(pair => english[pair.Key].Any(Session().IsMatch) && pair.Value.Contains("onderde", StringComparison.OrdinalIgnoreCase))
            .Select(pair => $"{pair.Key}: {pair.Value}");

        Assert.Contains("sessie", ResourceFiles.ReadAll("nl").Single(pair => pair.Key == "Sessions_Add").Value, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(onderdeel);
    }

    [Theory]
    [InlineData("Kom je?")]
    [InlineData("Jouw antwoord")]
    [InlineData("Wat heb je nodig")]
    [InlineData("Zet in je agenda")]
    [InlineData("Jullie zijn welkom")]
    [InlineData("Wat vind jij?")]
    public void InformalForms_AreFound(string text) => Assert.Matches(Informal(), text);

    [Theory]
    [InlineData("Bijeenkomst")]
    [InlineData("Komt u? Wat hebt u nodig?")]
    [InlineData("Jeugdzorg en jongeren")]
    public void FormalTextAndWordsContainingJe_AreNotFlagged(string text) => Assert.DoesNotMatch(Informal(), text);

    /// <summary>
    /// App keys read on partner pages through <c>L["…"]</c>; a key built in code (<c>L[$"Accessibility_{f}"]</c>) stands
    /// for every key with its literal start, written as <c>Accessibility_*</c>.
    /// </summary>
    private static HashSet<string> KeysReadOnPartnerPages() => KeysReadOn(PartnerPages);

    private static HashSet<string> KeysReadOn(IEnumerable<string> pages)
    {
        var files = pages.Select(p => Path.Combine(RepositoryPaths.Root, p))
            .SelectMany(p => File.Exists(p) ? [p] : System.IO.Directory.EnumerateFiles(p, "*.razor*", SearchOption.AllDirectories));
        var keys = new HashSet<string>();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            keys.UnionWith(LiteralKey().Matches(source).Select(m => m.Groups[1].Value));
            keys.UnionWith(BuiltKey().Matches(source).Select(m => m.Groups[1].Value + "*"));
        }

        return keys;
    }

    [GeneratedRegex(@"\b(je|jij|jou|jouw|jouwe|jullie|jezelf|jijzelf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Informal();

    [GeneratedRegex(@"\b(u|uw|uzelf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Formal();

    [GeneratedRegex(@"check(ed|s)?[ -]in", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckIn();

    [GeneratedRegex(@"\bsessions?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    [GeneratedRegex(@"aanmeld|aangemeld|afgemeld", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aanmelden();

    [GeneratedRegex("""(?<![A-Za-z])L\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""(?<![A-Za-z])L\[\$"([A-Za-z0-9_]+)\{""")]
    private static partial Regex BuiltKey();
}
