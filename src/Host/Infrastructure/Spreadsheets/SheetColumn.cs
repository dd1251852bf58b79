namespace DomatAljandal.Host.Infrastructure.Spreadsheets;

/// <summary>A column of an exported sheet: its header in both languages, its kind and its width in characters.</summary>
public sealed record SheetColumn(string HeaderAr, string HeaderEn, CellKind Kind = CellKind.Text, double Width = 18);
