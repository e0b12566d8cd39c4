namespace TyollisyysAlue.Application.Indicators;

/// <summary>A parsed CSV file: its header and its data rows with their line numbers in the file.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows);

public sealed record CsvRow(int LineNumber, IReadOnlyList<string> Cells);

/// <summary>Reads a CSV file (the delimiter is detected) into a <see cref="CsvTable"/>.</summary>
public interface ICsvTableReader
{
    CsvTable Read(Stream csv);
}
