namespace EventHub.App.Hosting;

/// <summary>The light/dark choice is kept in a cookie so the first paint already has the right colours.</summary>
public static class ThemePreference
{
    public const string CookieName = "EventHub.Theme";

    public static bool IsDark(HttpRequest request) => request.Cookies[CookieName] == "dark";
}
