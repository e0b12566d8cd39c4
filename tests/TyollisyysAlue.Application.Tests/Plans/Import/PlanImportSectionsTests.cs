using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;
using static TyollisyysAlue.Application.Tests.Plans.Import.Doc;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

public class PlanImportSectionsTests
{
    [Fact]
    public void The_chosen_sections_carry_their_point_and_a_point_without_one_gets_an_empty_section_at_the_end()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Johdanto"), H(1, "c) Toimipisteet"), H(2, "Palvelutorit"), H(1, "Yhteistyötahot")));
        var choices = PlanImportSections.InitialChoices(preview);
        Assert.Equal(6, choices.Count);
        Assert.Equal(1, choices[StatutorySection.Offices]);
        choices[StatutorySection.Resources] = 0;       // the planner's choice: the introduction answers a)

        var sections = PlanImportSections.Build(preview, choices, "fi");

        Assert.Equal(["Johdanto", "c) Toimipisteet", "Palvelutorit", "Yhteistyötahot",
            "Palveluiden tuottamista ja kohdentamista koskevat ratkaisut", "Työperäisen maahanmuuton, kohtaannon ja työvoiman liikkuvuuden edistäminen",
            "Rakennemuutoksiin varautuminen"], sections.Select(s => s.Heading));
        Assert.Equal([StatutorySection.Resources, StatutorySection.Offices, null, StatutorySection.Partners,
            StatutorySection.ServiceProduction, StatutorySection.ImmigrationAndMobility, StatutorySection.StructuralChange], sections.Select(s => s.Statutory));
        Assert.Equal([1, 1, 2, 1, 1, 1, 1], sections.Select(s => s.Level));
        Assert.All(sections.Skip(4), s => Assert.Equal("", s.Body));
        Assert.Equal("Beredskap för strukturomvandlingar", PlanImportSections.Build(preview, choices, "sv")[^1].Heading);
    }

    [Fact]
    public void A_section_chosen_for_two_points_carries_one_of_them_the_other_gets_its_own_section()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Resurssit ja toimipisteet")));
        var choices = PlanImportSections.InitialChoices(preview);
        choices[StatutorySection.Resources] = 0;
        choices[StatutorySection.Offices] = 0;
        var sections = PlanImportSections.Build(preview, choices, "fi");
        Assert.Single(sections, s => s.Statutory == StatutorySection.Offices);
        Assert.Single(sections, s => s.Statutory == StatutorySection.Resources);
        Assert.Equal(StatutorySection.Resources, sections[0].Statutory);
    }
}
