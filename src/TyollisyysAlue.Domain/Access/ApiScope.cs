namespace TyollisyysAlue.Domain.Access;

/// <summary>What an API token may do, chosen by the administrator who creates it (docs/decisions/0005-api-tokens.md).</summary>
[Flags]
public enum ApiScope
{
    None = 0,
    /// <summary>Read the area's split, schedule and reconciliation.</summary>
    Read = 1,
    /// <summary>Import indicator values (preview, and save with commit=true).</summary>
    Import = 2,
}
