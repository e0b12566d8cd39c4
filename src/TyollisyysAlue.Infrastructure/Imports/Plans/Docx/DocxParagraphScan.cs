using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>What one paragraph holds once its runs are read: text runs, what was left out, page breaks, tracked changes.</summary>
internal sealed class DocxParagraphScan
{
    public List<ImportRun> Runs { get; } = [];
    public List<ImportOmission> Omissions { get; } = [];
    public bool PageBreakBefore { get; private set; }
    public bool PageBreakAfter { get; private set; }
    public bool TrackedChanges { get; set; }
    public bool TableOfContents { get; set; }

    public bool HasText => Runs.Any(r => !r.IsLineBreak && r.Text.Trim().Length > 0);

    public void Add(ImportRun run) => Runs.Add(run);

    /// <summary>A page break before any text breaks before the paragraph, otherwise after it.</summary>
    public void PageBreak()
    {
        if (HasText) PageBreakAfter = true;
        else PageBreakBefore = true;
    }
}
