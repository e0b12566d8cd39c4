using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>
/// The one rounding rule of the net position (ADR 0003, "Net position"): a product of a rate and a quantity (unit
/// price × persons, percentage × euros, the transition mix, euros per resident) is computed exactly in decimal and
/// rounded once, half away from zero, to the cent. Tables then add rounded cents only, so they add up to the cent.
/// </summary>
public static class FinancingRounding
{
    public static Money ToCents(decimal euros) =>
        Money.FromEuros(Rounding.Round(euros, 2));
}
