using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Plans;

public class PlanSectionRulesTests
{
    private static PlanSection Section(string heading, StatutorySection? point = null, Guid? parent = null) =>
        new(Guid.NewGuid(), Guid.Empty, Guid.Empty, parent, 0, heading, "", point);

    [Fact]
    public void Statutory_sections_cannot_be_deleted_and_optional_ones_can()
    {
        var offices = Section("Toimipisteet", StatutorySection.Offices);
        Assert.Equal(PlanErrors.StatutoryUndeletable, Assert.Throws<DomainException>(() => offices.EnsureDeletable(false)).Code);
        Section("Digitaaliset palvelut").EnsureDeletable(false);
    }

    [Fact]
    public void A_section_with_subsections_is_not_deleted_with_them()
    {
        Assert.Equal(PlanErrors.HasSubsections, Assert.Throws<DomainException>(() => Section("Tavoitteet").EnsureDeletable(true)).Code);
    }

    [Fact]
    public void Sections_nest_one_level_only()
    {
        var main = Section("Palveluiden järjestäminen");
        var sub = Section("Järjestämisvastuu");
        sub.NestUnder(main, hasSubsections: false);
        Assert.Equal(main.Id, sub.ParentId);
        var third = Section("Alakohta");
        Assert.Equal(PlanErrors.NestOneLevel, Assert.Throws<DomainException>(() => third.NestUnder(sub, false)).Code);
        Assert.Equal(PlanErrors.NestOneLevel, Assert.Throws<DomainException>(() => main.NestUnder(Section("Muu"), hasSubsections: true)).Code);
        sub.NestUnder(null, false);
        Assert.Null(sub.ParentId);
    }

    [Fact]
    public void Live_block_lists_round_trip_and_skip_garbage()
    {
        var blocks = LiveBlockRefs.Parse("1:2025, 2:2024,x:1,3");
        Assert.Equal([new LiveBlockRef(1, 2025), new LiveBlockRef(2, 2024)], blocks);
        Assert.Equal("1:2025,2:2024", LiveBlockRefs.Format(blocks));
        Assert.True(LiveBlockRefs.IsOutOfDate(new LiveBlockRef(2, 2024), new DateOnly(2025, 3, 1)));
        Assert.False(LiveBlockRefs.IsOutOfDate(new LiveBlockRef(2, 2025), new DateOnly(2024, 12, 5)));
    }

    [Fact]
    public void A_block_about_one_scenario_carries_its_id_and_a_bad_id_is_skipped()
    {
        var id = Guid.Parse("0b4e7f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        var blocks = LiveBlockRefs.Parse("8:2025:0b4e7f6a1c2d4e5f8a9b0c1d2e3f4a5b,8:2025,8:2025:nope,8:2025:1:2");
        Assert.Equal([new LiveBlockRef(8, 2025, id), new LiveBlockRef(8, 2025)], blocks);
        Assert.Equal("8:2025:0b4e7f6a1c2d4e5f8a9b0c1d2e3f4a5b,8:2025", LiveBlockRefs.Format(blocks));
    }
}
