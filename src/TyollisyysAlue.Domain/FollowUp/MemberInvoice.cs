using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.FollowUp;

public enum InvoiceKind
{
    /// <summary>A monthly advance from the schedule after revisions.</summary>
    Advance = 1,
    /// <summary>The year-end reconciliation: a deficit invoiced (positive) or a surplus refunded (negative).</summary>
    Reconciliation = 2,
}

/// <summary>What the responsible municipality invoiced a member for one month of a year, and when it falls due.</summary>
public class MemberInvoice : IAreaOwned
{
    public MemberInvoice(Guid id, Guid areaId, MunicipalityCode municipalityCode, int year, int month, InvoiceKind kind, decimal amount, DateOnly dueDate)
    {
        Id = id;
        AreaId = areaId;
        MunicipalityCode = municipalityCode;
        Year = year;
        Month = month;
        Kind = kind;
        Amount = amount;
        DueDate = dueDate;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public InvoiceKind Kind { get; private set; }
    /// <summary>Euros; a refund is negative.</summary>
    public decimal Amount { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>The year-end reconciliation a <see cref="InvoiceKind.Reconciliation"/> invoice or refund comes from.</summary>
    public Guid? ReconciliationId { get; set; }
    public uint Version { get; private set; }

    /// <summary>A refund (credit note) is an invoice with a negative amount: the member's balance goes down by it.</summary>
    public bool IsRefund => Amount < 0m;
}

/// <summary>A payment received from a member (entered or imported from accounts receivable).</summary>
public class MemberPayment : IAreaOwned
{
    public MemberPayment(Guid id, Guid areaId, MunicipalityCode municipalityCode, int year, DateOnly paidOn, decimal amount, string? reference, string? importedFrom = null)
    {
        ImportedFrom = importedFrom;
        Id = id;
        AreaId = areaId;
        MunicipalityCode = municipalityCode;
        Year = year;
        PaidOn = paidOn;
        Amount = amount;
        Reference = reference;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    /// <summary>The budget year the payment is for (a January payment may settle December's advance).</summary>
    public int Year { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public decimal Amount { get; private set; }
    public string? Reference { get; private set; }
    /// <summary>The accounts-receivable file the payment was imported from; null when entered by hand.</summary>
    public string? ImportedFrom { get; private set; }
    public uint Version { get; private set; }
}
