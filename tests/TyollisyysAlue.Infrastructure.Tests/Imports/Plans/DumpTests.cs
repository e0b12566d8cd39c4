using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Infrastructure.Imports.Plans;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

public class DumpTests
{
    [Theory]
    [InlineData("espoo-kauniainen", "docx")]
    [InlineData("espoo-kauniainen", "odt")]
    [InlineData("kuopio", "docx")]
    [InlineData("kuopio", "odt")]
    [InlineData("pohjanmaa", "docx")]
    [InlineData("pohjanmaa-sv", "odt")]
    public void Dump(string name, string format) => DumpBytes(name, format, SeedDocuments.Get(name, format));

    [Fact]
    public void DumpExport() => DumpBytes("export", "docx", global::TyollisyysAlue.Infrastructure.Exports.Plans.PlanDocxExporter.Render(global::TyollisyysAlue.Infrastructure.Tests.Plans.SamplePlans.Finnish()));

    private static void DumpBytes(string name, string format, byte[] bytes)
    {
        File.WriteAllBytes($"/tmp/dump-{name}.{format}", bytes);
        var read = new PlanFileReader().Read(name + "." + format, bytes);
        var doc = Assert.IsType<PlanFileRead.Read>(read).Document;
        var preview = PlanImportMapper.Map(doc);
        using var w = new StreamWriter($"/tmp/dump-{name}-{format}.txt");
        w.WriteLine($"lang {preview.Language} {preview.Guess} title {preview.Title} own {preview.NumbersAreThePlansOwn}");
        foreach (var m in preview.Matches) w.WriteLine($"{m.Key} -> {m.Value} {preview.Sections[m.Value].Heading}");
        foreach (var n in preview.Notes) w.WriteLine($"NOTE {n.Kind} {n.Count} [{string.Join("; ", n.Sections)}] [{string.Join("; ", n.Details)}]");
        for (var i = 0; i < preview.Sections.Count; i++)
            w.WriteLine($"==== {preview.Numbers[i]} L{preview.Sections[i].Level} {preview.Sections[i].Heading}\n{preview.Sections[i].Body}\n");
    }
}
