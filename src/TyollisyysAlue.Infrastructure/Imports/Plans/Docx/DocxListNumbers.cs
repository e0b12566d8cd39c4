using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// Word's list numbering: whether a list level is numbered or bulleted, and the number a numbered heading shows
/// ("2.1" from the level text "%1.%2"), counted through the document as Word counts it (a level restarts when a
/// higher level moves on), so that an automatically numbered heading keeps its number as text.
/// </summary>
internal sealed class DocxListNumbers
{
    private readonly Dictionary<int, AbstractNum> _abstracts;
    private readonly Dictionary<int, NumberingInstance> _instances;
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxListNumbers(Numbering? numbering)
    {
        _abstracts = (numbering?.Elements<AbstractNum>() ?? []).Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.First());
        _instances = (numbering?.Elements<NumberingInstance>() ?? []).Where(n => n.NumberID?.Value is not null)
            .GroupBy(n => n.NumberID!.Value).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>numId 0 (or an unknown one) means "no list".</summary>
    public bool Exists(int numId) => numId != 0 && _instances.ContainsKey(numId);

    public bool IsOrdered(int numId, int level) =>
        Level(numId, level)?.NumberingFormat?.Val?.Value is { } format && format != NumberFormatValues.Bullet && format != NumberFormatValues.None;

    /// <summary>The level a paragraph style is linked to inside a multilevel list (w:pStyle on the level), if any.</summary>
    public int? LevelOfStyle(int numId, string? styleId) =>
        styleId is null ? null : Abstract(numId)?.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;

    /// <summary>Counts one more paragraph at the level and returns the text it shows ("2.1", "3.", "a)"); "" for bullets.</summary>
    public string Next(int numId, int level)
    {
        level = Math.Clamp(level, 0, 8);
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            for (var l = 0; l < 9; l++) counters[l] = Start(numId, l) - 1;
            _counters[numId] = counters;
        }
        counters[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++) counters[deeper] = Start(numId, deeper) - 1;
        if (!IsOrdered(numId, level)) return "";
        var text = Level(numId, level)?.LevelText?.Val?.Value ?? "";
        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                label.Append(Format(Math.Max(counters[referenced], Start(numId, referenced)), Level(numId, referenced)));
                i++;
            }
            else label.Append(text[i]);
        }
        return label.ToString().Trim();
    }

    private int Start(int numId, int level)
    {
        var start = _instances.TryGetValue(numId, out var instance)
            ? instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
            : null;
        return start ?? Level(numId, level)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private Level? Level(int numId, int level) =>
        Abstract(numId)?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private AbstractNum? Abstract(int numId) =>
        _instances.TryGetValue(numId, out var instance) && instance.AbstractNumId?.Val?.Value is { } id && _abstracts.TryGetValue(id, out var abstractNum)
            ? abstractNum : null;

    private static string Format(int value, Level? level)
    {
        var format = level?.IsLegalNumberingStyle is not null ? NumberFormatValues.Decimal : level?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letters(int value) => value < 1 ? "" : new string((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        (int Value, string Text)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (number, numeral) in numerals)
            while (value >= number) { text.Append(numeral); value -= number; }
        return text.ToString();
    }
}
