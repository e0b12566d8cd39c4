using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// One booking of an imported ledger, mapped to a budget line (its line number in the file, for the drill-down).
/// Written and removed in bulk by its import, which is the audited change.
/// </summary>
[NotAudited("Written in bulk with its LedgerImport, which is audited (who, when, file, hash, totals).")]
public class LedgerEntry : IAreaOwned
{
    public LedgerEntry(Guid id, Guid areaId, Guid importId, Guid budgetLineId, int year, int month, int lineNumber,
        string account, string costCentre, string? project, string? description, decimal amount)
    {
        Id = id;
        AreaId = areaId;
        ImportId = importId;
        BudgetLineId = budgetLineId;
        Year = year;
        Month = month;
        LineNumber = lineNumber;
        Account = account;
        CostCentre = costCentre;
        Project = project;
        Description = description;
        Amount = amount;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid ImportId { get; private set; }
    public Guid BudgetLineId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int LineNumber { get; private set; }
    public string Account { get; private set; }
    public string CostCentre { get; private set; }
    public string? Project { get; private set; }
    public string? Description { get; private set; }
    /// <summary>The booking's date when the file gave one (a period-only file leaves it empty).</summary>
    public DateOnly? PostingDate { get; init; }
    /// <summary>Euros, cost positive (debit − credit); for an income line, income positive.</summary>
    public decimal Amount { get; private set; }
}
