namespace EventHub.App.Components.Shared;

/// <summary>
/// The answer of a search box's newest search. MudAutocomplete shows the answer of whichever search finishes last, and
/// a search it cancelled still answers (with no matches): under load, the search it starts when the box is clicked (every
/// organisation) could finish after the search for what was typed and put the wrong list back. Here a search that was
/// overtaken answers with the newest search's answer, so whatever finishes last, the list matches what was typed.
/// One instance per search box; used on the circuit's thread.
/// </summary>
public sealed class LatestSearch<T>
{
    private Task<IReadOnlyList<T>>? _newest;

    public async Task<IEnumerable<T>> AnswerAsync(Task<IReadOnlyList<T>> search)
    {
        _newest = search;
        var answer = await search;
        while (_newest != search)
        {
            search = _newest;
            answer = await search;
        }

        return answer;
    }
}
