using MudBlazor;

namespace EventHub.App.Components.Layout;

/// <summary>EventHub's colours and type for MudBlazor; the same palette as wwwroot-assets/css/eventhub.css.</summary>
public static class BrandTheme
{
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad",
            Secondary = "#9c3d12",
            Tertiary = "#05705a",
            PrimaryContrastText = "#ffffff",
            SecondaryContrastText = "#ffffff",
            AppbarBackground = "#0b5cad",
            AppbarText = "#ffffff",
            Background = "#f6f8fb",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1d2433",
            TextSecondary = "#4a5366",
            Success = "#1b7a3a",
            Warning = "#8a5a00",
            Error = "#b3261e",
            Info = "#0b5cad",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cc2ff",
            Secondary = "#ffb08a",
            Tertiary = "#6fdcbc",
            PrimaryContrastText = "#0f1722",
            SecondaryContrastText = "#0f1722",
            TertiaryContrastText = "#0f1722",
            AppbarBackground = "#14233a",
            AppbarText = "#e8edf4",
            Background = "#0f1722",
            Surface = "#18222f",
            DrawerBackground = "#141d28",
            TextPrimary = "#e8edf4",
            TextSecondary = "#b9c3d1",
            Success = "#7ad79a",
            Warning = "#ffcf70",
            Error = "#ffb4ab",
            Info = "#8cc2ff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
