using EventHub.App.Components.Shared;

namespace EventHub.Tests.Components.Shared;

public class UnbrokenParenthesesTests
{
    [Theory]
    [InlineData("Felt heard (1–5)", "Felt heard <span class=\"eh-nowrap\">(1&#x2013;5)</span>")]
    [InlineData("Juiste mensen aan tafel (1–5)", "Juiste mensen aan tafel <span class=\"eh-nowrap\">(1&#x2013;5)</span>")]
    [InlineData("Ratings (per event, 1–5)", "Ratings (per event, 1&#x2013;5)")]
    [InlineData("<b> (x&y)", "&lt;b&gt; <span class=\"eh-nowrap\">(x&amp;y)</span>")]
    public void Markup_KeepsABracketedAsideWithoutSpacesOnOneLine_AndTheTextEncoded(string text, string markup) =>
        Assert.Equal(markup, UnbrokenParentheses.Markup(text).Value);

    [Theory]
    [InlineData("Felt heard (1–5)", "Felt heard (1–\u20605)")]
    [InlineData("Juiste mensen aan tafel (1-5)", "Juiste mensen aan tafel (1-\u20605)")]
    [InlineData("Ratings (per event, 1–5)", "Ratings (per event, 1–5)")]
    [InlineData("Respondents", "Respondents")]
    public void Label_JoinsTheDashInsideABracketedAsideToWhatFollows_AndLeavesTheRestAlone(string text, string label) =>
        Assert.Equal(label, UnbrokenParentheses.Label(text));
}
