using System.Text.Json;
using Microsoft.JSInterop;
using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>The browser's copy of a record being written: kept in step with the screen, offered back when it differs.</summary>
public class BrowserDraftCopyTests : ComponentTestBase
{
    private const int SessionId = 7;
    private static readonly OutcomeDraft OnScreen = OutcomeDraft.Empty with { Notes = "Opgeslagen aantekeningen" };
    private static readonly OutcomeDraft TypedOffline = OutcomeDraft.Empty with { Notes = "Offline getypt" };

    private readonly BunitJSModuleInterop _script;

    public BrowserDraftCopyTests() => _script = JSInterop.SetupModule("./js/outcome-drafts.js");

    [Fact]
    public async Task Render_WithADifferentCopyInTheBrowser_OffersItBack_AndRestoreHandsItOver()
    {
        BrowserCopyHolds(TypedOffline, version: 3);
        RestoredDraft? restored = null;
        var copy = RenderCopy(OnScreen, unsaved: false, p => p.Add(c => c.OnRestore, r => restored = r));

        copy.WaitForAssertion(() => Assert.Contains("This browser kept text that was not saved", copy.Find("#local-copy").TextContent));
        await copy.Find("#restore-local").ClickAsync(new());

        Assert.Equal((3, "Offline getypt"), (restored?.Version, restored?.Draft.Notes));
        Assert.Empty(copy.FindAll("#local-copy"));
    }

    [Fact]
    public void Render_WhileACopyIsOnOffer_LeavesTheCopyAlone()
    {
        BrowserCopyHolds(TypedOffline, version: 3);
        var copy = RenderCopy(OnScreen, unsaved: false);
        copy.WaitForElement("#local-copy");

        copy.Render(p => p.Add(c => c.Draft, OnScreen with { Notes = "Verder getypt" }).Add(c => c.Unsaved, true));

        Assert.DoesNotContain(_script.Invocations, i => i.Identifier == "write");
    }

    [Fact]
    public async Task Discard_WritesWhatTheScreenShowsOverTheCopy()
    {
        BrowserCopyHolds(TypedOffline, version: 3);
        var copy = RenderCopy(OnScreen, unsaved: false);
        copy.WaitForElement("#local-copy");

        await copy.Find("#discard-local").ClickAsync(new());

        Assert.Empty(copy.FindAll("#local-copy"));
        copy.WaitForAssertion(() => Assert.Equal([("Opgeslagen aantekeningen", false)], Writes()));
    }

    [Fact]
    public void Render_WithTheSameCopy_OffersNothing_AndKeepsTheCopyOnlyWhileUnsaved()
    {
        BrowserCopyHolds(OnScreen, version: 4);
        var copy = RenderCopy(OnScreen, unsaved: false);
        copy.WaitForAssertion(() => Assert.Equal([("Opgeslagen aantekeningen", false)], Writes()));
        Assert.Empty(copy.FindAll("#local-copy"));

        copy.Render(p => p.Add(c => c.Draft, OnScreen with { Notes = "Verder getypt" }).Add(c => c.Unsaved, true));
        copy.Render(p => p.Add(c => c.Draft, OnScreen with { Notes = "Verder getypt" }).Add(c => c.Unsaved, true));

        copy.WaitForAssertion(() => Assert.Equal([("Opgeslagen aantekeningen", false), ("Verder getypt", true)], Writes()));
    }

    private void BrowserCopyHolds(OutcomeDraft draft, int version) =>
        _script.Setup<IJSStreamReference>("readBytes", SessionId).SetResult(new TextStreamReference(
            JsonSerializer.Serialize(new BrowserDraftCopy.StoredCopy(version, 0, OutcomeForm.ToJson(draft)), JsonSerializerOptions.Web)));

    private IRenderedComponent<BrowserDraftCopy> RenderCopy(OutcomeDraft draft, bool unsaved, Action<ComponentParameterCollectionBuilder<BrowserDraftCopy>>? more = null) =>
        Render<BrowserDraftCopy>(p =>
        {
            p.Add(c => c.SessionId, SessionId).Add(c => c.Version, 4).Add(c => c.Draft, draft).Add(c => c.Unsaved, unsaved);
            more?.Invoke(p);
        });

    /// <summary>The notes and "keep" of every write to the browser's copy, in order.</summary>
    private List<(string? Notes, bool Keep)> Writes() => _script.Invocations
        .Where(i => i.Identifier == "write")
        .Select(i => (OutcomeForm.FromJson((string)i.Arguments[2]!)?.Notes, (bool)i.Arguments[3]!))
        .ToList();
}
