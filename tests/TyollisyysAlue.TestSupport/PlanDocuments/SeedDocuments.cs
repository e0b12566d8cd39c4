namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// The seed documents as .docx and .odt files made by LibreOffice Writer, converted once per test run (on first use)
/// and shared by the tests of that run.
/// </summary>
public static class SeedDocuments
{
    public const string EspooKauniainen = "espoo-kauniainen", Kuopio = "kuopio", Pohjanmaa = "pohjanmaa", PohjanmaaSwedish = "pohjanmaa-sv";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Html = new(() => new Dictionary<string, string>
    {
        [EspooKauniainen] = SeedHtml.EspooKauniainen(),
        [Kuopio] = SeedHtml.Kuopio(),
        [Pohjanmaa] = SeedHtml.Pohjanmaa(),
        [PohjanmaaSwedish] = SeedHtml.PohjanmaaSwedish(),
    });

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Docx = new(() => LibreOffice.Convert(Html.Value, "docx"));
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Odt = new(() => LibreOffice.Convert(Html.Value, "odt"));

    /// <param name="format">"docx" or "odt".</param>
    public static byte[] Get(string name, string format) => (format == "odt" ? Odt : Docx).Value[name];
}
