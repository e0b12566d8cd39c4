using CsvHelper;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Csv;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// The split, the monthly advances and the tasaus as CSV files for Finnish Excel (see <see cref="FinnishCsv"/>),
/// one row per municipality with headings in the header's language. The amounts are the app's, as they are.
/// </summary>
public static class CostSharingCsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Code; name; one amount per criterion; shared total; direct charges; total.</summary>
    public static void WriteSplit(CostSharingExportHeader header, CostSplit split, Stream output)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(split);
        var texts = header.Texts;
        using var csv = FinnishCsv.Create(output);
        csv.Headings([texts.MunicipalityCode, texts.Municipality,
            .. split.Pots.Select(p => $"{header.LabelFor(p.Indicator)} {texts.Amount}"),
            texts.SharedTotal, texts.Direct, texts.Total]);
        foreach (var share in split.Municipalities)
        {
            StartRow(csv, share.Code.Value, share.Name);
            foreach (var amount in share.Criteria) csv.Euros(amount.Amount);
            csv.Euros(share.Shared);
            csv.Euros(share.Direct);
            csv.Euros(share.Total);
            csv.EndRecord();
        }
    }

    /// <summary>Code; name; twelve instalments; total.</summary>
    public static void WriteSchedule(CostSharingExportHeader header, AdvancePlan schedule, Stream output)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(schedule);
        var texts = header.Texts;
        using var csv = FinnishCsv.Create(output);
        csv.Headings([texts.MunicipalityCode, texts.Municipality, .. texts.Months, texts.Total]);
        foreach (var municipality in schedule.Municipalities)
        {
            StartRow(csv, municipality.Code.Value, municipality.Name);
            foreach (var instalment in municipality.Instalments) csv.Euros(instalment);
            csv.Euros(municipality.Total);
            csv.EndRecord();
        }
    }

    /// <summary>Code; name; final cost; advances paid; settlement (positive: invoiced, negative: refunded).</summary>
    public static void WriteReconciliation(CostSharingExportHeader header, IReadOnlyList<Settlement> settlements, Stream output)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(settlements);
        var texts = header.Texts;
        using var csv = FinnishCsv.Create(output);
        csv.Headings([texts.MunicipalityCode, texts.Municipality, texts.FinalCost, texts.Paid, texts.Settlement]);
        foreach (var settlement in settlements)
        {
            StartRow(csv, settlement.Code.Value, settlement.Name);
            csv.Euros(settlement.FinalCost);
            csv.Euros(settlement.Paid);
            csv.Euros(settlement.Balance);
            csv.EndRecord();
        }
    }

    private static void StartRow(CsvWriter csv, string code, string name)
    {
        csv.WriteField(code);
        csv.WriteField(name);
    }
}
