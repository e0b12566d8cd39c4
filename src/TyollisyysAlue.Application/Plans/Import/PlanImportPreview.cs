using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>What the planner chooses in the preview; null leaves it to the document.</summary>
/// <param name="Language">"fi" or "sv"; null: the guessed language.</param>
/// <param name="RemoveNumbers">Take the numbers off the headings; null: only when they are the plan's own numbering.</param>
public sealed record PlanImportOptions(string? Language = null, bool? RemoveNumbers = null);

/// <summary>A section the import will create: level 1 (main) or 2 (subsection of the previous main section).</summary>
public sealed record ImportedSection(int Level, string Heading, string Body);

/// <summary>
/// The outline the import will create, before anything is saved: sections in reading order, the statutory points
/// matched to them (point → index of its section), the document's title if it has one, and the notes.
/// </summary>
public sealed record PlanImportPreview(
    string Format,
    LanguageGuess Guess,
    string Language,
    string? Title,
    IReadOnlyList<ImportedSection> Sections,
    IReadOnlyDictionary<StatutorySection, int> Matches,
    bool NumbersAreThePlansOwn,
    bool NumbersRemoved,
    IReadOnlyList<ImportNote> Notes)
{
    /// <summary>The plan's numbers of the sections ("1", "2", "2.1"), as <see cref="PlanView.Number"/> gives them.</summary>
    public IReadOnlyList<string> Numbers => SectionNumbers.Of(Sections.Select(s => s.Level));
}

internal static class SectionNumbers
{
    public static IReadOnlyList<string> Of(IEnumerable<int> levels)
    {
        var numbers = new List<string>();
        int main = 0, sub = 0;
        foreach (var level in levels)
        {
            if (level == 1 || main == 0) { main++; sub = 0; numbers.Add(main.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
            else numbers.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{main}.{++sub}"));
        }
        return numbers;
    }
}
