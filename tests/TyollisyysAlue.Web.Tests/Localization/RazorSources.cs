namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>The app's .razor files under src (not the build's copies in obj), for the tests that keep a house rule over them.</summary>
internal static class RazorSources
{
    public static string SourceRoot => Path.Combine(ResourceTests.RepoRoot(), "src");

    public static List<string> All() =>
        Directory.EnumerateFiles(SourceRoot, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
}
