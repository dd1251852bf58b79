using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure.Spreadsheets;

namespace DomatAljandal.Host.Features.Reports.Departments;

/// <summary>The department KPIs as a workbook: one row per department, a column per channel.</summary>
public static class DepartmentKpisSheets
{
    public static IReadOnlyList<Sheet> Of(DepartmentKpisReport report, bool arabic)
    {
        ArgumentNullException.ThrowIfNull(report);
        var channels = Enum.GetValues<Channel>();
        IReadOnlyList<SheetColumn> columns =
        [
            new("الإدارة", "Department", Width: 30), new("الطلبات المفتوحة", "Opened", CellKind.WholeNumber, 14),
            new("الطلبات المغلقة", "Closed", CellKind.WholeNumber, 14), new("ضمن المهلة", "Within deadline", CellKind.Percent, 14),
            new("رضا الأعضاء", "Satisfaction", CellKind.Number, 14), new("الشكاوى", "Complaints", CellKind.WholeNumber, 12),
            new("الشكاوى المجاب عنها", "Complaints answered", CellKind.WholeNumber, 14),
            new("وسيط زمن الرد (ساعات)", "Median time to answer (hours)", CellKind.Number, 16),
            .. channels.Select(ch => new SheetColumn(ChannelNames.Arabic(ch), ChannelNames.English(ch), CellKind.WholeNumber, 14)),
        ];
        return
        [
            Sheet.Of("الإدارات", "Departments", columns, report.Departments.Select(d => (IReadOnlyList<object?>)
            [
                arabic ? d.NameAr : d.NameEn, d.Opened, d.Closed, d.WithinDeadline, d.Satisfaction, d.Complaints, d.ComplaintsAnswered,
                d.ComplaintMedianHoursToAnswer, .. d.ByChannel.Select(c => (object?)c.Count),
            ])),
        ];
    }
}
