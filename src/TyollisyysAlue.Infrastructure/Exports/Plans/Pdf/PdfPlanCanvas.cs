using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Portrait A4 pages written top to bottom, with every drawing either tagged (marked content with an MCID that a
/// structure element points to) or marked as an artifact (rules, running headers and footers, page numbers).
/// Per page it remembers which element owns each MCID and each link annotation, for the parent tree.
/// </summary>
internal sealed class PdfPlanCanvas
{
    public const double Width = 595, Height = 842, Margin = 62, Top = Height - 72, Bottom = 64;
    private readonly PdfDocumentBuilder builder;

    public PdfPlanCanvas(PdfDocumentBuilder builder)
    {
        this.builder = builder;
        Fonts = new PdfFontSet(builder);
    }

    public PdfFontSet Fonts { get; }
    public List<PdfPlanPage> Pages { get; } = [];
    public PdfPlanPage Page => Pages[^1];
    public int PageIndex => Pages.Count - 1;
    /// <summary>The top of the next line, in points from the bottom of the page.</summary>
    public double Y { get; set; }
    public static double Right => Width - Margin;

    public void NewPage()
    {
        Pages.Add(new PdfPlanPage(builder.AddPage(Width, Height)));
        Fonts.MeasureOn(Page.Builder);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit above the bottom margin.</summary>
    public bool EnsureRoom(double height)
    {
        if (Y - height >= Bottom || Y >= Top) return false;
        NewPage();
        return true;
    }

    /// <summary>Draws content that belongs to <paramref name="tag"/> (on page <paramref name="page"/>, default the current one).</summary>
    public void Tagged(PdfTag tag, Action<PdfPageBuilder> draw, int? page = null)
    {
        var target = Pages[page ?? PageIndex];
        var mcid = target.McidOwners.Count;
        target.McidOwners.Add(tag);
        var properties = new DictionaryToken(new Dictionary<NameToken, IToken> { [NameToken.Create("MCID")] = new NumericToken(mcid) });
        target.Builder.CurrentStream.Operations.Add(new BeginMarkedContentWithProperties(NameToken.Create(tag.Role), properties));
        draw(target.Builder);
        target.Builder.CurrentStream.Operations.Add(EndMarkedContent.Value);
        tag.Kids.Add(new PdfMarkedContent(Pages.IndexOf(target), mcid));
    }

    /// <summary>Draws decoration or pagination that assistive technology should skip.</summary>
    public static void Artifact(PdfPageBuilder page, Action<PdfPageBuilder> draw, string? pagination = null)
    {
        var properties = new Dictionary<NameToken, IToken>
        {
            [NameToken.Create("Type")] = NameToken.Create(pagination is null ? "Layout" : "Pagination"),
        };
        if (pagination is not null) properties[NameToken.Create("Subtype")] = NameToken.Create(pagination);
        page.CurrentStream.Operations.Add(new BeginMarkedContentWithProperties(NameToken.Create("Artifact"), new DictionaryToken(properties)));
        draw(page);
        page.CurrentStream.Operations.Add(EndMarkedContent.Value);
    }

    public void Rule(double x1, double x2, double y, double thickness = 0.5) =>
        Artifact(Page.Builder, p => p.DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), thickness));

    /// <summary>A link annotation over <paramref name="area"/>, owned by the Link element <paramref name="tag"/>.</summary>
    public void Link(PdfTag tag, PdfRectangle area, string? url, int? targetPage = null, double targetTop = Height, int? page = null)
    {
        var target = Pages[page ?? PageIndex];
        if (url is not null) target.Builder.AddLink(url, area);
        else target.Builder.AddLink(new ExplicitDestination(targetPage!.Value + 1, ExplicitDestinationType.XyzCoordinates,
            new ExplicitDestinationCoordinates(0, targetTop)), area);
        tag.Kids.Add(new PdfAnnotationRef(Pages.IndexOf(target), target.AnnotationOwners.Count));
        target.AnnotationOwners.Add(tag);
    }
}

/// <summary>A page and, by MCID and by annotation index, the structure elements that own its content.</summary>
internal sealed class PdfPlanPage(PdfPageBuilder builder)
{
    public PdfPageBuilder Builder { get; } = builder;
    public List<PdfTag> McidOwners { get; } = [];
    public List<PdfTag> AnnotationOwners { get; } = [];
}
