using System.Globalization;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// A stored plan version as PDF or .docx for everyone who may read the area, in the version's own language
/// (frozen tables for approved versions). Another area's version answers "not found".
/// </summary>
public static class PlanExportEndpoints
{
    public static void MapPlanExports(this RouteGroupBuilder area) =>
        area.MapGet("/plan/versions/{versionId:guid}/export.{format}", ExportAsync);

    private static async Task<IResult> ExportAsync(Guid versionId, string format, HttpContext http, EnteredArea entered,
        PlanDocumentBuilder documents)
    {
        if (format is not ("pdf" or "docx")) return Results.NotFound();
        var area = entered.Area;
        if (await documents.BuildAsync(versionId, http.RequestAborted) is not { } document) return Results.NotFound();

        var name = string.Create(CultureInfo.InvariantCulture,
            $"jarjestamissuunnitelma-{area.Slug}-{document.VersionDate:yyyy-MM-dd}-{document.Language}.{format}");
        return format == "pdf"
            ? Results.File(PlanPdfExporter.Render(document), PlanPdfExporter.ContentType, name)
            : Results.File(PlanDocxExporter.Render(document), PlanDocxExporter.ContentType, name);
    }
}
