namespace EventHub.Core.Demo;

/// <summary>
/// Days on which the demo holds its meetings: Monday to Friday, not on a Dutch public holiday and not in the Christmas
/// break (24 December to 1 January, New Year's Eve included), so a demo started on any day looks like a real year.
/// </summary>
public static class DemoMeetingDays
{
    public static bool IsMeetingDay(DateTime day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day.Date) && !IsChristmasBreak(day.Date);

    /// <summary>The first meeting day on or after <paramref name="day"/>.</summary>
    public static DateTime OnOrAfter(DateTime day) => Walk(day.Date, 1);

    /// <summary>The last meeting day on or before <paramref name="day"/>.</summary>
    public static DateTime OnOrBefore(DateTime day) => Walk(day.Date, -1);

    /// <summary>
    /// Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag (26 April when the 27th is a Sunday), Bevrijdingsdag, Hemelvaart,
    /// Pinksteren and Kerstmis.
    /// </summary>
    public static bool IsPublicHoliday(DateTime day)
    {
        var easter = EasterSunday(day.Year);
        var kingsDay = new DateTime(day.Year, 4, 27) is { DayOfWeek: DayOfWeek.Sunday } ? new DateTime(day.Year, 4, 26) : new DateTime(day.Year, 4, 27);
        DateTime[] holidays =
        [
            new(day.Year, 1, 1), easter.AddDays(-2), easter, easter.AddDays(1), kingsDay, new(day.Year, 5, 5),
            easter.AddDays(39), easter.AddDays(49), easter.AddDays(50), new(day.Year, 12, 25), new(day.Year, 12, 26),
        ];
        return holidays.Contains(day.Date);
    }

    private static bool IsChristmasBreak(DateTime day) => day is { Month: 12, Day: >= 24 } or { Month: 1, Day: 1 };

    private static DateTime Walk(DateTime day, int step)
    {
        while (!IsMeetingDay(day))
        {
            day = day.AddDays(step);
        }

        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    private static DateTime EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(year, month, dayOfMonth);
    }
}
