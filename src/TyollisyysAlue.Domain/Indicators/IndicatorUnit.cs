namespace TyollisyysAlue.Domain.Indicators;

/// <summary>
/// What an indicator's values count. An import refuses a table column of another unit (a percentage is never
/// stored as a number of persons). Zero is deliberately not a unit, so a forgotten value is noticed.
/// </summary>
public enum IndicatorUnit
{
    /// <summary>A number of persons (residents, jobseekers, recipients).</summary>
    Persons = 1,
    /// <summary>Euros, e.g. the municipality's share of unemployment benefits paid in a month.</summary>
    Euros = 2,
    /// <summary>A percentage, e.g. the unemployment rate; never summed over municipalities.</summary>
    Percent = 3,
}
