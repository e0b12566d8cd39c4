using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>Bold and italic of a run: its own properties first, then its character style.</summary>
internal static class DocxRunStyle
{
    /// <summary>&lt;w:b/&gt; is on; w:val="false"/"0"/"off" turns it off.</summary>
    public static bool IsOn(OnOffValue? value) => value is null || !value.HasValue || value.Value;

    public static (bool Bold, bool Italic, bool Hidden) Of(RunProperties? properties, DocxStyleSheet styles)
    {
        var style = properties?.RunStyle?.Val?.Value;
        var bold = properties?.Bold is { } b ? IsOn(b.Val) : styles.RunBold(style);
        var italic = properties?.Italic is { } i ? IsOn(i.Val) : styles.RunItalic(style);
        var hidden = properties?.Vanish is { } v && IsOn(v.Val);
        return (bold, italic, hidden);
    }
}
