using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// A saved what-if scenario as an agenda appendix, in the reader's language: the changes, the §12 workforce check (a
/// warning below 20 000), and each municipality's payment now and in the scenario with the difference and net costs;
/// the payment columns' totals are the sums of the rows. States that the area's own data did not change.
/// </summary>
public static class WhatIfAgenda
{
    public static AgendaPdf Build(WhatIfScenario scenario, WhatIfResult result, string areaName, string language, IStringLocalizer l, DateTimeOffset generatedAt)
    {
        string Name(string code) => result.Names.FirstOrDefault(n => n.Code.Value == code)?.NameIn(language) ?? code;
        var parts = new List<AgendaPart> { new AgendaParagraph(l["WhatIf.Intro"]) };
        foreach (var change in result.Changes)
            parts.Add(new AgendaParagraph("• " + change switch
            {
                RemoveMember r => l["WhatIf.Leaves", Name(r.Code)].Value,
                AddMunicipality a => l["WhatIf.Joins", Name(a.Code)].Value,
                ChangeSharedCost c => l["WhatIf.CostChange", Formats.Euros(c.ChangeEuros)].Value,
                ChangeCriteria k => l["WhatIf.NewWeights", string.Join(" / ", k.Criteria.Select(c => $"{c.Indicator} {Formats.Weight(c.WeightPercent)}"))].Value,
                _ => "",
            }));
        var workforce = Formats.Number(result.WorkforceAfter.Total);
        parts.Add(new AgendaParagraph(result.BelowWorkforceMinimum ? l["WhatIf.WorkforceWarning", workforce] : l["WhatIf.WorkforceOk", workforce],
            Emphasis: result.BelowWorkforceMinimum));
        string Amount(Money? m) => m is { } v ? Formats.Amount(v) : "–";
        parts.Add(new AgendaTable($"{l["WhatIf.Title"]}: {scenario.Name}",
            [l["Financing.Municipality"], l["WhatIf.Now"], l["WhatIf.Scenario"], l["WhatIf.Change"], l["WhatIf.ChangePercent"], l["WhatIf.NetNow"], l["WhatIf.NetScenario"]],
            [false, true, true, true, true, true, true],
            [.. result.Payments.Select(p =>
            {
                var net = result.NetCosts.FirstOrDefault(n => n.Code == p.Code);
                return (IReadOnlyList<string>)[Name(p.Code.Value), Amount(p.Before), Amount(p.After), Formats.Amount(p.Change),
                    p.ChangePercent is { } c ? Formats.PercentValue(c, 2) : "–", Amount(net?.Before), Amount(net?.After)];
            })],
            [l["Split.Total"], Formats.Amount(Money.Sum(result.Payments.Select(p => p.Before ?? Money.Zero))),
                Formats.Amount(Money.Sum(result.Payments.Select(p => p.After ?? Money.Zero))), Formats.Amount(Money.Sum(result.Payments.Select(p => p.Change))), "", "", ""]));
        return new AgendaPdf($"{l["WhatIf.Title"]}: {scenario.Name} ({scenario.Year})", areaName, language,
            l["SplitExport.Generated", Formats.Time(generatedAt)], l["SplitExport.Page"], parts);
    }
}
