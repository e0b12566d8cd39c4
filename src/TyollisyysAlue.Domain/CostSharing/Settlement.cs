using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>A municipality's year-end true-up: <see cref="Balance"/> = final cost − advances paid.</summary>
public sealed record Settlement(MunicipalityCode Code, string Name, Money FinalCost, Money Paid, Money Balance)
{
    /// <summary>The municipality paid too little and is invoiced the balance.</summary>
    public bool IsInvoice => Balance > Money.Zero;

    /// <summary>The municipality paid too much and is refunded −balance.</summary>
    public bool IsRefund => Balance < Money.Zero;
}
