using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.FollowUp.Payments;

namespace TyollisyysAlue.Web.Api.FollowUp;

public sealed record LedgerCellResponse(Guid BudgetLineId, string? Label, int Month, int Rows, decimal Sum);

/// <summary>A ledger preview (and, when saved, the import's id).</summary>
public sealed record LedgerImportResponse(string FileName, int Year, string Sha256, int Rows, decimal Total, IReadOnlyList<int> Months,
    LedgerColumns Columns, IReadOnlyList<LedgerCellResponse> Cells, bool Saved, Guid? ImportId)
{
    public static LedgerImportResponse From(LedgerPreview preview, IReadOnlyDictionary<Guid, string> labels, Guid? importId) => new(
        preview.FileName, preview.Year, preview.Sha256, preview.Rows, preview.Total, preview.Months, preview.Columns,
        preview.Cells.Select(c => new LedgerCellResponse(c.BudgetLineId, labels.GetValueOrDefault(c.BudgetLineId), c.Month, c.Rows, c.Sum)).ToList(),
        importId is not null, importId);
}

public sealed record MonthResponse(int Month, decimal Budget, decimal Actual);

public sealed record LineResponse(Guid Id, string Label, string Kind, string Category, decimal Planned, decimal? RangeHigh,
    IReadOnlyList<MonthResponse> Months, decimal BudgetToDate, decimal ActualToDate, decimal Variance, decimal RunRate,
    decimal? PlannerForecast, string? ForecastComment, decimal Forecast, string Flag);

public sealed record MemberPaymentsResponse(string Municipality, string Name, decimal Invoiced, decimal Due, decimal Paid, decimal Open, decimal Overdue);

/// <summary>The year's follow-up for finance systems: every line by month with forecast and flag, and the payments.</summary>
public sealed record FollowUpResponse(int Year, int ThroughMonth, IReadOnlyList<LineResponse> Lines, DateOnly PaymentsAsOf, IReadOnlyList<MemberPaymentsResponse> Payments)
{
    public static FollowUpResponse From(FollowUpReport report, PaymentsReport payments) => new(
        report.Year, report.ThroughMonth,
        report.Lines.Select(l => new LineResponse(l.LineId, l.Label, l.Kind.ToString(), l.Category, l.Planned, l.RangeHigh,
            Enumerable.Range(1, 12).Select(m => new MonthResponse(m, l.MonthBudget[m - 1], l.MonthActual[m - 1])).ToList(),
            l.BudgetToDate, l.ActualToDate, l.Variance, l.RunRate, l.PlannerForecast, l.ForecastComment, l.Forecast, l.Flag.ToString())).ToList(),
        payments.Today,
        payments.Members.Select(m => new MemberPaymentsResponse(m.Member.Code.Value, m.Member.NameFi, m.Balance.Invoiced.ToEuros(), m.Balance.Due.ToEuros(),
            m.Balance.Paid.ToEuros(), m.Balance.Open.ToEuros(), m.Balance.Overdue.ToEuros())).ToList());
}
