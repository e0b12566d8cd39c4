using System.Globalization;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

internal sealed partial record ExportTexts
{
    public static ExportTexts Swedish { get; } = new()
    {
        Language = "sv",
        Culture = CultureInfo.GetCultureInfo("sv-FI"),
        SplitSheet = "Fördelning",
        ScheduleSheet = "Månadsrater",
        ReconciliationSheet = "Avräkning",
        SplitTitle = "Kostnadsfördelning",
        BudgetYear = "Budgetår",
        Key = "Fördelningsmodell",
        Version = "version",
        Generated = "Skapad",
        SharedCost = "Kostnad att fördela (€)",
        Criterion = "Fördelningsgrund",
        Weight = "Vikt (%)",
        PotQuota = "Kvot (€)",
        Pot = "Andel att fördela (€)",
        MunicipalityCode = "Kommunnummer",
        Municipality = "Kommun",
        IndicatorValue = "värde",
        Quota = "kvot (€)",
        RoundingAdjustment = "avrundningsjustering (cent)",
        Amount = "andel (€)",
        SharedTotal = "Fördelade totalt (€)",
        Direct = "Direkt debiterade (€)",
        Total = "Totalt (€)",
        TotalsRow = "Totalt",
        FormulaNote = "Andel = kvoten avrundad nedåt till cent + avrundningsjustering. Justeringen är den cent som metoden med " +
            "största rest ger, så att rader och kolumner stämmer på centen. ROUND(…;4) tar bara bort flyttalens räknefel. " +
            "Justeringarna uppdateras inte om indata ändras.",
        Months = ["januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december"],
        FinalCost = "Slutlig kostnad (€)",
        Paid = "Betalda förskott (€)",
        Settlement = "Avräkning (€)",
        SettlementNote = "Avräkning = slutlig kostnad − betalda förskott: ett positivt belopp faktureras, ett negativt återbetalas.",
        ChartTitle = "Kommunernas andelar totalt (€)",
        Page = "Sida {0}/{1}",
    };
}
