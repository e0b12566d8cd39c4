using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>Where a section heading landed: for the table of contents and the bookmarks.</summary>
internal sealed record PdfHeadingPlace(HeadingBlock Heading, int Page, double Top);

/// <summary>
/// Lays out the plan body: headings (H1–H6, kept with the lines after them), paragraphs (P), bullet and numbered
/// lists (L, LI, Lbl, LBody) and tables, each under its structure element.
/// </summary>
internal sealed class PdfBlockWriter(PdfPlanCanvas canvas)
{
    public const double BodySize = 10;
    public List<PdfHeadingPlace> Sections { get; } = [];

    public void Write(IEnumerable<PlanBlock> blocks, PdfTag parent, double left, double right, double after = 6)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading: Heading(heading, parent, left, right); break;
                case ParagraphBlock paragraph: Paragraph(paragraph.Runs, parent, left, right, after); break;
                case ListBlock list: List(list, parent, left, right); break;
                case TableBlock table: PdfTableWriter.Write(canvas, table, parent, left, right); break;
            }
        }
    }

    public static double HeadingSize(int level) => level switch { 1 => 16, 2 => 13, 3 => 11.5, _ => 10.5 };

    private void Heading(HeadingBlock heading, PdfTag parent, double left, double right)
    {
        var size = HeadingSize(heading.Level);
        var runs = heading.Number.Length > 0 ? [new PlanRun(heading.Number + "  "), .. heading.Runs] : heading.Runs;
        var lines = PdfTextLayout.Wrap(canvas.Fonts, runs, size, right - left, bold: true);
        var before = heading.Level switch { 1 => 20, 2 => 14, _ => 8 };
        var height = lines.Count * size * PdfTextWriter.Leading + 3 * BodySize * PdfTextWriter.Leading;
        if (!canvas.EnsureRoom(before + height) && canvas.Y < PdfPlanCanvas.Top) canvas.Y -= before;
        if (heading.Number.Length > 0) Sections.Add(new PdfHeadingPlace(heading, canvas.PageIndex, canvas.Y + size));
        PdfTextWriter.Paragraph(canvas, parent.Add("H" + Math.Min(heading.Level, 6)), lines, left, size);
        canvas.Y -= 4;
    }

    private void Paragraph(IReadOnlyList<PlanRun> runs, PdfTag parent, double left, double right, double after)
    {
        var lines = PdfTextLayout.Wrap(canvas.Fonts, runs, BodySize, right - left);
        PdfTextWriter.Paragraph(canvas, parent.Add("P"), lines, left, BodySize);
        canvas.Y -= after;
    }

    private void List(ListBlock list, PdfTag parent, double left, double right)
    {
        var tag = parent.Add("L");
        var labelWidth = Math.Max(14, canvas.Fonts.Measure(list.Label(list.Items.Count - 1), BodySize, PdfFontStyle.Regular) + 6);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = tag.Add("LI");
            canvas.EnsureRoom(BodySize * PdfTextWriter.Leading);
            var label = new PdfLine([new PdfSegment(0, list.Label(i), PdfFontStyle.Regular, new PlanRun(list.Label(i)))], labelWidth);
            PdfTextWriter.Line(canvas, item.Add("Lbl"), label, left, canvas.Y - BodySize, BodySize);
            Write(list.Items[i], item.Add("LBody"), left + labelWidth, right, after: 3);
            if (list.Items[i].Count == 0) canvas.Y -= BodySize * PdfTextWriter.Leading;
        }
        canvas.Y -= 4;
    }
}
