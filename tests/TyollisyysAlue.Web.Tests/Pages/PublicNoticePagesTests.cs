using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Web.Hosting;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>
/// The accessibility statement (Act 306/2019) and the privacy notice: open without signing in, in fi/sv/en, with the
/// statutory parts (status, known gaps, assessment, feedback, supervisory authority; controller, data, basis,
/// retention, rights), linked from the footer of the public and the signed-in pages, configurable per installation.
/// </summary>
[Collection(AppCollection.Name)]
public class PublicNoticePagesTests(AppFixture app)
{
    private static async Task<string> GetAsync(HttpClient client, string path, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("fi-FI", "Saavutettavuusseloste", "Valvontaviranomainen", "Liikenne- ja viestintävirasto Traficom", "14 päivän")]
    [InlineData("sv-FI", "Tillgänglighetsutlåtande", "Tillsynsmyndighet", "Transport- och kommunikationsverket Traficom", "14 dagar")]
    [InlineData("en-FI", "Accessibility statement", "Supervisory authority", "Finnish Transport and Communications Agency Traficom", "14 days")]
    public async Task The_accessibility_statement_is_open_to_anyone_in_each_language(string culture, string title, string supervisorHeading, string supervisor, string answer)
    {
        using var client = app.Anonymous();
        var html = await GetAsync(client, "/accessibility", culture);
        foreach (var text in new[] { $"<h1 id=\"a11y-heading\">{title}</h1>", supervisorHeading, supervisor, answer, "WCAG 2.1", "306/2019",
                     "href=\"https://www.saavutettavuusvaatimukset.fi\"", "5.12.2026" })
            Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(html[html.IndexOf("data-testid=\"a11y-known\"", StringComparison.Ordinal)..].Split("</ul>")[0], "<li>"));
    }

    [Theory]
    [InlineData("fi-FI", "Tietosuojaseloste", "380/2023", "päivää")]
    [InlineData("sv-FI", "Dataskyddsbeskrivning", "380/2023", "dagar")]
    [InlineData("en-FI", "Privacy notice", "380/2023", "days")]
    public async Task The_privacy_notice_is_open_to_anyone_in_each_language_with_the_audit_retention(string culture, string title, string act, string retention)
    {
        using var client = app.Anonymous();
        var html = await GetAsync(client, "/privacy", culture);
        // The number's group separator is a no-break space (HTML-encoded by the renderer).
        foreach (var text in new[] { $"<h1 id=\"privacy-heading\">{title}</h1>", act, "826 " + retention, "href=\"https://tietosuoja.fi\"" })
            Assert.True(html.Contains(text, StringComparison.Ordinal), $"missing: {text}");
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Count(html[html.IndexOf("data-testid=\"privacy-data\"", StringComparison.Ordinal)..].Split("</ul>")[0], "<li>"));
    }

    [Fact]
    public async Task The_footer_links_both_from_the_sign_in_page_and_from_a_signed_in_page()
    {
        using var anonymous = app.Anonymous();
        using var signedIn = await app.SignedInAs("viewer.porvoo@example.fi");
        foreach (var html in new[] { await GetAsync(anonymous, "/account/login", "fi-FI"), await GetAsync(signedIn, "/areas/porvoo", "fi-FI") })
        {
            Assert.Contains("href=\"/accessibility\" data-testid=\"footer-accessibility\">Saavutettavuusseloste</a>", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/privacy\" data-testid=\"footer-privacy\">Tietosuojaseloste</a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_installation_sets_its_organisation_feedback_address_assessment_and_known_issues_in_configuration()
    {
        using var configured = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("AccessibilityStatement:Organisation", "Porvoon kaupunki");
            builder.UseSetting("AccessibilityStatement:ContactEmail", "saavutettavuus@porvoo.example.fi");
            builder.UseSetting("AccessibilityStatement:AssessedOn", "2026-11-30");
            builder.UseSetting("AccessibilityStatement:KnownIssues:0", "Karttanäkymä ei toimi näppäimistöllä.");
            builder.UseSetting("PrivacyNotice:Controller", "Porvoon kaupunki, kaupunginhallitus");
            builder.UseSetting("Audit:RetentionDays", "3650");
        });
        var statement = configured.Services.GetRequiredService<IOptions<AccessibilityStatementOptions>>().Value;
        Assert.Equal(("Porvoon kaupunki", "saavutettavuus@porvoo.example.fi", new DateOnly(2026, 11, 30)), (statement.Organisation, statement.ContactEmail, statement.AssessedOn));
        Assert.Equal(["Karttanäkymä ei toimi näppäimistöllä."], statement.KnownIssues);
        Assert.Equal("Porvoon kaupunki, kaupunginhallitus", configured.Services.GetRequiredService<IOptions<PrivacyNoticeOptions>>().Value.Controller);
        Assert.Equal(3650, configured.Services.GetRequiredService<IOptions<Application.Auditing.AuditRetentionOptions>>().Value.RetentionDays);
    }
}
