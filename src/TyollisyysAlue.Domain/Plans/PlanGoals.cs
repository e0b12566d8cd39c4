using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>A goal of the area's plan, in a named group (Kuopio: "Alueen elinvoima ja kasvu" …).</summary>
public class PlanGoal : IAreaOwned
{
    public PlanGoal(Guid id, Guid areaId, string group, string title, int position)
    {
        Id = id;
        AreaId = areaId;
        Group = group;
        Title = title;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public string Group { get; set; }
    public string Title { get; set; }
    public int Position { get; set; }
    public uint Version { get; private set; }
}

/// <summary>How a goal is measured: baseline, target, target year and where the figure comes from.</summary>
public class PlanMetric : IAreaOwned
{
    public PlanMetric(Guid id, Guid areaId, Guid goalId, string name)
    {
        Id = id;
        AreaId = areaId;
        GoalId = goalId;
        Name = name;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid GoalId { get; private set; }
    public string Name { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public int? TargetYear { get; set; }
    public string? Source { get; set; }

    /// <summary>
    /// The indicator whose values measure the metric (issue 15.5), e.g. "unemployed"; null when the figure is
    /// followed outside the app. The values are the area's own, read when shown, never copied here.
    /// </summary>
    public string? SeriesIndicatorCode { get; set; }

    /// <summary>The member whose values are followed; null: the area total, the sum over the members.</summary>
    public MunicipalityCode? SeriesMunicipality { get; set; }

    /// <summary>The baseline and the target as figures of the linked series (the texts above keep the plan's wording).</summary>
    public decimal? BaselineValue { get; set; }
    public decimal? TargetValue { get; set; }

    public bool IsLinked => SeriesIndicatorCode is not null;

    public uint Version { get; private set; }
}

public enum PlanActionStatus
{
    Planned = 1,
    Ongoing = 2,
    Done = 3,
}

/// <summary>A concrete action towards a goal ("Konkreettinen toimi — Aikataulu"): owner, deadline and status.</summary>
public class PlanAction : IAreaOwned
{
    public PlanAction(Guid id, Guid areaId, Guid goalId, string description)
    {
        Id = id;
        AreaId = areaId;
        GoalId = goalId;
        Description = description;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid GoalId { get; private set; }
    public string Description { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Deadline { get; set; }
    public PlanActionStatus Status { get; set; } = PlanActionStatus.Planned;
    public uint Version { get; private set; }

    /// <summary>Not done and its deadline has passed.</summary>
    public bool IsOverdue(DateOnly today) => Status != PlanActionStatus.Done && Deadline is { } d && d < today;
}
