using System.Text.Encodings.Web;
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

    /// <summary>Parts of a field name that mark a secret: never shown, not even hashed (issue 12.9).</summary>
    private static readonly string[] SecretMarks = ["Hash", "Secret", "Password", "SecurityStamp", "ConcurrencyStamp"];

    /// <summary>The fields that name a row, in the order a reader would call it by.</summary>
    private static readonly string[] NameFields = ["Name", "NameFi", "DisplayName", "Label", "Heading", "Title", "Description", "Location", "Organisation", "Email"];

    public static bool IsSecret(string field) => SecretMarks.Any(mark => field.Contains(mark, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a field is worth showing: not a key, a version or a secret.</summary>
    public static bool IsShown(string field) => !Hidden.Contains(field) && !IsSecret(field);

    /// <summary>The row's name as its snapshot has it (after the change, else before), or null when the change did not touch one.</summary>
    public static string? NameOf(AuditEntry entry)
    {
        foreach (var snapshot in new[] { Read(entry.After), Read(entry.Before) })
        foreach (var field in NameFields)
            if (snapshot.GetValueOrDefault(field) is { Length: > 0 } name) return name;
        return null;
    }

    public static IReadOnlyList<FieldChange> Of(AuditEntry entry)
    {
        var before = Read(entry.Before);
        var after = Read(entry.After);
        return before.Keys.Union(after.Keys)
            .Where(IsShown)
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    /// <summary>All changed fields on one line, e.g. for a CSV cell.</summary>
    public static string Describe(AuditEntry entry) => string.Join("; ", Of(entry));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
                // Lists and objects as readable JSON: "Lapinjärvi", not "Lapinj\u00E4rvi".
                _ => JsonSerializer.Serialize(property.Value, Readable),
            };
        }
        return values;
    }
}
