using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DomatAljandal.Host.Tests.Reports;

/// <summary>An exported .xlsx opened for reading back: a sheet's direction, and a cell as text, number or date (by its number format).</summary>
public sealed class Workbook : IDisposable
{
    private readonly MemoryStream _bytes;
    private readonly SpreadsheetDocument _document;

    public Workbook(byte[] content)
    {
        _bytes = new MemoryStream(content);
        _document = SpreadsheetDocument.Open(_bytes, false);
    }

    public IReadOnlyList<string> SheetNames =>
        [.. _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public bool IsRightToLeft(int sheet) =>
        Part(sheet).Worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.RightToLeft?.Value == true;

    public int RowCount(int sheet) => Part(sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Count();

    public string? Text(int sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        return cell?.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
            : cell?.DataType?.Value == CellValues.SharedString
                ? _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
                : cell?.CellValue?.Text;
    }

    public double Number(int sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"No cell {reference}.");
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is not a number cell");
        return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    /// <summary>The cell's date: it must be a number whose style has a date format (built-in 14–22 or a custom one with y, m, d).</summary>
    public DateTime Date(int sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"No cell {reference}.");
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is text, not a date");
        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        var code = styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
        Assert.True(id is >= 14 and <= 22 || (code is not null && code.Contains('y') && code.Contains('d')), $"{reference} has no date format ({id} {code})");
        return DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _document.Dispose();
        _bytes.Dispose();
    }

    private WorksheetPart Part(int sheet)
    {
        var entry = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet);
        return (WorksheetPart)_document.WorkbookPart.GetPartById(entry.Id!.Value!);
    }

    /// <summary>The cell at a reference (A1 style), counting cells in order as the writer writes every cell of a row.</summary>
    private Cell? Cell(int sheet, string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        var row = int.Parse(reference[i..], CultureInfo.InvariantCulture);
        var found = Part(sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == row);
        return found?.Elements<Cell>().ElementAtOrDefault(column - 1);
    }
}
