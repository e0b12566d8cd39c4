namespace TyollisyysAlue.Web.Api;

/// <summary>Codes for what the API checks before the domain sees the input; the domain's own codes are kept as they are.</summary>
public static class ApiErrorCodes
{
    public const string MalformedJson = "api.malformed-json";
    public const string Required = "api.required";
    public const string MunicipalityCodeFormat = "api.municipality-code-format";
    /// <summary>Amounts above <see cref="MaxAmount"/>, the API's upper limit for euros.</summary>
    public const string AmountTooLarge = "api.amount-too-large";

    /// <summary>Lists longer than <see cref="MaxItems"/>: keeps every sum of amounts far inside the range of cents.</summary>
    public const string TooManyItems = "api.too-many-items";

    public const decimal MaxAmount = 1_000_000_000_000m;
    public const int MaxItems = 10_000;
}
