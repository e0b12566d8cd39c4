using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Infrastructure.Exports.Audit;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// The area's audit log as CSV for its administrators, with the page's filters
/// (<c>?from=2026-01-01&amp;to=2026-01-31&amp;user=…&amp;type=…</c>), through the same area authorization as the page.
/// </summary>
public static class AuditExportEndpoints
{
    public static void MapAuditExport(this RouteGroupBuilder area) =>
        area.MapGet("/audit/export.csv", ExportAsync).RequireAuthorization(Policies.AreaAdmin);

    private static async Task<IResult> ExportAsync(string? from, string? to, string? user, string? type,
        HttpContext http, EnteredArea entered, AuditLogQuery log, IPersonNames people, IStringLocalizer<SharedResource> l)
    {
        var area = entered.Area;
        var filter = new AuditLogFilter(ParseDay(from), ParseDay(to), user, type);
        var rows = await log.ExportAsync(filter, http.RequestAborted);
        var headings = new AuditCsvHeadings(l["Audit.Time"], l["Audit.User"], l["Audit.EntityType"], l["Audit.Key"], l["Audit.Action"], l["Audit.Changes"]);
        var names = await people.LookUpAsync(rows.Select(r => r.UserName), rows.Select(r => r.UserId), http.RequestAborted);
        using var buffer = new MemoryStream();
        AuditCsvExporter.Write(rows, headings, action => l[$"Audit.Action.{action}"], type => Components.Pages.Admin.AuditTable.EntityName(l, type), names, buffer);
        return Results.File(buffer.ToArray(), AuditCsvExporter.ContentType, $"muutosloki-{area.Slug}.csv");
    }

    /// <summary>ISO dates (as the page writes them); anything else means no limit.</summary>
    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
