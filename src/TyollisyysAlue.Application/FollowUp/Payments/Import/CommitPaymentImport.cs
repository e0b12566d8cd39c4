using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.FollowUp.Payments.Import;

/// <summary>A previewed accounts-receivable file to save for a year with the columns chosen.</summary>
public sealed class PaymentImportForm
{
    public int Year { get; set; }
    public IImportSource? File { get; set; }
    public PaymentColumns? Columns { get; set; }
}

public sealed class PaymentImportFormValidator : AbstractValidator<PaymentImportForm>
{
    public PaymentImportFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.File).NotNull().WithErrorCode("FollowUp.Required");
        RuleFor(f => f.Columns).NotNull().WithErrorCode("PaymentImport.NeedMember");
        RuleFor(f => f.Year).Must(y => Common.BudgetYears.IsPlausible(y, clock)).WithErrorCode("FollowUp.Year");
        RuleFor(f => f.File!.Length).LessThanOrEqualTo(PaymentImports.MaxBytes).WithErrorCode("Ledger.TooLarge").When(f => f.File is not null);
    }
}

/// <summary>
/// Records the payments of an accounts-receivable file, all or nothing: the file is read again in the write, and any
/// row error refuses the whole file. References already recorded are skipped, so importing the same file again adds
/// nothing (refused as "nothing new"). Each payment is audited and remembers the file it came from; the columns are
/// saved for the layout. Planners and administrators may, and a program with an import-scope API token.
/// </summary>
public sealed class CommitPaymentImport(ILedgerFileReader reader) : WriteUseCase<PaymentImportForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    public override ApiScope? TokenScope => ApiScope.Import;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, PaymentImportForm form, CancellationToken ct)
    {
        var db = write.Db;
        // One import at a time per area: two saves of the same file must not both pass the reference check.
        await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(write.AreaId, "payments", ct);
        var preview = await PaymentImports.ReadAsync(db, reader, form.File!, form.Year, form.Columns, ct);
        if (preview.Refusal() is { Count: > 0 } refusal) return write.Refuse(refusal);

        MemberPayment? last = null;
        foreach (var p in preview.Payments)
            db.MemberPayments.Add(last = new MemberPayment(Guid.NewGuid(), write.AreaId, p.Code, form.Year, p.PaidOn, p.Amount, p.Reference, preview.FileName));
        var signature = PaymentColumns.Signature(preview.Headers);
        var mapping = await db.ImportMappings.FirstOrDefaultAsync(m => m.Signature == signature, ct);
        if (mapping is null) db.ImportMappings.Add(new SavedImportMapping(Guid.NewGuid(), write.AreaId, signature, preview.FileName, preview.Columns.ToJson(), write.Now));
        else mapping.Remember(preview.FileName, preview.Columns.ToJson(), write.Now);
        return write.Save(last!);
    }
}
