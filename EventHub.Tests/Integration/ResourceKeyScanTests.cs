using EventHub.Tests.Support;

namespace EventHub.Tests.Integration;

/// <summary>The scan the personal-link pages' tests rely on: it finds keys people would read, and not link tokens.</summary>
public class ResourceKeyScanTests
{
    [Fact]
    public void ResourceKeysIn_KeyShownAsTextOrLabel_IsFound()
    {
        const string html = """<html><body><h1>Rsvp_Greeting</h1><button aria-label="ActionOwner_Save"><svg></svg></button></body></html>""";

        Assert.Equal(["ActionOwner_Save", "Rsvp_Greeting"], MarkupText.ResourceKeysIn(html).Order());
    }

    [Fact]
    public void ResourceKeysIn_TokenInAFormAddress_IsNotAKey()
    {
        const string html = """<html><body><form action="/a/BCknMBKQWxDr_KnzJkfuEXIZIkP3IgQdvQJhx1scfQM" method="post"><input type="hidden" name="t" value="Ab_Cd"><input type="submit" value="Save my update"></form></body></html>""";

        Assert.Empty(MarkupText.ResourceKeysIn(html));
    }
}
