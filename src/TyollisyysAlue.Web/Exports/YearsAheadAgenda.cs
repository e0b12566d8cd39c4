using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Financing.YearsAhead;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// The years ahead as an agenda appendix in the reader's language: the projection label first, the table of payments
/// and net positions per member and year (totals are the sums of the rows), what each year lacks, and the assumptions.
/// </summary>
public static class YearsAheadAgenda
{
    public static AgendaPdf Build(YearsAheadView view, string areaName, string language, IStringLocalizer l, DateTimeOffset generatedAt)
    {
        var parts = new List<AgendaPart> { new AgendaParagraph(l["YearsAhead.ProjectionNote"], Emphasis: true) };
        if (view.UsesDemo) parts.Add(new AgendaParagraph(l["NetPosition.Demo"], Emphasis: true));
        static string Amount(Money? money) => money is { } m ? Formats.Amount(m) : "–";
        foreach (var (title, pick) in new (string, Func<ProjectedYear, Domain.Municipalities.MunicipalityCode?, Money?>)[]
        {
            (l["NetPosition.Payment"], (y, code) => code is null ? (y.Split is null ? null : Money.Sum(y.Split.Municipalities.Select(m => m.Total)))
                : y.Split?.Municipalities.FirstOrDefault(m => m.Code == code)?.Total),
            (l["NetPosition.NetCost"], (y, code) => code is null ? y.Net?.NetCost : y.Net?.Rows.FirstOrDefault(r => r.Code == code)?.NetCost),
        })
        {
            parts.Add(new AgendaTable($"{title} (€)",
                [l["Financing.Municipality"], .. view.Years.Select(y => YearsAheadExportEndpoints.YearLabel(y, l))],
                [false, .. view.Years.Select(_ => true)],
                [.. view.Members.Select(m => (IReadOnlyList<string>)[m.NameIn(language), .. view.Years.Select(y => Amount(pick(y, m.Code)))])],
                [l["Split.Total"], .. view.Years.Select(y => Amount(pick(y, null)))],
                null));
        }
        foreach (var year in view.Years.Where(y => y.Missing.Count > 0))
            parts.Add(new AgendaParagraph(l["YearsAhead.MissingOfYear", year.Year] + " " + string.Join("; ", year.Missing.Select(m =>
                l[m.What] + (m.Municipality is null ? "" : " – " + m.Municipality) + " (" + l[m.PublisherKey] + ")"))));

        parts.Add(new AgendaHeading(l["YearsAhead.Assumptions"]));
        foreach (var (category, cost) in view.Costs)
        {
            var rate = view.Growth.FirstOrDefault(g => g.Category == category)?.Percent ?? 0m;
            parts.Add(new AgendaParagraph($"{l[$"Expense.{category}"]}: {Formats.Euros(cost)}, {l["YearsAhead.GrowthOf", Formats.Number(rate, rate % 1 == 0 ? 0 : 2)]}"));
        }
        foreach (var indicator in view.Indicators)
            parts.Add(new AgendaParagraph($"{indicator.NameIn(language)}: {l[$"YearsAhead.Trend.{view.TrendOf(indicator.Code)}"]}"));
        return new AgendaPdf($"{l["YearsAhead.Title"]} {view.BudgetYear}–{view.BudgetYear + YearsAhead.PlanYears}", areaName, language,
            l["SplitExport.Generated", Formats.Time(generatedAt)], l["SplitExport.Page"], parts);
    }
}
