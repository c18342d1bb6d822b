using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>The capture screen of a workshop of the sample Alliantiedag, opened by its facilitator Femke.</summary>
public abstract class OutcomePageTestBase : ComponentTestBase
{
    protected IRenderedComponent<OutcomePage> RenderPage(int sessionId)
    {
        Render<MudPopoverProvider>();
        var page = Render<OutcomePage>(p => p.Add(c => c.Id, sessionId));
        page.WaitForElement("#outcome-notes");
        return page;
    }

    protected async Task<(int SessionId, TeamMember Femke)> FacilitatedWorkshopAsync()
    {
        var femke = SampleEvents.Facilitator("Femke Jansen");
        var @event = SampleEvents.Alliantiedag(femke);
        await AddEventsAsync(@event);
        Authorization.SetAuthorized("femke.jansen@example.org");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, femke.Id), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, femke.DisplayName));
        Authorization.SetPolicies(Policies.Facilitate);
        var workshop = @event.Sessions.Single(s => s.Facilitators.Count > 0);
        return (workshop.Id, TeamMember.InRoles(femke.Id, femke.DisplayName, Roles.Facilitator));
    }
}
