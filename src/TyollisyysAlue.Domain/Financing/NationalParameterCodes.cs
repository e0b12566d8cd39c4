namespace TyollisyysAlue.Domain.Financing;

/// <summary>What a national parameter measures and who publishes it (the "missing" list names the publisher).</summary>
public enum ParameterUnit
{
    /// <summary>Euros per person counted by the criterion.</summary>
    EurosPerPerson = 1,
    /// <summary>A percentage 0–100.</summary>
    Percent = 2,
}

/// <summary>A kind of national parameter: its code, unit, the indicator it multiplies (if any) and its publisher's text key.</summary>
public sealed record ParameterDefinition(string Code, ParameterUnit Unit, string? Indicator, string PublisherKey);

/// <summary>
/// The national parameters the employment-services state share and its transition need each year. The computed
/// state share is Σ unit price × the member's indicator value over the criteria below (working-age population, broad
/// unemployment, foreign-language speakers — State budget 2025, 28.90); the transition mixes it with the realised one.
/// </summary>
public static class NationalParameterCodes
{
    public const string UnitWorkingAge = "state-share.unit.working-age";
    public const string UnitBroadUnemployment = "state-share.unit.broad-unemployment";
    public const string UnitForeignLanguage = "state-share.unit.foreign-language";
    /// <summary>r of the transition mix, as a percentage: state share = realised × r + calculated × (1 − r).</summary>
    public const string TransitionRealisedPercent = "transition.realised-percent";

    public const string PublisherFinanceMinistry = "Financing.Publisher.Vm";
    public const string PublisherStatute = "Financing.Publisher.Statute";
    public const string PublisherTem = "Financing.Publisher.Tem";
    public const string PublisherKela = "Financing.Publisher.Kela";

    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        new(UnitWorkingAge, ParameterUnit.EurosPerPerson, Indicators.Indicator.WorkingAge, PublisherFinanceMinistry),
        new(UnitBroadUnemployment, ParameterUnit.EurosPerPerson, Indicators.Indicator.BroadUnemployment, PublisherFinanceMinistry),
        new(UnitForeignLanguage, ParameterUnit.EurosPerPerson, Indicators.Indicator.ForeignLanguage, PublisherFinanceMinistry),
        new(TransitionRealisedPercent, ParameterUnit.Percent, null, PublisherStatute),
    ];

    /// <summary>The criteria of the computed state share (the parameters that multiply an indicator).</summary>
    public static IEnumerable<ParameterDefinition> StateShareCriteria => All.Where(p => p.Indicator is not null);

    public static ParameterDefinition? Find(string code) => All.FirstOrDefault(p => p.Code == code);
}
