namespace TyollisyysAlue.Domain.Services;

/// <summary>The groups of the national service map (Porvoo seed, "Palvelukartta"). Stored by name; never renumber.</summary>
public enum ServiceGroup
{
    FindingWorkAndWorkers = 1,
    DevelopingSkills = 2,
    PromotingIntegration = 3,
    SupportingWorkAbility = 4,
    InformationAdviceGuidance = 5,
    SharedSupport = 6,
    National = 7,
}

/// <summary>Whom a service is for: jobseekers ("T"), employers and start-ups ("E"), or both.</summary>
public enum ServiceAudience
{
    Jobseeker = 1,
    Employer = 2,
    Both = 3,
}

/// <summary>How an area produces a service (production modes in all seeds).</summary>
public enum ProductionMode
{
    OwnProduction = 1,
    PurchasedService = 2,
    InHouseEntity = 3,
    Partnership = 4,
    OtherAuthority = 5,
}

/// <summary>Lahti's classes of the municipality's statutory tasks (seed 003).</summary>
public enum StatutoryClass
{
    Voluntary = 1,
    AppropriationBound = 2,
    AppropriationIndependent = 3,
    NeedBased = 4,
    Commissioned = 5,
}

/// <summary>Whom an offering is aimed at; an offering may have several (stored as one integer of flags).</summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    YoungUnder25 = 1,
    YoungUnder30 = 2,
    NewlyUnemployed = 4,
    LongTermUnemployed = 8,
    PartiallyAbleToWork = 16,
    Immigrants = 32,
    HighlyEducated = 64,
    Employers = 128,
    StartUps = 256,
    Over55 = 512,
}

/// <summary>What an offering's volume counts.</summary>
public enum VolumeUnit
{
    Customers = 1,
    Places = 2,
}

public static class ServiceAudienceExtensions
{
    /// <summary>"T", "E" or "T+E", as the seeds write it.</summary>
    public static string Letter(this ServiceAudience audience) => audience switch
    {
        ServiceAudience.Jobseeker => "T",
        ServiceAudience.Employer => "E",
        _ => "T+E",
    };

    public static IEnumerable<TargetGroups> Each(this TargetGroups groups) =>
        Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && groups.HasFlag(g));
}
