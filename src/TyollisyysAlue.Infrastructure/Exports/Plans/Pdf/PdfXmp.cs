using System.Security;
using System.Text;
using UglyToad.PdfPig.Tokens;
using static TyollisyysAlue.Infrastructure.Exports.Plans.Pdf.PdfStructureWriter;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>The XMP metadata stream with the document's title and language (Dublin Core), as in the Info dictionary.</summary>
internal static class PdfXmp
{
    public static StreamToken Stream(string title, string language)
    {
        var xml = $"""
            <?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{SecurityElement.Escape(title)}</rdf:li></rdf:Alt></dc:title>
               <dc:language><rdf:Bag><rdf:li>{SecurityElement.Escape(language)}</rdf:li></rdf:Bag></dc:language>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        return new StreamToken(Dictionary(("Type", Name("Metadata")), ("Subtype", Name("XML")), ("Length", new NumericToken(bytes.Length))), bytes);
    }
}
