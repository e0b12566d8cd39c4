using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// The styles part: Word's built-in names (Normal, Title, Heading 1–4 with outline levels, TOC 1–2, Caption,
/// Hyperlink, List Paragraph) so Word's navigation pane, TOC field and accessibility checker recognise them,
/// and the document language on the defaults (w:lang fi-FI or sv-FI).
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Calibri";

    public static Styles Create(string language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph("Normal", "Normal", isDefault: true));
        styles.Append(Paragraph("Title", "Title", size: 52, bold: true, after: 240));
        styles.Append(Paragraph("Subtitle", "Subtitle", size: 28, after: 120));
        styles.Append(Heading(1, 32, before: 360), Heading(2, 26, before: 240), Heading(3, 24, before: 200), Heading(4, 22, before: 160));
        styles.Append(Paragraph("TOCHeading", "TOC Heading", size: 32, bold: true, basedOn: "Heading1", outline: 9));
        styles.Append(Paragraph("TOC1", "toc 1", bold: true, after: 60), Paragraph("TOC2", "toc 2", indent: 440, after: 60));
        styles.Append(Paragraph("Caption", "caption", size: 20, bold: true, after: 60, keepNext: true));
        styles.Append(Paragraph("TableNote", "Table Note", size: 18, italic: true, after: 200));
        styles.Append(Paragraph("TableText", "Table Text", size: 18, after: 0));
        styles.Append(Paragraph("ListParagraph", "List Paragraph", indent: 720, after: 60));
        styles.Append(new Style(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 },
            new StyleRunProperties(new Color { Val = "0054A6" }, new Underline { Val = UnderlineValues.Single })) { Type = StyleValues.Character, StyleId = "Hyperlink" });
        styles.Append(new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style Heading(int level, int size, int before) =>
        Paragraph($"Heading{level}", $"heading {level}", size: size, bold: true, before: before, after: 120, keepNext: true, outline: level - 1, color: "1F3864");

    private static Style Paragraph(string id, string name, bool isDefault = false, int? size = null, bool bold = false, bool italic = false,
        int? before = null, int? after = null, bool keepNext = false, int? outline = null, string? color = null, int? indent = null, string? basedOn = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is not null) spacing.Before = before.Value.ToString(Invariant);
            if (after is not null) spacing.After = after.Value.ToString(Invariant);
            paragraph.Append(spacing);
        }
        if (indent is not null) paragraph.Append(new Indentation { Left = indent.Value.ToString(Invariant) });
        if (outline is not null) paragraph.Append(new OutlineLevel { Val = outline });
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        if (italic) run.Append(new Italic());
        if (color is not null) run.Append(new Color { Val = color });
        if (size is not null) run.Append(new FontSize { Val = size.Value.ToString(Invariant) });
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = basedOn ?? "Normal" });
        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
