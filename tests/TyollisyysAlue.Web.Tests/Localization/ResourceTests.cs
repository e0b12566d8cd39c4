using TyollisyysAlue.Texts;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace TyollisyysAlue.Web.Tests.Localization;

public class ResourceTests
{
    private static readonly string ResourceDir = Path.Combine(RepoRoot(), "src", "TyollisyysAlue.Texts", "Resources");

    /// <summary>The one resource table: key, fi, sv, en.</summary>
    public static readonly string StringTable = Path.Combine(ResourceDir, "strings.tsv");

    [Fact]
    public void Finnish_swedish_and_english_have_the_same_keys_as_the_string_table()
    {
        var table = File.ReadLines(Path.Combine(ResourceDir, "strings.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Order().ToList();
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.sv.resx", "SharedResource.en.resx" })
        {
            var entries = XDocument.Load(Path.Combine(ResourceDir, file)).Root!.Elements("data").ToList();
            Assert.Equal(table, entries.Select(e => e.Attribute("name")!.Value).Order().ToList());
            Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element("value")!.Value)));
        }
    }

    [Theory]
    [InlineData("fi-FI", "Kirjaudu sisään")]
    [InlineData("sv-FI", "Logga in")]
    [InlineData("en-FI", "Sign in")]
    public void The_compiled_resources_answer_in_each_language(string culture, string expected)
    {
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(SharedResource));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, localizer["SignIn.Title"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TyollisyysAlue.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
