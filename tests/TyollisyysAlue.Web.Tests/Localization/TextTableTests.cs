using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>The one resource table read with an explicit language, and the one format rule, as exports and live tables use them.</summary>
public class TextTableTests
{
    private static IEnumerable<string[]> Rows() => File.ReadLines(ResourceTests.StringTable)
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    [Fact]
    public void Every_key_answers_in_Finnish_Swedish_and_English_as_written_in_the_table()
    {
        foreach (var row in Rows())
        {
            Assert.Equal(row[1], TextTable.In("fi")[row[0]]);
            Assert.Equal(row[2], TextTable.In("sv")[row[0]]);
            Assert.Equal(row[3], TextTable.In("en")[row[0]]);
        }
    }

    [Fact]
    public void Swedish_exports_translate_every_word_rather_than_repeating_the_Finnish_one()
    {
        string[] documentWords = ["SplitExport.", "Month.", "PlanExport.", "Plan.Statutory.", "Live."];
        var same = Rows().Where(r => documentWords.Any(p => r[0].StartsWith(p, StringComparison.Ordinal)))
            .Where(r => r[1] == r[2] && r[1].Any(char.IsLetter)).Select(r => r[0]).ToList();
        Assert.Empty(same);
    }

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("sv-FI", "sv")]
    [InlineData("EN", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("fi", "fi")]
    [InlineData("ru", "fi")]
    [InlineData(null, "fi")]
    public void An_unknown_language_falls_back_to_Finnish(string? asked, string given) =>
        Assert.Equal(given, TextTable.In(asked).Language);

    [Fact]
    public void A_key_that_is_not_in_the_table_fails_loudly() =>
        Assert.Throws<KeyNotFoundException>(() => TextTable.In("sv")["No.Such.Key"]);

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Figures_dates_and_times_are_Finnish_in_every_language(string language)
    {
        var texts = TextTable.In(language);
        Assert.Equal("1\u00a0234\u00a0567,89", 1_234_567.89m.ToString("N2", texts.Culture));
        Assert.Equal("5.12.2026", new DateOnly(2026, 12, 5).ToString("d", texts.Culture));
        // Arguments follow the rule by type: money as euros, instants on a Finnish clock, decimals as figures.
        Assert.Equal(texts["SplitExport.Generated", "5.6.2026 8.16"],
            texts["SplitExport.Generated", new DateTimeOffset(2026, 6, 5, 5, 16, 0, TimeSpan.Zero)]);
        Assert.Contains("1\u00a0000\u00a0000\u00a0000\u00a0000,00 €", texts["Problem.api.amount-too-large", Money.FromEuros(1_000_000_000_000m)], StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_rule_writes_money_shares_and_times_the_Finnish_way()
    {
        Assert.Equal("1\u00a0234\u00a0567,89 €", Formats.Euros(1_234_567.89m));
        Assert.Equal("\u22125,00 €", Formats.Euros(-5m));
        Assert.Equal("45,68 %", Formats.Percent(0.456750m));
        Assert.Equal("24 %", Formats.PercentValue(23.5m, 0));
        Assert.Equal("12,5 %", Formats.Weight(12.5m));
        Assert.Equal("45 %", Formats.Weight(45m));
        Assert.Equal("22,5", Formats.Figure(22.5m));
        Assert.Equal("1,005", Formats.Exact(1.005m));
        Assert.Equal("5.12.2026 8.50", Formats.Time(new DateTimeOffset(2026, 12, 5, 6, 50, 0, TimeSpan.Zero)));
        Assert.Equal("5.6.2026 8.16", Formats.Time(new DateTimeOffset(2026, 6, 5, 5, 16, 0, TimeSpan.Zero)));
    }
}
