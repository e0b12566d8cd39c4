namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>
/// Issue 12.1: NumberField is the one numeric input. MudNumericField reads with its own parser (an English "Not a
/// valid number" and 0 for text it refuses), so no page may use it.
/// </summary>
public class OneNumberInputTests
{
    [Fact]
    public void No_razor_file_uses_MudNumericField()
    {
        var files = RazorSources.All();
        Assert.NotEmpty(files);
        var offending = files.Where(f => File.ReadAllText(f).Contains("MudNumericField", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RazorSources.SourceRoot, f)).ToList();
        Assert.Empty(offending);
    }
}
