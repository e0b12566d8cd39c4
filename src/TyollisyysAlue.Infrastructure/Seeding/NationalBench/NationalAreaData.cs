using System.Globalization;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Committees;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Domain.Staffing;
using static TyollisyysAlue.Domain.Budgets.ExpenseCategory;
using static TyollisyysAlue.Domain.Budgets.IncomeCategory;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// One bench area's rows that go through EF (and so through the audit interceptor, as the app writes them): members,
/// committee, keys, budgets with a revision and a year-end reconciliation, services and procurement, offices, staff,
/// partners. Amounts are synthetic, scaled to the area's synthetic population, in whole cents; every budget balances
/// (the members' payment shares are what the expenses leave after the other income), every key weighs 100 %.
/// Reuses the demo seeders' building blocks (service builder, office, staff and partner rows), marked demo/synthetic.
/// </summary>
internal sealed class NationalAreaData(NationalArea area, IReadOnlyList<int> years, int currentYear, DateTimeOffset recordedAt)
{
    public const string Decision = "Päätös (synteettinen)";
    private readonly BenchRandom _random = BenchRandom.For("area-data", area.Number);

    public IEnumerable<Membership> Memberships(DateOnly start) =>
        area.Members.Select(m => new Membership(_random.NextGuid(), area.Id, m.Code, start, null, Decision));

    public IEnumerable<CommitteeMember> Committee(DateOnly start) =>
        area.Members.Select(m => new CommitteeMember(_random.NextGuid(), area.Id, m.Code, $"Jäsen, {m.NameFi} (synteettinen)",
            $"Varajäsen, {m.NameFi} (synteettinen)", start, null));

    public IEnumerable<AllocationKey> Keys() => years.Select(year =>
    {
        var key = new AllocationKey(_random.NextGuid(), area.Id, year, $"Jakoperuste {year} (synteettinen)", isMain: true);
        var endOfPrevious = IndicatorReference.EndOfPreviousYear(year);
        var lastMonths = IndicatorReference.MonthsOfYear(year - 1);
        key.SetCriteria(area.Number % 3 == 0
            ? [(Indicator.WorkingAge, 45m, endOfPrevious), (Indicator.Unemployed, 45m, lastMonths), (Indicator.ForeignLanguage, 10m, endOfPrevious)]
            : [(Indicator.WorkingAge, 50m, endOfPrevious), (Indicator.Unemployed, 50m, lastMonths)]);
        return key;
    });

    public IEnumerable<(Budget Budget, List<BudgetLineItem> Lines)> Budgets()
    {
        foreach (var year in years)
        {
            var budget = new Budget(_random.NextGuid(), area.Id, year) { Note = "Synteettinen talousarvio (bench): ei minkään alueen oikeita lukuja." };
            var perCapita = (decimal)area.TotalPopulation * (1m + (year - years[0]) * 0.02m);
            var lines = new List<BudgetLineItem>();
            void Line(BudgetLineKind kind, ExpenseCategory? expense, IncomeCategory? income, string label, decimal amount) =>
                lines.Add(new BudgetLineItem(_random.NextGuid(), area.Id, budget.Id, lines.Count, kind, label, amount)
                {
                    ExpenseCategory = expense, IncomeCategory = income,
                    MunicipalityCode = income == MunicipalitySpecific ? area.Responsible.Code : null,
                });
            foreach (var (category, label, euros) in new[]
                     {
                         (ExpenseCategory.Staff, "Henkilöstökulut", 62m), (OperatingCosts, "Toimintakulut", 15m), (PurchasedServices, "Palveluostot", 27m),
                         (WageSubsidy, "Palkkatuki", 25m), (StartUpGrant, "Starttiraha", 6m), (GrantsAndAllowances, "Avustukset", 1m),
                         (Investments, "Investoinnit", 1.5m), (Depreciation, "Poistot", 0.4m),
                     })
                Line(BudgetLineKind.Expense, category, null, label, _random.Money(perCapita * euros));
            var external = _random.Money(perCapita * 1.2m);
            var specific = _random.Money(perCapita * 2m);
            var depreciation = lines.Single(l => l.ExpenseCategory == Depreciation).Amount;
            Line(BudgetLineKind.Income, null, ExternalFunding, "Ulkopuolinen rahoitus", external);
            Line(BudgetLineKind.Income, null, MunicipalitySpecific, $"Lisäpalvelut, {area.Responsible.NameFi}", specific);
            Line(BudgetLineKind.Income, null, IncomeCategory.Other, "Poistojen kattaminen", depreciation);
            // What the members pay balances the budget to the cent (operating margin 0).
            var shares = lines.Where(l => l.Kind == BudgetLineKind.Expense).Sum(l => l.Amount) - external - specific - depreciation;
            Line(BudgetLineKind.Income, null, MunicipalPaymentShares, "Kuntien maksuosuudet", shares);
            yield return (budget, lines);
        }
    }

    /// <summary>A raise from July in last year's budget and every other year before it, as committees decide them.</summary>
    public IEnumerable<BudgetRevision> Revisions(IEnumerable<(Budget Budget, List<BudgetLineItem> Lines)> budgets) =>
        budgets.Where(b => b.Budget.Year < currentYear && (currentYear - b.Budget.Year) % 2 == 1)
            .Select(b => new BudgetRevision(_random.NextGuid(), area.Id, b.Budget.Year, 7,
                Rounding.Round(Budget.SharedCostOf(b.Lines).Amount.ToEuros() * 1.03m, 2), $"Lisätalousarvio {b.Budget.Year} (synteettinen)"));

    /// <summary>Every past year is reconciled to an actual cost a little off the budget.</summary>
    public IEnumerable<YearEndReconciliation> Reconciliations(IEnumerable<(Budget Budget, List<BudgetLineItem> Lines)> budgets) =>
        budgets.Where(b => b.Budget.Year < currentYear).Select(b =>
        {
            var reconciliation = new YearEndReconciliation(_random.NextGuid(), area.Id, b.Budget.Year, 0m);
            reconciliation.RecordActualCost(_random.Money(Budget.SharedCostOf(b.Lines).Amount.ToEuros(), 0.04), null, null, "bench", recordedAt);
            return reconciliation;
        });

    public DemoServices.Builder Services()
    {
        var codes = NationalServiceMap.All.Select(s => s.Code).ToList();
        var builder = new DemoServices.Builder(area.Id, years[^1]);
        foreach (var year in years)
        {
            var perYear = new DemoServices.Builder(area.Id, year);
            var modes = Enum.GetValues<ProductionMode>();
            for (var i = 0; i < 14; i++)
            {
                var offering = perYear.Offer(codes[(area.Number + i * 3) % codes.Count], modes[i % modes.Length],
                    _random.Money(area.TotalPopulation * 4m), _random.Next(20, 4_000), note: "Synteettinen (bench)");
                if (offering.Mode == ProductionMode.PurchasedService)
                    perYear.Procure(offering, ProcurementCategory.Coaching, offering.Cost, ProcurementProcedure.Open, "Hankinta (synteettinen)", months: 24);
            }
            builder.Offerings.AddRange(perYear.Offerings);
            builder.Lines.AddRange(perYear.Lines);
        }
        builder.Local(ServiceGroup.InformationAdviceGuidance, ServiceAudience.Both, "Palvelutori jäsenkunnissa (synteettinen)", "Servicetorg (syntetiskt)", "Service marketplace (synthetic)");
        return builder;
    }

    public IEnumerable<ServicePoint> Offices()
    {
        yield return DemoOffices.Point(area.Id, $"Päätoimipiste, {area.Responsible.NameFi}", area.Responsible.Code.Value, OfficeType.MainOffice,
            $"{area.Responsible.NameFi} (synteettinen osoite)", walkIn: true, "fi,sv,en", nameSv: $"Huvudkontor, {area.Responsible.NameSv ?? area.Responsible.NameFi}");
        foreach (var member in area.Members.Where(m => m != area.Responsible))
            yield return DemoOffices.Point(area.Id, $"Palvelutori, {member.NameFi}", member.Code.Value, OfficeType.Palvelutori,
                $"{member.NameFi} (synteettinen osoite)", walkIn: false, "fi", nameSv: member.NameSv is null ? null : $"Servicetorget i {member.NameSv}");
    }

    public IEnumerable<StaffAllocation> Staff()
    {
        var personYears = Math.Max(3m, Rounding.Round(area.TotalPopulation / 1_400m, 1));
        foreach (var process in Enum.GetValues<KeyProcess>())
            yield return DemoStaffing.Row(area.Id, area.Responsible.NameFi, process, StaffFunding.Area,
                Rounding.Round(personYears / 6m * (decimal)_random.Between(0.7, 1.3), 1), demo: true);
    }

    public StaffingPlan StaffingPlan() => new(_random.NextGuid(), area.Id)
    {
        TransferringPersonYears = Math.Max(3m, Rounding.Round(area.TotalPopulation / 1_500m, 0)),
        NeededPersonYears = Math.Max(3m, Rounding.Round(area.TotalPopulation / 1_300m, 0)), Note = "Synteettinen (bench)",
    };

    public IEnumerable<Partner> Partners() =>
        new[] { PartnerKind.WellbeingCounty, PartnerKind.Kela, PartnerKind.ElyCentre, PartnerKind.EducationProvider, PartnerKind.ThirdSector }
            .Select((kind, i) => DemoPartners.P(area.Id, $"Kumppani {i + 1}, {area.Slug} (synteettinen)", kind, StatutorySection.Partners,
                "Yhteistyö (synteettinen)", null, null));

    public static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);
}
