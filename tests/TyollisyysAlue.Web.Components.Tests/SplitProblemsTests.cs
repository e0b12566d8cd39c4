using TyollisyysAlue.Texts;
using System.Globalization;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.Web.Components.Pages.Budget;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>What keeps a split from being calculated, said in the reader's language with the member's and the criterion's names.</summary>
public class SplitProblemsTests : ComponentTest
{
    private static readonly Indicator Population = IndicatorRegister.All.Single(i => i.Code == Indicator.Population);

    private static YearSplit SplitWith(params CostSharingError[] problems) => new(2026, Guid.NewGuid(), "Jakoperuste",
        [new SplitMember(MunicipalityCode.Parse("091"), "Helsinki", "Helsingfors")],
        [new CriterionUse(Indicator.Population, Population, 100m, IndicatorReference.EndOfPreviousYear(2026))],
        [], null, [], null, null, null, problems);

    private static readonly CostSharingError MissingPopulation = new($"indicators.{Indicator.Population}.091", "split.indicator-missing", "missing");

    [Fact]
    public void A_missing_value_names_the_member_and_the_criterion_and_a_missing_budget_names_the_year()
    {
        var problems = Render<SplitProblems>(ps => ps.Add(p => p.Split, SplitWith(MissingPopulation, new("budget", "split.no-budget", "no budget"))));

        var items = problems.FindAll("[data-testid=split-problems] li").Select(li => li.TextContent).ToList();
        Assert.Equal([Text("Split.IndicatorMissing", "Helsinki", Population.NameIn("fi")), Text("Split.NoBudget", 2026)], items);
        Assert.Contains(Text("Split.CannotCalculate"), problems.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Swedish_reader_gets_the_Swedish_names()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Formats.CultureOf(CultureSetup.Swedish);
        var problems = Render<SplitProblems>(ps => ps.Add(p => p.Split, SplitWith(MissingPopulation)));
        Assert.Equal(Text("Split.IndicatorMissing", "Helsingfors", Population.NameIn("sv")), problems.Find("li").TextContent);
    }

    [Fact]
    public void Without_problems_nothing_is_shown()
    {
        var problems = Render<SplitProblems>(ps => ps.Add(p => p.Split, SplitWith()));
        Assert.Empty(problems.FindAll("[data-testid=split-problems]"));
    }
}
