using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using static TyollisyysAlue.Domain.Budgets.ExpenseCategory;
using static TyollisyysAlue.Domain.Budgets.IncomeCategory;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>2025 allocation keys of the demo areas and two budgets: Kuopio's from its plan (with its own
/// inconsistency: income lines 18 881 000 € against a stated 18 611 000 €) and an invented one for Porvoo.</summary>
public static class DemoBudgets
{
    public const int Year = 2025;

    /// <summary>Porvoo's key for its preparation costs 2023–2024 (population only), named so budget lines can point at it.</summary>
    public static readonly Guid PorvooPreparationKey = new("b2000000-0000-4000-8000-000000000638");

    public static IEnumerable<AllocationKey> Keys()
    {
        var endOf2024 = IndicatorReference.EndOfPreviousYear(Year);
        var months2024 = IndicatorReference.MonthsOfYear(2024);
        AllocationKey Key(Guid area, string name, bool main, params (string, decimal, IndicatorReference)[] criteria)
        {
            var id = area == DemoAreas.Porvoo && !main ? PorvooPreparationKey : Guid.NewGuid();
            var key = new AllocationKey(id, area, Year, name, main);
            key.SetCriteria(criteria);
            return key;
        }
        yield return Key(DemoAreas.Porvoo, "Jakoperuste 2025", true,
            (Indicator.WorkingAge, 45m, endOf2024), (Indicator.Unemployed, 45m, months2024), (Indicator.ForeignLanguage, 10m, endOf2024));
        yield return Key(DemoAreas.Porvoo, "Valmistelukustannukset 2023–2024 (asukasluku)", false,
            (Indicator.Population, 100m, new IndicatorReference(IndicatorKind.PointInTime, new DateOnly(2022, 12, 31))));
        yield return Key(DemoAreas.EspooKauniainen, "Jakoperuste 2025", true, (Indicator.WorkingAge, 50m, endOf2024), (Indicator.Unemployed, 50m, months2024));
        yield return Key(DemoAreas.Kuopio, "Jakoperuste 2025 (demo)", true, (Indicator.WorkingAge, 50m, endOf2024), (Indicator.Unemployed, 50m, months2024));
        yield return Key(DemoAreas.Pohjanmaa, "Jakoperuste 2025 (demo)", true, (Indicator.WorkingAge, 50m, endOf2024), (Indicator.Unemployed, 50m, months2024));
        yield return Key(DemoAreas.Lahti, "Lahti yksin", true, (Indicator.Population, 100m, new IndicatorReference(IndicatorKind.PointInTime, new DateOnly(2022, 12, 31))));
    }

    public static IEnumerable<(Budget Budget, IReadOnlyList<BudgetLineItem> Lines)> Budgets()
    {
        var kuopio = new Budget(Guid.NewGuid(), DemoAreas.Kuopio, Year)
        {
            StatedIncomeTotal = 18_611_000m,
            Note = "Kuopion järjestämissuunnitelman 5.12.2024 talousarvioluvut. Tulorivien summa ei vastaa ilmoitettua kokonaissummaa.",
        };
        yield return (kuopio, Lines(kuopio,
            Expense(Staff, "Henkilöstökulut", 7_820_000m),
            Expense(OperatingCosts, "Toimintakulut", 1_840_000m),
            Expense(PurchasedServices, "Palveluostot hankintasuunnitelman mukaan", 3_500_000m, 3_106_000m, 3_500_000m),
            Expense(WageSubsidy, "Palkkatuki", 3_300_000m, 3_200_000m, 3_300_000m),
            Expense(StartUpGrant, "Starttiraha", 950_000m, 850_000m, 950_000m),
            Expense(GrantsAndAllowances, "Avustukset ja korvaukset", 90_000m),
            Income(MunicipalPaymentShares, "Kuntien maksuosuudet", 16_656_000m),
            Income(ExternalFunding, "Ylialueellinen myynti", 140_000m),
            Income(ExternalFunding, "Muutosturvakoulutuksen korvaus", 70_000m),
            Income(MunicipalitySpecific, "Kuopion lisäpalvelut ja digihanke", 2_015_000m, "297")));

        var porvoo = new Budget(Guid.NewGuid(), DemoAreas.Porvoo, Year) { Note = "Demoluvut: eivät Porvoon virallista talousarviota." };
        yield return (porvoo, Lines(porvoo,
            Expense(Staff, "Henkilöstökulut (85 htv)", 5_950_000m),
            Expense(OperatingCosts, "Toimintakulut", 1_310_000m),
            Expense(PurchasedServices, "Palveluostot", 2_640_000m),
            Expense(WageSubsidy, "Palkkatuki", 2_400_000m),
            Expense(StartUpGrant, "Starttiraha", 520_000m),
            Expense(GrantsAndAllowances, "Avustukset", 60_000m),
            Expense(Investments, "Palvelutorien kalustaminen", 150_000m),
            Expense(Depreciation, "Poistot", 30_000m),
            Expense(ExpenseCategory.Other, "Valmistelukustannukset 2023–2024 (jaetaan asukasluvun mukaan)", 180_000m) with { Key = PorvooPreparationKey },
            Income(MunicipalPaymentShares, "Kuntien maksuosuudet (pääjakoperuste 12 970 000 + valmistelukustannukset 180 000)", 13_150_000m),
            Income(IncomeCategory.Other, "Poistojen kattaminen taseyksikön tuloksesta", 30_000m),
            Income(ExternalFunding, "Hankerahoitus", 60_000m)));
    }

    private sealed record LineSpec(BudgetLineKind Kind, ExpenseCategory? Expense, IncomeCategory? Income, string Label, decimal Amount,
        decimal? Low = null, decimal? High = null, string? Municipality = null, Guid? Key = null);

    private static LineSpec Expense(ExpenseCategory category, string label, decimal amount, decimal? low = null, decimal? high = null) =>
        new(BudgetLineKind.Expense, category, null, label, amount, low, high);

    private static LineSpec Income(IncomeCategory category, string label, decimal amount, string? municipality = null) =>
        new(BudgetLineKind.Income, null, category, label, amount, Municipality: municipality);

    private static List<BudgetLineItem> Lines(Budget budget, params LineSpec[] specs) =>
        specs.Select((s, i) => new BudgetLineItem(Guid.NewGuid(), budget.AreaId, budget.Id, i, s.Kind, s.Label, s.Amount)
        {
            ExpenseCategory = s.Expense, IncomeCategory = s.Income, RangeLow = s.Low, RangeHigh = s.High,
            MunicipalityCode = s.Municipality is null ? null : MunicipalityCode.Parse(s.Municipality), KeyId = s.Key,
        }).ToList();
}
