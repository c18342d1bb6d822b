using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// The copy dialog proposes the next meeting as the alliance holds them (the same weekday, a quarter on), moves it a week
/// at a press, and refuses a day already past at the field.
/// </summary>
public class CopyEventDateTests : CopyEventTestBase
{
    [Fact]
    public async Task TheCopysDay_IsTheSameWeekdayAQuarterOn_AWeekLaterIsOnePress()
    {
        var @event = SampleEvents.Alliantiedag(); // Tuesday 29 December 2026
        await AddEventsAsync(@event);
        var (dialogs, page) = RenderPage(@event.Id);

        _ = page.Find("#copy-event").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#copy-date");

        Assert.Equal("2027-03-30", dialogs.Find("#copy-date").GetAttribute("value"));
        Assert.Contains("Tuesday 30 March 2027", dialogs.Markup);
        Assert.Equal("Proposed: the same weekday, about three months later.", dialogs.Find("#copy-proposal").TextContent.Trim());
        await dialogs.Find("#copy-week-later").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Equal("2027-04-06", dialogs.Find("#copy-date").GetAttribute("value")));
    }

    [Fact]
    public async Task ADayAlreadyPast_IsRefusedAtTheField_AndNothingIsCopied()
    {
        var @event = SampleEvents.Alliantiedag();
        await AddEventsAsync(@event);
        var (dialogs, page) = RenderPage(@event.Id);
        _ = page.Find("#copy-event").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#copy-date");

        dialogs.Find("#copy-date").Change("2026-11-28"); // the day before today (29 November 2026)
        await dialogs.Find("#confirm-copy-event").ClickAsync(new MouseEventArgs());

        dialogs.WaitForAssertion(() => Assert.Contains("Saturday 28 November 2026 has passed: pick today or a later day.", dialogs.Markup));
        Assert.NotEmpty(dialogs.FindAll("#confirm-copy-event")); // still open
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Events.CountAsync());
    }
}
