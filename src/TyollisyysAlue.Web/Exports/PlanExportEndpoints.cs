using System.Globalization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
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
    public static void MapPlanExports(this WebApplication app) =>
        app.MapGet("/areas/{AreaKey}/plan/versions/{versionId:guid}/export.{format}", ExportAsync).RequireAuthorization(Policies.AreaRead);

    private static async Task<IResult> ExportAsync(string areaKey, Guid versionId, string format, HttpContext http,
        UserAreaAccess access, AreaContext areaContext, PlanDocumentBuilder documents)
    {
        if (format is not ("pdf" or "docx")) return Results.NotFound();
        if (http.User.UserId() is not { } userId || await access.FindAsync(userId, areaKey) is not { } area) return Results.NotFound();
        areaContext.EnterArea(area.AreaId, area.Roles);
        if (await documents.BuildAsync(versionId, http.RequestAborted) is not { } document) return Results.NotFound();

        var name = string.Create(CultureInfo.InvariantCulture,
            $"jarjestamissuunnitelma-{area.Slug}-{document.VersionDate:yyyy-MM-dd}-{document.Language}.{format}");
        return format == "pdf"
            ? Results.File(PlanPdfExporter.Render(document), PlanPdfExporter.ContentType, name)
            : Results.File(PlanDocxExporter.Render(document), PlanDocxExporter.ContentType, name);
    }
}
