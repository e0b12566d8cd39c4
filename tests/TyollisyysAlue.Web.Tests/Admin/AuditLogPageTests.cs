using System.Net;
using System.Text;
using TyollisyysAlue.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class AuditLogPageTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_sees_the_entries_of_their_own_area_only()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/audit"));
        Assert.Contains("data-testid=\"audit-entries\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-row\"", html, StringComparison.Ordinal);

        var memberships = await CsvAsync(client, "/areas/porvoo/audit/export.csv?type=Membership");
        Assert.Contains("MunicipalityCode: – → 638", memberships, StringComparison.Ordinal); // Porvoo
        Assert.Contains("MunicipalityCode: – → 753", memberships, StringComparison.Ordinal); // Sipoo, in the draft only
        Assert.DoesNotContain("MunicipalityCode: – → 297", memberships, StringComparison.Ordinal); // Kuopio's area
    }

    [Fact]
    public async Task The_page_and_the_export_name_who_changed_what_by_name_not_by_e_mail()
    {
        // A line of a far budget year of Lahti, which no other test reads.
        await using (var scope = await app.Factory.Services.AsAsync(DemoAreas.Lahti, "admin.lahti@example.fi"))
        {
            var form = new BudgetLineForm { Year = 2031, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Other, Label = "Nimitesti", Amount = 1m };
            Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await scope.ServiceProvider.GetRequiredService<SaveBudgetLine>().RunAsync(form));
        }
        using var client = await app.SignedInAs("admin.lahti@example.fi");

        var csv = await CsvAsync(client, "/areas/lahti/audit/export.csv?type=BudgetLineItem");
        Assert.Contains(";Liisa Lahtinen;", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("admin.lahti@example.fi", csv, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/lahti/audit"));
        Assert.Contains(">Liisa Lahtinen</td>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"admin.lahti@example.fi\"", html, StringComparison.Ordinal); // the e-mail only as the administrators' tooltip
    }

    private static async Task<string> CsvAsync(HttpClient client, string path) =>
        Encoding.UTF8.GetString(await client.GetByteArrayAsync(path)).TrimStart('\uFEFF');

    [Theory]
    [InlineData("planner.porvoo@example.fi", "/areas/porvoo/audit")]
    [InlineData("viewer.porvoo@example.fi", "/areas/porvoo/audit")]
    [InlineData("planner.porvoo@example.fi", "/areas/porvoo/audit/export.csv")]
    public async Task Non_administrators_are_refused(string user, string path)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/areas/kuopio/audit")]
    [InlineData("/areas/kuopio/audit/export.csv")]
    public async Task Another_areas_log_is_not_found(string path)
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_csv_has_a_header_and_the_filtered_rows()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/audit/export.csv?type=Membership");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Aika;Käyttäjä;Kohde;Tunniste;Toimenpide;", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length >= 7, $"expected the six Porvoo memberships, got {lines.Length - 1} rows");
        Assert.All(lines.Skip(1), line => Assert.Contains(";Jäsenyys;", line, StringComparison.Ordinal));
        // Finnish time with seconds, e.g. 5.12.2026 8.16.05
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}\.\d{2};", line));

        var none = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/areas/porvoo/audit/export.csv?from=2099-01-01")).TrimStart('\uFEFF');
        Assert.Single(none.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
