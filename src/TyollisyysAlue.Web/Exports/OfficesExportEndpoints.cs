using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
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
    public static void MapOfficesExports(this WebApplication app)
    {
        app.MapGet("/areas/{AreaKey}/offices/export/xlsx", OfficesAsync).RequireAuthorization(Policies.AreaRead);
        app.MapGet("/areas/{AreaKey}/staffing/export/xlsx", StaffingAsync).RequireAuthorization(Policies.AreaRead);
        app.MapGet("/areas/{AreaKey}/partners/export/xlsx", PartnersAsync).RequireAuthorization(Policies.AreaRead);
    }

    private static async Task<IResult> OfficesAsync(string areaKey, string? on, HttpContext http, UserAreaAccess access, AreaContext areaContext,
        OfficeEditing offices, ProductionAreaEditing production, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        if (await EnterAsync(http, access, areaContext, areaKey) is not { } area) return Results.NotFound();
        var day = DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : TyollisyysAlue.Domain.Common.HelsinkiTime.Today(clock);
        var view = await offices.LoadAsync(day);
        var name = area.NameIn(CultureSetup.Language);
        var sheets = new[] { Offices(l, name, view), Coverage(l, name, view, day), Production(l, name, await production.LoadAsync()) };
        return Results.File(TableXlsxExporter.Export(sheets), TableXlsxExporter.ContentType, $"toimipisteet-{area.Slug}.xlsx");
    }

    private static async Task<IResult> StaffingAsync(string areaKey, HttpContext http, UserAreaAccess access, AreaContext areaContext,
        StaffingEditing staffing, IStringLocalizer<SharedResource> l)
    {
        if (await EnterAsync(http, access, areaContext, areaKey) is not { } area) return Results.NotFound();
        var view = await staffing.LoadAsync();
        var name = area.NameIn(CultureSetup.Language);
        return Results.File(TableXlsxExporter.Export([StaffMatrix(l, name, view), StaffRows(l, name, view)]), TableXlsxExporter.ContentType,
            $"henkilosto-{area.Slug}.xlsx");
    }

    private static async Task<IResult> PartnersAsync(string areaKey, HttpContext http, UserAreaAccess access, AreaContext areaContext,
        PartnerEditing partners, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        if (await EnterAsync(http, access, areaContext, areaKey) is not { } area) return Results.NotFound();
        var today = TyollisyysAlue.Domain.Common.HelsinkiTime.Today(clock);
        var sheet = Partners(l, area.NameIn(CultureSetup.Language), await partners.LoadAsync(), today);
        return Results.File(TableXlsxExporter.Export([sheet]), TableXlsxExporter.ContentType, $"yhteistyotahot-{area.Slug}.xlsx");
    }

    private static async Task<UserArea?> EnterAsync(HttpContext http, UserAreaAccess access, AreaContext areaContext, string areaKey)
    {
        if (http.User.UserId() is not { } userId || await access.FindAsync(userId, areaKey) is not { } area) return null;
        areaContext.EnterArea(area.AreaId, area.Roles);
        return area;
    }
}
