namespace TyollisyysAlue.Application.Financing;

/// <summary>
/// Something the net position needs and does not have: what (a resource key, e.g. "Financing.Param.state-share.unit.working-age"),
/// who publishes it (a resource key) and, for a per-municipality figure, which municipality. Never replaced by a guess.
/// </summary>
public sealed record FinancingMissing(string What, string PublisherKey, string? Municipality = null);

/// <summary>A national value as used, with its source and whether it is a demo value.</summary>
public sealed record ParameterUse(string Code, decimal Value, string Source, bool IsDemo, string EnteredBy, DateTimeOffset EnteredAt);

public static class FinancingTexts
{
    /// <summary>The resource key naming a national parameter.</summary>
    public static string ParameterKey(string code) => "Financing.Param." + code;
}
