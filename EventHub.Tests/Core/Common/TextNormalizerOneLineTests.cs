using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;

namespace EventHub.Tests.Core.Common;

public class TextNormalizerOneLineTests
{
    [Theory]
    [InlineData("Agenda\r\nBcc: victim@evil.example", "Agenda Bcc: victim@evil.example")]
    [InlineData("  \t=1+1 ", "=1+1")]
    [InlineData("Nul\0teken", "Nul teken")]
    [InlineData("Regel\u2028scheiding\u0085hier", "Regel scheiding hier")]
    [InlineData("Team 👩‍👩‍👧‍👦 \u202Eomed", "Team 👩‍👩‍👧‍👦 \u202Eomed")]
    [InlineData("Twee  spaties blijven", "Twee  spaties blijven")]
    public void OneLine_LineBreaksAndControlCharacters_BecomeOneSpace(string typed, string stored) =>
        Assert.Equal(stored, TextNormalizer.OneLine(typed));

    [Fact]
    public void OneLineFields_StoreNoLineBreaks()
    {
        var now = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Overleg\r\nX-INJECTED:1", now.AddDays(3), now.AddDays(3).AddHours(2));
        var contact = new Contact("Anna\nBcc: x@evil.example", "de Vries\r", "anna@example.org", Language.Nl, now);
        var organisation = new Organisation("Stichting\r\nNoord", Sector.CivilSociety, null, now);

        Assert.Equal("Overleg X-INJECTED:1", @event.Title);
        Assert.Equal(("Anna Bcc: x@evil.example", "de Vries"), (contact.FirstName, contact.LastName));
        Assert.Equal("Stichting Noord", organisation.Name);
    }
}
