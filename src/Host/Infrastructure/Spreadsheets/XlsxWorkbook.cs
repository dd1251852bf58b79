using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DomatAljandal.Domain.Dates;

namespace DomatAljandal.Host.Infrastructure.Spreadsheets;

/// <summary>
/// Writes sheets into an .xlsx workbook with the Open XML SDK's forward-only writer: row by row as the rows arrive, so
/// ten thousand cases never sit in memory at once. Arabic workbooks read right to left; numbers and Gregorian dates are
/// real cells, the Hijri date a text column beside each date; strings are inline (no shared-string table to hold).
/// </summary>
public static class XlsxWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint NumberStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint PercentStyle = 5;
    private const uint DateFormatId = 164;

    /// <summary>The Excel number format of the Gregorian date columns.</summary>
    public const string DateFormat = "yyyy-mm-dd hh:mm";

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be readable, writable and seekable (a temporary file).</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<Sheet> sheets, bool arabic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();

        var entries = new Sheets();
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            await WriteSheetAsync(part, sheets[i], arabic, cancellationToken);
            entries.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = (uint)(i + 1),
                Name = UniqueName(arabic ? sheets[i].NameAr : sheets[i].NameEn, i, usedNames),
            });
        }

        workbook.Workbook = new Workbook(new BookViews(new WorkbookView()), entries);
    }

    private static async Task WriteSheetAsync(WorksheetPart part, Sheet sheet, bool arabic, CancellationToken cancellationToken)
    {
        var columns = Expand(sheet.Columns);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView
        {
            WorkbookViewId = 0,
            RightToLeft = arabic,
            Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        }));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());

        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var column in columns)
        {
            writer.WriteElement(TextCell(arabic ? column.HeaderAr : column.HeaderEn, HeaderStyle));
        }

        writer.WriteEndElement();

        var rowIndex = 1u;
        await foreach (var values in sheet.Rows.WithCancellation(cancellationToken))
        {
            writer.WriteStartElement(new Row { RowIndex = ++rowIndex });
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                var value = i < values.Count ? values[i] : null;
                foreach (var cell in Cells(sheet.Columns[i].Kind, value, arabic))
                {
                    writer.WriteElement(cell);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
    }

    /// <summary>The cells of one value: an instant gives two (Gregorian date, Hijri text); an empty value gives empty cells.</summary>
    private static IEnumerable<Cell> Cells(CellKind kind, object? value, bool arabic)
    {
        if (kind == CellKind.Instant)
        {
            if (value is not DateTimeOffset instant)
            {
                yield return new Cell();
                yield return new Cell();
                yield break;
            }

            var local = TimeZoneInfo.ConvertTime(instant, DualDate.Riyadh).DateTime;
            yield return new Cell
            {
                CellValue = new CellValue(local.ToOADate().ToString("R", CultureInfo.InvariantCulture)),
                StyleIndex = DateStyle,
            };
            yield return TextCell(Hijri(instant, arabic), 0);
            yield break;
        }

        yield return value switch
        {
            null => new Cell(),
            string text => TextCell(text, 0),
            _ when kind is CellKind.WholeNumber or CellKind.Number or CellKind.Percent && Number(value) is { } number => new Cell
            {
                DataType = CellValues.Number,
                CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
                StyleIndex = kind switch { CellKind.WholeNumber => IntegerStyle, CellKind.Percent => PercentStyle, _ => NumberStyle },
            },
            bool flag => TextCell(arabic ? (flag ? "نعم" : "لا") : (flag ? "Yes" : "No"), 0),
            _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
        };
    }

    private static double? Number(object value) => value switch
    {
        int i => i,
        long l => l,
        double d when double.IsFinite(d) => d,
        decimal m => (double)m,
        float f when float.IsFinite(f) => f,
        _ => null,
    };

    private static string Hijri(DateTimeOffset instant, bool arabic)
    {
        var hijri = DualDate.ToHijri(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{hijri.Year:D4}/{hijri.Month:D2}/{hijri.Day:D2}{(arabic ? " هـ" : " AH")}");
    }

    private static Cell TextCell(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    /// <summary>XML 1.0 cannot carry control characters; Excel refuses more than 32,767 characters in a cell.</summary>
    private static string Clean(string text)
    {
        var clean = text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')
            ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\t')])
            : text;
        return clean.Length > 32_767 ? clean[..32_767] : clean;
    }

    /// <summary>The sheet's columns as written: an instant column becomes its Gregorian and Hijri pair.</summary>
    private static List<SheetColumn> Expand(IReadOnlyList<SheetColumn> columns) =>
    [
        .. columns.SelectMany(c => c.Kind == CellKind.Instant
            ? new[]
            {
                c with { HeaderAr = $"{c.HeaderAr} (ميلادي)", HeaderEn = $"{c.HeaderEn} (Gregorian)" },
                c with { HeaderAr = $"{c.HeaderAr} (هجري)", HeaderEn = $"{c.HeaderEn} (Hijri)", Kind = CellKind.Text, Width = 16 },
            }
            : [c]),
    ];

    /// <summary>Excel's sheet names: at most 31 characters, none of <c>[]:*?/\</c>, unique.</summary>
    private static string UniqueName(string name, int index, HashSet<string> used)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        if (clean.Length == 0) clean = $"Sheet{index + 1}";
        if (clean.Length > 31) clean = clean[..31];
        var unique = clean;
        for (var n = 2; !used.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return unique;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 6 });
}
