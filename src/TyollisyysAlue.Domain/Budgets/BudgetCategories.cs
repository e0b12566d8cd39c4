namespace TyollisyysAlue.Domain.Budgets;

public enum BudgetLineKind
{
    Expense = 1,
    Income = 2,
}

/// <summary>Expense categories of an employment area's budget (Kuopio's 2025 budget uses these).</summary>
public enum ExpenseCategory
{
    Staff = 1,
    OperatingCosts = 2,
    PurchasedServices = 3,
    WageSubsidy = 4,
    StartUpGrant = 5,
    GrantsAndAllowances = 6,
    /// <summary>Billed by the key in their own lines when made.</summary>
    Investments = 7,
    /// <summary>Never charged: investments were billed when made.</summary>
    Depreciation = 8,
    Other = 9,
}

/// <summary>What an income line does to the split.</summary>
public enum IncomeCategory
{
    /// <summary>The members' payment shares: the result of the split, shown for the balance.</summary>
    MunicipalPaymentShares = 1,
    /// <summary>External funding (supra-regional sales, change-security compensation…): removes that cost from what is shared.</summary>
    ExternalFunding = 2,
    /// <summary>Supplementary services one municipality orders: charged to it alone (Kuopio's 2 015 000 €).</summary>
    MunicipalitySpecific = 3,
    Other = 4,
}
