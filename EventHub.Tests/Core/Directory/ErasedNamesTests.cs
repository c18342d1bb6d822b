using System.Globalization;
using EventHub.Core.Audit;
using EventHub.Core.Directory;

namespace EventHub.Tests.Core.Directory;

/// <summary>The stored stand-in of an erased person, read in each reader's language wherever it stands in a text.</summary>
public class ErasedNamesTests
{
    private static readonly CultureInfo Dutch = new("nl");
    private static readonly CultureInfo English = new("en");

    [Fact]
    public void Read_AStoredStandIn_ReadsInTheReadersLanguage()
    {
        var stored = ErasedNames.Stored(22);

        Assert.Equal(("Geanonimiseerd #22", "Anonymised #22"), (ErasedNames.Read(stored, Dutch), ErasedNames.Read(stored, English)));
    }

    [Fact]
    public void Read_ASubjectOrAnAuditValueNamingThem_ChangesOnlyTheStandIn()
    {
        Assert.Equal("Geanonimiseerd #7, uw plek bij Alliantiedag", ErasedNames.Read($"{ErasedNames.Stored(7)}, uw plek bij Alliantiedag", Dutch));
        Assert.Equal("[geanonimiseerd] → Jansen-de Boer", ErasedNames.Read($"{AuditTrail.Anonymised} → Jansen-de Boer", Dutch));
    }

    [Theory]
    [InlineData("Anna de Vries")]
    [InlineData("Anonymised")]
    [InlineData("Anonymised #")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_AnyOtherName_StaysAsItIs(string? name) => Assert.Equal(name, ErasedNames.Read(name, Dutch));
}
