using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// The budget-level cost the key divides: expenses less what must not be shared — depreciation
/// (investments are billed when made, so billing depreciation would bill them twice), costs charged
/// to one municipality alone (billed as direct charges instead) and externally funded costs.
/// </summary>
public sealed record SharedCost
{
    private SharedCost(Money expenses, Money depreciation, Money municipalitySpecific, Money externallyFunded)
    {
        Expenses = expenses;
        Depreciation = depreciation;
        MunicipalitySpecific = municipalitySpecific;
        ExternallyFunded = externallyFunded;
    }

    public Money Expenses { get; }
    public Money Depreciation { get; }
    public Money MunicipalitySpecific { get; }
    public Money ExternallyFunded { get; }

    /// <summary>May come out negative when deductions exceed expenses; a cost split refuses that.</summary>
    public Money Amount => Expenses - Depreciation - MunicipalitySpecific - ExternallyFunded;

    public static SharedCost From(Money expenses, Money depreciation, Money municipalitySpecific, Money externallyFunded)
    {
        if (expenses < Money.Zero || depreciation < Money.Zero || municipalitySpecific < Money.Zero || externallyFunded < Money.Zero)
            throw new DomainException("shared-cost.negative-component", "Expenses and the deductions from them cannot be negative.");
        return new SharedCost(expenses, depreciation, municipalitySpecific, externallyFunded);
    }
}
