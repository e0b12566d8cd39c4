using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Indicators;

/// <summary>How an indicator's value for a year is read: a value on a date, or the average of monthly values.</summary>
public enum IndicatorKind
{
    /// <summary>E.g. residents aged 18–64 on 31.12 of the year before the budget year.</summary>
    PointInTime = 1,
    /// <summary>E.g. unemployed jobseekers and those in services, average of twelve months.</summary>
    MonthlyAverage = 2,
}

/// <summary>A statistic a cost-sharing key can use (national definition, shared by all areas).</summary>
[GlobalData("Indicator definitions are national (Statistics Finland, KEHA Centre, Kela).")]
public class Indicator
{
    public Indicator(string code, string nameFi, string nameSv, string nameEn, IndicatorKind kind, string source,
        IndicatorUnit unit = IndicatorUnit.Persons, string? formula = null)
    {
        Code = code;
        NameFi = nameFi;
        NameSv = nameSv;
        NameEn = nameEn;
        Kind = kind;
        Source = source;
        Unit = unit;
        Formula = formula is null ? null : IndicatorFormula.Parse(formula).ToString();
    }

    /// <summary>Stable key used in keys and the API, e.g. "working-age".</summary>
    public string Code { get; private set; }
    public string NameFi { get; private set; }
    public string NameSv { get; private set; }
    public string NameEn { get; private set; }
    public IndicatorKind Kind { get; private set; }
    /// <summary>Where official values come from, e.g. "Tilastokeskus 11re".</summary>
    public string Source { get; private set; }
    public IndicatorUnit Unit { get; private set; }

    /// <summary>
    /// For a derived indicator, the sum of other indicators it is computed from per member and month (e.g. broad
    /// unemployment); null for an indicator whose values are imported or entered. A derived indicator has no values
    /// of its own, so its figures always trace back to the imported ones.
    /// </summary>
    public string? Formula { get; private set; }

    public bool IsDerived => Formula is not null;

    public IndicatorFormula? ParsedFormula => Formula is null ? null : IndicatorFormula.Parse(Formula);

    public string NameIn(string language) => language switch { "sv" => NameSv, "en" => NameEn, _ => NameFi };

    /// <summary>The national definition as the seed data now states it (names, source, unit, formula).</summary>
    public void Refresh(Indicator definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        NameFi = definition.NameFi;
        NameSv = definition.NameSv;
        NameEn = definition.NameEn;
        Kind = definition.Kind;
        Source = definition.Source;
        Unit = definition.Unit;
        Formula = definition.Formula;
    }

    public const string WorkingAge = "working-age";
    public const string Unemployed = "unemployed";
    public const string ForeignLanguage = "foreign-language";
    public const string Population = "population";
    public const string LabourForce = "labour-force";

    // Employment service statistics (table 12r5, KEHA Centre): the series broad unemployment is computed from.
    public const string Jobseekers = "jobseekers";
    public const string UnemployedJobseekers = "unemployed-jobseekers";
    public const string UnemploymentRate = "unemployment-rate";
    public const string ServicesSubsidised = "services-subsidised";
    public const string ServicesTrial = "services-trial";
    public const string ServicesTraining = "services-training";
    public const string ServicesCoaching = "services-coaching";
    public const string ServicesOther = "services-other";
    /// <summary>Unemployed jobseekers and people in services, computed from the 12r5 series above.</summary>
    public const string BroadUnemployment = "broad-unemployment";

    /// <summary>
    /// Kela: the member municipality's share of the unemployment benefits it co-funds, paid in a month (euros).
    /// The seam for the net-position view: one monthly series per member in the ordinary indicator values.
    /// </summary>
    public const string BenefitLiability = "benefit-liability";
    /// <summary>Kela: recipients of the municipally co-funded unemployment benefits in a month (persons).</summary>
    public const string BenefitLiabilityRecipients = "benefit-liability-recipients";
}
