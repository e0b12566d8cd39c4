using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Memberships;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>Both states, each municipality's difference, the §12 check of both (null without workforce figures) and warnings.</summary>
public sealed record WhatIfResponse(WhatIfState Before, WhatIfState After, IReadOnlyList<WhatIfDifference> Differences,
    WorkforceResult? WorkforceBefore, WorkforceResult? WorkforceAfter, IReadOnlyList<string> Warnings)
{
    public const string BelowMinimum = "workforce-below-minimum";

    public static WhatIfResponse From(CostSplit before, CostSplit after, WorkforceCheck? workforceBefore, WorkforceCheck? workforceAfter)
    {
        var differences = ScenarioComparison.Compare(before, after);
        return new(WhatIfState.From(before, differences, d => d.ShareBefore), WhatIfState.From(after, differences, d => d.ShareAfter),
            differences.Select(d => new WhatIfDifference(d.Code.Value, d.Name, d.Before?.ToEuros(), d.After?.ToEuros(), d.Change.ToEuros(), d.ChangePercent)).ToList(),
            WorkforceResult.From(workforceBefore), WorkforceResult.From(workforceAfter),
            workforceAfter is { MeetsMinimum: false } ? [BelowMinimum] : []);
    }
}

public sealed record WhatIfState(decimal SharedCost, decimal Total, IReadOnlyList<WhatIfShare> Municipalities)
{
    public static WhatIfState From(CostSplit split, IReadOnlyList<PaymentDifference> differences, Func<PaymentDifference, decimal?> share) =>
        new(split.SharedCost.ToEuros(), split.GrandTotal.ToEuros(), split.Municipalities.Select(m => new WhatIfShare(m.Code.Value, m.Name,
            m.Shared.ToEuros(), m.Direct.ToEuros(), m.Total.ToEuros(), share(differences.First(d => d.Code == m.Code)) ?? 0m)).ToList());
}

/// <summary><see cref="SharePercent"/>: the municipality's share of the total, two decimals.</summary>
public sealed record WhatIfShare(string Code, string Name, decimal Shared, decimal Direct, decimal Total, decimal SharePercent);

/// <summary>Null <see cref="Before"/>/<see cref="After"/>: not a member in that state; <see cref="ChangePercent"/> null when it paid nothing before.</summary>
public sealed record WhatIfDifference(string Code, string Name, decimal? Before, decimal? After, decimal Change, decimal? ChangePercent);

/// <summary>Act 380/2023 §12: the summed measure ("LabourForce" or "WorkingAge") against 20 000.</summary>
public sealed record WorkforceResult(string Measure, decimal Total, decimal Minimum, bool MeetsMinimum)
{
    public static WorkforceResult? From(WorkforceCheck? check) =>
        check is null ? null : new(check.Measure.ToString(), check.Total, WorkforceBase.Minimum, check.MeetsMinimum);
}
