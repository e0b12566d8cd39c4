using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Application.Partners;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Infrastructure.Exports.Offices;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;
using static TyollisyysAlue.Web.Exports.OfficesExportSheets;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// .xlsx downloads of offices (with coverage and production areas), staffing and partners for everyone who may read
/// the area; same data as the pages, through the same area authorization (another area's address answers 404).
/// </summary>
public static class OfficesExportEndpoints
{
    public static void MapOfficesExports(this RouteGroupBuilder area)
    {
        area.MapGet("/offices/export/xlsx", OfficesAsync);
        area.MapGet("/staffing/export/xlsx", StaffingAsync);
        area.MapGet("/partners/export/xlsx", PartnersAsync);
    }

    private static async Task<IResult> OfficesAsync(string? on, EnteredArea entered,
        OfficesQuery offices, ProductionAreasQuery production, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        var area = entered.Area;
        var day = DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : HelsinkiTime.Today(clock);
        var view = await offices.LoadAsync(day);
        var name = area.NameIn(CultureSetup.Language);
        var sheets = new[] { Offices(l, name, view), Coverage(l, name, view, day), Production(l, name, await production.LoadAsync()) };
        return Results.File(TableXlsxExporter.Export(sheets), TableXlsxExporter.ContentType, $"toimipisteet-{area.Slug}.xlsx");
    }

    private static async Task<IResult> StaffingAsync(EnteredArea entered, StaffingQuery staffing, IStringLocalizer<SharedResource> l)
    {
        var area = entered.Area;
        var view = await staffing.LoadAsync();
        var name = area.NameIn(CultureSetup.Language);
        return Results.File(TableXlsxExporter.Export([StaffMatrix(l, name, view), StaffRows(l, name, view)]), TableXlsxExporter.ContentType,
            $"henkilosto-{area.Slug}.xlsx");
    }

    private static async Task<IResult> PartnersAsync(EnteredArea entered, PartnersQuery partners, IStringLocalizer<SharedResource> l,
        TimeProvider clock)
    {
        var area = entered.Area;
        var today = HelsinkiTime.Today(clock);
        var sheet = Partners(l, area.NameIn(CultureSetup.Language), await partners.LoadAsync(), today);
        return Results.File(TableXlsxExporter.Export([sheet]), TableXlsxExporter.ContentType, $"yhteistyotahot-{area.Slug}.xlsx");
    }
}
