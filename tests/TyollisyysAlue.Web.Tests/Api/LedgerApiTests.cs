using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>POST /api/v1/ledger/import (preview, commit=true idempotent per month, import scope) and GET /api/v1/areas/{year}/follow-up (read scope).</summary>
[Collection(AppCollection.Name)]
public class LedgerApiTests(AppFixture app)
{
    private const string Path = "/api/v1/ledger/import";
    private const int Year = DemoBudgets.Year;

    /// <summary>Porvoo's first demo expense line, with accounts 7100–7199 mapped to it (what a planner sets up once).</summary>
    private async Task<BudgetLineItem> MappedLineAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AreaContext>().EnterArea(DemoAreas.Porvoo);
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        var line = await db.BudgetLines.Where(l => l.Kind == BudgetLineKind.Expense && db.Budgets.Any(b => b.Id == l.BudgetId && b.Year == Year))
            .OrderBy(l => l.Position).FirstAsync();
        if (!await db.LedgerRules.AnyAsync(r => r.AccountFrom == "7100"))
        {
            db.LedgerRules.Add(new LedgerRule(Guid.NewGuid(), DemoAreas.Porvoo, line.Id, "7100", "7199"));
            await db.SaveChangesAsync();
        }
        return line;
    }

    private static MultipartFormDataContent Form(string csv, string? year = "2025")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "kirjanpito.csv");
        if (year is not null) form.Add(new StringContent(year), "year");
        return form;
    }

    private const string Header = "Tili;Kustannuspaikka;Kirjauspäivä;Summa;Selite\n";

    [Fact]
    public async Task An_import_token_previews_and_saves_a_month_once_and_a_read_token_gets_the_follow_up()
    {
        var line = await MappedLineAsync();
        var csv = Header + "7110;100;15.11.2025;12 345,67;Palkat\n7120;100;30.11.2025;1 000,00-;Oikaisu\n";
        using var importer = app.WithToken(DemoApiTokens.PorvooImportToken);
        using var preview = await importer.PostAsync(Path, Form(csv));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.JsonAsync();
        Assert.False(body.GetProperty("saved").GetBoolean());
        var cell = body.GetProperty("cells").EnumerateArray().Single();
        Assert.Equal((11, 11_345.67m, line.Label), (cell.GetProperty("month").GetInt32(), cell.GetProperty("sum").GetDecimal(), cell.GetProperty("label").GetString()));

        for (var i = 0; i < 2; i++)
        {
            using var commit = await importer.PostAsync(Path + "?commit=true", Form(csv));
            Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
            Assert.True((await commit.JsonAsync()).GetProperty("saved").GetBoolean());
        }

        using var reader = app.WithToken();
        using var followUp = await reader.GetAsync($"/api/v1/areas/{Year}/follow-up");
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var report = await followUp.JsonAsync();
        Assert.Equal(11, report.GetProperty("throughMonth").GetInt32());
        var row = report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == line.Id);
        // Imported twice, counted once: the second import replaced November.
        Assert.Equal(11_345.67m, row.GetProperty("months")[10].GetProperty("actual").GetDecimal());
        Assert.Equal(11_345.67m, row.GetProperty("actualToDate").GetDecimal());
        Assert.Equal(12, row.GetProperty("months").GetArrayLength());

        await (await reader.PostAsync(Path, Form(csv))).ProblemAsync(403);
        await (await reader.GetAsync($"/api/v1/areas/{Year}/follow-up?month=13")).ProblemAsync(400);
    }

    [Fact]
    public async Task Bad_rows_are_problem_details_naming_the_line_and_column_and_nothing_is_saved()
    {
        await MappedLineAsync();
        using var importer = app.WithToken(DemoApiTokens.PorvooImportToken);
        var csv = Header + "7110;100;15.12.2025;1,005;kolme desimaalia\n7110;100;15.12.2024;1,00;väärä vuosi\n9990;100;15.12.2025;1,00;ei sääntöä\n";
        var problem = await (await importer.PostAsync(Path + "?commit=true", Form(csv))).ProblemAsync(422);
        var errors = problem.GetProperty("errors");
        Assert.Contains("Rivi 2", errors.GetProperty("rows[2].Summa")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("rows[3].Kirjauspäivä", out _));
        Assert.Equal("Ledger.Unmapped", problem.GetProperty("codes").GetProperty("rows[4].account")[0].GetString());

        await (await importer.PostAsync(Path, Form(csv, year: null))).ProblemAsync(400);
        var shape = await (await importer.PostAsync(Path, Form("pelkkää tekstiä\n"))).ProblemAsync(422);
        Assert.Equal("Ledger.NotATable", shape.GetProperty("codes").GetProperty("file")[0].GetString());

        using var reader = app.WithToken();
        var report = await (await reader.GetAsync($"/api/v1/areas/{Year}/follow-up")).JsonAsync();
        Assert.DoesNotContain(report.GetProperty("lines").EnumerateArray(), l => l.GetProperty("months")[11].GetProperty("actual").GetDecimal() != 0m);
    }
}
