using System.Text.RegularExpressions;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Finnish or Swedish, by counting frequent words of each language in the text (a plan is long enough for this to be
/// clear). The planner confirms or changes it in the preview. Mixed documents (Pohjanmaa's bilingual briefing) are
/// flagged: one version holds one language.
/// </summary>
public sealed partial record LanguageGuess(string Language, int FinnishWords, int SwedishWords)
{
    private static readonly HashSet<string> Finnish = new(StringComparer.Ordinal)
    {
        "ja", "on", "että", "sekä", "ovat", "myös", "kanssa", "tai", "ei", "joka", "jotka", "kuin", "mukaan", "osalta",
        "lisäksi", "tulee", "voidaan", "alueen", "palvelut", "palvelujen", "palveluiden", "kunnat", "kuntien", "työllisyysalueen",
    };

    private static readonly HashSet<string> Swedish = new(StringComparer.Ordinal)
    {
        "och", "att", "är", "för", "som", "med", "av", "till", "den", "det", "på", "har", "inte", "eller", "kommer", "samt",
        "ska", "kan", "om", "de", "tjänster", "tjänsterna", "kommunerna", "området",
    };

    /// <summary>Both languages each hold at least a quarter of the recognised words (and enough of them to tell).</summary>
    public bool IsBilingual => Math.Min(FinnishWords, SwedishWords) >= 20
        && Math.Min(FinnishWords, SwedishWords) * 4 >= FinnishWords + SwedishWords;

    public static LanguageGuess Of(IEnumerable<string> texts)
    {
        int finnish = 0, swedish = 0;
        foreach (var text in texts)
        {
            foreach (Match word in Words().Matches(text))
            {
                var lower = word.Value.ToLowerInvariant();
                if (Finnish.Contains(lower)) finnish++;
                else if (Swedish.Contains(lower)) swedish++;
            }
        }
        return new LanguageGuess(swedish > finnish ? "sv" : "fi", finnish, swedish);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
