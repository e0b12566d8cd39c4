using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>A criterion of the key as used this year: the indicator (and its names), weight and which values.</summary>
public sealed record CriterionUse(string IndicatorCode, Indicator? Definition, decimal WeightPercent, IndicatorReference Reference)
{
    public string IndicatorName => Definition?.NameFi ?? IndicatorCode;
    public string NameIn(string language) => Definition?.NameIn(language) ?? IndicatorCode;
}

/// <summary>A member municipality's indicator value for a criterion, with where it came from.</summary>
public sealed record IndicatorUse(MunicipalityCode Code, string IndicatorCode, decimal? Value, int MonthsCovered, bool IsDemo)
{
    /// <summary>For a derived indicator: the months used, each with the imported component values it sums.</summary>
    public IReadOnlyList<DerivedValue> Derivation { get; init; } = [];
}

public sealed record SplitMember(MunicipalityCode Code, string NameFi, string? NameSv)
{
    public string NameIn(string language) => TyollisyysAlue.Domain.Common.LocalName.In(language, NameFi, NameSv);
}

/// <summary>
/// Everything the committee sees for one year and key: the members the split used, the criteria and values,
/// the shared cost and its deductions, the split (null when the data are incomplete — then
/// <see cref="Problems"/> says what is missing), the monthly advances and the budget balance.
/// </summary>
public sealed record YearSplit(
    int Year,
    Guid KeyId,
    string KeyName,
    IReadOnlyList<SplitMember> Members,
    IReadOnlyList<CriterionUse> Criteria,
    IReadOnlyList<IndicatorUse> Values,
    SharedCost? SharedCost,
    IReadOnlyList<DirectCharge> DirectCharges,
    CostSplit? Split,
    AdvancePlan? Advances,
    BudgetBalance? Balance,
    IReadOnlyList<CostSharingError> Problems)
{
    /// <summary>
    /// When the key (its name or criteria) was last changed, from the audit log; null when no change is recorded.
    /// Exports state it beside the key's name so two printouts can be told apart by a date people know.
    /// </summary>
    public DateTimeOffset? KeyChangedAt { get; init; }

    /// <summary>Appropriation changes during the year, in month order; the advances already include them.</summary>
    public IReadOnlyList<Revision> Revisions { get; init; } = [];

    /// <summary>Each member's part of the year's investments (split by the same key, billed in lines of their own).</summary>
    public IReadOnlyList<DirectCharge> Investments { get; init; } = [];

    /// <summary>Definitions of the indicators derived criteria are computed from (their names in the trace).</summary>
    public IReadOnlyDictionary<string, Indicator> Components { get; init; } = new Dictionary<string, Indicator>();

    /// <summary>Balances of earlier years carried into this one by decision (deficit +, surplus −), shared by the key.</summary>
    public Money CarriedIn { get; init; }

    public Money InvestmentOf(MunicipalityCode code) => Money.Sum(Investments.Where(i => i.Code == code).Select(i => i.Amount));

    public bool UsesDemoData => Values.Any(v => v.IsDemo);

    public IndicatorUse? ValueOf(MunicipalityCode code, string indicator) =>
        Values.FirstOrDefault(v => v.Code == code && v.IndicatorCode == indicator);

    /// <summary>
    /// Euros per resident aged 18–64, to the cent half away from zero (<see cref="Rounding"/>, ADR 3; null when that
    /// indicator is not known for the municipality). A figure to compare members by, never billed.
    /// </summary>
    public decimal? PerWorkingAgeResident(MunicipalityShare share) =>
        ValueOf(share.Code, Indicator.WorkingAge)?.Value is { } residents && residents > 0
            ? Rounding.Round(share.Total.ToEuros() / residents, 2)
            : null;
}
