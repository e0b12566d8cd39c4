using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Application.FollowUp.Payments.Import;

/// <summary>
/// Previews an accounts-receivable file of payments received for a year: the columns (the user's, the area's saved
/// ones for the layout, or a guess from the headings), then every row. Saves nothing; <see cref="CommitPaymentImport"/>
/// saves a preview without errors. Files are opened by the ledger import's reader (CSV with ';', a BOM, Windows-1252).
/// </summary>
public sealed class PaymentImports(IAppDbContextFactory contexts, ILedgerFileReader reader)
{
    public const long MaxBytes = ImportLimits.MaxBytes;

    public async Task<PaymentImportPreview> PreviewAsync(IImportSource file, int year, PaymentColumns? columns = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxBytes) return PaymentImportPreview.Unreadable(file.Name, year, "Ledger.TooLarge");
        await using var db = await contexts.CreateAsync(ct);
        return await ReadAsync(db, reader, file, year, columns, ct);
    }

    /// <summary>Reads the file on <paramref name="db"/> (the preview's context or the commit's write context).</summary>
    internal static async Task<PaymentImportPreview> ReadAsync(IAppDbContext db, ILedgerFileReader reader, IImportSource file, int year, PaymentColumns? columns, CancellationToken ct)
    {
        try
        {
            using var sheet = reader.Open(file);
            var remembered = columns is null ? PaymentColumns.FromJson(await db.ImportMappings.AsNoTracking()
                .Where(m => m.Signature == PaymentColumns.Signature(sheet.Headers)).Select(m => m.MappingJson).FirstOrDefaultAsync(ct)) : null;
            var chosen = columns ?? remembered ?? PaymentColumns.Propose(sheet.Headers);
            var problems = chosen.Problems(sheet.Headers);
            if (problems.Count > 0)
                return new PaymentImportPreview { FileName = file.Name, Year = year, Headers = sheet.Headers, Columns = chosen, ColumnProblems = problems, Remembered = remembered is not null };
            var members = await YearSplitQuery.MembersOfYearAsync(db, year, ct);
            var recorded = (await db.MemberPayments.AsNoTracking().Where(p => p.Reference != null).Select(p => p.Reference!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            return PaymentRows.Read(sheet, chosen, year, members, recorded, file.Name, remembered is not null);
        }
        catch (LedgerFileException error)
        {
            return PaymentImportPreview.Unreadable(file.Name, year, error.Code);
        }
    }
}
