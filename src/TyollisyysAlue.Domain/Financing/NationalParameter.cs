using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>
/// One national figure of a year that the net position rests on (a state-share unit price, the transition mix), as
/// the system administrator entered it from its source. Never a guessed value: a missing one is listed as missing.
/// </summary>
[GlobalData("National financing parameters (VM, TEM, statutes) are the same for every area; the system administrator keeps them.")]
public class NationalParameter
{
    public NationalParameter(Guid id, int year, string code, decimal value, string source, bool isDemo, string enteredBy, DateTimeOffset enteredAt)
    {
        Id = id;
        Year = year;
        Code = code;
        Record(value, source, isDemo, enteredBy, enteredAt);
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    /// <summary>One of <see cref="NationalParameterCodes"/>.</summary>
    public string Code { get; private set; }
    public decimal Value { get; private set; }
    /// <summary>Where the figure comes from, e.g. "VM, peruspalvelujen valtionosuus 2025, laskelma 12/2024".</summary>
    public string Source { get; private set; } = "";
    /// <summary>Invented for the demo: shown as demo, never as an official figure.</summary>
    public bool IsDemo { get; private set; }
    public string EnteredBy { get; private set; } = "";
    public DateTimeOffset EnteredAt { get; private set; }
    public uint Version { get; private set; }

    public void Record(decimal value, string source, bool isDemo, string enteredBy, DateTimeOffset enteredAt)
    {
        if (value < 0) throw new DomainException("financing.negative", "A national parameter cannot be negative.");
        Value = value;
        Source = source;
        IsDemo = isDemo;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }
}
