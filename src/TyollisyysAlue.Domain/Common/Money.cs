using System.Globalization;

namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// An exact amount of euros held as integer cents. Arithmetic is checked: an overflow throws
/// instead of wrapping. Display formatting (e.g. "1 234,56 €") is left to the caller's culture.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public long Cents { get; }

    private Money(long cents) => Cents = cents;

    public static Money Zero { get; } = new(0);

    public static Money FromCents(long cents) => new(cents);

    /// <summary>Refuses anything finer than a cent: silent rounding would hide where a cent went.</summary>
    public static Money FromEuros(decimal euros)
    {
        if (decimal.Round(euros, 2) != euros)
            throw new DomainException("money.sub-cent", $"{euros.ToString(CultureInfo.InvariantCulture)} has more than two decimals.");
        if (euros > long.MaxValue / 100m || euros < long.MinValue / 100m)
            throw new DomainException("money.out-of-range", $"{euros.ToString(CultureInfo.InvariantCulture)} is too large an amount.");
        return new Money((long)(euros * 100m));
    }

    public decimal ToEuros() => Cents / 100m;

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.Aggregate(Zero, (sum, next) => sum + next);
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));
    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));
    public static Money operator -(Money value) => new(checked(-value.Cents));

    public static Money Add(Money left, Money right) => left + right;
    public static Money Subtract(Money left, Money right) => left - right;
    public static Money Negate(Money value) => -value;

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;
    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;
    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;
    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    /// <summary>Invariant "1234.56"; for logs, tests and machine formats.</summary>
    public override string ToString() => ToEuros().ToString("0.00", CultureInfo.InvariantCulture);
}
