using System.Text.RegularExpressions;
using Bunit;
using EventHub.App.Components.Pages.Actions;
using EventHub.App.Hosting;
using EventHub.Core.Actions;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.Tests.Components.Actions;

/// <summary>
/// At the next event, the organiser records progress on an earlier event's action item from the report-back list with
/// the keyboard: once saved, the form closes and the focus goes back to where they were, not to the top of the page.
/// </summary>
public class ReportBackListTests : ComponentTestBase
{
    private static readonly DateTime September = new(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime January = new(2027, 1, 14, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ProgressSaved_ItemStaysOpen_WithTheNoteAsItsLastUpdate_FocusReturnsToItsRecordProgressButton()
    {
        var (list, item) = await ReportBackAsync();
        var toggle = ReferenceOf(list, $"id=\"report-back-{item.Id}-toggle\"");
        Assert.NotEmpty(toggle);
        Assert.Empty(list.FindAll($"#report-back-{item.Id}-last-note"));

        await SaveProgressAsync(list, item, ActionItemStatus.InProgress);

        list.WaitForAssertion(() => Assert.Empty(list.FindAll($"#report-back-{item.Id}-form-note")));
        Assert.Equal(toggle, FocusedReference());
        // What was said last is read out when the item comes up, without opening it, and shows as written: the note
        // keeps its line breaks, so nothing of the markup's indentation may reach it.
        Assert.Matches(@"^Last update, .+ \(Olga Bakker\): Twee wijken doen mee\.$",
            list.Find($"#report-back-{item.Id}-last-note").TextContent);
    }

    [Fact]
    public async Task ItemDone_ItLeavesTheList_FocusGoesToTheList()
    {
        var (list, item) = await ReportBackAsync(alsoOpen: "Taalcafé opzetten");
        var itemsList = ReferenceOf(list, "class=\"eh-report-back\"");
        Assert.NotEmpty(itemsList);

        await SaveProgressAsync(list, item, ActionItemStatus.Done);

        list.WaitForAssertion(() => Assert.Empty(list.FindAll($"#report-back-{item.Id}")));
        Assert.Equal(itemsList, FocusedReference());
    }

    [Fact]
    public async Task AFacilitatorOfAnotherSession_IsToldWhoRecordsTheItemsProgress()
    {
        var (list, item) = await ReportBackAsync(signIn: () => SignInAs("Femke Dijkstra", Policies.Facilitate));

        Assert.Empty(list.FindAll($"#report-back-{item.Id}-toggle"));
        Assert.Equal("Only the facilitators of ‘Tafel bij Dialoogavond september’ and the organisers record progress on this action item.",
            list.Find($"#report-back-{item.Id}-not-yours").TextContent);
    }

    /// <summary>Olga's next event shares a theme with a September meeting whose open items come up as report-back.</summary>
    private async Task<(IRenderedComponent<ReportBackList> List, ActionItem Item)> ReportBackAsync(string? alsoOpen = null, Action? signIn = null)
    {
        var build = new ActionItems(DbFactory, Time.GetUtcNow().UtcDateTime);
        var language = await build.ThemeAsync("Taal");
        var earlier = await build.MeetingAsync("Dialoogavond september", September, language);
        var next = await build.MeetingAsync("Alliantiedag januari", January, language);
        var (library, _) = await build.PartnerAsync("Bibliotheek");
        var item = await build.AddAsync(earlier, "Voorleesuurtjes in elke wijk", library, null, new DateOnly(2027, 2, 1));
        if (alsoOpen is not null)
        {
            await build.AddAsync(earlier, alsoOpen, library, null, new DateOnly(2027, 3, 1));
        }

        (signIn ?? (() => SignInAs("Olga Bakker", Policies.Organise, Policies.Facilitate)))();
        Render<MudPopoverProvider>();
        var list = Render<ReportBackList>(p => p.Add(c => c.EventId, next.EventId));
        list.WaitForElement($"#report-back-{item.Id}");
        return (list, item);
    }

    private async Task SaveProgressAsync(IRenderedComponent<ReportBackList> list, ActionItem item, ActionItemStatus status)
    {
        await list.Find($"#report-back-{item.Id}-toggle").ClickAsync(new());
        var select = list.FindComponents<MudSelect<ActionItemStatus>>().Single();
        await list.InvokeAsync(() => select.Instance.SelectOption(status));
        await list.Find($"#report-back-{item.Id}-form-note").InputAsync(new() { Value = "Twee wijken doen mee." });
        await list.Find($"#report-back-{item.Id}-form-save").ClickAsync(new());
    }

    /// <summary>
    /// The id Blazor gave the reference of the element whose opening tag holds <paramref name="marker"/>, as the first
    /// render's markup carries it (it stays the element's id; later markup leaves it out).
    /// </summary>
    private static string ReferenceOf(IRenderedComponent<ReportBackList> list, string marker) =>
        Regex.Match(list.Markup, $"<[^>]*{Regex.Escape(marker)}[^>]*blazor:elementReference=\"([^\"]+)\"").Groups[1].Value;

    private string FocusedReference() => ((ElementReference)JSInterop.VerifyFocusAsyncInvoke().Arguments[0]!).Id;
}
