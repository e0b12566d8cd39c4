namespace TyollisyysAlue.TestSupport;

/// <summary>The app's clock stopped at one instant: tests move time by replacing the TimeProvider.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
