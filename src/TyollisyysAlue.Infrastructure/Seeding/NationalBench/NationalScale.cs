namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// How big the national bench dataset is. <see cref="Full"/> is the size (45 areas, 10 budget years, 20 plan
/// versions of about 40 pages per area, 1 000 users, about a million audit rows); a smaller factor shrinks every count
/// except the areas and their members (every municipality of the register always belongs to one area), for CI's smoke.
/// </summary>
public sealed record NationalScale
{
    public const int AreaCount = 45;

    public NationalScale(double factor)
    {
        if (double.IsNaN(factor) || factor <= 0 || factor > 1)
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The scale is a factor above 0 and at most 1.");
        Factor = factor;
    }

    public static NationalScale Full { get; } = new(1);

    public double Factor { get; }

    public int Years => Scaled(10, 3);
    public int PlanVersionsPerArea => Scaled(20, 2);
    public int SectionsPerVersion => Scaled(40, 8);
    public int Users => Scaled(1_000, AreaCount);
    public int AuditRows => Scaled(1_000_000, 1_000);
    public int CommentsPerVersion => Scaled(12, 2);

    private int Scaled(int full, int minimum) => Math.Max(minimum, (int)Math.Ceiling(full * Factor));
}
