using MudBlazor;

namespace DomatAljandal.Host.Components.Layout;

/// <summary>Honey and earth colours, and fonts that render Arabic well without downloading anything.</summary>
public static class SocietyTheme
{
    private static readonly string[] Fonts =
        ["Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", "Tahoma", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#8a5a00",
            Secondary = "#2e7d32",
            Tertiary = "#f2a900",
            AppbarBackground = "#6d4700",
            Background = "#fbf8f2",
            DrawerBackground = "#fffdf8",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts },
            Body1 = new Body1Typography { FontFamily = Fonts },
            Body2 = new Body2Typography { FontFamily = Fonts },
        },
    };
}
