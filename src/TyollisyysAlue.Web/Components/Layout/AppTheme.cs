using MudBlazor;

namespace TyollisyysAlue.Web.Components.Layout;

/// <summary>Calm public-sector colours; every text/background pair meets WCAG 2.1 AA contrast (4.5:1).</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E79",
            Secondary = "#8A4B08",
            AppbarBackground = "#1F4E79",
            AppbarText = "#FFFFFF",
            TextSecondary = "#4A4A4A",
            Success = "#1E6B34",
            Warning = "#8A4B08",
            Error = "#B00020",
            Info = "#1F4E79",
            DrawerText = "#1A1A1A",
            DrawerIcon = "#1F4E79",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
