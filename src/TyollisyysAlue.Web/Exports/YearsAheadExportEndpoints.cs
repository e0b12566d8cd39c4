using Microsoft.Extensions.Localization;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Application.Financing.YearsAhead;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Infrastructure.Exports.Offices;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// The years ahead as .xlsx (each member's payment and net position per year, the totals live SUMs, labelled as a
/// projection in the title and the note) and as an agenda PDF, in the user's language.
/// </summary>
public static class YearsAheadExportEndpoints
{
    public static void MapYearsAheadExports(this RouteGroupBuilder area)
    {
        area.MapGet("/years-ahead/export/xlsx", XlsxAsync);
        area.MapGet("/years-ahead/export/pdf", PdfAsync);
    }

    private static async Task<IResult> XlsxAsync(int year, EnteredArea entered, YearsAheadQuery query, IStringLocalizer<SharedResource> l)
    {
        var view = await query.LoadAsync(year);
        if (view.Missing.Count > 0) return Results.Problem(l["Financing.MissingTitle"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        var rows = view.Members.Select(m => (IReadOnlyList<object?>)
        [
            m.NameIn(language),
            .. view.Years.Select(y => (object?)y.Split?.Municipalities.FirstOrDefault(s => s.Code == m.Code)?.Total.ToEuros()),
            .. view.Years.Select(y => (object?)y.Net?.Rows.FirstOrDefault(r => r.Code == m.Code)?.NetCost.ToEuros()),
        ]).ToList();
        var note = l["YearsAhead.ProjectionNote"].Value + (view.UsesDemo ? " " + l["NetPosition.Demo"].Value : "");
        var sheet = new TableSheet(l["YearsAhead.Title"], $"{l["YearsAhead.Title"]} {year}–{year + Domain.Financing.YearsAhead.PlanYears} ({l["YearsAhead.Projection"]}) – {entered.Area.NameIn(language)}",
            [l["Financing.Municipality"], .. view.Years.Select(y => $"{l["NetPosition.Payment"]} {YearLabel(y, l)}"),
                .. view.Years.Select(y => $"{l["NetPosition.NetCost"]} {YearLabel(y, l)}")],
            rows, l["Split.Total"], [.. Enumerable.Range(1, view.Years.Count * 2)], note);
        return Results.File(TableXlsxExporter.Export([sheet]), TableXlsxExporter.ContentType, $"tulevat-vuodet-{entered.Area.Slug}-{year}.xlsx");
    }

    private static async Task<IResult> PdfAsync(int year, EnteredArea entered, YearsAheadQuery query, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        var view = await query.LoadAsync(year);
        if (view.Missing.Count > 0) return Results.Problem(l["Financing.MissingTitle"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        var document = YearsAheadAgenda.Build(view, entered.Area.NameIn(language), language, l, clock.GetUtcNow());
        return Results.File(AgendaPdfExporter.Render(document), AgendaPdfExporter.ContentType, $"tulevat-vuodet-{entered.Area.Slug}-{year}.pdf");
    }

    /// <summary>"2026 (ennuste)" for a plan year, "2025 (talousarvio)" for the budget year.</summary>
    internal static string YearLabel(ProjectedYear year, IStringLocalizer l) =>
        $"{year.Year} ({(year.IsProjection ? l["YearsAhead.Projection"] : l["YearsAhead.Budgeted"])})";
}
