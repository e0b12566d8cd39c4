using System.Globalization;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Csv;
using TyollisyysAlue.Infrastructure.Exports.Offices;

namespace TyollisyysAlue.Infrastructure.Exports.FollowUp;

/// <summary>
/// The budget follow-up as a spreadsheet and as CSV, in the reader's language. In the .xlsx the variance of each line
/// is a live formula (actual − budget to date), each kind has a totals row of SUMs, and the months sheet gives each
/// line's budget and actual by month with a live year total, so the monthly budget visibly adds up to the planned amount.
/// </summary>
public static class FollowUpTableExporter
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <param name="text">A resource key in the reader's language.</param>
    /// <param name="month">A month's short name in the reader's language.</param>
    public static byte[] Xlsx(FollowUpReport report, string title, Func<string, string> text, Func<int, string> month)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var sheets = new List<TableSheet>();
        foreach (var kind in new[] { BudgetLineKind.Expense, BudgetLineKind.Income })
        {
            var lines = report.Lines.Where(l => l.Kind == kind).ToList();
            if (lines.Count == 0) continue;
            // Columns: label, category, planned (C), budget to date (D), actual to date (E), variance (F), forecast (G), status.
            var rows = lines.Select(l => (IReadOnlyList<object?>)
                [l.Label, text(l.Category), l.Planned, l.BudgetToDate, l.ActualToDate, new RowFormula("=E{r}-D{r}"), l.Forecast, Status(l, text)]).ToList();
            sheets.Add(new TableSheet(text($"Budget.{kind}"), title,
                [text("Budget.Label"), text("FollowUp.Category"), text("FollowUp.Planned"), text("FollowUp.BudgetToDate"), text("FollowUp.ActualToDate"),
                    text("FollowUp.Variance"), text("FollowUp.Forecast"), text("FollowUp.Status")],
                rows, text("FollowUp.Total"), [2, 3, 4, 5, 6]));
        }
        // Columns: label, figure, January (C) … December (N), year (O).
        var monthRows = report.Lines.SelectMany(l => new[]
        {
            MonthRow(l.Label, text("FollowUp.MonthBudget"), l.MonthBudget),
            MonthRow(l.Label, text("FollowUp.MonthActual"), l.MonthActual),
        }).ToList();
        sheets.Add(new TableSheet(text("FollowUp.SheetMonths"), title,
            [text("Budget.Label"), text("FollowUp.Figure"), .. Enumerable.Range(1, 12).Select(month), text("FollowUp.YearTotal")], monthRows));
        return TableXlsxExporter.Export(sheets);
    }

    /// <summary>One row per line: the follow-up table, then the budget and actual of each month.</summary>
    public static byte[] Csv(FollowUpReport report, Func<string, string> text, Func<int, string> month)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var comma = new NumberFormatInfo { NumberDecimalSeparator = ",", NegativeSign = "-" };
        using var output = new MemoryStream();
        using (var csv = FinnishCsv.Create(output))
        {
            csv.Headings([
                text("FollowUp.Kind"), text("Budget.Label"), text("FollowUp.Category"), text("FollowUp.Planned"), text("FollowUp.BudgetToDate"),
                text("FollowUp.ActualToDate"), text("FollowUp.Variance"), text("FollowUp.Forecast"), text("FollowUp.Status"),
                .. Enumerable.Range(1, 12).SelectMany(m => new[] { $"{text("FollowUp.MonthBudget")} {month(m)}", $"{text("FollowUp.MonthActual")} {month(m)}" }),
            ]);
            foreach (var l in report.Lines)
            {
                csv.WriteField(text($"Budget.{l.Kind}"));
                csv.WriteField(l.Label);
                csv.WriteField(text(l.Category));
                foreach (var figure in new[] { l.Planned, l.BudgetToDate, l.ActualToDate, l.Variance, l.Forecast }) csv.WriteField(figure.ToString("0.00", comma));
                csv.WriteField(Status(l, text));
                for (var m = 0; m < 12; m++)
                {
                    csv.WriteField(l.MonthBudget[m].ToString("0.00", comma));
                    csv.WriteField(l.MonthActual[m].ToString("0.00", comma));
                }
                csv.EndRecord();
            }
        }
        return output.ToArray();
    }

    private static IReadOnlyList<object?> MonthRow(string label, string figure, IReadOnlyList<decimal> months) =>
        [label, figure, .. months.Cast<object?>(), new RowFormula("=SUM(C{r}:N{r})")];

    private static string Status(LineFollowUp line, Func<string, string> text) => text($"FollowUp.Flag.{line.Flag}");
}
