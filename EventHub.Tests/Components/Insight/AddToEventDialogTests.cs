using Bunit;
using EventHub.App.Components.Pages.Insight;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Insight;

/// <summary>The dashboard's "Add to event" dialog names each upcoming event with its days.</summary>
public class AddToEventDialogTests : ComponentTestBase
{
    [Fact]
    public async Task ATwoDayEvent_IsOfferedWithBothItsDays()
    {
        SignInAs("Olga Organiser", Policies.Organise);
        var dialogs = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var start = new DateTime(2027, 2, 23, 8, 0, 0, DateTimeKind.Utc); // Tuesday 09:00 to Wednesday 17:00 in Amsterdam
        var parameters = new DialogParameters<AddToEventDialog>
        {
            { d => d.OrganisationIds, [1] },
            { d => d.Events, [new UpcomingEvent(8, "Alliantieconferentie", start, start.AddHours(32), EventTime.DefaultTimeZoneId)] },
        };
        await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<AddToEventDialog>("", parameters));

        dialogs.WaitForElement("#insight-add-event");
        await dialogs.InvokeAsync(() => dialogs.FindComponent<MudSelect<int?>>().Instance.OpenMenu());

        popovers.WaitForAssertion(() => Assert.Contains(
            "Alliantieconferentie · Tuesday 23 – Wednesday 24 February 2027", popovers.Find(".mud-popover-open .mud-list-item").TextContent));
    }
}
