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
[GlobalData("Indicator definitions are national (Statistics Finland, KEHA Centre).")]
public class Indicator
{
    public Indicator(string code, string nameFi, string nameSv, string nameEn, IndicatorKind kind, string source)
    {
        Code = code;
        NameFi = nameFi;
        NameSv = nameSv;
        NameEn = nameEn;
        Kind = kind;
        Source = source;
    }

    /// <summary>Stable key used in keys and the API, e.g. "working-age".</summary>
    public string Code { get; private set; }
    public string NameFi { get; private set; }
    public string NameSv { get; private set; }
    public string NameEn { get; private set; }
    public IndicatorKind Kind { get; private set; }
    /// <summary>Where official values come from, e.g. "Tilastokeskus 11re".</summary>
    public string Source { get; private set; }

    public string NameIn(string language) => language switch { "sv" => NameSv, "en" => NameEn, _ => NameFi };

    public const string WorkingAge = "working-age";
    public const string Unemployed = "unemployed";
    public const string ForeignLanguage = "foreign-language";
    public const string Population = "population";
    public const string LabourForce = "labour-force";
}
