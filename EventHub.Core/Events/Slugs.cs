using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>Readable, stable public URLs: "alliantiedag-gelijke-kansen-2026-12-29".</summary>
public static class Slugs
{
    public static string For(Event @event)
    {
        var words = TextNormalizer.ForUniqueness(@event.Title).Split(' ')
            .Select(TextNormalizer.ForMatching)
            .Where(w => w.Length > 0);
        var title = string.Join('-', words);
        if (title.Length > 90)
        {
            title = title[..90].TrimEnd('-');
        }

        var day = @event.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return title.Length == 0 ? day : $"{title}-{day}";
    }
}
