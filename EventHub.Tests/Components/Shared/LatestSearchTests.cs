using EventHub.App.Components.Shared;

namespace EventHub.Tests.Components.Shared;

public class LatestSearchTests
{
    [Fact]
    public async Task AnswerAsync_EarlierSearchFinishesLast_BothAnswerWithTheNewestMatches()
    {
        var search = new LatestSearch<string>();
        var everything = new TaskCompletionSource<IReadOnlyList<string>>();
        var typed = new TaskCompletionSource<IReadOnlyList<string>>();

        var onFocus = search.AnswerAsync(everything.Task);      // the list opened by a click: every organisation
        var afterTyping = search.AnswerAsync(typed.Task);       // then the search for what was typed
        typed.SetResult(["Stichting Leerkracht"]);
        everything.SetResult(["Basisschool De Regenboog", "Bibliotheek Groningen"]); // the first search answers last

        Assert.Equal(["Stichting Leerkracht"], await afterTyping);
        Assert.Equal(["Stichting Leerkracht"], await onFocus);
    }

    [Fact]
    public async Task AnswerAsync_OneSearch_AnswersItsOwnMatches()
    {
        var search = new LatestSearch<string>();

        var answer = await search.AnswerAsync(Task.FromResult<IReadOnlyList<string>>(["Gemeente Groningen"]));

        Assert.Equal(["Gemeente Groningen"], answer);
    }
}
