using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>The event page as an organiser sees it, where "Copy event" opens its dialog.</summary>
public abstract class CopyEventTestBase : ComponentTestBase
{
    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<EventPage> Page) RenderPage(int eventId)
    {
        Authorization.SetAuthorized("organiser@example.org");
        Authorization.SetRoles(Roles.Organiser);
        Authorization.SetPolicies(Policies.Organise, Policies.Facilitate);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<EventPage>(p => p.Add(c => c.Id, eventId));
        page.WaitForElement("#copy-event");
        return (dialogs, page);
    }
}
