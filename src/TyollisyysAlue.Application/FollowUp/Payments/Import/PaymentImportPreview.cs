using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.FollowUp.Payments.Import;

/// <summary>A payment read from the file, ready to save.</summary>
public sealed record ImportedPayment(int Line, MunicipalityCode Code, DateOnly PaidOn, decimal Amount, string Reference);

/// <summary>A row whose reference was already imported: skipped, so that importing the same file again adds nothing.</summary>
public sealed record SkippedPayment(int Line, string Reference);

/// <summary>
/// What an accounts-receivable file would record for a year: the new payments (and their sum per member), the rows
/// skipped as already imported, and every row error. Saved only when there is nothing to fix (<see cref="CanCommit"/>).
/// </summary>
public sealed record PaymentImportPreview
{
    public required string FileName { get; init; }
    public int Year { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];
    public PaymentColumns Columns { get; init; } = new();
    public bool Remembered { get; init; }
    public string? FileProblem { get; init; }
    public IReadOnlyList<string> ColumnProblems { get; init; } = [];
    public IReadOnlyList<ImportedPayment> Payments { get; init; } = [];
    public IReadOnlyList<SkippedPayment> Skipped { get; init; } = [];
    /// <summary>Row errors with the file's line and the column's heading (the ledger import's row error).</summary>
    public IReadOnlyList<LedgerRowError> Errors { get; init; } = [];

    public decimal Total => Payments.Sum(p => p.Amount);

    public bool CanCommit => FileProblem is null && ColumnProblems.Count == 0 && Errors.Count == 0 && Payments.Count > 0;

    /// <summary>Every row was imported before: nothing new to save.</summary>
    public bool NothingNew => FileProblem is null && ColumnProblems.Count == 0 && Errors.Count == 0 && Payments.Count == 0 && Skipped.Count > 0;

    /// <summary>Why the file cannot be saved as it is (field, code, arguments; the first 20 row errors), empty when it can.</summary>
    public IReadOnlyList<FluentValidation.Results.ValidationFailure> Refusal()
    {
        if (FileProblem is { } file) return [FieldError.Of("File", file)];
        if (ColumnProblems.Count > 0) return [.. ColumnProblems.Select(c => FieldError.Of("Columns", c))];
        if (Errors.Count > 0) return [.. Errors.Take(20).Select(e => FieldError.Of("Rows", e.Code, e.MessageArgs))];
        if (Payments.Count == 0) return [Skipped.Count > 0 ? FieldError.Of("File", "PaymentImport.NothingNew", Skipped.Count) : FieldError.Of("File", "Ledger.NoRows")];
        return [];
    }

    public static PaymentImportPreview Unreadable(string fileName, int year, string code) => new() { FileName = fileName, Year = year, FileProblem = code };
}
