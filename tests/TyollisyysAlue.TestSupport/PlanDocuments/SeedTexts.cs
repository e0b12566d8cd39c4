namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// The planning documents of ../shared/seeds that the plan import tests read, kept with the tests (as text, the way
/// the seeds are given): Espoo–Kauniainen's arrangement plan (Markdown headings, points a–f), Kuopio's plan of
/// 5.12.2024 (numbered headings, a table of contents, Table 1) and Pohjanmaa's bilingual briefing (no headings).
/// </summary>
public static class SeedTexts
{
    public static string EspooKauniainen => Read("espoo-kauniainen.txt");
    public static string Kuopio => Read("kuopio.txt");
    public static string Pohjanmaa => Read("pohjanmaa.txt");

    private static string Read(string name)
    {
        using var stream = typeof(SeedTexts).Assembly.GetManifestResourceStream("TyollisyysAlue.TestSupport.Seeds." + name)
            ?? throw new InvalidOperationException($"Seed {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
