using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>The one reader of typed and pasted numbers: Finnish figures and Excel's copies read exactly, anything else refused with a reason.</summary>
public class NumberInputTests
{
    [Theory]
    [InlineData("1 310 000,50", "1310000.50")]
    [InlineData("1\u00A0310\u00A0000,50", "1310000.50")] // no-break spaces, as Excel and .NET's fi-FI write them
    [InlineData("1\u202F310\u202F000,50", "1310000.50")] // narrow no-break spaces
    [InlineData("1310000.50", "1310000.50")]
    [InlineData("1310000.5", "1310000.5")]
    [InlineData("1 310 000,50 €", "1310000.50")] // pasted from a Finnish Excel
    [InlineData("1\u00A0310\u00A0000,50\u00A0€", "1310000.50")]
    [InlineData("1 310 000,50€", "1310000.50")]
    [InlineData("  42\t", "42")]
    [InlineData(",5", "0.5")]
    [InlineData("0", "0")]
    public void Finnish_figures_and_their_Excel_copies_read_exactly(string text, string expected)
    {
        var reading = NumberInput.Read(text, NumberRule.Euros);
        Assert.True(reading.IsValid, reading.ErrorCode);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("abc", NumberInput.Invalid)]
    [InlineData("1 310 000,00x", NumberInput.Invalid)]
    [InlineData("22,5x", NumberInput.Invalid)]
    [InlineData("1 31 0000", NumberInput.Invalid)] // spaces only between groups of three
    [InlineData("1.310.000,50", NumberInput.Invalid)] // two separators: not a Finnish figure, so not guessed
    [InlineData("1,310,000.50", NumberInput.Invalid)]
    [InlineData("12,", NumberInput.Invalid)]
    [InlineData("1e5", NumberInput.Invalid)]
    [InlineData("€", NumberInput.Invalid)]
    [InlineData("1,005", NumberInput.TooManyDecimals)] // never rounded to a cent nobody typed
    [InlineData("-5", NumberInput.NotNegative)]
    [InlineData("99999999999999999999", NumberInput.TooLarge)]
    public void Anything_else_is_refused_with_its_reason_and_no_value(string text, string code)
    {
        var reading = NumberInput.Read(text, NumberRule.Euros);
        Assert.Equal(code, reading.ErrorCode);
        Assert.Null(reading.Value);
    }

    [Fact]
    public void An_empty_field_is_empty_never_zero()
    {
        Assert.True(NumberInput.Read("", NumberRule.Euros).IsEmpty);
        Assert.True(NumberInput.Read(" \u00A0", NumberRule.Euros).IsEmpty);
        Assert.Null(NumberInput.Read(null, NumberRule.Euros).Value);
    }

    [Theory]
    [InlineData("-12,5", "-12.5")]
    [InlineData("\u221212,5", "-12.5")] // Excel's and .NET's Finnish minus sign
    [InlineData("- 1 000", "-1000")]
    public void A_minus_reads_where_negatives_are_allowed(string text, string expected)
    {
        var reading = NumberInput.Read(text, new NumberRule(2, AllowNegative: true));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Fact]
    public void Decimals_units_and_whole_numbers_follow_the_field_rule()
    {
        Assert.Equal(NumberInput.TooManyDecimals, NumberInput.Read("12,12345", new NumberRule(4, Unit: "%")).ErrorCode);
        Assert.Equal(12.5m, NumberInput.Read("12,5 %", new NumberRule(4, Unit: "%")).Value);
        Assert.Equal(NumberInput.Invalid, NumberInput.Read("12,5 €", new NumberRule(4, Unit: "%")).ErrorCode); // a euro sign is not a weight's
        Assert.Equal(NumberInput.Invalid, NumberInput.Read("22,5 €", new NumberRule(2)).ErrorCode); // person-years carry no unit
        Assert.Equal(NumberInput.NotWhole, NumberInput.ReadWhole("22,5").ErrorCode);
        Assert.Equal(1250, NumberInput.ReadWhole("1 250").Value);
        Assert.Equal(NumberInput.TooLarge, NumberInput.ReadWhole("3 000 000 000").ErrorCode);
        Assert.Equal(new object[] { 2 }, NumberInput.Read("1,005", NumberRule.Euros).Args);
    }

    [Fact]
    public void Every_refusal_has_a_message_in_Finnish_Swedish_and_English()
    {
        foreach (var code in new[] { NumberInput.Invalid, NumberInput.NotWhole, NumberInput.TooManyDecimals, NumberInput.NotNegative, NumberInput.TooLarge, "Number.Required" })
        foreach (var language in new[] { "fi", "sv", "en" })
            Assert.False(string.IsNullOrWhiteSpace(TextTable.In(language)[code]), $"{code} {language}");
    }
}
