using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>POST /api/v1/indicators/import: the preview as JSON, commit=true saves all or nothing, only with the import scope, problem details for bad input.</summary>
[Collection(AppCollection.Name)]
public class IndicatorImportApiTests(AppFixture app)
{
    private const string Path = "/api/v1/indicators/import";

    /// <summary>Only the 12r5 series of broad unemployment: the demo keys' indicators stay as they are for other tests.</summary>
    private static readonly ImportMapping BroadUnemploymentSeries = new()
    {
        Area = "Alue", Time = "timeperiod_m",
        Targets = new Dictionary<string, string>
        {
            ["TYOTTOMATLOPUSSA"] = Indicator.UnemployedJobseekers, ["TYOLLISTETTYLOP"] = Indicator.ServicesSubsidised, ["KOKEILULOP"] = Indicator.ServicesTrial,
            ["TVKOULUTUSLOP"] = Indicator.ServicesTraining, ["VALMENNUSLOP"] = Indicator.ServicesCoaching, ["MTPPALVELUTLOP"] = Indicator.ServicesOther,
        },
    };

    private static MultipartFormDataContent Form(byte[] file, string name = "12r5.json", ImportMapping? mapping = null, string? year = null, string? mappingText = null)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        if (mapping is not null || mappingText is not null) form.Add(new StringContent(mappingText ?? mapping!.ToJson()), "mapping");
        if (year is not null) form.Add(new StringContent(year), "year");
        return form;
    }

    [Fact]
    public async Task An_import_token_previews_the_real_12r5_export_then_saves_it_once_in_its_own_area()
    {
        using var client = app.WithToken(DemoApiTokens.PorvooImportToken);
        using var preview = await client.PostAsync(Path, Form(StatFiles.Real12r5Excerpt(), mapping: BroadUnemploymentSeries));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.JsonAsync();
        Assert.Equal("PxJson", body.GetProperty("format").GetString());
        Assert.Equal("KEHA-keskus, Työnvälitystilasto", body.GetProperty("table").GetProperty("source").GetString());
        Assert.True(body.GetProperty("saved").ValueKind == JsonValueKind.Null);
        var porvoo = body.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("municipality").GetString() == "638" && v.GetProperty("indicator").GetString() == Indicator.UnemployedJobseekers);
        Assert.Equal((2762m, "2026M06", "new"), (porvoo.GetProperty("value").GetDecimal(), porvoo.GetProperty("period").GetString(), porvoo.GetProperty("change").GetString()));
        Assert.Contains("SSS", body.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Contains(body.GetProperty("lacking").EnumerateArray(), l => l.GetProperty("municipality").GetString() == "018" && l.GetProperty("symbol").GetString() == "...");
        Assert.DoesNotContain(body.GetProperty("values").EnumerateArray(), v => v.GetProperty("municipality").GetString() is "049" or "091");

        using var commit = await client.PostAsync(Path + "?commit=true", Form(StatFiles.Real12r5Excerpt(), mapping: BroadUnemploymentSeries));
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var saved = (await commit.JsonAsync()).GetProperty("saved").GetInt32();
        Assert.True(saved >= 30);

        using var again = await client.PostAsync(Path + "?commit=true", Form(StatFiles.Real12r5Excerpt(), mapping: BroadUnemploymentSeries));
        var second = await again.JsonAsync();
        Assert.Equal(0, second.GetProperty("saved").GetInt32());
        Assert.Equal(0, second.GetProperty("summary").GetProperty("new").GetInt32());

        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Application.Common.AreaContext>().EnterArea(DemoAreas.Porvoo);
        var series = await scope.ServiceProvider.GetRequiredService<Application.Indicators.IndicatorSeriesQuery>().LoadAsync(Indicator.BroadUnemployment, 2026, 2026);
        // Porvoo, June 2026: 2762 unemployed + 56 + 27 + 175 + 0 + 191 in services.
        Assert.Equal(3211m, series!.Value(Domain.Municipalities.MunicipalityCode.Parse("638"), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task A_token_needs_the_scope_of_what_it_does()
    {
        using (var reader = app.WithToken())
            await (await reader.PostAsync(Path, Form(StatFiles.Real12r5Excerpt()))).ProblemAsync(403);
        using var importer = app.WithToken(DemoApiTokens.PorvooImportToken);
        await (await importer.GetAsync("/api/v1/areas/2025/split")).ProblemAsync(403);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field_row_or_limit_and_nothing_is_saved()
    {
        using var client = app.WithToken(DemoApiTokens.PorvooImportToken);

        var notMultipart = await (await client.PostJsonAsync(Path, "{}")).ProblemAsync(415);
        Assert.True(notMultipart.GetProperty("errors").TryGetProperty("file", out _));

        using (var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } })
            Assert.Equal("api.required", (await (await client.PostAsync(Path, empty)).ProblemAsync(400)).GetProperty("codes").GetProperty("file")[0].GetString());

        var wrongType = await (await client.PostAsync(Path, Form([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "table.xlsx"))).ProblemAsync(415);
        Assert.Equal("Import.WrongFileType", wrongType.GetProperty("codes").GetProperty("file")[0].GetString());

        var badMapping = await (await client.PostAsync(Path, Form(StatFiles.Real12r5Excerpt(), mappingText: "{not json"))).ProblemAsync(400);
        Assert.Equal("Import.BadMapping", badMapping.GetProperty("codes").GetProperty("mapping")[0].GetString());

        var csv = Encoding.UTF8.GetBytes("\"Alue\";\"2026M01 Työttömät työnhakijat laskentapäivänä (lkm.)\"\n\"KU638 Porvoo\";\"2762\"\n\"KU434 Loviisa\";\"-1\"\n");
        var cells = await (await client.PostAsync(Path + "?commit=true", Form(csv, "12r5.csv"))).ProblemAsync(422);
        var field = Assert.Single(cells.GetProperty("codes").EnumerateObject());
        Assert.Equal(("line 3 (2026M01 Työttömät työnhakijat laskentapäivänä (lkm.))", "Import.NegativeValue"), (field.Name, field.Value[0].GetString()));

        var outside = await (await client.PostAsync(Path, Form(StatFiles.Real12r5Excerpt(), mapping: BroadUnemploymentSeries, year: "2025"))).ProblemAsync(422);
        Assert.Contains("Import.PeriodOutsideYear", outside.GetProperty("codes").EnumerateObject().SelectMany(c => c.Value.EnumerateArray()).Select(c => c.GetString()));

        var large = new byte[ImportLimits.MaxBytes + 1];
        Array.Fill(large, (byte)'a');
        var tooLarge = await (await client.PostAsync(Path, Form(large, "big.csv"))).ProblemAsync(413);
        Assert.Equal("Import.TooLarge", tooLarge.GetProperty("codes").GetProperty("file")[0].GetString());

        // None of these saved a thing: Porvoo's January value of the refused file is not there.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Application.Common.AreaContext>().EnterArea(DemoAreas.Porvoo);
        var series = await scope.ServiceProvider.GetRequiredService<Application.Indicators.IndicatorSeriesQuery>().LoadAsync(Indicator.UnemployedJobseekers, 2026, 2026);
        Assert.Null(series!.Value(Domain.Municipalities.MunicipalityCode.Parse("638"), new DateOnly(2026, 1, 1)));
    }
}
