using TyollisyysAlue.Texts;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace TyollisyysAlue.Texts;

/// <summary>
/// The resource table in one language, named explicitly: an export or a live table is written in the language its
/// reader asked for (or the plan version's), never in whatever culture the current thread happens to have.
/// A key that is not in the table throws: a missing text is a defect to find in tests, not a blank in a document.
/// </summary>
public sealed class TextTable
{
    public const string Finnish = "fi";
    public const string Swedish = "sv";
    public const string English = "en";

    /// <summary>The languages every key has (the completeness test checks it).</summary>
    public static readonly IReadOnlyList<string> Languages = [Finnish, Swedish, English];

    private static readonly ResourceManager Resources = new("TyollisyysAlue.Texts.Resources.SharedResource", typeof(TextTable).Assembly);
    private static readonly ConcurrentDictionary<string, TextTable> ByLanguage = new(StringComparer.Ordinal);

    private readonly CultureInfo _lookup;

    private TextTable(string language)
    {
        Language = language;
        _lookup = CultureInfo.GetCultureInfo(language);
        Culture = Formats.CultureOf(language);
    }

    /// <summary>"fi", "sv" or "en"; a region ("sv-FI") or any casing is accepted; anything else is Finnish, the default.</summary>
    public string Language { get; }

    /// <summary>The language's culture with the Finnish number and date rule (see <see cref="Formats"/>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The table in "fi", "sv" or "en" (see <see cref="Language"/>).</summary>
    public static TextTable In(string? language) => ByLanguage.GetOrAdd(Normalize(language), l => new TextTable(l));

    /// <summary>The table in the current UI culture's language: for code that runs inside a page's or a request's culture.</summary>
    public static TextTable Current => In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string Normalize(string? language) => language?.Split('-', '_')[0].ToLowerInvariant() switch
    {
        Swedish => Swedish,
        English => English,
        _ => Finnish,
    };

    public string this[string key] =>
        Resources.GetString(key, _lookup) ?? throw new KeyNotFoundException($"Text '{key}' is not in Resources/strings.tsv.");

    /// <summary>The text with its {0}, {1} … filled in, each argument by the one format rule (<see cref="Formats.Value"/>).</summary>
    public string this[string key, params object?[] args] =>
        args.Length == 0 ? this[key] : string.Format(Culture, this[key], [.. args.Select(Formats.Value)]);

    public string this[TextCode code] => this[code.Key, code.Args];

    /// <summary>Whether the table has the key (for codes from outside, e.g. a domain error code with no text yet).</summary>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>An enum value's text under a key prefix, e.g. ("Offices.Type", OfficeType.MainOffice) → "Offices.Type.MainOffice".</summary>
    public string Of<TEnum>(string prefix, TEnum value) where TEnum : struct, Enum => this[$"{prefix}.{value}"];
}
