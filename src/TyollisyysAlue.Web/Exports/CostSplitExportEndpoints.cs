using System.Globalization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// Downloads of a year's split for everyone who may read the area: .xlsx with live formulas (with the reconciliation
/// sheet once one is recorded), CSV (split, monthly schedule, reconciliation) and the committee's PDF. Same data as the page, through the same area authorization.
/// </summary>
public static class CostSplitExportEndpoints
{
    public static void MapCostSplitExports(this RouteGroupBuilder area) =>
        area.MapGet("/budget/{year:int}/export/{kind}", ExportAsync);

    private static async Task<IResult> ExportAsync(int year, string kind, Guid? key, EnteredArea entered,
        YearSplitQuery splits, YearEndQuery yearEnds, TimeProvider clock)
    {
        var area = entered.Area;
        var split = await splits.LoadAsync(year, key);
        if (split?.Split is null) return Results.NotFound();

        var language = CultureSetup.Language;
        var header = new CostSharingExportHeader(area.NameIn(language), year, split.KeyName, split.KeyChangedAt, clock.GetUtcNow(), language)
        {
            IndicatorLabels = split.Criteria.ToDictionary(c => c.IndicatorCode, c => c.NameIn(language)),
            MunicipalityNames = split.Members.ToDictionary(m => m.Code, m => m.NameIn(language)),
        };
        var settlements = (await yearEnds.LoadAsync(split)) is { Final: not null } yearEnd ? yearEnd.Settlements : null;
        var report = new CostSharingReport(header, split.Split, split.Advances, settlements);
        var name = $"kustannustenjako-{area.Slug}-{year}";
        return kind switch
        {
            "xlsx" => Results.File(CostSharingXlsxExporter.Export(report), CostSharingXlsxExporter.ContentType, name + ".xlsx"),
            "pdf" => Results.File(CostSharingPdfExporter.Export(report), CostSharingPdfExporter.ContentType, name + ".pdf"),
            "csv" => Results.File(Csv(s => CostSharingCsvExporter.WriteSplit(header, split.Split, s)), CostSharingCsvExporter.ContentType, name + ".csv"),
            "schedule-csv" when split.Advances is { } plan =>
                Results.File(Csv(s => CostSharingCsvExporter.WriteSchedule(header, plan, s)), CostSharingCsvExporter.ContentType, $"kuukausierat-{area.Slug}-{year}.csv"),
            "reconciliation-csv" when settlements is not null =>
                Results.File(Csv(s => CostSharingCsvExporter.WriteReconciliation(header, settlements, s)), CostSharingCsvExporter.ContentType, $"tasaus-{area.Slug}-{year}.csv"),
            _ => Results.NotFound(),
        };
    }

    private static byte[] Csv(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
