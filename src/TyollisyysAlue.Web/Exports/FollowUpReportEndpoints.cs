using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Infrastructure.Exports.Plans;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>The follow-up report of a month as tagged PDF or .docx, in the reader's language, for everyone who may read the area.</summary>
public static class FollowUpReportEndpoints
{
    public static void MapFollowUpReport(this RouteGroupBuilder area) =>
        area.MapGet("/follow-up/report.{format}", async (string format, int year, int? month, EnteredArea entered, CommitteeDashboardQuery dashboards,
            PlanReading plans, LiveBlockRenderer liveBlocks, TimeProvider clock, IStringLocalizer<SharedResource> localizer, HttpContext http) =>
        {
            if (format is not ("pdf" or "docx") || month is < 1 or > 12) return Results.NotFound();
            var dashboard = await dashboards.LoadAsync(year, month, http.RequestAborted);
            var language = CultureSetup.Language;
            var versions = await plans.VersionsAsync(http.RequestAborted);
            // The metrics as of today, read up to the report year's end like the dashboard's unemployment.
            var goalMetrics = await liveBlocks.RenderAsync(new LiveBlockRef((int)LiveBlockKind.GoalMetrics, year), HelsinkiTime.Today(clock), language, http.RequestAborted);
            var document = FollowUpReportDocument.Build(dashboard, versions, goalMetrics, entered.Area.NameIn(language), language, localizer);
            var name = string.Create(CultureInfo.InvariantCulture, $"seurantaraportti-{entered.Area.Slug}-{year}-{dashboard.Budget.ThroughMonth:00}-{language}.{format}");
            return format == "pdf"
                ? Results.File(PlanPdfExporter.Render(document), PlanPdfExporter.ContentType, name)
                : Results.File(PlanDocxExporter.Render(document), PlanDocxExporter.ContentType, name);
        });
}
