using System.Net;
using EventHub.App.Components.Shared;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>The icons drawn as plain markup come once, as a sprite the browser keeps, drawn from MudBlazor's own icons.</summary>
public class IconSpriteTests
{
    [Fact]
    public async Task Sprite_AtItsAddress_HoldsMudBlazorsIcons_AndMayBeKeptForAYear()
    {
        using var factory = new EventHubAppFactory();

        var response = await factory.CreateClient().GetAsync("/" + IconSprite.Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<symbol id=\"check-in\" viewBox=\"0 0 24 24\">{Icons.Material.Filled.HowToReg}</symbol>", svg);
        Assert.Contains($"<symbol id=\"cancel\" viewBox=\"0 0 24 24\">{Icons.Material.Filled.Block}</symbol>", svg);
    }

    [Fact]
    public void Icon_PointsIntoTheSprite_AndAnIconTheSpriteDoesNotHave_IsDrawnInline()
    {
        Assert.Equal($"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small\" aria-hidden=\"true\"><use href=\"{IconSprite.Address}#resend\"></use></svg>",
            PlainMarkup.Icon(Icons.Material.Filled.Replay).Value);
        var inline = PlainMarkup.Icon(Icons.Material.Filled.Pets).Value;
        Assert.Contains(Icons.Material.Filled.Pets, inline);
        Assert.Contains("viewBox=\"0 0 24 24\"", inline);
        Assert.DoesNotContain("<use", inline);
    }
}
