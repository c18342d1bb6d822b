using Bunit;
using EventHub.App.Components.Shared;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Shared;

/// <summary>An event's themes as checkboxes: ticking and unticking one changes only that one.</summary>
public class CheckboxGroupTests : ComponentTestBase
{
    [Fact]
    public async Task TickingABox_AddsItsChoice_UntickingRemovesIt_AndAChoiceNoLongerOfferedStaysChosen()
    {
        IReadOnlyCollection<int> chosen = [1, 99]; // 99: a theme archived since the event was tagged with it
        var group = Render<CheckboxGroup<int>>(p => p
            .Add(c => c.Label, "Themes")
            .Add(c => c.Options, [(1, "Language"), (2, "Parents")])
            .Add(c => c.Selected, chosen)
            .Add(c => c.SelectedChanged, values => chosen = values));

        await group.FindAll("input[type=checkbox]")[1].ChangeAsync(new() { Value = true });
        Assert.Equal([1, 2, 99], chosen.Order());

        group.Render(p => p.Add(c => c.Selected, chosen));
        await group.FindAll("input[type=checkbox]")[0].ChangeAsync(new() { Value = false });
        Assert.Equal([2, 99], chosen.Order());
    }
}
