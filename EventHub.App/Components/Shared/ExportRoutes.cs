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
    /// <summary>Maps <paramref name="handler"/> at <paramref name="path"/> with each format's extension.</summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder endpoints, string path, Delegate handler, string? policy = null)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var route = endpoints.MapGet($"{path}.{format.Extension()}", handler);
            if (policy is not null)
            {
                route.RequireAuthorization(policy);
            }
        }

        return endpoints;
    }

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
