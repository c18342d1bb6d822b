using System.Globalization;
using EventHub.Core.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Every list export answers at one path per format (<c>guests.csv</c>, <c>guests.xlsx</c>), and the links to it carry the
/// list's filter, the reader's language and, for a CSV, its separator.
/// </summary>
public static class ExportRoutes
{
    /// <summary>
    /// The routes of the export at <paramref name="path"/>, one per format (<c>{path}.csv</c>, <c>{path}.xlsx</c>). Each
    /// endpoint file maps them with its handler as a method group, so that the Request Delegate Generator writes the
    /// handler's code at build time (it cannot see through a handler passed on as a <see cref="Delegate"/>).
    /// </summary>
    public static IEnumerable<string> Patterns(string path) =>
        Enum.GetValues<ExportFormat>().Select(format => $"{path}.{format.Extension()}");

    /// <summary>The link to an export at <paramref name="path"/>: the filled-in filters, the reader's language, and a CSV's separator.</summary>
    public static string Link(string path, bool semicolon, ExportFormat format, params (string Name, string? Value)[] filters)
    {
        var parameters = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Name, f => f.Value);
        parameters["lang"] = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (format == ExportFormat.Csv)
        {
            parameters["delimiter"] = semicolon ? "semicolon" : "comma";
        }

        return QueryHelpers.AddQueryString($"{path}.{format.Extension()}", parameters);
    }
}
