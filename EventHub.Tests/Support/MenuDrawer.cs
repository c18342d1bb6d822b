using System.Text.RegularExpressions;

namespace EventHub.Tests.Support;

/// <summary>The app's menu (MudDrawer) as its classes show it: beside the page from 1280 px, folded behind its button below.</summary>
public static partial class MenuDrawer
{
    [GeneratedRegex(@"\bmud-drawer--open\b")]
    public static partial Regex Open();

    [GeneratedRegex(@"\bmud-drawer--closed\b")]
    public static partial Regex Closed();
}
