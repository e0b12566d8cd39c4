namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// The installation's own facts for the accessibility statement (Act 306/2019): who runs it, where feedback goes, when
/// and how it was assessed, and its known gaps. Empty values fall back to this product's own description in
/// strings.tsv (in fi/sv/en); values set here are shown as written, in every language.
/// </summary>
public sealed class AccessibilityStatementOptions
{
    public const string Section = "AccessibilityStatement";

    /// <summary>The organisation that provides this installation (the responsible municipality, e.g. "Porvoon kaupunki").</summary>
    public string? Organisation { get; set; }
    /// <summary>The feedback channel: answered within 14 days.</summary>
    public string? ContactEmail { get; set; }
    /// <summary>The date of the latest assessment (ISO, e.g. from appsettings); none shown when empty.</summary>
    public DateOnly? AssessedOn { get; set; }
    /// <summary>How it was assessed, when the installation did its own assessment; otherwise the product's method.</summary>
    public string? Method { get; set; }
    /// <summary>Known gaps of the installation; empty: the product's own list.</summary>
    public List<string> KnownIssues { get; set; } = [];
}

/// <summary>The controller and its contacts for the privacy notice, and how long the audit keeps names (Audit:RetentionDays).</summary>
public sealed class PrivacyNoticeOptions
{
    public const string Section = "PrivacyNotice";

    /// <summary>The controller: the responsible municipality of the area(s) served by this installation.</summary>
    public string? Controller { get; set; }
    public string? ContactEmail { get; set; }
    public string? DataProtectionOfficerEmail { get; set; }
}

public static class PublicNoticesSetup
{
    public static IServiceCollection AddPublicNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessibilityStatementOptions>(configuration.GetSection(AccessibilityStatementOptions.Section));
        services.Configure<PrivacyNoticeOptions>(configuration.GetSection(PrivacyNoticeOptions.Section));
        return services;
    }
}
