using System.Text;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Imports;

namespace TyollisyysAlue.Infrastructure.Tests.Imports;

/// <summary>Statistics Finland PxWeb CSV exports read, mapped and checked before anything is saved.</summary>
public class PxWebImportTests
{
    private static readonly MunicipalityCode Porvoo = MunicipalityCode.Parse("638");
    private static readonly MunicipalityCode Loviisa = MunicipalityCode.Parse("434");
    private static readonly HashSet<MunicipalityCode> Members = [Porvoo, Loviisa, MunicipalityCode.Parse("018")];

    // 11re style: a title line, a blank line, the header, a national total, then municipalities (one not ours).
    private const string PopulationByAge = """
        "Väestö iän (1-v.) ja sukupuolen mukaan alueittain, 1972-2023"

        "Alue";"Ikä";"2023 Väestö 31.12. (lkm)"
        "SSS KOKO MAA";"18 - 64";"3373000"
        "KU638 Porvoo";"18 - 64";"29512"
        "KU434 Loviisa";"18 - 64";"7940"
        "KU018 Askola";"18 - 64";"2 719"
        "KU049 Espoo";"18 - 64";"195000"
        """;

    // 12r5 style: one column per month.
    private const string MonthlyUnemployed = "Alue,2024M01 Työttömät työnhakijat,2024M02 Työttömät työnhakijat\r\nKU638 Porvoo,2104,2080\r\nKU434 Loviisa,\"612\",598\r\n";

    private static CsvTable Read(string csv) => new CsvTableReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void A_population_export_maps_to_31_december_and_keeps_file_line_numbers()
    {
        var table = Read(PopulationByAge);
        var mapping = ImportMapping.Guess(table, "working-age");
        Assert.Equal(0, mapping.MunicipalityColumn);
        Assert.Equal(new DateOnly(2023, 12, 31), Assert.Single(mapping.ValueColumns).Value);

        var plan = IndicatorImportPlan.Build(table, mapping, Members, new Dictionary<(MunicipalityCode, DateOnly), decimal>());
        Assert.Empty(plan.Errors);
        Assert.Equal([("638", 29512m, 5), ("434", 7940m, 6), ("018", 2719m, 7)], plan.Values.Select(v => (v.Municipality.Value, v.Value, v.LineNumber)));
        Assert.True(plan.CanImport);
    }

    [Fact]
    public void A_monthly_export_maps_each_column_to_its_month_and_shows_what_changes()
    {
        var table = Read(MonthlyUnemployed);
        var mapping = ImportMapping.Guess(table, "unemployed");
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], mapping.ValueColumns.Values.Order());
        var current = new Dictionary<(MunicipalityCode, DateOnly), decimal>
        {
            [(Porvoo, new DateOnly(2024, 1, 1))] = 2104m,
            [(Loviisa, new DateOnly(2024, 2, 1))] = 600m,
        };
        var plan = IndicatorImportPlan.Build(table, mapping, Members, current);
        Assert.Equal(ImportChange.Unchanged, plan.Values.Single(v => v.Municipality == Porvoo && v.OnDate.Month == 1).Change);
        Assert.Equal(ImportChange.Changed, plan.Values.Single(v => v.Municipality == Loviisa && v.OnDate.Month == 2).Change);
        Assert.Equal(ImportChange.New, plan.Values.Single(v => v.Municipality == Porvoo && v.OnDate.Month == 2).Change);
    }

    [Fact]
    public void Bad_rows_are_listed_with_their_line_numbers_and_block_the_import()
    {
        var csv = "\"Alue\";\"2023\"\n\"KU638 Porvoo\";\"29512\"\n\"Porvoo kaupunki\";\"1\"\n\"KU434 Loviisa\";\"..\"\n\"KU018 Askola\";\"-5\"\n\"KU638 Porvoo\";\"29513\"\n";
        var table = Read(csv);
        var plan = IndicatorImportPlan.Build(table, ImportMapping.Guess(table, "population"), Members, new Dictionary<(MunicipalityCode, DateOnly), decimal>());
        Assert.Equal([(3, "Import.UnknownMunicipality"), (4, "Import.NotANumber"), (5, "Import.Negative"), (6, "Import.Duplicate")],
            plan.Errors.Select(e => (e.LineNumber, e.Code)));
        Assert.False(plan.CanImport);
    }

    [Fact]
    public void A_file_without_period_columns_cannot_be_imported()
    {
        var table = Read("Alue;Arvo\nKU638 Porvoo;1\n");
        var plan = IndicatorImportPlan.Build(table, ImportMapping.Guess(table, "population"), Members, new Dictionary<(MunicipalityCode, DateOnly), decimal>());
        Assert.Contains(plan.Errors, e => e.Code == "Import.NoValueColumns");
        Assert.False(plan.CanImport);
    }

    [Theory]
    [InlineData("2023", "2023-12-31")]
    [InlineData("2024M03 Työttömät", "2024-03-01")]
    [InlineData("2024-11", "2024-11-01")]
    [InlineData("Tilanne 22.11.2024", "2024-11-22")]
    public void Column_headings_read_as_dates(string heading, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ColumnPeriod.Parse(heading));

    [Fact]
    public void A_windows_1252_file_from_old_excel_still_reads()
    {
        var bytes = Encoding.Latin1.GetBytes("Alue;2023\nKU407 Lapinjärvi;1562\n");
        var table = new CsvTableReader().Read(new MemoryStream(bytes));
        Assert.Equal("KU407 Lapinjärvi", table.Rows[0].Cells[0]);
    }
}

