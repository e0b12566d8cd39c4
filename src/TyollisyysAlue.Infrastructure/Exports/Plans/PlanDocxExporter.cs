using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans.Docx;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans;

/// <summary>
/// The arrangement plan as a Word document for editing and circulation: cover, table of contents (TOC field),
/// sections in Heading 1/2 styles, Markdown and live tables as real Word tables, header and footer with the
/// version and page number, document language and title set. Written with the Open XML SDK (MIT).
/// </summary>
public static class PlanDocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = $"{document.Language}-FI";
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(language);
            var numbering = new DocxNumbering();
            var writer = new DocxBody(main, numbering);
            var content = writer.Convert(PlanContent.Blocks(document)).ToList();

            var body = new Body();
            body.Append(DocxFrontMatter.Cover(document));
            body.Append(DocxFrontMatter.Contents(document.Texts["PlanExport.Contents"], writer.Sections));
            body.Append(content);
            body.Append(DocxPageSetup.Section(main, document));
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Part();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
                new UpdateFieldsOnOpen { Val = true },
                new ThemeFontLanguages { Val = language });

            word.PackageProperties.Title = $"{document.Title} – {document.AreaName}";
            word.PackageProperties.Subject = $"{document.Texts["PlanExport.Version"]} {document.VersionLabel}";
            word.PackageProperties.Creator = document.AreaName;
            word.PackageProperties.Language = language;
        }
        return stream.ToArray();
    }
}
