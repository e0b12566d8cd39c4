using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>Builds a demo plan version's sections in order: main sections and their subsections.</summary>
internal sealed class DemoPlanOutline(PlanVersion version, int liveBlockYear = DemoBudgets.Year, string updatedBy = "demo-data")
{
    private readonly List<PlanSection> _sections = [];
    private PlanSection? _main;

    public IReadOnlyList<PlanSection> Sections => _sections;

    public DemoPlanOutline Main(string heading, string body = "", StatutorySection? point = null, params LiveBlockKind[] blocks)
    {
        _main = Add(null, _sections.Count(s => s.ParentId is null), heading, body, point, blocks);
        return this;
    }

    public DemoPlanOutline Sub(string heading, string body, StatutorySection? point = null, params LiveBlockKind[] blocks)
    {
        Add(_main!.Id, _sections.Count(s => s.ParentId == _main.Id), heading, body, point, blocks);
        return this;
    }

    private PlanSection Add(Guid? parent, int position, string heading, string body, StatutorySection? point, LiveBlockKind[] blocks)
    {
        var section = new PlanSection(Guid.NewGuid(), version.AreaId, version.Id, parent, position, heading, body.Trim(), point)
        {
            LiveBlocks = LiveBlockRefs.Format(blocks.Select(b => new LiveBlockRef((int)b, liveBlockYear))),
            UpdatedBy = updatedBy,
            UpdatedAt = new DateTimeOffset(version.VersionDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        };
        _sections.Add(section);
        return section;
    }
}
