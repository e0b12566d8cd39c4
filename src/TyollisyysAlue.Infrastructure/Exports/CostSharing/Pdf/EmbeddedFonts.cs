namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// DejaVu Sans, shipped inside this assembly (Exports/Fonts, with its licence) so a PDF looks the same
/// on any machine and needs no installed fonts. PdfPig embeds only the glyphs a document uses.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<byte[]> ObliqueBytes = new(() => Load("DejaVuSans-Oblique.ttf"));

    public static byte[] Regular => RegularBytes.Value;
    public static byte[] Bold => BoldBytes.Value;
    public static byte[] Oblique => ObliqueBytes.Value;

    private static byte[] Load(string file)
    {
        var name = $"TyollisyysAlue.Fonts.{file}";
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
