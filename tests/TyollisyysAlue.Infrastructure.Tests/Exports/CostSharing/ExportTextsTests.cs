using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class ExportTextsTests
{
    private static IEnumerable<(string Name, object? Value)> TextsOf(ExportTexts texts) =>
        typeof(ExportTexts).GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType == typeof(ExportTexts)
            && p.GetMethod is { IsStatic: false }).Select(p => (p.Name, p.GetValue(texts)));

    [Fact]
    public void Every_language_fills_every_text_and_names_all_twelve_months()
    {
        foreach (var texts in ExportTexts.All)
        {
            foreach (var (name, value) in TextsOf(texts))
                Assert.False(value is null || value is string { Length: 0 }, $"{texts.Language}.{name} is empty.");
            Assert.Equal(12, texts.Months.Count);
            Assert.All(texts.Months, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        }
    }

    [Fact]
    public void Swedish_translates_every_text_rather_than_repeating_the_Finnish_one()
    {
        var same = TextsOf(ExportTexts.Swedish).Zip(TextsOf(ExportTexts.Finnish))
            .Where(p => p.First.Value is string sv && p.Second.Value is string fi && sv == fi && !sv.Contains("{0}", StringComparison.Ordinal))
            .Select(p => p.First.Name).ToList();
        Assert.Empty(same);
        Assert.Empty(ExportTexts.Swedish.Months.Intersect(ExportTexts.Finnish.Months));
    }

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("sv-FI", "sv")]
    [InlineData("EN", "en")]
    [InlineData("fi", "fi")]
    [InlineData("ru", "fi")]
    [InlineData(null, "fi")]
    public void An_unknown_language_falls_back_to_Finnish(string? asked, string given) =>
        Assert.Equal(given, ExportTexts.For(asked).Language);
}
