using System.Globalization;
using System.Net;
using System.Text;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Web.Tests.FollowUp;

/// <summary>The follow-up table as .xlsx (its live formulas recomputed by LibreOffice Calc) and as CSV, in Finnish and Swedish.</summary>
[Collection(AppCollection.Name)]
public class FollowUpExportTests(AppFixture app)
{
    private static decimal N(string raw) => decimal.Parse(raw, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_xlsx_formulas_add_up_the_lines_and_the_months_to_the_planned_amounts()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/follow-up/export.xlsx?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheets = LibreOfficeCalc.Recalculate(await response.Content.ReadAsByteArrayAsync());

        // Expenses: title, (note), headings on row 3, the lines, the totals row of SUMs.
        var expenses = sheets["Menot"];
        Assert.Equal(["Selite", "Luokka", "Talousarvio", "Talousarvio tähän asti", "Toteuma tähän asti", "Poikkeama", "Ennuste vuoden lopussa", "Tila"], expenses[2]);
        var lines = expenses.Skip(3).SkipLast(1).ToList();
        var total = expenses[^1];
        Assert.Equal("Yhteensä", total[0]);
        Assert.NotEmpty(lines);
        foreach (var line in lines) Assert.Equal(N(line[4]) - N(line[3]), N(line[5]));   // variance = actual − budget to date
        for (var c = 2; c <= 6; c++) Assert.Equal(lines.Sum(l => N(l[c])), N(total[c]));

        // Months: each line's budget row sums (live) to its planned amount, to the cent.
        var months = sheets["Kuukaudet"];
        var planned = lines.ToDictionary(l => l[0], l => N(l[2]));
        var budgetRows = months.Skip(3).Where(r => r[1] == "Kuukauden budjetti" && planned.ContainsKey(r[0])).ToList();
        Assert.Equal(planned.Count, budgetRows.Count);
        foreach (var row in budgetRows)
        {
            Assert.Equal(planned[row[0]], N(row[14]));
            Assert.Equal(row[2..14].Sum(N), N(row[14]));
        }
    }

    [Fact]
    public async Task The_csv_is_in_the_readers_language_with_decimal_commas()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using (var sv = await Language.SetAsync(client, "sv-FI")) Assert.Equal(HttpStatusCode.Redirect, sv.StatusCode);
        using var response = await client.GetAsync("/areas/porvoo/follow-up/export.csv?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';')).ToList();
        Assert.Equal(["Typ", "Benämning", "Kategori", "Budget"], rows[0].Take(4));
        Assert.Equal(9 + 24, rows[0].Length);
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^-?\d+,\d\d$", r[3]));
        // Each line's monthly budget adds up to its planned amount.
        Assert.All(rows.Skip(1), r => Assert.Equal(Decimal(r[3]), Enumerable.Range(0, 12).Sum(m => Decimal(r[9 + 2 * m]))));
    }

    [Fact]
    public async Task Another_areas_user_gets_not_found_for_the_exports()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        using var xlsx = await client.GetAsync("/areas/porvoo/follow-up/export.xlsx?year=2025");
        using var csv = await client.GetAsync("/areas/porvoo/follow-up/export.csv?year=2025");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (xlsx.StatusCode, csv.StatusCode));
    }

    private static decimal Decimal(string text) => decimal.Parse(text.Trim('"'), NumberStyles.Number, new NumberFormatInfo { NumberDecimalSeparator = "," });
}
