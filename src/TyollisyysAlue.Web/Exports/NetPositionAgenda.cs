using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// The net position of a year as an agenda appendix, in the reader's language: the demo label where any figure is
/// demo, the table (every column's total is the sum of its rows, so it adds up to the cent), the national parameters
/// used with their sources, and each member's plain-language trace (the same sentences as the page).
/// </summary>
public static class NetPositionAgenda
{
    public static AgendaPdf Build(NetPositionView view, NetPositionTable table, string areaName, string language, IStringLocalizer l, DateTimeOffset generatedAt)
    {
        var parts = new List<AgendaPart>();
        if (view.UsesDemo) parts.Add(new AgendaParagraph(l["NetPosition.Demo"], Emphasis: true));
        parts.Add(new AgendaParagraph(l["NetPosition.Intro"]));
        parts.Add(new AgendaTable($"{l["NetPosition.Table"]} {view.Year} (€)",
            [l["NetPosition.Member"], l["NetPosition.Payment"], l["NetPosition.StateShare"], l["NetPosition.Liability"], l["NetPosition.Compensation"],
                l["NetPosition.NetCost"], l["NetPosition.PerResident"]],
            [false, true, true, true, true, true, true],
            [.. table.Rows.Select(r => (IReadOnlyList<string>)
            [
                view.NameOf(r.Code, language), Formats.Amount(r.Input.Payment), Formats.Amount(r.Input.StateShare.Received),
                Formats.Amount(r.Input.BenefitLiability) + (r.Input.LiabilitySource == LiabilitySource.Estimate ? " *" : ""),
                Formats.Amount(r.Input.Compensation), Formats.Amount(r.NetCost), r.PerWorkingAgeResident is { } p ? Formats.Amount(p) : "–",
            ])],
            [l["Split.Total"], Formats.Amount(table.Payment), Formats.Amount(table.StateShare), Formats.Amount(table.BenefitLiability),
                Formats.Amount(table.Compensation), Formats.Amount(table.NetCost), table.PerWorkingAgeResident is { } t ? Formats.Amount(t) : "–"],
            "* " + l["NetPosition.Estimate"]));

        parts.Add(new AgendaHeading(l["Financing.ParametersTitle"]));
        foreach (var p in view.Parameters)
            parts.Add(new AgendaParagraph($"{l[FinancingTexts.ParameterKey(p.Code)]}: {Formats.Figure(p.Value, 4)} – {p.Source}{(p.IsDemo ? " (" + l["Offices.Demo"] + ")" : "")}"));

        foreach (var row in table.Rows)
        {
            var name = view.NameOf(row.Code, language);
            var input = row.Input;
            var share = input.StateShare;
            parts.Add(new AgendaHeading(l["NetPosition.TraceTitle", name]));
            parts.Add(new AgendaParagraph(l["NetPosition.TracePayment", name, Formats.Euros(input.Payment)]));
            parts.Add(new AgendaParagraph(l["NetPosition.TraceCalculated", Formats.Euros(share.Calculated)] + " " + string.Join("; ", share.Parts.Select(part =>
                l["NetPosition.TracePart", l["Financing.Criterion." + part.Indicator], Formats.Number(part.Value, part.Value % 1 == 0 ? 0 : 2),
                    Formats.Euros(part.UnitPrice), Formats.Euros(part.Amount)].Value))));
            if (share.Realised is { } realised)
                parts.Add(new AgendaParagraph(l["NetPosition.TraceMix", Formats.Number(share.RealisedPercent), Formats.Euros(realised),
                    Formats.Number(100 - share.RealisedPercent), Formats.Euros(share.Calculated), Formats.Euros(share.Received)]));
            var use = view.Liabilities.GetValueOrDefault(row.Code);
            parts.Add(new AgendaParagraph(use?.Source == LiabilitySource.Kela
                ? l["NetPosition.TraceKela", Formats.Euros(input.BenefitLiability), use.KelaMonths]
                : l["NetPosition.TraceEstimate", Formats.Euros(input.BenefitLiability), use?.EstimateBasis ?? ""]));
            parts.Add(new AgendaParagraph(l["NetPosition.TraceCompensation", Formats.Euros(input.Compensation)]));
            parts.Add(new AgendaParagraph(l["NetPosition.TraceNet", Formats.Euros(input.Payment), Formats.Euros(input.BenefitLiability),
                Formats.Euros(share.Received), Formats.Euros(input.Compensation), Formats.Euros(row.NetCost)], Emphasis: true));
        }
        return new AgendaPdf($"{l["Nav.NetPosition"]} {view.Year}", areaName, language,
            l["SplitExport.Generated", Formats.Time(generatedAt)], l["SplitExport.Page"], parts);
    }
}
