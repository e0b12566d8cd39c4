namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// The contents the arrangement plan must have under Act 380/2023 §15(4), points a–f. Stored by number: never renumber.
/// Other features (partners, offices, staffing) refer to the point their data supports.
/// </summary>
public enum StatutorySection
{
    /// <summary>a) financial and staff resources and their allocation</summary>
    Resources = 1,

    /// <summary>b) solutions for producing and targeting services</summary>
    ServiceProduction = 2,

    /// <summary>c) number and location of offices</summary>
    Offices = 3,

    /// <summary>d) partners and forms of cooperation</summary>
    Partners = 4,

    /// <summary>e) promoting work-based immigration, matching of jobs and workers, and labour mobility</summary>
    ImmigrationAndMobility = 5,

    /// <summary>f) preparedness for structural change</summary>
    StructuralChange = 6,
}

public static class StatutorySections
{
    public static IReadOnlyList<StatutorySection> All { get; } = Enum.GetValues<StatutorySection>();

    /// <summary>The point's letter as the Act writes it: a … f.</summary>
    public static char Letter(this StatutorySection section) => (char)('a' + (int)section - 1);
}
