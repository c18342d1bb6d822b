using System.Runtime.CompilerServices;
using EventHub.App.Components.Shared;

namespace EventHub.Tests.Components.Shared;

public class SharedMarkupTests
{
    // Each test's texts carry a fresh id, so tests running alongside (the guest list's) never share them.
    private static string Row(string id, string status) => $"<td data-row=\"{id}\">{status}</td>";

    [Fact]
    public void Share_TheSameTextMadeAgain_GivesTheCopyAlreadyKept()
    {
        var id = Guid.NewGuid().ToString();
        var first = Row(id, "Coming");
        var again = Row(id, "Coming");
        Assert.NotSame(first, again);

        Assert.Same(first, SharedMarkup.Share(first));
        Assert.Same(first, SharedMarkup.Share(again));
    }

    [Fact]
    public void Share_ADifferentText_KeepsItsOwn()
    {
        var id = Guid.NewGuid().ToString();
        var coming = SharedMarkup.Share(Row(id, "Coming"));

        var notComing = SharedMarkup.Share(Row(id, "Not coming"));

        Assert.Equal(Row(id, "Not coming"), notComing);
        Assert.Equal(Row(id, "Coming"), coming);
    }

    [Fact]
    public void Share_ATextNoTabHoldsAnyMore_IsCollected_AndItsEntrySweptAway()
    {
        var id = Guid.NewGuid().ToString();
        var kept = ShareAndForget(id);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        SharedMarkup.Sweep();

        Assert.False(kept.IsAlive);
        Assert.False(SharedMarkup.Refers(Row(id, "Coming")));
        var again = Row(id, "Coming");
        Assert.Same(again, SharedMarkup.Share(again));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ShareAndForget(string id) => new(SharedMarkup.Share(Row(id, "Coming")));
}
