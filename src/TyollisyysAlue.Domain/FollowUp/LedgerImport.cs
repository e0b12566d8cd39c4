using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// One ledger file imported for a year: who, when, the file (name and SHA-256), the months it covers and its totals.
/// A later import of the same months replaces its bookings; an undo removes them and keeps the record.
/// </summary>
public class LedgerImport : IAreaOwned
{
    public LedgerImport(Guid id, Guid areaId, int year, int[] months, string fileName, string sha256, string importedBy, DateTimeOffset importedAt, int rows, decimal total)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        Months = months;
        FileName = fileName.Length <= 200 ? fileName : fileName[..200];
        Sha256 = sha256;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
        Rows = rows;
        Total = total;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public int[] Months { get; private set; }
    public string FileName { get; private set; }
    public string Sha256 { get; private set; }
    public string ImportedBy { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public int Rows { get; private set; }
    public decimal Total { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }
    public string? UndoneBy { get; private set; }
    /// <summary>Set when a later import of the same months replaced every booking of this one.</summary>
    public Guid? ReplacedBy { get; private set; }
    public uint Version { get; private set; }

    public bool IsActive => UndoneAt is null && ReplacedBy is null;

    public void Undo(string by, DateTimeOffset at)
    {
        if (!IsActive) throw new DomainException("ledger.not-active", "Only an import whose bookings are in use can be undone.");
        UndoneAt = at;
        UndoneBy = by;
    }

    public void ReplaceBy(Guid import) => ReplacedBy = import;

    /// <summary>The months and totals, known once every row has been read and saved.</summary>
    public void Complete(int[] months, int rows, decimal total, string sha256)
    {
        Sha256 = sha256;
        Months = months;
        Rows = rows;
        Total = total;
    }
}
