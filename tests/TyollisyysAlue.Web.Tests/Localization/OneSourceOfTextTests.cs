using TyollisyysAlue.Domain.Common;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>
/// Texts, formats, Finnish time, rounding and plan Markdown each have one place (issue 10 point 4). These tests read the
/// source and fail when a second mechanism comes back: a (Fi, Sv, En) dictionary, a language switch choosing between
/// literal words, a Finnish or Swedish sentence in code, a second time-zone, rounding, Markdown or sanitizer setup.
/// </summary>
public partial class OneSourceOfTextTests
{
    private static readonly string Src = Path.Combine(ResourceTests.RepoRoot(), "src");

    /// <summary>Lines of code (comments left out) of every .cs and .razor under src, except generated migrations and demo seeds (data).</summary>
    private static IEnumerable<(string File, int Line, string Code)> CodeLines() =>
        Directory.EnumerateFiles(Src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Src, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/Seeding/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(Src, f)).Select((line, i) => (f, i + 1, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !x.line.TrimStart().StartsWith("@*", StringComparison.Ordinal)
                && !x.line.TrimStart().StartsWith('*'))
            .Select(x => (x.f, x.Item2, x.line.Split(" // ")[0]));

    private static List<string> Offending(Func<(string File, int Line, string Code), bool> isOffending, params string[] allowedFiles) =>
        [.. CodeLines().Where(x => !allowedFiles.Contains(x.File) && isOffending(x)).Select(x => $"{x.File}:{x.Line}: {x.Code.Trim()}")];

    [Fact]
    public void No_word_list_of_its_own_outside_the_table()
    {
        string[] gone = ["ExportTexts", "LiveBlockTexts", "LiveBlockText", "ServiceTexts", "StatutoryHeadings", "PlanDocumentTexts", "FinnishClock", "FinnishTime"];
        Assert.Empty(Offending(x => TupleOfLanguages().IsMatch(x.Code) || gone.Any(g => Regex.IsMatch(x.Code, $@"\b{g}\b"))));
    }

    [Fact]
    public void No_code_picks_a_word_by_language()
    {
        // sv ? "Utkast" : "Luonnos", "sv" => "Godkänd": words belong in strings.tsv. Choosing a language code ("sv" ? "fi" : "sv") is fine.
        Assert.Empty(Offending(x => WordByLanguage().IsMatch(x.Code)));
    }

    [Fact]
    public void No_Finnish_or_Swedish_sentence_is_written_in_code()
    {
        var literals = Offending(x => StringLiteral().Matches(x.Code).Any(m => NordicLetter().IsMatch(m.Value) && !m.Value.Contains("TyöllisyysAlue", StringComparison.Ordinal)),
            // CSV column names the register import accepts (input, not output).
            "TyollisyysAlue.Application/Municipalities/RegisterImport.cs",
            // The attribute's explanation of why the data is global (for developers).
            "TyollisyysAlue.Domain/Services/NationalService.cs",
            // Words the imports recognise in published files and documents (input, not output): column and variable
            // names of Statistics Finland's and Kela's files, table-of-contents styles, the statutory points' wording,
            // the common words that tell Finnish from Swedish.
            "TyollisyysAlue.Infrastructure/Imports/StatTables/CsvStatReader.cs",
            "TyollisyysAlue.Application/Indicators/Import/MappingProposal.cs",
            "TyollisyysAlue.Application/Indicators/Import/IndicatorCatalogue.cs",
            "TyollisyysAlue.Infrastructure/Imports/Plans/Odt/OdtStyleSheet.cs",
            "TyollisyysAlue.Infrastructure/Imports/Plans/Docx/DocxStyleSheet.cs",
            "TyollisyysAlue.Application/Plans/Import/StatutoryWording.cs",
            "TyollisyysAlue.Application/Plans/Import/LanguageGuess.cs",
            "TyollisyysAlue.Application/FollowUp/Ledger/LedgerColumns.cs",
            "TyollisyysAlue.Application/FollowUp/Payments/Import/PaymentColumns.cs");
        Assert.Empty(literals);
    }

    [Fact]
    public void Finnish_time_rounding_markdown_and_sanitizing_each_have_one_place()
    {
        Assert.Empty(Offending(x => x.Code.Contains("FindSystemTimeZoneById", StringComparison.Ordinal), "TyollisyysAlue.Domain/Common/HelsinkiTime.cs"));
        Assert.Empty(Offending(x => x.Code.Contains("GetLocalNow", StringComparison.Ordinal)));
        Assert.Empty(Offending(x => x.Code.Contains("MidpointRounding", StringComparison.Ordinal) || x.Code.Contains("Math.Round(", StringComparison.Ordinal),
            "TyollisyysAlue.Domain/Common/Rounding.cs"));
        Assert.Empty(Offending(x => x.Code.Contains("MarkdownPipelineBuilder", StringComparison.Ordinal), "TyollisyysAlue.Infrastructure/Markup/PlanMarkdownSyntax.cs"));
        Assert.Empty(Offending(x => x.Code.Contains("new HtmlSanitizer", StringComparison.Ordinal), "TyollisyysAlue.Infrastructure/Markup/PlanHtml.cs"));
    }

    [GeneratedRegex(@"\(\s*string\s+Fi\s*,\s*string\s+Sv")]
    private static partial Regex TupleOfLanguages();

    [GeneratedRegex("""(\bsv\b|"sv"|"fi"|"en")\s*(\?|=>)\s*\(?\s*"[^"]{3,}""")]
    private static partial Regex WordByLanguage();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[äöåÄÖÅ]")]
    private static partial Regex NordicLetter();
}
