using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Indicators;

/// <summary>One month (or date) of a derived indicator: its value and the component values it is the sum of.</summary>
public sealed record DerivedValue(DateOnly Date, decimal Value, IReadOnlyList<(string Code, decimal Value)> Parts);

/// <summary>
/// A derived indicator's definition: the sum of other indicators, written "a + b + c". A date has a value only when
/// every component has one (a suppressed or missing component makes the month missing, never a smaller sum).
/// Deliberately only sums: the formulas in use (broad unemployment) are sums, and anything richer would be a
/// calculator nobody can audit.
/// </summary>
public sealed class IndicatorFormula
{
    private IndicatorFormula(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>The component indicator codes, in the order written.</summary>
    public IReadOnlyList<string> Terms { get; }

    public static IndicatorFormula Parse(string text)
    {
        var terms = (text ?? "").Split('+').Select(t => t.Trim()).ToList();
        if (terms.Count < 2 || terms.Any(t => t.Length == 0 || !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            throw new DomainException("indicator.formula", $"'{text}' is not a sum of two or more indicator codes (a + b).");
        if (terms.Distinct(StringComparer.Ordinal).Count() != terms.Count)
            throw new DomainException("indicator.formula", $"'{text}' names an indicator twice.");
        return new IndicatorFormula(terms);
    }

    /// <summary>
    /// The derived series from the components' series (date → value per component code): a value on every date on
    /// which all components have one.
    /// </summary>
    public IReadOnlyList<DerivedValue> Evaluate(IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, decimal>> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var series = Terms.Select(t => components.TryGetValue(t, out var s) ? s : new Dictionary<DateOnly, decimal>()).ToList();
        return series[0].Keys.Where(date => series.All(s => s.ContainsKey(date))).Order()
            .Select(date => new DerivedValue(date, series.Sum(s => s[date]), Terms.Select((t, i) => (t, series[i][date])).ToList()))
            .ToList();
    }

    public override string ToString() => string.Join(" + ", Terms);
}
