using System.Globalization;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

internal sealed partial record ExportTexts
{
    public static ExportTexts Finnish { get; } = new()
    {
        Language = "fi",
        Culture = CultureInfo.GetCultureInfo("fi-FI"),
        SplitSheet = "Jako",
        ScheduleSheet = "Kuukausierät",
        ReconciliationSheet = "Tasaus",
        SplitTitle = "Kustannustenjako",
        BudgetYear = "Talousarviovuosi",
        Key = "Jakomalli",
        Version = "versio",
        Generated = "Luotu",
        SharedCost = "Jaettava kustannus (€)",
        Criterion = "Jakoperuste",
        Weight = "Paino (%)",
        PotQuota = "Kiintiö (€)",
        Pot = "Jaettava osuus (€)",
        MunicipalityCode = "Kuntanumero",
        Municipality = "Kunta",
        IndicatorValue = "arvo",
        Quota = "kiintiö (€)",
        RoundingAdjustment = "pyöristyskorjaus (snt)",
        Amount = "osuus (€)",
        SharedTotal = "Jaettavat yhteensä (€)",
        Direct = "Suoraan kohdistetut (€)",
        Total = "Yhteensä (€)",
        TotalsRow = "Yhteensä",
        FormulaNote = "Osuus = kiintiö alaspäin sentteihin pyöristettynä + pyöristyskorjaus. Korjaus on sentti, jonka suurimman " +
            "jäännöksen menetelmä antaa, jotta rivit ja sarakkeet täsmäävät sentilleen. ROUND(…;4) poistaa vain liukulukujen laskentavirheen. " +
            "Syötteiden muuttaminen ei päivitä korjauksia.",
        Months = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
            "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
        FinalCost = "Lopullinen kustannus (€)",
        Paid = "Maksetut ennakot (€)",
        Settlement = "Tasaus (€)",
        SettlementNote = "Tasaus = lopullinen kustannus − maksetut ennakot: positiivinen laskutetaan, negatiivinen palautetaan.",
        ChartTitle = "Kuntien maksuosuudet yhteensä (€)",
        Page = "Sivu {0}/{1}",
    };
}
