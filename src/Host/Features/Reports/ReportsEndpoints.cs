using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Reports.Departments;
using DomatAljandal.Host.Features.Reports.Stages;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Localization;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>The managers' reports over HTTP (JSON, or a workbook with <c>?format=xlsx</c>).</summary>
public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Managers);
        reports.MapGet("/stages", async Task<Results<Ok<StageReport>, XlsxFile, ValidationProblem>> (DateTimeOffset? from, DateTimeOffset? to,
                    string? serviceType, Channel? channel, Guid? department, string? format, IMediator mediator, CancellationToken ct) =>
                {
                    var xlsx = XlsxFile.Wanted(format);
                    var report = await mediator.Send(new GetStageReport.Query(from, to, serviceType, channel, department), ct);
                    return xlsx ? new XlsxFile($"stages-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}", StageReportSheets.Of(report, Loc.IsArabic)) : TypedResults.Ok(report);
                })
            .RequireDefinedEnums()
            .WithSummary("Time in each stage (median, 90th percentile; calendar and working days), share within deadline, the bottleneck, " +
                         "weekly opened/closed/backlog and outliers; filters from, to, serviceType, channel, department; ?format=xlsx for a workbook.");
        reports.MapGet("/departments", async Task<Results<Ok<DepartmentKpisReport>, XlsxFile, ValidationProblem>> (DateTimeOffset? from, DateTimeOffset? to,
                    string? format, IMediator mediator, CancellationToken ct) =>
                {
                    var xlsx = XlsxFile.Wanted(format);
                    var report = await mediator.Send(new GetDepartmentKpis.Query(from, to), ct);
                    return xlsx ? new XlsxFile($"departments-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}", DepartmentKpisSheets.Of(report, Loc.IsArabic)) : TypedResults.Ok(report);
                })
            .WithSummary("Each department's requests opened (by channel) and closed, share within deadline, complaints and median time to answer " +
                         "(satisfaction null until surveys exist); filters from, to; ?format=xlsx for a workbook.");
        return app;
    }
}
