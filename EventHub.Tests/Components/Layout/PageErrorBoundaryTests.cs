using Bunit;
using EventHub.App.Components.Layout;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Layout;

public class PageErrorBoundaryTests : ComponentTestBase
{
    [Fact]
    public void APageThatThrows_ShowsTheMessageInsteadOfThePage_AndTheNextPageOpens()
    {
        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<Broken>());

        Assert.Contains("This part of the page could not be shown", boundary.Find("#page-error").TextContent);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/events");
        boundary.Render(p => p.AddChildContent("<p id=\"next-page\">Events</p>"));

        boundary.WaitForAssertion(() => Assert.Equal("Events", boundary.Find("#next-page").TextContent));
        Assert.Empty(boundary.FindAll("#page-error"));
    }

    private sealed class Broken : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("A panel failed.");
    }
}
