using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Demo;

/// <summary>Demo data that looks real: meetings on working days, job titles that fit the organisation, names of real kinds.</summary>
public class DemoLooksRealTests
{
    [Theory]
    [InlineData("2026-12-01", "2027-01-04")] // a month ahead was New Year's Eve: after the Christmas break, the first Monday
    [InlineData("2027-04-05", "2027-05-07")] // a month ahead was 5 May (Liberation Day), then 6 May (Ascension Day)
    [InlineData("2027-03-28", "2027-04-28")] // a month ahead was King's Day
    public async Task Seed_MainMeetingFallsOnAWorkingDay(string today, string expectedDay)
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture).AddHours(9);
        database.Time.SetUtcNow(new DateTimeOffset(now, TimeSpan.Zero));
        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EventHub.Core.Accounts.AccountService>().EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        }

        await using var db = await database.NewContextAsync();
        var events = await db.Events.ToListAsync();
        Assert.All(events, e => Assert.True(DemoMeetingDays.IsMeetingDay(e.LocalStart), $"{e.Title} on {e.LocalStart:dddd d MMMM yyyy}"));
        var next = events.Single(e => e.Title == DemoEvents.PublishedTitle);
        Assert.Equal(DateTime.Parse(expectedDay, System.Globalization.CultureInfo.InvariantCulture), next.LocalStart.Date);
        Assert.Equal(next.LocalStart.Date.AddDays(-7), EventTime.ToLocal(next.RsvpDeadlineUtc!.Value, next.TimeZoneId).Date);
    }

    [Theory]
    [InlineData("2026-12-31", false)] // New Year's Eve: Christmas break
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-04", true)]
    [InlineData("2027-03-26", false)] // Good Friday 2027
    [InlineData("2027-03-29", false)] // Easter Monday 2027
    [InlineData("2027-04-27", false)] // King's Day
    [InlineData("2027-05-05", false)] // Liberation Day
    [InlineData("2027-05-06", false)] // Ascension Day 2027
    [InlineData("2027-05-17", false)] // Whit Monday 2027
    [InlineData("2027-05-18", true)]
    [InlineData("2027-05-22", false)] // a Saturday
    [InlineData("2025-04-26", false)] // King's Day moves to Saturday 26 April when the 27th is a Sunday
    public void IsMeetingDay_KnowsWeekendsDutchHolidaysAndTheChristmasBreak(string day, bool expected)
    {
        Assert.Equal(expected, DemoMeetingDays.IsMeetingDay(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DemoContacts_HaveJobTitlesThatFitTheirOrganisation()
    {
        var now = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var organisations = DemoFakers.Organisations(40, now);

        var contacts = DemoFakers.Contacts(150, organisations, now);

        Assert.All(contacts.Where(c => c.Organisation?.SubSector is not null), c =>
            Assert.Contains(c.JobTitle, DemoJobTitles.Of(c.Organisation!.SubSector!.Value)));
        Assert.DoesNotContain(contacts, c => c.JobTitle is null);
        var primarySchoolTitles = contacts.Where(c => c.Organisation?.SubSector == SubSector.Primary).Select(c => c.JobTitle!).ToList();
        Assert.NotEmpty(primarySchoolTitles);
        Assert.All(primarySchoolTitles, t => Assert.DoesNotContain("Architect", t));
    }

    [Fact]
    public void DemoOrganisations_AreKindsThatExist()
    {
        var organisations = DemoFakers.Organisations(40, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));

        Assert.All(organisations.Where(o => o.SubSector == SubSector.Primary), o => Assert.Matches("^(Openbare |Christelijke )?[Bb]asisschool ", o.Name));
        Assert.All(organisations.Where(o => o.SubSector == SubSector.Municipality), o => Assert.StartsWith("Gemeente ", o.Name));
        Assert.All(organisations.Where(o => o.SubSector == SubSector.Employer), o => Assert.DoesNotContain(",", o.Name));
    }
}
