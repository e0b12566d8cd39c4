using Microsoft.Extensions.Localization;
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
    public static void MapServiceExports(this RouteGroupBuilder area) =>
        area.MapGet("/services/{year:int}/export.xlsx", ExportAsync);

    private static async Task<IResult> ExportAsync(int year, EnteredArea entered, ServiceCatalogue catalogue, TimeProvider clock)
    {
        if (!BudgetYears.IsPlausible(year, clock)) return Results.NotFound();
        var area = entered.Area;
        var data = await catalogue.LoadAsync(year);
        var language = CultureSetup.Language;
        var labels = new ServicesExportLabels(area.NameIn(language), language, clock.GetUtcNow());
        return Results.File(ServicesXlsxExporter.Export(data, labels), ServicesXlsxExporter.ContentType, $"palvelut-{area.Slug}-{year}.xlsx");
    }
}
