using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>
/// Undoes an import whose bookings are in use: removes them, and keeps the import in the history as undone (who, when).
/// Bookings an earlier import had for the same months are not brought back (it was replaced): import that file again.
/// </summary>
public sealed class UndoLedgerImport : WriteUseCase<RowRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RowRef form, CancellationToken ct)
    {
        var db = write.Db;
        var import = await db.LedgerImports.FirstOrDefaultAsync(i => i.Id == form.Id, ct);
        if (import is null) return write.Gone();
        write.Expect(import, form.Version);
        if (!import.IsActive) return write.Refuse(nameof(form.Id), "Ledger.NotActive");
        await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(write.AreaId, "ledger", ct);
        await db.LedgerEntries.Where(e => e.ImportId == import.Id).ExecuteDeleteAsync(ct);
        import.Undo(write.UserName, write.Now);
        return write.Save(import);
    }
}
