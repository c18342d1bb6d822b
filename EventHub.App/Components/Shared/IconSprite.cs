using System.Security.Cryptography;
using System.Text;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// The icons EventHub draws as plain markup (<see cref="PlainMarkup"/>: the shell, the navigation, the page buttons, the
/// guest rows), served once as an SVG sprite (<c>/icons.svg</c>) and drawn with <c>&lt;use&gt;</c>: the page then
/// carries a short reference instead of each icon's path data, in the markup every open tab keeps and in the render
/// batch that brings it. The sprite is built from MudBlazor's <see cref="Icons"/> constants, so it changes only with
/// MudBlazor or this list, and its address carries a hash of its content, so browsers may keep it for a year.
/// </summary>
public static class IconSprite
{
    // MudBlazor's path data by the symbol's id in the sprite. An icon missing here is still drawn, inline.
    private static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        // The shell and the navigation drawer.
        [Icons.Material.Filled.Menu] = "menu",
        [Icons.Material.Filled.LightMode] = "light-mode",
        [Icons.Material.Filled.DarkMode] = "dark-mode",
        [Icons.Material.Filled.Home] = "home",
        [Icons.Material.Filled.Event] = "event",
        [Icons.Material.Filled.Place] = "place",
        [Icons.Material.Filled.Label] = "label",
        [Icons.Material.Filled.Outbox] = "outbox",
        [Icons.Material.Filled.Insights] = "insights",
        [Icons.Material.Filled.Summarize] = "summarize",
        [Icons.Material.Filled.RateReview] = "rate-review",
        [Icons.Material.Filled.HowToReg] = "check-in",
        [Icons.Material.Filled.EditNote] = "edit-note",
        [Icons.Material.Filled.AssignmentTurnedIn] = "assignment",
        [Icons.Material.Filled.Business] = "business",
        [Icons.Material.Filled.Contacts] = "contacts",
        [Icons.Material.Filled.ManageAccounts] = "manage-accounts",
        [Icons.Material.Filled.PersonOff] = "person-off",
        [Icons.Material.Filled.Policy] = "policy",
        [Icons.Material.Filled.ManageSearch] = "manage-search",
        [Icons.Material.Filled.Balance] = "balance",
        [Icons.Material.Filled.Email] = "email",
        [Icons.Material.Filled.History] = "history",
        [Icons.Material.Filled.Accessibility] = "accessibility",
        // Home's cards.
        [Icons.Material.Outlined.CalendarMonth] = "calendar",
        [Icons.Material.Outlined.Place] = "place-outlined",
        // The invitations page: its buttons, the guest list's filters, sorting and pages, and the guest rows.
        [Icons.Material.Filled.GroupAdd] = "group-add",
        [Icons.Material.Filled.Send] = "send",
        [Icons.Material.Filled.Campaign] = "campaign",
        [Icons.Material.Filled.Replay] = "resend",
        [Icons.Material.Filled.NotificationsActive] = "remind",
        [Icons.Material.Filled.Block] = "cancel",
        [Icons.Material.Filled.Check] = "check",
        [Icons.Material.Filled.ArrowUpward] = "sort",
        [Icons.Material.Filled.FirstPage] = "first-page",
        [Icons.Material.Filled.NavigateBefore] = "previous-page",
        [Icons.Material.Filled.NavigateNext] = "next-page",
        [Icons.Material.Filled.LastPage] = "last-page",
        [Icons.Material.Filled.Phone] = "answer",
        [Icons.Material.Filled.PersonRemove] = "remove",
        [Icons.Material.Filled.PersonAdd] = "invite-again",
    };

    private static readonly byte[] Content = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + string.Concat(Ids.Select(icon => $"<symbol id=\"{icon.Value}\" viewBox=\"0 0 24 24\">{icon.Key}</symbol>"))
        + "</svg>");

    /// <summary>The sprite's address, with a hash of its content.</summary>
    public static string Address { get; } = $"icons.svg?v={Convert.ToHexStringLower(SHA256.HashData(Content))[..8]}";

    /// <summary>
    /// What draws <paramref name="icon"/> (the path data of an <see cref="Icons"/> constant) inside an <c>svg</c>
    /// element: a <c>use</c> of its symbol in the sprite, or null when the sprite does not have it.
    /// </summary>
    public static string? Use(string icon) =>
        Ids.TryGetValue(icon, out var id) ? $"<use href=\"{Address}#{id}\"></use>" : null;

    public static void MapIconSprite(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/icons.svg", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(Content, "image/svg+xml");
        }).AllowAnonymous().ExcludeFromDescription();
}
