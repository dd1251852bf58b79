using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using MediatR;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// The survey results as a workbook (<c>GET /api/reports/satisfaction?format=xlsx</c>): the period's totals, a sheet per
/// breakdown (service, stage, department, channel, month) and the comments — each read from <see cref="SatisfactionReport"/>,
/// so a group under the minimum is left out of the workbook exactly as from the screen, and never a column by employee.
/// </summary>
public static class ExportSatisfaction
{
    public sealed record Query(DateOnly? From, DateOnly? To, bool Arabic) : IRequest<Workbook>;

    public sealed record Workbook(DateOnly From, DateOnly To, IReadOnlyList<Sheet> Sheets);

    private static readonly (SatisfactionGrouping Grouping, string NameAr, string NameEn, string HeaderAr, string HeaderEn)[] Breakdowns =
    [
        (SatisfactionGrouping.Service, "حسب الخدمة", "By service", "الخدمة", "Service"),
        (SatisfactionGrouping.Stage, "حسب المرحلة", "By stage", "المرحلة", "Stage"),
        (SatisfactionGrouping.Department, "حسب الإدارة", "By department", "الإدارة", "Department"),
        (SatisfactionGrouping.Channel, "حسب القناة", "By channel", "القناة", "Channel"),
    ];

    public sealed class Handler(IMediator mediator) : IRequestHandler<Query, Workbook>
    {
        public async Task<Workbook> Handle(Query request, CancellationToken cancellationToken)
        {
            var arabic = request.Arabic;
            var byMonth = await mediator.Send(new SatisfactionReport.Query(request.From, request.To, SatisfactionGrouping.Month), cancellationToken);
            var sheets = new List<Sheet> { Summary(byMonth) };
            foreach (var (grouping, nameAr, nameEn, headerAr, headerEn) in Breakdowns)
            {
                var report = await mediator.Send(new SatisfactionReport.Query(byMonth.From, byMonth.To, grouping), cancellationToken);
                sheets.Add(Sheet.Of(nameAr, nameEn, GroupColumns(new SheetColumn(headerAr, headerEn, Width: 30)),
                    report.Groups.Select(g => GroupRow(arabic ? g.NameAr : g.NameEn, g))));
            }

            sheets.Add(Sheet.Of("حسب الشهر", "By month", GroupColumns(new SheetColumn("الشهر", "Month", CellKind.Instant)),
                byMonth.Groups.Select(g => GroupRow(MonthStart(g.Key), g))));
            sheets.Add(Sheet.Of("التعليقات", "Comments",
                [
                    new("الشهر", "Month", CellKind.Instant), new("التقييم", "Score", CellKind.Number, 10), new("التعليق", "Comment", Width: 80),
                ],
                byMonth.Comments.Select(c => (IReadOnlyList<object?>)[MonthStart(c.Month), c.Score, c.Text])));
            return new Workbook(byMonth.From, byMonth.To, sheets);
        }

        private static Sheet Summary(SatisfactionReport.Report r) => Sheet.Of("الملخص", "Summary",
            [
                new("من", "From", CellKind.Instant), new("إلى", "To", CellKind.Instant), new("الإجابات", "Answers", CellKind.WholeNumber, 12),
                new("الراضون (4–5)", "Satisfied (4–5)", CellKind.WholeNumber, 14), new("نسبة الرضا", "Satisfaction", CellKind.Percent, 12),
                new("متوسط التقييم", "Mean score", CellKind.Number, 12), new("الاستبيانات المرسلة", "Surveys sent", CellKind.WholeNumber, 14),
                new("الاستبيانات المجابة", "Surveys answered", CellKind.WholeNumber, 14), new("نسبة الاستجابة", "Response rate", CellKind.Percent, 14),
                new("أشهر مخفية (أقل من الحد)", "Months hidden (under the minimum)", CellKind.WholeNumber, 16),
                new("الحد الأدنى للمجموعة", "Minimum group size", CellKind.WholeNumber, 14),
            ],
            [[MonthStart(r.From), DayStart(r.To), r.Answers, r.Satisfied, Share(r.Satisfaction), r.Score, r.Surveys, r.SurveysAnswered, Share(r.ResponseRate), r.HiddenGroups, r.MinimumGroupSize]]);

        private static IReadOnlyList<SheetColumn> GroupColumns(SheetColumn first) =>
        [
            first, new("الإجابات", "Answers", CellKind.WholeNumber, 12), new("الراضون (4–5)", "Satisfied (4–5)", CellKind.WholeNumber, 14),
            new("نسبة الرضا", "Satisfaction", CellKind.Percent, 12), new("متوسط التقييم", "Mean score", CellKind.Number, 12),
        ];

        private static IReadOnlyList<object?> GroupRow(object? first, SatisfactionReport.Group g) => [first, g.Answers, g.Satisfied, Share(g.Satisfaction), g.Score];

        /// <summary>The report gives percentages (60.0); the sheet's percent cells hold shares (0.6).</summary>
        private static decimal? Share(decimal? percent) => percent / 100m;

        private static DateTimeOffset? MonthStart(string key) =>
            DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month)
                ? MonthStart(month) : null;

        private static DateTimeOffset MonthStart(DateOnly month) => DayStart(new DateOnly(month.Year, month.Month, 1));

        /// <summary>Midnight of the day in Riyadh, which the sheet shows as that date.</summary>
        private static DateTimeOffset DayStart(DateOnly day)
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, DualDate.Riyadh.GetUtcOffset(local));
        }
    }
}
