using DomatAljandal.Host.Infrastructure.Spreadsheets;

namespace DomatAljandal.Host.Features.Reports.Stages;

/// <summary>The stage report as a workbook: the stages, the weeks and the outliers, one sheet each.</summary>
public static class StageReportSheets
{
    public static IReadOnlyList<Sheet> Of(StageReport report, bool arabic)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            Sheet.Of("زمن المراحل", "Time in stages",
            [
                new("المرحلة", "Stage", Width: 28), new("عدد المرات", "Count", CellKind.WholeNumber, 12),
                new("الوسيط (ساعات)", "Median (hours)", CellKind.Number), new("المئين 90 (ساعات)", "90th percentile (hours)", CellKind.Number),
                new("الوسيط (أيام)", "Median (days)", CellKind.Number), new("المئين 90 (أيام)", "90th percentile (days)", CellKind.Number),
                new("الوسيط (أيام عمل)", "Median (working days)", CellKind.Number), new("المئين 90 (أيام عمل)", "90th percentile (working days)", CellKind.Number),
                new("ضمن المهلة", "Within deadline", CellKind.Percent), new("عنق الزجاجة", "Bottleneck", Width: 12),
            ], report.Stages.Select(s => (IReadOnlyList<object?>)
            [
                arabic ? s.NameAr : s.NameEn, s.Count, s.MedianHours, s.P90Hours, s.MedianDays, s.P90Days, s.MedianWorkingDays, s.P90WorkingDays,
                s.WithinDeadline, s.IsBottleneck,
            ])),
            Sheet.Of("الأسابيع", "Weeks",
            [
                new("بداية الأسبوع", "Week start", CellKind.Instant), new("فتحت", "Opened", CellKind.WholeNumber, 12),
                new("أغلقت", "Closed", CellKind.WholeNumber, 12), new("المتراكم في نهايته", "Backlog at its end", CellKind.WholeNumber),
            ], report.Weeks.Select(w => (IReadOnlyList<object?>)[w.WeekStart, w.Opened, w.Closed, w.Backlog])),
            Sheet.Of("الحالات الشاذة", "Outliers",
            [
                new("رقم الطلب", "Reference", Width: 18), new("المرحلة", "Stage", Width: 28), new("الساعات", "Hours", CellKind.Number, 12),
                new("أضعاف الوسيط", "Times the median", CellKind.Number, 14), new("الرابط", "Link", Width: 44),
            ], report.Outliers.Select(o => (IReadOnlyList<object?>)[o.Reference, arabic ? o.NameAr : o.NameEn, o.Hours, o.TimesMedian, o.Link])),
        ];
    }
}
