using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>A previewed ledger file to save for a year with the columns chosen; progress counts rows read.</summary>
public sealed class LedgerImportForm
{
    public int Year { get; set; }
    public IImportSource? File { get; set; }
    public LedgerColumns? Columns { get; set; }
    public IProgress<int>? Progress { get; set; }
}

public sealed class LedgerImportFormValidator : AbstractValidator<LedgerImportForm>
{
    public LedgerImportFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.File).NotNull().WithErrorCode("FollowUp.Required");
        RuleFor(f => f.Columns).NotNull().WithErrorCode("Ledger.NeedAccount");
        RuleFor(f => f.Year).Must(y => Common.BudgetYears.IsPlausible(y, clock)).WithErrorCode("FollowUp.Year");
        RuleFor(f => f.File!.Length).LessThanOrEqualTo(LedgerImports.MaxBytes).WithErrorCode("Ledger.TooLarge").When(f => f.File is not null);
    }
}

/// <summary>
/// Saves a ledger file's bookings for a year, all or nothing: the file is read again against the rules as they are
/// now, and any row error or unmapped account refuses the whole file. The months the file covers are replaced
/// (re-importing a period is idempotent); earlier imports left without bookings are marked replaced. The import is
/// recorded (who, when, file, SHA-256, months, totals) and the columns are saved for the layout.
/// Planners and administrators may, and a program with an import-scope API token.
/// </summary>
public sealed class CommitLedgerImport(ILedgerFileReader reader, ILedgerEntryWriter writer) : WriteUseCase<LedgerImportForm>
{
    private const int Batch = 5000;

    public override WriteRight Right => WriteRight.AreaEdit;

    public override ApiScope? TokenScope => ApiScope.Import;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, LedgerImportForm form, CancellationToken ct)
    {
        var db = write.Db;
        var scope = await LedgerScope.LoadAsync(db, form.Year, ct);
        await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(write.AreaId, "ledger", ct);

        var import = new LedgerImport(Guid.NewGuid(), write.AreaId, form.Year, [], form.File!.Name, new string('0', 64), write.UserName, write.Now, 0, 0m);
        db.LedgerImports.Add(import);
        // The import's row first, so that its bookings can refer to it; all in this one transaction.
        await write.SaveSoFarAsync(ct);

        var batch = new List<LedgerBooking>(Batch);
        async Task Flush()
        {
            await writer.InsertAsync(db, write.AreaId, import.Id, form.Year, batch, ct);
            batch.Clear();
        }
        var preview = await scope.ReadAsync(reader, form.File, form.Columns, false, async booking =>
        {
            batch.Add(booking);
            if (batch.Count == Batch) await Flush();
        }, form.Progress, ct);
        if (!preview.CanCommit) return write.Refuse(Refusal(preview));
        await Flush();

        var months = preview.Months.ToArray();
        await db.LedgerEntries.Where(e => e.Year == form.Year && months.Contains(e.Month) && e.ImportId != import.Id).ExecuteDeleteAsync(ct);
        foreach (var earlier in await db.LedgerImports.Where(i => i.Year == form.Year && i.Id != import.Id && i.UndoneAt == null && i.ReplacedBy == null
                     && !db.LedgerEntries.Any(e => e.ImportId == i.Id)).ToListAsync(ct))
            earlier.ReplaceBy(import.Id);
        import.Complete(months, preview.Rows, preview.Total, preview.Sha256);
        await RememberColumnsAsync(write, preview, ct);
        return write.Save(import);
    }

    private static async Task RememberColumnsAsync(WriteContext write, LedgerPreview preview, CancellationToken ct)
    {
        var signature = LedgerColumns.Signature(preview.Headers);
        var mapping = await write.Db.ImportMappings.FirstOrDefaultAsync(m => m.Signature == signature, ct);
        if (mapping is null) write.Db.ImportMappings.Add(new SavedImportMapping(Guid.NewGuid(), write.AreaId, signature, preview.FileName, preview.Columns.ToJson(), write.Now));
        else mapping.Remember(preview.FileName, preview.Columns.ToJson(), write.Now);
    }

    /// <summary>The first problems, named by line and column; the preview lists them all.</summary>
    private static List<FluentValidation.Results.ValidationFailure> Refusal(LedgerPreview preview)
    {
        if (preview.FileProblem is { } file) return [FieldError.Of("File", file)];
        if (preview.ColumnProblems.Count > 0) return preview.ColumnProblems.Select(c => FieldError.Of("Columns", c)).ToList();
        if (preview.Rows == 0 && preview.ErrorCount == 0) return [FieldError.Of("File", "Ledger.NoRows")];
        var errors = preview.Errors.Take(20).Select(e => FieldError.Of("Rows", e.Code, e.MessageArgs)).ToList();
        errors.AddRange(preview.Unmapped.Take(20).Select(u => FieldError.Of("Rows", "Ledger.Unmapped", u.FirstLine, u.Account, u.CostCentre, u.Rows)));
        return errors;
    }
}
