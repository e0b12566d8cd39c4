namespace TyollisyysAlue.Domain.Committees;

/// <summary>How many seats each member municipality has in the area's joint committee.</summary>
public enum CommitteeSeatRule
{
    /// <summary>A member (and a deputy) from each member municipality (Porvoo's TE-jaosto).</summary>
    OnePerMember = 1,
    /// <summary>One seat per started 10 000 residents.</summary>
    PerStarted10000Residents = 2,
}

public static class CommitteeSeats
{
    /// <summary>Seats of a member under the rule: at least one; by population, one per started 10 000 residents.</summary>
    public static int For(CommitteeSeatRule rule, decimal? population) => rule switch
    {
        CommitteeSeatRule.PerStarted10000Residents when population is > 0 => (int)Math.Ceiling(population.Value / 10_000m),
        _ => 1,
    };
}
