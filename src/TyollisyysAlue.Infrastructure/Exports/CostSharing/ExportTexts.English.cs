using System.Globalization;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

internal sealed partial record ExportTexts
{
    public static ExportTexts English { get; } = new()
    {
        Language = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        SplitSheet = "Split",
        ScheduleSheet = "Monthly",
        ReconciliationSheet = "Reconciliation",
        SplitTitle = "Cost split",
        BudgetYear = "Budget year",
        Key = "Cost-sharing key",
        Version = "version",
        Generated = "Generated",
        SharedCost = "Shared cost (€)",
        Criterion = "Criterion",
        Weight = "Weight (%)",
        PotQuota = "Quota (€)",
        Pot = "Amount to share (€)",
        MunicipalityCode = "Municipality code",
        Municipality = "Municipality",
        IndicatorValue = "value",
        Quota = "quota (€)",
        RoundingAdjustment = "rounding adjustment (cents)",
        Amount = "amount (€)",
        SharedTotal = "Shared total (€)",
        Direct = "Direct charges (€)",
        Total = "Total (€)",
        TotalsRow = "Total",
        FormulaNote = "Amount = quota rounded down to the cent + rounding adjustment. The adjustment is the cent the largest-remainder " +
            "method gives so that rows and columns add up to the cent. ROUND(…;4) only removes floating-point noise. " +
            "Changing an input does not update the adjustments.",
        Months = ["January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"],
        FinalCost = "Final cost (€)",
        Paid = "Advances paid (€)",
        Settlement = "Settlement (€)",
        SettlementNote = "Settlement = final cost − advances paid: a positive amount is invoiced, a negative one refunded.",
        ChartTitle = "Municipal totals (€)",
        Page = "Page {0}/{1}",
    };
}
