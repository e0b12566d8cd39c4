using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// One bench area's indicator series per member: year-end residents, working-age residents, foreign-language speakers and
/// labour force, and the monthly unemployed (the keys' criterion) and unemployed jobseekers, from the year before the
/// first budget year to the last full month. All synthetic, flagged demo and sourced <see cref="Source"/>, never official.
/// </summary>
internal static class NationalIndicators
{
    public const string Source = "synthetic (bench)";

    public static IEnumerable<IndicatorValue> For(NationalArea area, int firstYear, DateOnly today)
    {
        var random = BenchRandom.For("indicators", area.Number);
        foreach (var member in area.Members)
        {
            var population = (decimal)area.Population[member.Code.Value];
            var workingAge = population * (decimal)random.Between(0.55, 0.63);
            var foreign = population * (decimal)random.Between(0.02, 0.12);
            var rate = (decimal)random.Between(0.05, 0.13);
            IndicatorValue Value(string indicator, DateOnly on, decimal value) =>
                new(random.NextGuid(), area.Id, indicator, member.Code, on, Rounding.Round(value, 0), Source, isDemo: true);

            for (var year = firstYear - 1; year < today.Year; year++)
            {
                var trend = 1m + (year - firstYear) * 0.004m;
                var end = new DateOnly(year, 12, 31);
                yield return Value(Indicator.Population, end, population * trend);
                yield return Value(Indicator.WorkingAge, end, workingAge * trend);
                yield return Value(Indicator.ForeignLanguage, end, foreign * (1m + (year - firstYear) * 0.05m));
                yield return Value(Indicator.LabourForce, end, workingAge * trend * 0.78m);
            }
            for (var month = new DateOnly(firstYear - 1, 1, 1); month.AddMonths(1) <= today; month = month.AddMonths(1))
            {
                var seasonal = 1m + (month.Month is 6 or 7 ? 0.08m : month.Month is 12 or 1 ? 0.05m : 0m);
                var unemployed = workingAge * rate * seasonal * (decimal)random.Between(0.97, 1.03);
                yield return Value(Indicator.UnemployedJobseekers, month, unemployed * 0.7m);
                yield return Value(Indicator.Unemployed, month, unemployed);
            }
        }
    }
}
