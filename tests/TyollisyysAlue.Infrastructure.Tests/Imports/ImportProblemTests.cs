using System.Text;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.TestSupport;
using static TyollisyysAlue.Infrastructure.Tests.Imports.ImportKit;

namespace TyollisyysAlue.Infrastructure.Tests.Imports;

/// <summary>Bad input: each problem names its row or cell (or the limit), and a plan with any problem cannot be imported.</summary>
public class ImportProblemTests
{
    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<(string Code, long? Row, string? Column)> Problems(IndicatorImportPlan plan) =>
        plan.Problems.Select(p => (p.Code, p.At?.Row, p.At?.Column));

    [Fact]
    public void Bad_cells_are_named_by_line_and_column_and_nothing_can_be_imported()
    {
        var plan = Plan(Csv("""
            "Alue";"2026M06 Työttömät työnhakijat laskentapäivänä (lkm.)"
            "KU638 Porvoo";"2762"
            "Borgå stad";"1"
            "KU999 Eikunta";"5"
            "KU434 Loviisa";"-5"
            "KU018 Askola";"12,345"
            "KU504 Myrskylä";"paljon"
            "KU638 Porvoo";"2763"
            """));
        const string column = "2026M06 Työttömät työnhakijat laskentapäivänä (lkm.)";
        Assert.Equal(
            [("Import.UnknownArea", 3, column), ("Import.UnknownMunicipalityCode", 4, column), ("Import.NegativeValue", 5, column),
             ("Import.TooPreciseValue", 6, column), ("Import.NotANumberValue", 7, column), ("Import.DuplicateCell", 8, column)],
            Problems(plan));
        Assert.Equal(2, ((CellLocation)plan.Problems[^1].Args[0]).Row); // the duplicate names where the first one is
        Assert.False(plan.CanImport);
    }

    [Fact]
    public void Periods_outside_the_requested_year_are_refused_naming_the_period()
    {
        var cells = new[] { new StatCellData("KU638", "2025M12", "TYOTTOMATLOPUSSA", "2700"), new StatCellData("KU638", "2026M01", "TYOTTOMATLOPUSSA", "2710") };
        var plan = Plan(StatFiles.PxJson(StatFiles.Current, cells), Scope(year: 2026));
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(("Import.PeriodOutsideYear", "2025M12", 2026), (problem.Code, problem.Args[0], problem.Args[1]));
        Assert.Equal(CellLocationKind.DataRow, problem.At!.Kind);
        Assert.False(plan.CanImport);
    }

    [Fact]
    public void A_table_whose_variables_do_not_fit_the_indicator_is_refused_naming_what_differs()
    {
        var rate = new[] { new StatCellData("KU638", "2026M06", "OSUUS", "10.8") };
        var percent = Plan(StatFiles.PxJson(StatFiles.Current, rate, new Dictionary<string, string> { ["OSUUS"] = "Osuus työvoimasta (%)" }),
            mapping: new ImportMapping { Area = "alue_23_20260101", Time = "timeperiod_m", Targets = new Dictionary<string, string> { ["OSUUS"] = Indicator.UnemployedJobseekers } });
        Assert.Equal("Import.UnitMismatch", Assert.Single(percent.Problems).Code);

        var jobseekers = new[] { new StatCellData("KU638", "2026M06", "TYOTTOMATLOPUSSA", "2762") };
        var wrong = Plan(StatFiles.PxJson(StatFiles.Current, jobseekers),
            mapping: new ImportMapping { Area = "alue_23_20260101", Time = "timeperiod_m", Targets = new Dictionary<string, string> { ["TYOTTOMATLOPUSSA"] = Indicator.WorkingAge } });
        var mismatch = Assert.Single(wrong.Problems);
        Assert.Equal(("Import.ContentMismatch", Indicator.UnemployedJobseekers), (mismatch.Code, mismatch.Args[2]));

        var derived = Plan(StatFiles.PxJson(StatFiles.Current, jobseekers),
            mapping: new ImportMapping { Area = "alue_23_20260101", Time = "timeperiod_m", Targets = new Dictionary<string, string> { ["TYOTTOMATLOPUSSA"] = Indicator.BroadUnemployment } });
        Assert.Equal("Import.DerivedIndicator", Assert.Single(derived.Problems).Code);

        // Yearly figures cannot be a monthly indicator's months.
        var yearly = Plan(StatFiles.PxJson(StatFiles.Current, [new StatCellData("KU638", "2025", "TYOTTOMATLOPUSSA", "2700")]));
        Assert.Equal("Import.PeriodKindMismatch", Assert.Single(yearly.Problems).Code);
    }

    [Fact]
    public void A_variable_whose_members_are_not_chosen_must_be_chosen_first()
    {
        var cells = new[] { new StatCellData("KU638", "2025", "vaerak-vaesto", "100", "1"), new StatCellData("KU638", "2025", "vaerak-vaesto", "90", "2") };
        var plan = Plan(StatFiles.PxJson(StatFiles.Current, cells));
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(("Import.ChooseMembers", "Ikä"), (problem.Code, problem.Args[0]));
        Assert.Empty(plan.Values);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "xlsx/zip")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "pdf")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03 }, "binary")]
    public void A_spreadsheet_pdf_or_binary_file_is_the_wrong_type(byte[] start, string kind)
    {
        var refused = Refused([.. start, .. new byte[100]]);
        Assert.Equal(("Import.WrongFileType", kind), (refused.Code, refused.Args[0]));
    }

    [Theory]
    [InlineData("""[{"a":1}]""", "Import.WrongFileType")]
    [InlineData("""{"foo":1}""", "Import.WrongFileType")]
    [InlineData("""{"columns":[{"code":"Alue","type":"d"},{"code":"X","type":"c"}],"data":[{"key":["KU638"],"values":["1"]""", "Import.Malformed")]
    [InlineData("just one line of text", "Import.WrongFileType")]
    [InlineData("", "Import.Empty")]
    public void Json_that_is_no_table_a_broken_file_and_plain_text_are_refused(string text, string code) =>
        Assert.Equal(code, Refused(Encoding.UTF8.GetBytes(text)).Code);

    [Fact]
    public void A_file_of_a_million_rows_is_refused_naming_the_limit_without_being_held_in_memory()
    {
        var csv = new MemoryStream();
        using (var writer = new StreamWriter(csv, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write("Alue;2026M06 Työttömät työnhakijat laskentapäivänä (lkm.)\n");
            for (var i = 0; i < 1_000_000; i++) writer.Write("KU638 Porvoo;1\n");
        }
        var refused = Refused(csv.ToArray());
        Assert.Equal(("Import.TooManyRows", ImportLimits.MaxRows), (refused.Code, refused.Args[0]));
    }

    [Fact]
    public void A_csv_of_200_000_columns_is_refused_at_its_header_naming_the_column_limit_in_bounded_time()
    {
        var header = "Alue;" + string.Join(';', Enumerable.Range(0, 200_000).Select(i => $"2026M06 Sarake {i}"));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var refused = Refused(Csv(header + "\nKU638 Porvoo;" + string.Join(';', Enumerable.Repeat("1", 200_000)) + "\n"));
        Assert.Equal(("Import.TooManyColumns", ImportLimits.MaxColumns), (refused.Code, refused.Args[0]));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
    }

    [Fact]
    public void A_csv_of_as_many_columns_as_the_limit_is_read()
    {
        var header = "Alue;" + string.Join(';', Enumerable.Range(1, ImportLimits.MaxColumns - 1).Select(i => $"2026M06 Sarake {i}"));
        var values = "KU638 Porvoo;" + string.Join(';', Enumerable.Repeat("1", ImportLimits.MaxColumns - 1));
        var plan = Plan(Csv(header + "\n" + values + "\n"));
        Assert.DoesNotContain(plan.Problems, p => p.Code == "Import.TooManyColumns");
    }

    [Fact]
    public void A_json_stat_file_of_more_values_than_the_limit_is_refused_too()
    {
        var json = new StringBuilder("""{"version":"2.0","class":"dataset","id":["Alue"],"size":[5000001],"value":[""");
        json.Append(string.Join(',', Enumerable.Repeat("1", (int)ImportLimits.MaxCells + 1))).Append("]}");
        var refused = Refused(Encoding.UTF8.GetBytes(json.ToString()));
        Assert.Equal(("Import.TooManyCells", ImportLimits.MaxCells), (refused.Code, refused.Args[0]));
    }
}
