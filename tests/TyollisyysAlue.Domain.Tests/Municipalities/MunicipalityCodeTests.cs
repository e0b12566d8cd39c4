using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Municipalities;

public class MunicipalityCodeTests
{
    [Theory]
    [InlineData("049", "049")]
    [InlineData("49", "049")]
    [InlineData("KU049", "049")]
    [InlineData(" 905 ", "905")]
    public void Parses_statistics_finland_forms_to_three_digits(string text, string expected) =>
        Assert.Equal(expected, MunicipalityCode.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("Espoo")]
    [InlineData("KU")]
    [InlineData("-49")]
    public void Rejects_anything_else(string text) => Assert.False(MunicipalityCode.TryParse(text, out _));

    [Fact]
    public void Orders_by_code() =>
        Assert.True(MunicipalityCode.Parse("018").CompareTo(MunicipalityCode.Parse("638")) < 0);

    [Fact]
    public void Swedish_ui_shows_swedish_name_when_there_is_one()
    {
        var porvoo = new Municipality(MunicipalityCode.Parse("638"), "Porvoo", "Borgå", LanguageStatus.BilingualFinnishMajority);
        var askola = new Municipality(MunicipalityCode.Parse("018"), "Askola", null, LanguageStatus.Finnish);
        Assert.Equal("Borgå", porvoo.NameIn("sv"));
        Assert.Equal("Porvoo", porvoo.NameIn("fi"));
        Assert.Equal("Askola", askola.NameIn("sv"));
        Assert.True(porvoo.IsBilingual);
        Assert.False(askola.IsBilingual);
    }
}
