using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// The members' joint decision to carry a year's surplus or deficit to a later year instead of
/// settling it at once. <see cref="Amount"/> &gt; 0 is a surplus (advances exceeded actual costs),
/// &lt; 0 a deficit.
/// </summary>
public sealed record CarryForwardDecision
{
    public CarryForwardDecision(int budgetYear, int targetYear, Money amount, string decisionReference)
    {
        if (targetYear <= budgetYear)
            throw new DomainException("carry-forward.target-not-later", "A surplus or deficit can only be carried to a later year.");
        if (amount == Money.Zero)
            throw new DomainException("carry-forward.zero-amount", "There is nothing to carry forward.");
        if (string.IsNullOrWhiteSpace(decisionReference))
            throw new DomainException("carry-forward.decision-required", "Carrying forward needs the decision it rests on.");
        BudgetYear = budgetYear;
        TargetYear = targetYear;
        Amount = amount;
        DecisionReference = decisionReference.Trim();
    }

    public int BudgetYear { get; }
    public int TargetYear { get; }
    public Money Amount { get; }
    /// <summary>E.g. "Työllisyysaluejaosto 12.2.2026 § 7".</summary>
    public string DecisionReference { get; }

    public bool IsSurplus => Amount > Money.Zero;
}
