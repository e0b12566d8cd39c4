using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>Where a member's benefit liability comes from.</summary>
public enum LiabilitySource
{
    /// <summary>Kela's monthly invoices (imported indicator series "benefit-liability").</summary>
    Kela = 1,
    /// <summary>The planner's estimate, labelled as such.</summary>
    Estimate = 2,
}

/// <summary>A member's inputs to its net position.</summary>
public sealed record NetPositionInput(
    MunicipalityCode Code,
    string Name,
    Money Payment,
    StateShare StateShare,
    Money BenefitLiability,
    LiabilitySource LiabilitySource,
    Money Compensation,
    decimal? WorkingAge);

/// <summary>
/// A member's net cost of employment services: what it pays the area plus its benefit liability, less the state share
/// it receives for employment services and the compensation. Positive = net cost, negative = net gain.
/// </summary>
public sealed record NetPositionRow(NetPositionInput Input, Money NetCost, Money? PerWorkingAgeResident)
{
    public MunicipalityCode Code => Input.Code;
}

/// <summary>Every member's row and the totals of each column (sums of the rows, so they add up to the cent).</summary>
public sealed record NetPositionTable(IReadOnlyList<NetPositionRow> Rows, Money Payment, Money StateShare, Money BenefitLiability,
    Money Compensation, Money NetCost, Money? PerWorkingAgeResident);

public static class NetPositionCalculator
{
    public static NetPositionRow Row(NetPositionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var net = input.Payment + input.BenefitLiability - input.StateShare.Received - input.Compensation;
        return new NetPositionRow(input, net, PerResident(net, input.WorkingAge));
    }

    public static NetPositionTable Table(IEnumerable<NetPositionInput> inputs)
    {
        var rows = inputs.OrderBy(i => i.Code).Select(Row).ToList();
        var net = Money.Sum(rows.Select(r => r.NetCost));
        var residents = rows.All(r => r.Input.WorkingAge is not null) ? rows.Sum(r => r.Input.WorkingAge!.Value) : (decimal?)null;
        return new NetPositionTable(rows,
            Money.Sum(rows.Select(r => r.Input.Payment)),
            Money.Sum(rows.Select(r => r.Input.StateShare.Received)),
            Money.Sum(rows.Select(r => r.Input.BenefitLiability)),
            Money.Sum(rows.Select(r => r.Input.Compensation)),
            net,
            PerResident(net, residents));
    }

    private static Money? PerResident(Money net, decimal? residents) =>
        residents is > 0 ? FinancingRounding.ToCents(net.ToEuros() / residents.Value) : null;
}
