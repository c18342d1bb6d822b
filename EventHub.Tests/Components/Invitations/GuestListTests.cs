using Bunit;
using Microsoft.AspNetCore.Components;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Invitations;

public class GuestListTests : ComponentTestBase
{
    private readonly List<GuestQuery> _asked = [];
    private readonly List<GuestQuery> _counted = [];
    private int _total = 1;
    private GuestListRow _row = Anna;
    private readonly List<(string Action, string Name)> _actions = [];

    private static readonly GuestListRow Anna = new(1, 11, "Anna de Vries", "anna@example.org", "Noorderpoort", Sector.Education,
        InvitationStatus.Waitlisted, [new ChosenSession("Workshop A")], true, null);

    private IRenderedComponent<GuestList> RenderList(bool inviting = true) => Render<GuestList>(p => p
        .Add(c => c.EventId, 7)
        .Add(c => c.Inviting, inviting)
        .Add(c => c.Load, (query, _) =>
        {
            _asked.Add(query);
            return Task.FromResult(new Paged<GuestListRow>(_total == 0 ? [] : [_row], _total));
        })
        .Add(c => c.CountStatuses, (query, _) =>
        {
            _counted.Add(query);
            return Task.FromResult<IReadOnlyDictionary<InvitationStatus, int>>(
                new Dictionary<InvitationStatus, int> { [InvitationStatus.Accepted] = 3, [InvitationStatus.Waitlisted] = 1 });
        })
        .Add(c => c.Organisations, [new OrganisationOption(5, "Noorderpoort", Sector.Education), new OrganisationOption(6, "Gemeente Groningen", Sector.Government)])
        .Add(c => c.OnRemove, guest => _actions.Add(("remove", guest.Name)))
        .Add(c => c.OnCheckIn, guest => _actions.Add(("check in", guest.Name)))
        .Add(c => c.OnUndoCheckIn, guest => _actions.Add(("undo check-in", guest.Name)))
        .Add(c => c.OnAnswer, guest => _actions.Add(("answer", guest.Name)))
        .Add(c => c.OnResend, guest => _actions.Add(("resend", guest.Name)))
        .Add(c => c.OnCancel, guest => _actions.Add(("cancel", guest.Name)))
        .Add(c => c.OnInviteAgain, guest => _actions.Add(("invite again", guest.Name))));

    /// <summary>What js/guest-actions.js does in the browser: a click on a row button reaches the table's handler with the button's data.</summary>
    private static Task ClickRowButtonAsync(IRenderedComponent<GuestList> list, string label)
    {
        var button = list.Find($"#guest-list tbody button[aria-label='{label}']");
        return list.Find("#guest-list tbody").TriggerEventAsync("onguestaction", new GuestActionEventArgs
        {
            Action = button.GetAttribute("data-guest-action"),
            InvitationId = int.Parse(button.GetAttribute("data-invitation")!, System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public void NoGuestsYet_MessagingAndTheBulkActionsAreDisabled_AndSayWhy()
    {
        _total = 0;

        var list = RenderList();

        list.WaitForElement("#guest-actions-none");
        Assert.Equal("No guests yet", list.Find("#guest-actions-none").TextContent.Trim());
        foreach (var id in ActionIds)
        {
            var button = list.Find($"#{id}");
            Assert.True(button.HasAttribute("disabled"), id);
            Assert.Equal("guest-actions-none", button.GetAttribute("aria-describedby"));
        }
    }

    [Fact]
    public void WhileTheListIsStillBeingRead_MessagingTheBulkActionsAndTheExportWait_ThenOpenUp()
    {
        var first = new TaskCompletionSource<Paged<GuestListRow>>();
        var list = Render<GuestList>(p => p
            .Add(c => c.EventId, 7)
            .Add(c => c.Inviting, true)
            .Add(c => c.Load, (_, _) => first.Task)
            .Add(c => c.CountStatuses, (_, _) => Task.FromResult<IReadOnlyDictionary<InvitationStatus, int>>(
                new Dictionary<InvitationStatus, int> { [InvitationStatus.Waitlisted] = 1 })));

        foreach (var id in ActionIds)
        {
            Assert.True(list.Find($"#{id}").HasAttribute("disabled"), id);
        }
        Assert.True(ExportButton(list).HasAttribute("disabled"));
        Assert.Empty(list.FindAll("#guest-actions-none")); // not known yet to be empty

        list.InvokeAsync(() => first.SetResult(new Paged<GuestListRow>([Anna], 1)));

        list.WaitForAssertion(() => Assert.False(list.Find("#message-guests").HasAttribute("disabled")));
        foreach (var id in ActionIds)
        {
            Assert.False(list.Find($"#{id}").HasAttribute("disabled"), id);
        }
        Assert.False(ExportButton(list).HasAttribute("disabled"));
    }

    [Fact]
    public void NoGuestsYet_TheExportIsDisabled_ForAFileWithOnlyItsHeader()
    {
        _total = 0;

        var list = RenderList();

        list.WaitForElement("#guest-actions-none");
        Assert.True(ExportButton(list).HasAttribute("disabled"));
    }

    private static readonly string[] ActionIds = ["message-guests", "bulk-resend", "bulk-remind", "bulk-cancel"];

    private static AngleSharp.Dom.IElement ExportButton(IRenderedComponent<GuestList> list) => list.Find("#export-guests button");

    [Fact]
    public void WithGuests_MessageGuestsIsEnabled_WithoutAReasonAgainstIt()
    {
        var list = RenderList();

        list.WaitForAssertion(() => Assert.Single(list.FindAll("#guest-list tbody tr")));
        Assert.False(list.Find("#message-guests").HasAttribute("disabled"));
        Assert.Null(list.Find("#message-guests").GetAttribute("aria-describedby"));
        Assert.Empty(list.FindAll("#guest-actions-none"));
    }

    [Fact]
    public void ForACancelledOrEndedEvent_TheListOffersNoResendReminderOrWithdrawal()
    {
        var list = RenderList(inviting: false);
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));

        Assert.Empty(list.FindAll("#bulk-resend, #bulk-remind, #bulk-cancel"));
        var offered = list.FindAll("#guest-list tbody button").Select(b => b.GetAttribute("data-guest-action")).ToList();
        Assert.Equal(["CheckIn", "Answer"], offered);
    }

    [Fact]
    public async Task AGuestCancelledByMistake_CanBeInvitedAgainFromTheirRow_WhileTheEventIsInviting()
    {
        _row = Anna with { Status = InvitationStatus.Cancelled, Sessions = [], MayBeInvitedAgain = true };
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));

        Assert.Equal(["InviteAgain"], list.FindAll("#guest-list tbody button").Select(b => b.GetAttribute("data-guest-action")));
        await ClickRowButtonAsync(list, "Invite Anna de Vries again");

        Assert.Equal([("invite again", "Anna de Vries")], _actions);
    }

    [Fact]
    public void AWithdrawnGuestWhoCannotBeInvitedAgain_OrAnEventNoLongerInviting_OffersNothing()
    {
        _row = Anna with { Status = InvitationStatus.Cancelled, Sessions = [], MayBeInvitedAgain = false }; // e.g. a walk-in taken back at the door
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        Assert.Empty(list.FindAll("#guest-list tbody button"));

        _row = Anna with { Status = InvitationStatus.Cancelled, Sessions = [], MayBeInvitedAgain = true };
        var ended = RenderList(inviting: false);
        ended.WaitForAssertion(() => Assert.Contains("Anna de Vries", ended.Find("#guest-list tbody").TextContent));
        Assert.Empty(ended.FindAll("#guest-list tbody button"));
    }

    [Fact]
    public void AGuestWaitingForAPlaceInAFullWorkshop_IsShownWaiting_NotAsIfInIt()
    {
        _row = Anna with { Status = InvitationStatus.Accepted, Sessions = [new ChosenSession("Plenary"), new ChosenSession("Workshop A", Waitlisted: true)] };
        var list = RenderList();

        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        var sessions = list.Find("#guest-list tbody td[data-label='Sessions']");
        Assert.Equal("Plenary, Workshop A (waiting list)", sessions.TextContent.Trim());
    }

    [Fact]
    public void AGuestWhoCameIn_IsOfferedUndoAndAnswer_ButNoNewLinkOrWithdrawal()
    {
        _row = Anna with { Status = InvitationStatus.Accepted, CheckedInAtUtc = new DateTime(2027, 3, 10, 12, 55, 0, DateTimeKind.Utc) };
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));

        var offered = list.FindAll("#guest-list tbody button").Select(b => b.GetAttribute("data-guest-action")).ToList();
        Assert.Equal(["UndoCheckIn", "Answer"], offered);
    }

    [Fact]
    public void Grid_ChoosingTheWaitingListChip_AsksTheServerForThatStatusOnly()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));

        list.Find("#status-chip-Waitlisted").Click();

        list.WaitForAssertion(() => Assert.Equal(InvitationStatus.Waitlisted, _asked[^1].Status));
        Assert.Null(_asked[0].Status);
        Assert.Equal(0, _asked[^1].Page);
        Assert.Contains("Waiting list (1)", list.Find("#status-chips").TextContent);
    }

    [Fact]
    public async Task Grid_TypingASearch_AsksTheServerWithIt()
    {
        var list = RenderList();

        await TypeAndPauseAsync(list.Find("#guest-search"), "noorder", TimeSpan.FromMilliseconds(300));

        list.WaitForAssertion(() => Assert.Equal("noorder", _asked[^1].Search));
    }

    [Fact]
    public async Task Grid_TypingOnBeforeThePause_AsksOnceForTheWholeWord_NotForEachKey()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Single(_asked));

        await list.Find("#guest-search").InputAsync(new ChangeEventArgs { Value = "an" });
        Time.Advance(TimeSpan.FromMilliseconds(200));
        await TypeAndPauseAsync(list.Find("#guest-search"), "anna", TimeSpan.FromMilliseconds(300));

        list.WaitForAssertion(() => Assert.Equal("anna", _asked[^1].Search));
        Assert.Equal(2, _asked.Count);
    }

    [Fact]
    public async Task Chips_CountWithTheOtherFilters_AndTheOrganisationFilterAsksForThatOrganisation()
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Waiting list (1)", list.Find("#status-chips").TextContent));

        await TypeAndPauseAsync(list.Find("#guest-search"), "anna", TimeSpan.FromMilliseconds(300));
        list.WaitForAssertion(() => Assert.Equal("anna", _counted[^1].Search));

        await TypeAndPauseAsync(list.Find("#guest-filter-organisation"), "noord", TimeSpan.FromMilliseconds(100));
        popovers.WaitForElement(".mud-popover-open .mud-list-item").Click();
        list.WaitForAssertion(() => Assert.Equal(5, _asked[^1].OrganisationId));
        Assert.Equal(5, _counted[^1].OrganisationId);
    }

    [Fact]
    public void Filters_ChoosingASectorAndThenAll_AsksTheServerForThatSectorAndThenForEveryone()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));

        list.Find("#guest-filter-sector").Change(nameof(Sector.Education));
        list.WaitForAssertion(() => Assert.Equal(Sector.Education, _asked[^1].Sector));
        Assert.Equal(Sector.Education, _counted[^1].Sector);

        list.Find("#guest-filter-sector").Change("");
        list.WaitForAssertion(() => Assert.Null(_asked[^1].Sector));
        Assert.Equal("All", list.Find("#guest-filter-sector option").TextContent);
        Assert.Equal("Sector", list.Find("label[for=guest-filter-sector]").TextContent);
    }

    [Fact]
    public void Grid_SortingByStatusTwice_AsksForDescendingAndSaysSoInTheHeader()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        var statusHeader = list.FindAll("#guest-list th")[2];

        statusHeader.QuerySelector("button")!.Click();
        list.WaitForAssertion(() => Assert.Equal((GuestSort.Status, false), (_asked[^1].Sort, _asked[^1].Descending)));
        list.FindAll("#guest-list th")[2].QuerySelector("button")!.Click();

        list.WaitForAssertion(() => Assert.Equal((GuestSort.Status, true), (_asked[^1].Sort, _asked[^1].Descending)));
        Assert.Equal("descending", list.FindAll("#guest-list th")[2].GetAttribute("aria-sort"));
        Assert.Equal("none", list.FindAll("#guest-list th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public void Pager_NextPageAndRowsPerPage_AskTheServerForThatPage()
    {
        _total = 60;
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Equal("1-25 of 60", list.Find("#guest-page-info").TextContent));
        Assert.True(list.Find("button[aria-label='Previous page']").HasAttribute("disabled"));

        list.Find("button[aria-label='Next page']").Click();
        list.WaitForAssertion(() => Assert.Equal("26-50 of 60", list.Find("#guest-page-info").TextContent));
        Assert.Equal((1, 25), (_asked[^1].Page, _asked[^1].PageSize));

        list.Find("#guest-page-size").Change("50");
        list.WaitForAssertion(() => Assert.Equal((0, 50), (_asked[^1].Page, _asked[^1].PageSize)));
        Assert.Equal("1-50 of 60", list.Find("#guest-page-info").TextContent);
    }

    [Fact]
    public void Row_ShowsWhatPeopleTyped_AsText_NeverAsMarkup()
    {
        _row = Anna with
        {
            Name = "<img src=x onerror=alert(1)> & Co",
            OrganisationName = "\"><b>Bold</b>",
            Status = InvitationStatus.Declined,
            DeclineNote = "</td><td>extra",
        };
        var list = RenderList();

        list.WaitForAssertion(() => Assert.Contains("<img src=x onerror=alert(1)> & Co", list.Find("#guest-list tbody a").TextContent));
        var cells = list.FindAll("#guest-list tbody tr:first-child td");
        Assert.Equal(6, cells.Count);
        Assert.Empty(list.FindAll("#guest-list tbody img, #guest-list tbody b"));
        Assert.Equal("\"><b>Bold</b> · Education", cells[1].TextContent);
        Assert.Contains("“</td><td>extra”", cells[2].TextContent);
        Assert.Equal("Not coming", cells[2].QuerySelector(".mud-chip-content")!.TextContent);
        Assert.Equal("Workshop A", cells[3].TextContent);
        Assert.Equal("Status", cells[2].GetAttribute("data-label"));
    }

    [Fact]
    public void Rows_TheSameGuestInOtherTabs_InAnotherLanguageOrWithAnotherAnswer_ShowTheirOwn()
    {
        // Identical rows are kept once for every open tab (SharedMarkup): a tab never gets another tab's row unless it is the same text.
        var english = RenderList();
        english.WaitForAssertion(() => Assert.Contains("Anna de Vries", english.Find("#guest-list tbody").TextContent));

        UseCulture("nl");
        var dutch = RenderList();
        _row = Anna with { Status = InvitationStatus.Declined };
        var declined = RenderList();

        dutch.WaitForAssertion(() => Assert.Equal("Anna de Vries inchecken", dutch.Find("#guest-list tbody button").GetAttribute("aria-label")));
        Assert.Equal("Naam", dutch.Find("#guest-list tbody td").GetAttribute("data-label"));
        Assert.Equal("Check in Anna de Vries", english.Find("#guest-list tbody button").GetAttribute("aria-label"));
        Assert.Equal("Wachtlijst", dutch.Find("#guest-list tbody .mud-chip-content").TextContent);
        Assert.Equal("Waiting list", english.Find("#guest-list tbody .mud-chip-content").TextContent);
        declined.WaitForAssertion(() => Assert.Equal("Komt niet", declined.Find("#guest-list tbody .mud-chip-content").TextContent));
    }

    /// <summary>
    /// An erased guest stays on the list as "Anonymised #22" (stored), and the email still waiting for them was given up
    /// ("Recipient erased.", stored): a Dutch organiser read both in English, the second as the mail server's answer
    /// with the advice to correct the address. Now the name, its buttons and the reason read in Dutch.
    /// </summary>
    [Fact]
    public void Rows_AnErasedGuest_IsNamedInTheReadersLanguage_AlsoOnItsButtonsAndWhyTheirEmailWentNowhere()
    {
        UseCulture("nl");
        _row = Anna with { Name = ErasedNames.Stored(22), Status = InvitationStatus.Accepted, DeliveryFailure = OutboxMessage.ErasedError };

        var list = RenderList();

        list.WaitForAssertion(() => Assert.Equal("Geanonimiseerd #22", list.Find("#guest-list tbody td a").TextContent));
        Assert.Equal("Geanonimiseerd #22 inchecken", list.Find("#guest-list tbody button").GetAttribute("aria-label"));
        Assert.Equal("De persoon aan wie dit bericht is geschreven, is gewist: het kan niet worden verstuurd.", list.Find(".eh-delivery-failure").TextContent);
        Assert.DoesNotContain("Anonymised", list.Find("#guest-list tbody").OuterHtml);
        Assert.DoesNotContain("Recipient", list.Find("#guest-list tbody").OuterHtml);
    }

    [Fact]
    public async Task RowButtons_DoWhatTheySay_ForThatGuest_AndOnlyWhatTheRowOffers()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        var labels = list.FindAll("#guest-list tbody button").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Check in Anna de Vries", "Answer for Anna de Vries (by phone)", "Send Anna de Vries a new link", "Cancel the invitation of Anna de Vries"], labels);
        Assert.Equal($"{EventHub.App.Components.Shared.IconSprite.Address}#check-in", list.Find("#guest-list tbody button use").GetAttribute("href"));

        await ClickRowButtonAsync(list, "Check in Anna de Vries");
        await ClickRowButtonAsync(list, "Answer for Anna de Vries (by phone)");
        await ClickRowButtonAsync(list, "Cancel the invitation of Anna de Vries");
        // A click on the row outside the buttons, an action the row does not offer, and someone not on screen: nothing.
        var body = list.Find("#guest-list tbody");
        await body.TriggerEventAsync("onguestaction", new GuestActionEventArgs());
        await body.TriggerEventAsync("onguestaction", new GuestActionEventArgs { Action = nameof(GuestRowAction.Remove), InvitationId = Anna.InvitationId });
        await body.TriggerEventAsync("onguestaction", new GuestActionEventArgs { Action = nameof(GuestRowAction.Cancel), InvitationId = 999 });

        Assert.Equal([("check in", "Anna de Vries"), ("answer", "Anna de Vries"), ("cancel", "Anna de Vries")], _actions);
    }

    [Fact]
    public async Task RowButtons_SomeoneStillOnTheList_CanOnlyBeTakenOff_AndSomeoneInside_CanBeUndone()
    {
        _row = Anna with { Status = InvitationStatus.Listed };
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Single(list.FindAll("#guest-list tbody button")));
        await ClickRowButtonAsync(list, "Remove Anna de Vries from the list");

        _row = Anna with { Status = InvitationStatus.Accepted, CheckedInAtUtc = new DateTime(2026, 12, 4, 12, 5, 0, DateTimeKind.Utc) };
        await list.InvokeAsync(list.Instance.ReloadAsync);
        await ClickRowButtonAsync(list, "Undo check-in of Anna de Vries");

        Assert.Equal([("remove", "Anna de Vries"), ("undo check-in", "Anna de Vries")], _actions);
    }

    [Theory]
    [InlineData("en", "Checked in", "Admitted at the door (their answer: Not coming) · at 13:05, by Daan Visser")]
    [InlineData("nl", "Aanwezig", "Bij de deur toegelaten (antwoord: Komt niet) · om 13:05, door Daan Visser")]
    public void ARowOfSomeoneWhoDeclinedAndWasLetInAtTheDoor_ReadsCheckedIn_WithHowWhenAndByWhom_AsTheArrivalFilterSays(string culture, string status, string detail)
    {
        UseCulture(culture);
        _row = Anna with
        {
            Status = InvitationStatus.Declined, CheckedInAtUtc = new DateTime(2027, 1, 14, 12, 5, 0, DateTimeKind.Utc),
            Arrival = ArrivalKind.Admitted, CheckedInBy = "Daan Visser",
        };

        var list = RenderList();

        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        var chips = list.FindAll("#guest-list tbody td[data-label='Status'] .mud-chip-content").Select(c => c.TextContent).ToList();
        Assert.Equal([status], chips); // never "Not coming" beside it
        Assert.Equal(detail, list.Find(".eh-arrival-detail").TextContent);
        // The arrival filter finds them by the same word the row shows.
        Assert.Contains(status, list.FindAll("#guest-filter-arrival option").Select(o => o.TextContent));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void RowButtons_ShowTheirOwnLabel_WhichTheirAccessibleNameContains(string culture)
    {
        UseCulture(culture);
        var seen = new Dictionary<string, (string Label, string Name)>();
        foreach (var row in new[]
        {
            Anna with { Status = InvitationStatus.Listed },
            Anna with { Status = InvitationStatus.Invited },
            Anna with { Status = InvitationStatus.Accepted, CheckedInAtUtc = new DateTime(2027, 1, 14, 12, 5, 0, DateTimeKind.Utc) },
            Anna with { Status = InvitationStatus.Cancelled, MayBeInvitedAgain = true },
        })
        {
            _row = row;
            var list = RenderList();
            list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("#guest-list tbody button")));
            foreach (var button in list.FindAll("#guest-list tbody button"))
            {
                seen[button.GetAttribute("data-guest-action")!] = (button.QuerySelector(".eh-row-action-label")!.TextContent, button.GetAttribute("aria-label")!);
            }
        }

        Assert.Equal(Enum.GetNames<GuestRowAction>().Order(), seen.Keys.Order());
        Assert.All(seen.Values, button =>
        {
            Assert.NotEqual("", button.Label);
            // Speech input finds the button by the words on screen (WCAG 2.5.3, label in name).
            Assert.Contains(button.Label, button.Name, StringComparison.CurrentCultureIgnoreCase);
            Assert.Contains("Anna de Vries", button.Name);
        });
    }

    [Fact]
    public void Filters_OnAPhone_FoldBehindOneButton_ThatCountsThoseInUse_AndClearsThemButNotTheSearchOrStatus()
    {
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Anna de Vries", list.Find("#guest-list tbody").TextContent));
        var toggle = () => list.Find("#guest-filters-toggle");
        Assert.Equal(("Filters", "false", "guest-filters-more"), (toggle().TextContent.Trim(), toggle().GetAttribute("aria-expanded"), toggle().GetAttribute("aria-controls")));
        Assert.Empty(list.FindAll("#guest-filters-clear"));

        toggle().Click();
        Assert.Equal("true", toggle().GetAttribute("aria-expanded"));
        Assert.Contains("eh-filters-open", list.Find("#guest-filters-more").ClassList);
        list.Find("#status-chip-Waitlisted").Click();
        list.Find("#guest-filter-sector").Change(nameof(Sector.Education));
        list.Find("#guest-filter-needs").Change("true");
        list.WaitForAssertion(() => Assert.Equal("Filters (2)", toggle().TextContent.Trim()));

        list.Find("#guest-filters-clear").Click();

        list.WaitForAssertion(() => Assert.Equal("Filters", toggle().TextContent.Trim()));
        Assert.Equal((InvitationStatus.Waitlisted, (Sector?)null, (bool?)null), (_asked[^1].Status, _asked[^1].Sector, _asked[^1].HasAccessNeeds));
        Assert.Equal("", list.Find("#guest-filter-sector").GetAttribute("value"));
        Assert.Empty(list.FindAll("#guest-filters-clear"));
        // The button pressed is gone: the focus is moved (to the "Filters" button beside it, which the browser story checks),
        // not dropped to the top of the page.
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
    }
}
