using System.Text;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.TestSupport;
using static TyollisyysAlue.Infrastructure.Tests.Imports.ImportKit;

namespace TyollisyysAlue.Infrastructure.Tests.Imports;

/// <summary>Every PxWeb export format, with the variable codes of before and since 8.6.2026, reads to the same values.</summary>
public class StatTableFormatTests
{
    private static readonly StatCellData[] Cells =
    [
        new("SSS", "2026M05", "TYOTTOMATLOPUSSA", "351000"),
        new("SSS", "2026M06", "TYOTTOMATLOPUSSA", "352001"),
        new("KU638", "2026M05", "TYOTTOMATLOPUSSA", "2750"),
        new("KU638", "2026M06", "TYOTTOMATLOPUSSA", "2762"),
        new("KU434", "2026M05", "TYOTTOMATLOPUSSA", ".."),
        new("KU434", "2026M06", "TYOTTOMATLOPUSSA", "792"),
        new("KU049", "2026M06", "TYOTTOMATLOPUSSA", "20581"),
        new("KU638", "2026M05", "TVKOULUTUSLOP", "170"),
        new("KU638", "2026M06", "TVKOULUTUSLOP", "175"),
        new("KU434", "2026M05", "TVKOULUTUSLOP", "7"),
        new("KU434", "2026M06", "TVKOULUTUSLOP", "..."),
    ];

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["TYOTTOMATLOPUSSA"] = "Työttömät työnhakijat laskentapäivänä (lkm.)",
        ["TVKOULUTUSLOP"] = "Työvoimakoulutuksessa olevat laskentapäivänä (lkm.)",
    };

    public static TheoryData<string, string> Formats => new()
    {
        { "pxjson", "old" }, { "pxjson", "current" },
        { "jsonstat2", "old" }, { "jsonstat2", "current" },
        { "jsonstat2-sparse", "current" },
        { "csv;", "utf-8" }, { "csv,", "utf-8" }, { "csv;", "windows-1252" }, { "csv;", "iso-8859-1" }, { "csv;", "utf-8-bom" }, { "csv;", "utf-16" },
    };

    private static byte[] File(string format, string variant)
    {
        var codes = variant == "old" ? StatFiles.Old : StatFiles.Current;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return format switch
        {
            "pxjson" => StatFiles.PxJson(codes, Cells, Texts),
            "jsonstat2" => StatFiles.JsonStat2(codes, Cells),
            "jsonstat2-sparse" => StatFiles.JsonStat2(codes, Cells, sparse: true),
            _ => StatFiles.WebCsv(Cells, format[^1], variant switch
            {
                "windows-1252" => Encoding.GetEncoding(1252),
                "iso-8859-1" => Encoding.Latin1,
                "utf-8-bom" => new UTF8Encoding(true),
                "utf-16" => Encoding.Unicode,
                _ => new UTF8Encoding(false),
            }, Texts),
        };
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_and_generation_of_codes_reads_to_the_same_values(string format, string variant)
    {
        var bytes = File(format, variant);
        if (variant == "utf-8-bom") bytes = [.. new UTF8Encoding(true).GetPreamble(), .. bytes];
        if (variant == "utf-16") bytes = [.. Encoding.Unicode.GetPreamble(), .. bytes];
        var plan = Plan(bytes);

        Assert.Empty(plan.Problems);
        Assert.Equal([Indicator.ServicesTraining, Indicator.UnemployedJobseekers], plan.Mapping.Targets.Values.Order());
        Assert.Equal(
            [
                (Indicator.ServicesTraining, "434", "2026M05", 7m), (Indicator.ServicesTraining, "638", "2026M05", 170m), (Indicator.ServicesTraining, "638", "2026M06", 175m),
                (Indicator.UnemployedJobseekers, "434", "2026M06", 792m), (Indicator.UnemployedJobseekers, "638", "2026M05", 2750m), (Indicator.UnemployedJobseekers, "638", "2026M06", 2762m),
            ],
            plan.Values.Select(v => (v.Indicator, v.Municipality.Value, v.Period.ToString(), v.Value)).Order());
        // Suppressed cells are missing, never zero, and the preview names the member and period.
        Assert.Contains(plan.Lacking, l => l is { Indicator: Indicator.UnemployedJobseekers, Symbol: ".." } && l.Municipality == Loviisa && l.Period.Date.Month == 5);
        Assert.Contains(plan.Lacking, l => l is { Indicator: Indicator.ServicesTraining, Symbol: "..." } && l.Municipality == Loviisa && l.Period.Date.Month == 6);
        Assert.DoesNotContain(plan.Values, v => v.Municipality == Loviisa && v.Value == 0);
        // Askola, Lapinjärvi, Myrskylä and Pukkila are members without a value in the file.
        Assert.Contains(plan.Lacking, l => l.Municipality == Askola && l.Symbol is null);
        // The whole country is listed as skipped, Espoo as another area's municipality.
        Assert.Equal(["SSS"], plan.Skipped.Select(s => s.Code));
        Assert.True(plan.OtherMunicipalityCells > 0);
        Assert.True(plan.CanImport);
    }

    [Fact]
    public void The_real_12r5_export_imports_the_12r5_series_and_lists_what_it_skips()
    {
        var plan = Plan(StatFiles.Real12r5Excerpt(), name: "12r5.json");

        Assert.Empty(plan.Problems);
        Assert.Equal(StatFormat.PxJson, plan.Table.Format);
        Assert.Equal("KEHA-keskus, Työnvälitystilasto", plan.Table.Source);
        Assert.Equal("timeperiod_m", plan.Mapping.Time);
        Assert.Equal("Alue", plan.Mapping.Area);
        decimal Porvoo(string indicator) => plan.Values.Single(v => v.Indicator == indicator && v.Municipality == ImportKit.Porvoo).Value;
        Assert.Equal(4111m, Porvoo(Indicator.Jobseekers));
        Assert.Equal(2762m, Porvoo(Indicator.UnemployedJobseekers));
        Assert.Equal(10.8m, Porvoo(Indicator.UnemploymentRate));
        Assert.Equal(25629m, Porvoo(Indicator.LabourForce));
        // Broad unemployment's components: TYOLLISTETTYLOP 56, KOKEILULOP 27, TVKOULUTUSLOP 175, VALMENNUSLOP 0, MTPPALVELUTLOP 191.
        Assert.Equal([56m, 27m, 175m, 0m, 191m], new[] { Indicator.ServicesSubsidised, Indicator.ServicesTrial, Indicator.ServicesTraining,
            Indicator.ServicesCoaching, Indicator.ServicesOther }.Select(Porvoo));
        // Askola's coaching and Myrskylä's subsidised employment are suppressed ("...") in the published file.
        Assert.Contains(plan.Lacking, l => l is { Indicator: Indicator.ServicesCoaching, Symbol: "..." } && l.Municipality == Askola);
        Assert.Contains(plan.Lacking, l => l is { Indicator: Indicator.ServicesSubsidised, Symbol: "..." } && l.Municipality == Myrskyla);
        Assert.Equal(["ELY01", "ELYJO", "KUJOU", "SK023", "SSS"], plan.Skipped.Select(s => s.Code));
        Assert.All(plan.Values, v => Assert.Equal(new DateOnly(2026, 6, 1), v.Period.Date));
    }

    [Fact]
    public void A_population_table_of_11re_sums_ages_18_to_64_for_working_age_with_either_generation_of_codes()
    {
        foreach (var codes in new[] { StatFiles.Old, StatFiles.Current })
        {
            var cells = Enumerable.Range(15, 55).SelectMany(age => new[]
            {
                new StatCellData("KU638", "2025", "vaerak-vaesto", "100", age.ToString("000", System.Globalization.CultureInfo.InvariantCulture)),
                new StatCellData("KU434", "2025", "vaerak-vaesto", "10", age.ToString("000", System.Globalization.CultureInfo.InvariantCulture)),
            }).ToList();
            var plan = Plan(StatFiles.PxJson(codes, cells, new Dictionary<string, string> { ["vaerak-vaesto"] = "Väestö 31.12. (lkm.)" }), preferred: Indicator.WorkingAge);

            Assert.Empty(plan.Problems);
            Assert.Equal(Indicator.WorkingAge, Assert.Single(plan.Mapping.Targets).Value);
            Assert.Equal(47, plan.Mapping.Include[codes.Other!].Count); // 18…64
            Assert.Equal([(Loviisa, 470m), (ImportKit.Porvoo, 4700m)], plan.Values.Select(v => (v.Municipality, v.Value)).OrderBy(v => v.Municipality));
            Assert.All(plan.Values, v => Assert.Equal(new DateOnly(2025, 12, 31), v.Period.Date));
        }
    }

    [Fact]
    public void A_kela_style_flat_file_maps_by_its_columns_and_takes_the_total_of_the_accumulated_days_classes()
    {
        var csv = """
            AIKA;KUNTANRO;KUNTA;KERTYMAPAIVALUOKKA;SAAJAT;MAKSETUT_ETUUDET
            2025-03;638;Porvoo;Yhteensä;412;123456,78
            2025-03;638;Porvoo;101-299;200;23456,78
            2025-03;638;Porvoo;300-;212;100000
            2025-03;434;Loviisa;Yhteensä;120;30500,5
            2025-03;434;Loviisa;101-299;70;10000
            2025-03;434;Loviisa;300-;50;20500,5
            2025-03;91;Helsinki;Yhteensä;9000;2000000
            """;
        var plan = Plan(Encoding.UTF8.GetBytes(csv), name: "kela.csv");

        Assert.Empty(plan.Problems);
        Assert.Equal(("AIKA", "KUNTANRO"), (plan.Mapping.Time, plan.Mapping.Area));
        Assert.Equal(["Yhteensä"], plan.Mapping.Include["KERTYMAPAIVALUOKKA"]);
        Assert.Equal(Indicator.BenefitLiability, plan.Mapping.Targets["MAKSETUT_ETUUDET"]);
        Assert.Equal(Indicator.BenefitLiabilityRecipients, plan.Mapping.Targets["SAAJAT"]);
        Assert.Equal(
            [(Indicator.BenefitLiability, "434", 30500.5m), (Indicator.BenefitLiability, "638", 123456.78m),
             (Indicator.BenefitLiabilityRecipients, "434", 120m), (Indicator.BenefitLiabilityRecipients, "638", 412m)],
            plan.Values.Select(v => (v.Indicator, v.Municipality.Value, v.Value)).Order());
        Assert.All(plan.Values, v => Assert.Equal(new DateOnly(2025, 3, 1), v.Period.Date));
        // The values' source names Kela (the file does not), the file and the day.
        Assert.Equal("Kela · kela.csv · 5.12.2026", new ImportPreview(plan, Remembered: false).SourceText(new DateOnly(2026, 12, 5)));
    }

    [Fact]
    public void A_flat_file_with_year_and_month_apart_reads_monthly_periods()
    {
        var csv = "Vuosi;Kuukausi;Kunta;Kunnan rahoitusosuus, euroa\n2025;1;KU638;1000\n2025;2;KU638;1100,5\n";
        var plan = Plan(Encoding.UTF8.GetBytes(csv));
        Assert.Empty(plan.Problems);
        Assert.Equal(("Vuosi", "Kuukausi"), (plan.Mapping.Time, plan.Mapping.Month));
        Assert.Equal([(new DateOnly(2025, 1, 1), 1000m), (new DateOnly(2025, 2, 1), 1100.5m)], plan.Values.Select(v => (v.Period.Date, v.Value)));
        Assert.All(plan.Values, v => Assert.Equal(Indicator.BenefitLiability, v.Indicator));
    }

    [Fact]
    public void A_json_stat_1_dataset_bundle_reads_as_json_stat()
    {
        var json = """
            {"dataset":{"dimension":{"Alue":{"label":"Area","category":{"index":{"SSS":0,"KU638":1},"label":{"SSS":"WHOLE COUNTRY","KU638":"Porvoo"}}},
            "Kuukausi":{"label":"Month","category":{"index":{"2022M12":0},"label":{"2022M12":"2022M12"}}},
            "Tiedot":{"label":"Information","category":{"index":{"vaesto_kuukausi":0},"label":{"vaesto_kuukausi":"Population"},"unit":{"vaesto_kuukausi":{"base":"Number","decimals":0}}}},
            "id":["Alue","Kuukausi","Tiedot"],"size":[2,1,1],"role":{"geo":["Alue"],"time":["Kuukausi"],"metric":["Tiedot"]}},
            "label":"Population by Area, Month and Information","source":"Statistics Finland, population structure","updated":"2023-05-26T05:00:00Z",
            "value":[5563970,51232]}}
            """;
        var plan = Plan(Encoding.UTF8.GetBytes(json));
        Assert.Empty(plan.Problems);
        Assert.Equal(StatFormat.JsonStat, plan.Table.Format);
        var value = Assert.Single(plan.Values);
        Assert.Equal((Indicator.Population, 51232m, new DateOnly(2022, 12, 1)), (value.Indicator, value.Value, value.Period.Date));
    }

    [Theory]
    [InlineData("2023", "2023-12-31")]
    [InlineData("2024M03 Työttömät", "2024-03-01")]
    [InlineData("2024-11", "2024-11-01")]
    [InlineData("Tilanne 22.11.2024", "2024-11-22")]
    public void Column_headings_read_as_dates(string heading, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Application.Indicators.ColumnPeriod.Parse(heading));

    [Theory]
    [InlineData("2026M06", "Month", "2026-06-01")]
    [InlineData("202606", "Month", "2026-06-01")]
    [InlineData("2026-06", "Month", "2026-06-01")]
    [InlineData("2025", "Year", "2025-12-31")]
    [InlineData("31.12.2025", "Day", "2025-12-31")]
    public void Period_codes_read_as_stored_dates(string code, string kind, string date)
    {
        var period = PeriodCode.Parse(code)!.Value;
        Assert.Equal((Enum.Parse<PeriodKind>(kind), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (period.Kind, period.Date));
    }

    [Theory]
    [InlineData("2026M13")]
    [InlineData("2026Q1")]
    [InlineData("kesäkuu")]
    public void Other_texts_are_no_periods(string code) => Assert.Null(PeriodCode.Parse(code));
}
