using TyollisyysAlue.Texts;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Infrastructure.Exports.Offices;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// .xlsx of the net position and of a saved what-if scenario, in the user's language, with live formulas: each net cost
/// is =payment + liability − state share − compensation, each difference =scenario − now, the totals SUMs.
/// </summary>
public static class FinancingExportEndpoints
{
    public static void MapFinancingExports(this RouteGroupBuilder area)
    {
        area.MapGet("/net-position/export/xlsx", NetPositionAsync);
        area.MapGet("/net-position/export/pdf", NetPositionPdfAsync);
        area.MapGet("/what-if/export/xlsx", WhatIfAsync);
        area.MapGet("/what-if/export/pdf", WhatIfPdfAsync);
    }

    private static async Task<IResult> NetPositionAsync(int year, EnteredArea entered, NetPositionQuery query, IStringLocalizer<SharedResource> l)
    {
        var view = await query.LoadAsync(year);
        if (view.Table is null) return Results.Problem(l["Financing.MissingTitle"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        var rows = view.Table.Rows.Select(r => (IReadOnlyList<object?>)
        [
            view.NameOf(r.Code, language), r.Input.Payment.ToEuros(), r.Input.StateShare.Received.ToEuros(), r.Input.BenefitLiability.ToEuros(),
            r.Input.Compensation.ToEuros(), new RowFormula("=B{r}+D{r}-C{r}-E{r}"),
            r.Input.LiabilitySource == Domain.Financing.LiabilitySource.Kela ? l["NetPosition.Kela", view.Liabilities[r.Code].KelaMonths].Value : l["NetPosition.Estimate"].Value,
        ]).ToList();
        var sheet = new TableSheet(l["Nav.NetPosition"], $"{l["Nav.NetPosition"]} {year} – {entered.Area.NameIn(language)}",
            [l["Financing.Municipality"], l["NetPosition.Payment"], l["NetPosition.StateShare"], l["NetPosition.Liability"], l["NetPosition.Compensation"],
                l["NetPosition.NetCost"], l["Financing.Source"]],
            rows, l["Split.Total"], [1, 2, 3, 4, 5], view.UsesDemo ? l["NetPosition.Demo"].Value : null);
        return Results.File(TableXlsxExporter.Export([sheet]), TableXlsxExporter.ContentType, $"nettoasema-{entered.Area.Slug}-{year}.xlsx");
    }

    private static async Task<IResult> NetPositionPdfAsync(int year, EnteredArea entered, NetPositionQuery query, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        var view = await query.LoadAsync(year);
        if (view.Table is null) return Results.Problem(l["Financing.MissingTitle"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        var document = NetPositionAgenda.Build(view, view.Table, entered.Area.NameIn(language), language, l, clock.GetUtcNow());
        return Results.File(AgendaPdfExporter.Render(document), AgendaPdfExporter.ContentType, $"nettoasema-{entered.Area.Slug}-{year}.pdf");
    }

    private static async Task<IResult> WhatIfAsync(int year, Guid scenario, EnteredArea entered, WhatIfQuery query, IStringLocalizer<SharedResource> l)
    {
        var saved = (await query.ScenariosAsync(year)).FirstOrDefault(s => s.Id == scenario);
        if (saved is null) return Results.NotFound();
        var result = await query.RunAsync(year, saved.ReadChanges());
        if (result?.After is null) return Results.Problem(l["WhatIf.CannotSplit"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        string Name(Domain.Municipalities.MunicipalityCode code) => result.Names.FirstOrDefault(n => n.Code == code)?.NameIn(language) ?? code.Value;
        var rows = result.Payments.Select(p => (IReadOnlyList<object?>)
        [
            Name(p.Code), p.Before?.ToEuros() ?? 0m, p.After?.ToEuros() ?? 0m, new RowFormula("=C{r}-B{r}"), p.ChangePercent,
            result.NetCosts.FirstOrDefault(n => n.Code == p.Code)?.Before?.ToEuros(), result.NetCosts.FirstOrDefault(n => n.Code == p.Code)?.After?.ToEuros(),
        ]).ToList();
        var note = result.BelowWorkforceMinimum
            ? l["WhatIf.WorkforceWarning", Euro(result.WorkforceAfter.Total)].Value
            : l["WhatIf.WorkforceOk", Euro(result.WorkforceAfter.Total)].Value;
        var sheet = new TableSheet(l["WhatIf.Title"], $"{l["WhatIf.Title"]}: {saved.Name} ({year}) – {entered.Area.NameIn(language)}",
            [l["Financing.Municipality"], l["WhatIf.Now"], l["WhatIf.Scenario"], l["WhatIf.Change"], l["WhatIf.ChangePercent"], l["WhatIf.NetNow"], l["WhatIf.NetScenario"]],
            rows, l["Split.Total"], [1, 2, 3], note);
        return Results.File(TableXlsxExporter.Export([sheet]), TableXlsxExporter.ContentType, $"skenaario-{entered.Area.Slug}-{year}.xlsx");
    }

    private static async Task<IResult> WhatIfPdfAsync(int year, Guid scenario, EnteredArea entered, WhatIfQuery query, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        var saved = (await query.ScenariosAsync(year)).FirstOrDefault(s => s.Id == scenario);
        if (saved is null) return Results.NotFound();
        var result = await query.RunAsync(year, saved.ReadChanges());
        if (result?.After is null) return Results.Problem(l["WhatIf.CannotSplit"], statusCode: StatusCodes.Status409Conflict);
        var language = CultureSetup.Language;
        var document = WhatIfAgenda.Build(saved, result, entered.Area.NameIn(language), language, l, clock.GetUtcNow());
        return Results.File(AgendaPdfExporter.Render(document), AgendaPdfExporter.ContentType, $"skenaario-{entered.Area.Slug}-{year}.pdf");
    }

    private static string Euro(decimal value) => Components.Shared.Euro.Number(value);
}
