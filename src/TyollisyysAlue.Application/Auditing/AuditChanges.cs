using System.Text.Json;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Auditing;

/// <summary>One field of a recorded change: its value before and after (null where there was none).</summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    public override string ToString() => $"{Field}: {Before ?? "–"} → {After ?? "–"}";
}

/// <summary>Reads an audit entry's before/after JSON as the fields that changed, old → new.</summary>
public static class AuditChanges
{
    /// <summary>Keys and row versions say nothing a reader needs: they are left out.</summary>
    private static readonly HashSet<string> Hidden = ["Id", "AreaId", "Version"];

    public static IReadOnlyList<FieldChange> Of(AuditEntry entry)
    {
        var before = Read(entry.Before);
        var after = Read(entry.After);
        return before.Keys.Union(after.Keys)
            .Where(field => !Hidden.Contains(field))
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    /// <summary>All changed fields on one line, e.g. for a CSV cell.</summary>
    public static string Describe(AuditEntry entry) => string.Join("; ", Of(entry));

    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return values;
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return values;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }
        return values;
    }
}
