using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Application.Plans;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// The follow-up report for a month (osavuosikatsaus) as a document the plan's PDF and .docx writers print: the same
/// figures as the dashboard, so the agenda gets a tagged PDF and an editable .docx without a writer of its own. The
/// goals' metrics are the plan's own live table (<see cref="LiveBlockKind.GoalMetrics"/>), the figures of the overview
/// and the checklist.
/// </summary>
public static class FollowUpReportDocument
{
    /// <param name="versions">The plan's versions: the report states, as the overview does, the version in force and the open draft.</param>
    /// <param name="goalMetrics">The goals' linked metrics as the plan's live table builds them in the report's language.</param>
    public static PlanDocument Build(CommitteeDashboard d, IReadOnlyList<PlanVersion> versions, LiveTable goalMetrics, string areaName, string language, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(l);
        // Finnish number format in every language, as on the dashboard.
        string E(decimal euros) => Formats.Euros(euros);
        var month = $"{d.Budget.ThroughMonth}/{d.Year}";
        var lines = d.Budget.Lines;
        var budget = new LiveTable(LiveBlockKind.Budget, l["FollowUp.Tab"],
            [new(l["Budget.Label"]), new(l["FollowUp.Planned"], true), new(l["FollowUp.BudgetToDate"], true), new(l["FollowUp.ActualToDate"], true),
             new(l["FollowUp.Variance"], true), new(l["FollowUp.Forecast"], true), new(l["FollowUp.Status"])],
            lines.Select(x => (IReadOnlyList<string>)[x.Label, E(x.Planned), E(x.BudgetToDate), E(x.ActualToDate), E(x.Variance), E(x.Forecast),
                x.Flag == ForecastFlag.None ? "" : l[$"FollowUp.Flag.{x.Flag}"].Value]).ToList(),
            [l["FollowUp.Total"], E(d.Budget.Expenses.Sum(x => x.Planned) - d.Budget.Incomes.Sum(x => x.Planned)), "", "", "", "", ""],
            l["Report.SignNote"]);
        var payments = new LiveTable(LiveBlockKind.Members, l["Payments.Title", d.Year],
            [new(l["Payments.Member"]), new(l["Payments.Invoiced"], true), new(l["Payments.Paid"], true), new(l["Payments.Open"], true), new(l["Dashboard.OverdueMembers"], true)],
            d.Payments.Members.Select(m => (IReadOnlyList<string>)[m.Member.NameIn(language), E(m.Balance.Invoiced.ToEuros()), E(m.Balance.Paid.ToEuros()),
                E(m.Balance.Open.ToEuros()), E(m.Balance.Overdue.ToEuros())]).ToList(),
            [l["FollowUp.Total"], E(d.Payments.Invoiced.ToEuros()), E(d.Payments.Paid.ToEuros()), E(d.Payments.Open.ToEuros()), E(d.Payments.Overdue.ToEuros())]);
        var trend = new LiveTable(LiveBlockKind.Members, l["Dashboard.TrendTitle"],
            [new(l["Dashboard.Month"]), new(l["Dashboard.Unemployed"], true)],
            d.Unemployed.Select(m => (IReadOnlyList<string>)[$"{m.Month.Month}/{m.Month.Year}", Formats.Number(m.Value)]).ToList());
        var unemployment = new LiveTable(LiveBlockKind.Members, l["Dashboard.MembersLatest"],
            [new(l["Payments.Member"]), new(l["Dashboard.Month"]), new(l["Dashboard.Unemployed"], true), new(l["Dashboard.YearAgo"], true)],
            d.Members.Select(m => (IReadOnlyList<string>)[m.NameIn(language), $"{m.Latest.Month}/{m.Latest.Year}",
                Formats.Number(m.Value), m.YearAgo is { } ago ? Formats.Number(ago) : "–"]).ToList(),
            Note: d.UnemploymentIsDemo ? l["Dashboard.DemoValues"].Value : null);
        var series = d.UnemploymentIndicator is { } indicator ? l["Dashboard.UnemploymentSeries", indicator.NameIn(language), indicator.Source].Value : l["Dashboard.NoUnemployment"].Value;
        var actions = d.OverdueActions.Count == 0 ? l["Report.NoOverdue"].Value
            : string.Join('\n', d.OverdueActions.Select(a => $"- {a.Description} ({a.Deadline?.ToString("d.M.yyyy", CultureInfo.InvariantCulture)})"));
        return new PlanDocument(language, l["Report.Title", month], areaName, month, d.Today, new TextCode("Report.Status", d.Today.ToString("d.M.yyyy", CultureInfo.InvariantCulture)),
        [
            new("1", l["Dashboard.Budget", d.Year], 1, l["Report.BudgetLead", month, E(d.Budget.Expenses.Sum(x => x.Forecast)), d.Budget.Flagged], [budget]),
            new("2", l["Payments.Title", d.Year], 1, string.Empty, [payments]),
            new("3", l["Dashboard.Unemployment"], 1, series, d.UnemploymentIndicator is null ? [] : [trend, unemployment]),
            new("4", l["Plan.Overview.Metrics"], 1, string.Empty, [goalMetrics]),
            new("5", l["Dashboard.Plan"], 1, PlanStatus(versions, language, l) + "\n\n" + l["Dashboard.OpenComments", d.OpenComments] + "\n\n" + l["Dashboard.OverdueActions", d.OverdueActions.Count] + "\n\n" + actions, []),
        ]);
    }

    private static string PlanStatus(IReadOnlyList<PlanVersion> versions, string language, IStringLocalizer l)
    {
        var inForce = PlanReading.InForce(versions, language);
        var draft = PlanReading.OpenDraft(versions, language);
        var status = inForce is null ? l["Plan.Overview.NoneInForce"].Value : l["Plan.Overview.InForce", inForce.Label].Value;
        return draft is null ? status : status + "\n\n" + l["Plan.Overview.Draft", draft.Label, l[$"Plan.Status.{draft.Status}"]].Value;
    }
}
