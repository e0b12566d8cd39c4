using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Infrastructure.Exports.FollowUp;
using TyollisyysAlue.Infrastructure.Exports.Offices;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Components.Pages.FollowUp;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>The budget follow-up table of a year as .xlsx (live formulas) or CSV, in the reader's language, for everyone who may read the area.</summary>
public static class FollowUpExportEndpoints
{
    public static void MapFollowUpExports(this RouteGroupBuilder area) =>
        area.MapGet("/follow-up/export.{format}", async (string format, int year, EnteredArea entered, FollowUpQuery query,
            IStringLocalizer<SharedResource> l, HttpContext http) =>
        {
            if (format is not ("xlsx" or "csv")) return Results.NotFound();
            var report = await query.LoadAsync(year, ct: http.RequestAborted);
            var language = CultureSetup.Language;
            string Text(string key) => l[key];
            var name = string.Create(CultureInfo.InvariantCulture, $"seuranta-{entered.Area.Slug}-{year}-{language}.{format}");
            if (format == "csv") return Results.File(FollowUpTableExporter.Csv(report, Text, FollowUpText.MonthShort), FollowUpTableExporter.CsvContentType, name);
            var through = report.ThroughMonth > 0 ? FollowUpText.Month(report.ThroughMonth, year) : "–";
            var title = $"{l["FollowUp.ExportTitle", year, through]} – {entered.Area.NameIn(language)}";
            return Results.File(FollowUpTableExporter.Xlsx(report, title, Text, FollowUpText.MonthShort), TableXlsxExporter.ContentType, name);
        });
}
