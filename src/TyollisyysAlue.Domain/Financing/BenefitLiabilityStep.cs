using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>
/// One step of the municipalities' share of unemployment benefits (Act 555/1998 as amended from 1.1.2025): for benefit
/// days FromDay..ToDay of a person's accumulated days the home municipality pays MunicipalPercent. Entered from the
/// statute by the system administrator with its source; the app ships no official percentages it could not verify.
/// </summary>
[GlobalData("The statute's benefit-liability steps are national.")]
public class BenefitLiabilityStep
{
    public BenefitLiabilityStep(Guid id, int year, int fromDay, int? toDay, decimal municipalPercent, string source, bool isDemo,
        string enteredBy, DateTimeOffset enteredAt)
    {
        if (fromDay < 1 || toDay < fromDay) throw new DomainException("financing.step-days", "A step's days run from day 1 upwards, the last not before the first.");
        if (municipalPercent is < 0 or > 100) throw new DomainException("financing.step-percent", "A step's percentage is 0–100.");
        Id = id;
        Year = year;
        FromDay = fromDay;
        ToDay = toDay;
        MunicipalPercent = municipalPercent;
        Source = source;
        IsDemo = isDemo;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public int FromDay { get; private set; }
    /// <summary>Null for the last, open-ended step.</summary>
    public int? ToDay { get; private set; }
    public decimal MunicipalPercent { get; private set; }
    public string Source { get; private set; }
    public bool IsDemo { get; private set; }
    public string EnteredBy { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    public LiabilityStep ToRule() => new(FromDay, ToDay, MunicipalPercent);
}

/// <summary>The engine's view of a step.</summary>
public sealed record LiabilityStep(int FromDay, int? ToDay, decimal MunicipalPercent)
{
    public bool Covers(int day) => day >= FromDay && (ToDay is null || day <= ToDay);
}
