using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Indicators;

/// <summary>
/// An area's choice of how a file of one layout maps to its indicators (which column or variable is the municipality,
/// the period, which content goes to which indicator, which members of other variables are summed). Remembered when
/// an import is saved, so next month's file of the same layout (Kela's monthly CSV, a 12r5 export) maps by itself.
/// <see cref="Signature"/> identifies the layout, not the contents.
/// </summary>
public class SavedImportMapping : IAreaOwned
{
    public const int MaxNameLength = 200;

    public SavedImportMapping(Guid id, Guid areaId, string signature, string name, string mappingJson, DateTimeOffset updatedAt)
    {
        Id = id;
        AreaId = areaId;
        Signature = signature;
        Name = Trim(name);
        MappingJson = mappingJson;
        UpdatedAt = updatedAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>Hex SHA-256 of the file's format and variable codes (or CSV headings).</summary>
    public string Signature { get; private set; }
    /// <summary>The file the mapping was last used for, e.g. "12r5_2026M06.json".</summary>
    public string Name { get; private set; }
    public string MappingJson { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public void Remember(string name, string mappingJson, DateTimeOffset at)
    {
        Name = Trim(name);
        MappingJson = mappingJson;
        UpdatedAt = at;
    }

    private static string Trim(string name) =>
        string.IsNullOrWhiteSpace(name) ? "?" : name.Trim().Length <= MaxNameLength ? name.Trim() : name.Trim()[..MaxNameLength];
}
