using EventHub.Core.Common;
using EventHub.Core.Contacts;
using EventHub.Core.Organisations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core;

public class DirectoryModelTests
{
    private static readonly DateTime Now = TestDatabase.DefaultNow.UtcDateTime;

    [Fact]
    public async Task Contact_SameEmailInOtherCaseAndSpacing_IsRejectedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewContextAsync();
        db.Contacts.Add(new Contact("Anna", "de Vries", "Anna.deVries@Gemeente.nl", Language.Nl, Now));
        await db.SaveChangesAsync();

        db.Contacts.Add(new Contact("Anne", "Vries", "  anna.devries@gemeente.NL ", Language.En, Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Contact_Email_KeepsWhatWasTypedButComparesTrimmedLowerCase()
    {
        var contact = new Contact("Anna", "de Vries", " Anna@Example.NL ", Language.Nl, Now);

        Assert.Equal("Anna@Example.NL", contact.Email);
        Assert.Equal("anna@example.nl", contact.NormalizedEmail);
    }

    [Fact]
    public async Task Organisation_NameDifferingOnlyInCaseSpacingOrAccents_IsRejectedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewContextAsync();
        db.Organisations.Add(new Organisation("Stichting Café Noord", Sector.CivilSociety, SubSector.Foundation, Now));
        await db.SaveChangesAsync();

        db.Organisations.Add(new Organisation("stichting  cafe-noord", Sector.CivilSociety, null, Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Organisation_SubSectorOfAnotherSector_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Organisation("Bibliotheek Haren", Sector.Business, SubSector.Library, Now));
    }

    [Fact]
    public async Task Contact_WithoutOrganisation_IsAnIndependentResident()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            db.Contacts.Add(new Contact("Sanne", "Bos", "sanne@ziggo.nl", Language.Nl, Now));
            await db.SaveChangesAsync();
        }

        await using var read = await database.NewContextAsync();
        var contact = await read.Contacts.SingleAsync();

        Assert.Null(contact.OrganisationId);
        Assert.Equal(Language.Nl, contact.PreferredLanguage);
    }

    [Theory]
    [InlineData("Stichting  Café-Noord", "stichting cafe noord")]
    [InlineData("  ÖBS De Wâlden ", "obs de walden")]
    [InlineData("Gemeente Groningen", "gemeente groningen")]
    public void TextNormalizer_ForComparison_IgnoresCaseSpacingPunctuationAndDiacritics(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.ForComparison(input));
    }
}
