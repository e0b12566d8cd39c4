using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>
/// Previews a ledger file for a year: the columns (the user's, the area's saved ones for the layout, or a guess),
/// then every row against the rules. Saves nothing; <see cref="CommitLedgerImport"/> saves a preview without problems.
/// </summary>
public sealed class LedgerImports(IAppDbContextFactory contexts, ILedgerFileReader reader, Common.People.IPersonNames people)
{
    /// <summary>Files larger than this are refused before reading (100 000 rows of a typical export are ~12 MB).</summary>
    public const long MaxBytes = ImportLimits.MaxBytes;

    public async Task<LedgerPreview> PreviewAsync(IImportSource file, int year, LedgerColumns? columns = null, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxBytes) return LedgerPreview.Unreadable(file.Name, year, "Ledger.TooLarge");
        LedgerScope scope;
        LedgerColumns? remembered = null;
        await using (var db = await contexts.CreateAsync(ct))
        {
            scope = await LedgerScope.LoadAsync(db, year, ct);
            if (columns is null)
            {
                var signature = await Task.Run(() => HeadersSignature(file), ct);
                if (signature is not null)
                    remembered = LedgerColumns.FromJson(await db.ImportMappings.AsNoTracking().Where(m => m.Signature == signature).Select(m => m.MappingJson).FirstOrDefaultAsync(ct));
            }
        }
        var preview = await Task.Run(() => scope.ReadAsync(reader, file, columns ?? remembered, remembered is not null && columns is null, null, progress, ct), ct);
        return preview with { SameFile = await SameFileAsync(preview, ct) };
    }

    private string? HeadersSignature(IImportSource file)
    {
        try
        {
            using var sheet = reader.Open(file);
            return LedgerColumns.Signature(sheet.Headers);
        }
        catch (LedgerFileException)
        {
            return null;
        }
    }

    private async Task<SameFileImported?> SameFileAsync(LedgerPreview preview, CancellationToken ct)
    {
        if (preview.Sha256.Length == 0) return null;
        await using var db = await contexts.CreateAsync(ct);
        var same = await db.LedgerImports.AsNoTracking()
            .Where(i => i.Sha256 == preview.Sha256 && i.Year == preview.Year && i.UndoneAt == null && i.ReplacedBy == null)
            .Select(i => new SameFileImported(i.FileName, i.ImportedBy, i.ImportedAt)).FirstOrDefaultAsync(ct);
        return same is null ? null : same with { By = (await people.LookUpAsync([same.By], ct: ct)).Of(same.By) };
    }
}
