using System.ComponentModel.DataAnnotations;

namespace TyollisyysAlue.Web.Api.CostSharing;

// Every field is nullable on purpose: a missing field is reported by name ("sharedCost": required) instead of
// silently becoming 0. [Required] tells the OpenAPI document which fields a request must have.

/// <summary>A year's split: the members with their indicator values, the key, the shared cost (euros).</summary>
public record CalculateRequest(
    [property: Required] IReadOnlyList<MunicipalityInput?>? Municipalities,
    [property: Required] IReadOnlyList<CriterionInput?>? Criteria,
    [property: Required] decimal? SharedCost,
    IReadOnlyList<CodeAmountInput?>? DirectCharges = null,
    IReadOnlyList<RevisionInput?>? Revisions = null);

/// <summary>The actual year: actual costs and indicator values, and what each municipality paid in advances.</summary>
public sealed record ReconcileRequest(
    [property: Required] IReadOnlyList<MunicipalityInput?>? Municipalities,
    [property: Required] IReadOnlyList<CriterionInput?>? Criteria,
    [property: Required] decimal? SharedCost,
    [property: Required] IReadOnlyList<CodeAmountInput?>? AdvancesPaid,
    IReadOnlyList<CodeAmountInput?>? DirectCharges = null);

/// <param name="Code">Statistics Finland's three-digit municipality code, e.g. "638".</param>
/// <param name="Indicators">Indicator values by indicator name, e.g. { "working-age": 28946 }.</param>
/// <param name="Name">Shown back in the answer; the code if left out.</param>
public sealed record MunicipalityInput(
    [property: Required] string? Code,
    [property: Required] IReadOnlyDictionary<string, decimal>? Indicators,
    string? Name = null);

public sealed record CriterionInput([property: Required] string? Indicator, [property: Required] decimal? WeightPercent);

/// <summary>An amount in euros (at most two decimals) for one municipality.</summary>
public sealed record CodeAmountInput([property: Required] string? Code, [property: Required] decimal? Amount);

/// <summary>From month <see cref="FromMonth"/> (1–12) the shared cost is <see cref="SharedCost"/>.</summary>
public sealed record RevisionInput([property: Required] int? FromMonth, [property: Required] decimal? SharedCost);
