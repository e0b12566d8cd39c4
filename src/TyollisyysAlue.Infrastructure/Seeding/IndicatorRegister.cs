using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>The indicators the seeds' allocation keys use (national definitions).</summary>
public static class IndicatorRegister
{
    public static IReadOnlyList<Indicator> All { get; } =
    [
        new(Indicator.WorkingAge, "Asukkaat 18–64 v.", "Invånare 18–64 år", "Residents aged 18–64", IndicatorKind.PointInTime, "Tilastokeskus 11re"),
        new(Indicator.Unemployed, "Työttömät työnhakijat ja palveluissa olevat", "Arbetslösa arbetssökande och personer i tjänster",
            "Unemployed jobseekers and people in services", IndicatorKind.MonthlyAverage, "KEHA-keskus, työnvälitystilasto 12r5"),
        new(Indicator.ForeignLanguage, "Vieraskieliset", "Främmandespråkiga", "Foreign-language speakers", IndicatorKind.PointInTime, "Tilastokeskus 11rl"),
        new(Indicator.Population, "Asukasluku", "Invånarantal", "Population", IndicatorKind.PointInTime, "Tilastokeskus 11re"),
        new(Indicator.LabourForce, "Työvoima", "Arbetskraft", "Labour force", IndicatorKind.PointInTime, "Tilastokeskus, työssäkäyntitilasto"),
    ];
}
