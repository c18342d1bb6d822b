using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Directory;

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

        db.Organisations.Add(new Organisation("  stichting  CAFE noord", Sector.CivilSociety, null, Now));

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
    [InlineData("Stichting  Café Noord", "stichting cafe noord")]
    [InlineData("  ÖBS De Wâlden ", "obs de walden")]
    [InlineData("Gemeente Groningen-Stad", "gemeente groningen-stad")]
    public void TextNormalizer_ForUniqueness_IgnoresCaseSpacingAndDiacritics(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.ForUniqueness(input));
    }

    [Theory]
    [InlineData("Stichting Café-Noord", "stichtingcafenoord")]
    [InlineData("stichting cafe noord.", "stichtingcafenoord")]
    [InlineData("O.B.S. De Wâlden", "obsdewalden")]
    public void TextNormalizer_ForMatching_AlsoIgnoresPunctuationAndSpaces(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.ForMatching(input));
    }

    [Fact]
    public async Task Organisation_NameDifferingOnlyInPunctuation_IsAllowedButSharesItsMatchKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewContextAsync();
        var first = new Organisation("Stichting Café Noord", Sector.CivilSociety, SubSector.Foundation, Now);
        var second = new Organisation("Stichting Cafe-Noord", Sector.CivilSociety, SubSector.Foundation, Now);
        db.Organisations.AddRange(first, second);

        await db.SaveChangesAsync();

        Assert.Equal(first.MatchKey, second.MatchKey);
    }

    [Fact]
    public async Task Contact_MovedToAnotherOrganisation_KeepsTheOldMembershipInItsHistory()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewContextAsync();
        var school = new Organisation("Basisschool De Regenboog", Sector.Education, SubSector.Primary, Now);
        var library = new Organisation("Bibliotheek Groningen", Sector.Education, SubSector.Library, Now);
        var contact = new Contact("Anna", "de Vries", "anna@regenboog.nl", Language.Nl, Now);
        contact.MoveTo(school, Now);
        db.AddRange(school, library, contact);
        await db.SaveChangesAsync();

        contact.MoveTo(library, Now.AddDays(30));
        await db.SaveChangesAsync();

        var history = await db.ContactAffiliations.OrderBy(a => a.StartedAtUtc).ToListAsync();
        Assert.Equal([school.Id, library.Id], history.Select(a => a.OrganisationId));
        Assert.Equal(Now.AddDays(30), history[0].EndedAtUtc);
        Assert.Null(history[1].EndedAtUtc);
        Assert.Equal(library.Id, contact.OrganisationId);
        Assert.Equal("regenboog.nl", contact.EmailDomain);
    }

    [Fact]
    public void Organisation_Retag_KeepsEachTagOnceWhateverItsCase()
    {
        var organisation = new Organisation("Taalhuis Groningen", Sector.Education, SubSector.AdultLearning, Now);

        organisation.Retag(["VVE", "vve ", "Oosterpark", " "]);
        organisation.Retag(["oosterpark", "Taalnetwerk"]);

        Assert.Equal(["Oosterpark", "Taalnetwerk"], organisation.Tags.Select(t => t.Name));
    }
}
