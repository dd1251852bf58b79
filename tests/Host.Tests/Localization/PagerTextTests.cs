using System.Globalization;
using DomatAljandal.Host.Components.Shared;

namespace DomatAljandal.Host.Tests.Localization;

/// <summary>The pagers' «١–٢٥ من ٣٠٠» text: the real range and total, in the page's digits.</summary>
public sealed class PagerTextTests
{
    [Theory]
    [InlineData(0, 25, 300, "١–٢٥ من ٣٠٠", "1–25 of 300")]
    [InlineData(11, 25, 290, "٢٧٦–٢٩٠ من ٢٩٠", "276–290 of 290")]
    [InlineData(1, 50, 51, "٥١–٥١ من ٥١", "51–51 of 51")]
    [InlineData(0, 25, 0, "٠–٠ من ٠", "0–0 of 0")]
    public void The_range_and_the_total_are_written_in_the_pages_digits(int page, int rowsPerPage, int total, string arabic, string english)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            Assert.Equal(arabic, TablePagerText.Info(page, rowsPerPage, total));
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            Assert.Equal(english, TablePagerText.Info(page, rowsPerPage, total));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
