using System.Text.Json;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// How a table maps to the area's indicators, chosen (or confirmed) in the mapping step and remembered per layout:
/// which variable is the municipality, which the period (or year and month apart), which is the content, which content
/// goes to which indicator, and which members of every other variable are summed. Codes are the table's own, so the
/// same mapping works for every file of the layout, and it can be sent to the API as JSON.
/// </summary>
public sealed record ImportMapping
{
    public string? Area { get; init; }
    /// <summary>The period variable; with <see cref="Month"/>, the year variable.</summary>
    public string? Time { get; init; }
    /// <summary>A separate month variable (1–12), as flat files keep year and month in two columns.</summary>
    public string? Month { get; init; }
    /// <summary>The content variable; null for the table's own (PxWeb's contents, CSV value columns).</summary>
    public string? Content { get; init; }
    /// <summary>Content member code → indicator code. Contents not listed are not imported.</summary>
    public IReadOnlyDictionary<string, string> Targets { get; init; } = new Dictionary<string, string>();
    /// <summary>Other variable → its members to sum (a single total, or ages 18–64).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Include { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>CSV only: headings read as values; every other column is a variable.</summary>
    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The mapping from JSON (the API's <c>mapping</c> field, a remembered mapping); null when it is not one.</summary>
    public static ImportMapping? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<ImportMapping>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public ImportMapping WithTarget(string content, string? indicator)
    {
        var targets = Targets.ToDictionary();
        if (indicator is null) targets.Remove(content);
        else targets[content] = indicator;
        return this with { Targets = targets };
    }

    public ImportMapping WithInclude(string dimension, IReadOnlyList<string> members)
    {
        var include = Include.ToDictionary();
        include[dimension] = members;
        return this with { Include = include };
    }
}
