using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Common;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Infrastructure.Exports.Indicators;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>An indicator of the area's members over time as .xlsx or CSV, for everyone who may read the area.</summary>
public static class IndicatorSeriesExportEndpoints
{
    public static void MapIndicatorSeriesExports(this RouteGroupBuilder area)
    {
        area.MapGet("/indicators/{code}/series.xlsx", (string code, int from, int to, EnteredArea entered,
                IndicatorSeriesQuery query, IStringLocalizer<SharedResource> localizer, TimeProvider clock) =>
            ExportAsync(code, from, to, entered.Area, query, localizer, clock, xlsx: true)).RequireAuthorization(Policies.AreaRead);
        area.MapGet("/indicators/{code}/series.csv", (string code, int from, int to, EnteredArea entered,
                IndicatorSeriesQuery query, IStringLocalizer<SharedResource> localizer, TimeProvider clock) =>
            ExportAsync(code, from, to, entered.Area, query, localizer, clock, xlsx: false)).RequireAuthorization(Policies.AreaRead);
    }

    private static async Task<IResult> ExportAsync(string code, int from, int to, UserArea area,
        IndicatorSeriesQuery query, IStringLocalizer<SharedResource> localizer, TimeProvider clock, bool xlsx)
    {
        if (!IndicatorSeriesQuery.IsPlausibleSpan(from, to, clock)) return Results.NotFound();
        if (await query.LoadAsync(code, from, to) is not { } series) return Results.NotFound();
        var language = CultureSetup.Language;
        var labels = new SeriesExportLabels(area.NameIn(language), language, HelsinkiTime.At(clock.GetUtcNow()), key => localizer[key].Value);
        var name = $"{code}-{area.Slug}-{from}-{to}";
        return xlsx
            ? Results.File(IndicatorSeriesExporter.Xlsx(series, labels), IndicatorSeriesExporter.XlsxContentType, name + ".xlsx")
            : Results.File(IndicatorSeriesExporter.Csv(series, labels), IndicatorSeriesExporter.CsvContentType, name + ".csv");
    }
}
