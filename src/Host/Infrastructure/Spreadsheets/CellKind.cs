namespace DomatAljandal.Host.Infrastructure.Spreadsheets;

/// <summary>What a column holds, so the cell is a real number or date in Excel rather than text.</summary>
public enum CellKind
{
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number shown with two decimals.</summary>
    Number,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Percent,

    /// <summary>
    /// An instant (<see cref="DateTimeOffset"/>): written as two columns, the Gregorian date and time as an Excel date in
    /// the society's time zone, and the Hijri (Umm al-Qura) date beside it as text (Excel has no Hijri date cell).
    /// </summary>
    Instant,
}
