using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Infrastructure.Exports.Services;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>The services of a year as .xlsx (services, summary, procurement plan) for everyone who may read the area.</summary>
public static class ServiceExportEndpoints
{
    public static void MapServiceExports(this WebApplication app) =>
        app.MapGet("/areas/{AreaKey}/services/{year:int}/export.xlsx", ExportAsync).RequireAuthorization(Policies.AreaRead);

    private static async Task<IResult> ExportAsync(string areaKey, int year, HttpContext http, UserAreaAccess access, AreaContext areaContext,
        ServiceCatalogue catalogue, TimeProvider clock)
    {
        if (year is < 2000 or > 2100) return Results.NotFound();
        if (http.User.UserId() is not { } userId || await access.FindAsync(userId, areaKey) is not { } area) return Results.NotFound();
        areaContext.EnterArea(area.AreaId, area.Roles);
        var data = await catalogue.LoadAsync(year);
        var language = CultureSetup.Language;
        var labels = new ServicesExportLabels(area.NameIn(language), language, clock.GetUtcNow());
        return Results.File(ServicesXlsxExporter.Export(data, labels), ServicesXlsxExporter.ContentType, $"palvelut-{area.Slug}-{year}.xlsx");
    }
}
