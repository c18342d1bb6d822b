using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Core.Texts;

/// <summary>An event's date line names every day it runs over, in full where months or years differ, in both languages.</summary>
public class EventDaysTests
{
    private static readonly CultureInfo English = Language.En.ToCulture();
    private static readonly CultureInfo Dutch = Language.Nl.ToCulture();

    private static string Of(DateTime startUtc, DateTime endUtc, CultureInfo culture) =>
        EventDays.Of(startUtc, endUtc, EventTime.DefaultTimeZoneId, culture);

    [Fact]
    public void OneDay_NamesThatDay()
    {
        Assert.Equal("Tuesday 23 February 2027", Of(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 23, 17), English));
    }

    [Fact]
    public void TwoDaysInOneMonth_NamesBothDays_TheMonthOnce()
    {
        Assert.Equal("Tuesday 23 – Wednesday 24 February 2027", Of(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 24, 17), English));
        Assert.Equal("dinsdag 23 t/m woensdag 24 februari 2027", Of(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 24, 17), Dutch));
    }

    [Fact]
    public void DaysAcrossAMonthOrAYear_NameEachInFull()
    {
        Assert.Equal("Friday 26 February – Monday 1 March 2027", Of(Amsterdam(2027, 2, 26, 9), Amsterdam(2027, 3, 1, 17), English));
        Assert.Equal("Friday 31 December 2027 – Saturday 1 January 2028", Of(Amsterdam(2027, 12, 31, 20), Amsterdam(2028, 1, 1, 2), English));
        Assert.Equal("vrijdag 31 december 2027 t/m zaterdag 1 januari 2028", Of(Amsterdam(2027, 12, 31, 20), Amsterdam(2028, 1, 1, 2), Dutch));
    }

    [Fact]
    public void AnEveningEndingAtMidnight_IsOneDay()
    {
        Assert.Equal("Tuesday 23 February 2027", Of(Amsterdam(2027, 2, 23, 19), Amsterdam(2027, 2, 24, 0), English));
    }

    [Fact]
    public void Short_ForAYearsListOfEvents_NamesEveryDayWithoutWeekdayOrYear()
    {
        string Short(DateTime startUtc, DateTime endUtc, CultureInfo culture) => EventDays.Short(startUtc, endUtc, EventTime.DefaultTimeZoneId, culture);

        Assert.Equal("23 February", Short(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 23, 17), English));
        Assert.Equal("23 – 24 February", Short(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 24, 17), English));
        Assert.Equal("23 t/m 24 februari", Short(Amsterdam(2027, 2, 23, 9), Amsterdam(2027, 2, 24, 17), Dutch));
        Assert.Equal("26 February – 1 March", Short(Amsterdam(2027, 2, 26, 9), Amsterdam(2027, 3, 1, 17), English));
    }
}
