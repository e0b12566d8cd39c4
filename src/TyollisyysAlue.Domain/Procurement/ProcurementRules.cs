namespace TyollisyysAlue.Domain.Procurement;

/// <summary>The procurement plan's rules as pure functions: thresholds per category and the warnings they give.</summary>
public static class ProcurementRules
{
    /// <summary>National threshold for social and other specific services (annex E, points 1–2).</summary>
    public const decimal SpecificServicesThreshold = 400_000.00m;

    /// <summary>National threshold for start-up grant statements (annex E, point 5).</summary>
    public const decimal StartUpGrantStatementThreshold = 300_000.00m;

    public static decimal ThresholdFor(ProcurementCategory category) =>
        category == ProcurementCategory.StartUpGrantStatement ? StartUpGrantStatementThreshold : SpecificServicesThreshold;

    /// <summary>At or above the threshold: the value equal to the threshold counts as reaching it.</summary>
    public static bool ReachesThreshold(decimal estimatedValue, ProcurementCategory category) =>
        estimatedValue >= ThresholdFor(category);

    /// <summary>Procedures meant for buying below the threshold: small procurement, dynamic small procurement, direct award.</summary>
    public static bool IsBelowThresholdProcedure(ProcurementProcedure procedure) =>
        procedure is ProcurementProcedure.SmallProcurement or ProcurementProcedure.DynamicSmallProcurement or ProcurementProcedure.DirectAward;

    public static IReadOnlyList<ProcurementFlag> Flags(decimal estimatedValue, ProcurementCategory category,
        ProcurementProcedure? procedure, DirectAwardGround? ground)
    {
        var flags = new List<ProcurementFlag>(2);
        if (procedure is { } p && IsBelowThresholdProcedure(p) && ReachesThreshold(estimatedValue, category))
            flags.Add(ProcurementFlag.ThresholdWithBelowThresholdProcedure);
        if (procedure == ProcurementProcedure.DirectAward && ground is null)
            flags.Add(ProcurementFlag.DirectAwardWithoutGround);
        return flags;
    }

    public static IReadOnlyList<ProcurementFlag> Flags(ProcurementLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Flags(line.EstimatedValue, line.Category, line.Procedure, line.DirectAwardGround);
    }
}
