namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// The bytes of one uploaded or fetched file, readable more than once (structure first, then cells). The UI keeps an
/// upload in a temporary file, the API reads the request's buffered form file, the fetch keeps the responses.
/// </summary>
public interface IImportSource
{
    string Name { get; }
    long Length { get; }
    Stream Open();
}

/// <summary>A file in memory (fetched responses, tests).</summary>
public sealed class MemoryImportSource(string name, byte[] bytes) : IImportSource
{
    public string Name { get; } = name;
    public long Length => bytes.LongLength;
    public Stream Open() => new MemoryStream(bytes, writable: false);
}

/// <summary>What the user asked for besides the file: a mapping of their own, the indicator they came from, a year the periods must be in.</summary>
public sealed record ImportRequest(ImportMapping? Mapping = null, string? PreferredIndicator = null, int? Year = null);

/// <summary>The plan and whether its mapping was the one this area remembered for the layout.</summary>
public sealed record ImportPreview(IndicatorImportPlan Plan, bool Remembered)
{
    /// <summary>
    /// The text stored as each value's source: the publisher (as the file names it; Kela for a flat file of Kela's
    /// series, which names none), the file, the day of import.
    /// </summary>
    public string SourceText(DateOnly today)
    {
        var publisher = Plan.Table.Source ?? IndicatorCatalogue.PublisherOf(Plan.Mapping.Targets.Values);
        var text = string.Join(" · ", new[] { publisher, Plan.Table.FileName, today.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length <= 200 ? text : text[..200];
    }
}
