using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>
/// Inserts bookings in batches on the write's own context and transaction (row-level security applies): 100 000
/// rows as tracked entities would hold them all in memory; a batch of a few thousand at a time does not.
/// </summary>
public interface ILedgerEntryWriter
{
    Task InsertAsync(IAppDbContext db, Guid areaId, Guid importId, int year, IReadOnlyList<LedgerBooking> bookings, CancellationToken ct);
}
