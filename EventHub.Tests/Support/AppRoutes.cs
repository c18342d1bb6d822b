using System.Text.RegularExpressions;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// Every page of the app, found in the app itself (its Razor component endpoints, each with its <c>@page</c> template
/// and the authorization metadata the app really applies), with who may see it and a URL filled with real ids from
/// the demo data (<see cref="DemoRouteValues"/>). A new page is in this list without anyone adding it; a page with a
/// route parameter nobody knows how to fill fails <see cref="DiscoverAsync"/> with a message saying where to add it.
/// </summary>
public static partial class AppRoutes
{
    /// <summary>Every page (Razor component endpoint) of the app: what the every-page accessibility tests visit.</summary>
    public static async Task<IReadOnlyList<AppRoute>> DiscoverAsync(IServiceProvider services, DemoRouteValues values) =>
        (await DiscoverEndpointsAsync(services, values)).Where(r => r.IsPage).ToList();

    /// <summary>
    /// Every page and every endpoint of the app (minimal APIs: exports, calendar files, culture switch, health, sign-out)
    /// with its HTTP method: what the authorization matrix asks for. Left out: the static files (<c>MapStaticAssets</c>, one
    /// endpoint per file, open to anyone by design) and Blazor's own plumbing (<c>/_blazor</c>, <c>/_framework</c>), which
    /// serves no data of its own: every component behind it authorizes itself.
    /// </summary>
    public static async Task<IReadOnlyList<AppRoute>> DiscoverEndpointsAsync(IServiceProvider services, DemoRouteValues values)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var routes = new List<AppRoute>();
        var unknown = new List<string>();
        foreach (var endpoint in AppEndpoints(services.GetRequiredService<EndpointDataSource>()))
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (template.StartsWith("/_blazor", StringComparison.Ordinal) || template.StartsWith("/_framework", StringComparison.Ordinal))
            {
                continue;
            }

            var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? HttpMethods.Get;
            var access = await AccessOfAsync(endpoint, policies);
            var url = ParameterPattern().Replace(template, match =>
            {
                var name = match.Groups["name"].Value;
                if (values.For(FirstSegment(template), name) is { } value)
                {
                    return Uri.EscapeDataString(value);
                }

                unknown.Add($"{template} ({component?.Name ?? endpoint.DisplayName}): no demo value for {{{name}}}");
                return match.Value;
            });
            routes.Add(new AppRoute(template, url, method, component, access));
        }

        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                "A page has a route parameter that the route discovery cannot fill. Add a real value for it from the demo data in " +
                $"{nameof(DemoRouteValues)}.{nameof(DemoRouteValues.ReadAsync)} (EventHub.Tests/Support/DemoRouteValues.cs), so the page is checked:\n" +
                string.Join("\n", unknown));
        }

        return routes.DistinctBy(r => (r.Method, r.Template)).OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>The app's route endpoints, without those of the static files' own data source (an internal type, known by name).</summary>
    private static IEnumerable<RouteEndpoint> AppEndpoints(EndpointDataSource source) =>
        source is CompositeEndpointDataSource composite
            ? composite.DataSources.Where(s => s.GetType().Name != "StaticAssetsEndpointDataSource").SelectMany(AppEndpoints)
            : source.Endpoints.OfType<RouteEndpoint>();

    /// <summary>What the app's authorization middleware applies to the endpoint: its [Authorize] policies, or the fallback policy.</summary>
    private static async Task<PageAccess> AccessOfAsync(Endpoint endpoint, IAuthorizationPolicyProvider provider)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return PageAccess.Anyone;
        }

        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await provider.GetFallbackPolicyAsync();
        if (policy is null)
        {
            return PageAccess.Anyone;
        }

        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().ToList();
        if (roles.Count == 0)
        {
            return PageAccess.SignedIn;
        }

        // Every roles requirement must be met: the roles that meet all of them.
        var allowed = Roles.All.Where(role => roles.All(r => r.AllowedRoles.Contains(role))).ToHashSet();
        return new PageAccess(true, allowed);
    }

    /// <summary>The route's first segment ("events"), or "*" for a route that starts with a parameter (a catch-all).</summary>
    private static string FirstSegment(string template) =>
        template.TrimStart('/').Split('/')[0] is var first && first.StartsWith('{') ? "*" : first;

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(:[^}]+)?\}")]
    private static partial Regex ParameterPattern();
}

/// <summary>
/// One routable page or endpoint: its template, a URL with real values, its HTTP method, its component (null for a
/// minimal API endpoint) and who may see it.
/// </summary>
public sealed record AppRoute(string Template, string Url, string Method, Type? Component, PageAccess Access)
{
    public bool IsPage => Component is not null;

    /// <summary>A page of the plain public layout (no sign-in): the partner-facing and sign-in pages.</summary>
    public bool IsPublic => !Access.RequiresSignIn;

    /// <summary>A page of the interactive app (not excluded from interactive routing, as the static pages are).</summary>
    public bool IsInteractive => Component is not null && !Component.IsDefined(typeof(ExcludeFromInteractiveRoutingAttribute), inherit: true);

    public override string ToString() => Method == HttpMethods.Get ? Template : $"{Method} {Template}";
}

/// <summary>
/// Who may open a page: anyone (no sign-in), anyone signed in (<see cref="Roles"/> empty), or people in one of
/// <see cref="Roles"/>.
/// </summary>
public sealed record PageAccess(bool RequiresSignIn, IReadOnlySet<string> Roles)
{
    public static readonly PageAccess Anyone = new(false, new HashSet<string>());
    public static readonly PageAccess SignedIn = new(true, new HashSet<string>());

    public bool Allows(string? role) =>
        !RequiresSignIn || (role is not null && (Roles.Count == 0 || Roles.Contains(role)));

    public override string ToString() =>
        !RequiresSignIn ? "anyone" : Roles.Count == 0 ? "anyone signed in" : string.Join(", ", Roles.Order(StringComparer.Ordinal));
}
