using DomatAljandal.Host.Localization;
using MudBlazor;

namespace DomatAljandal.Host.Components.Charts;

/// <summary>
/// How every chart reads in the page's language. MudBlazor draws its SVG charts left to right whatever the page's
/// direction, so in Arabic the categories (stages, weeks, months) are given last-first — the first one then sits on the
/// right, where an Arabic reader starts — and the axis numbers are written in the page's digits. Labels and every series'
/// data go through <see cref="InReadingOrder{T}"/> together so a bar never loses its label.
/// </summary>
public static class ChartReading
{
    /// <summary>The categories in the order the page is read: as given in English, last-first in Arabic.</summary>
    public static T[] InReadingOrder<T>(IEnumerable<T> categories) =>
        Loc.IsArabic ? [.. categories.Reverse()] : [.. categories];

    /// <summary>The labels under the bars or points, in reading order.</summary>
    public static string[] Labels<T>(IEnumerable<T> categories, Func<T, string> label) =>
        InReadingOrder(categories.Select(label));

    /// <summary>One series of values, in reading order.</summary>
    public static ChartSeries<double> Series<T>(string name, IEnumerable<T> categories, Func<T, double> value) =>
        new() { Name = name, Data = new ChartData<double>(InReadingOrder(categories.Select(value))) };

    /// <summary>Bar chart options whose axis numbers are in the page's digits; labels turned on a phone so they do not overlap.</summary>
    public static BarChartOptions Bars(bool showValues = false, bool showLegend = true) => new()
    {
        ShowValues = showValues,
        ShowLegend = showLegend,
        YAxisToStringFunc = AxisNumber,
    };

    /// <summary>Line chart options whose axis numbers are in the page's digits.</summary>
    public static LineChartOptions Lines() => new() { YAxisToStringFunc = AxisNumber };

    private static string AxisNumber(double value) => Loc.Number(value, "0.#");
}
