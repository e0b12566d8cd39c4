using CsvHelper;
using TyollisyysAlue.Texts;
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

    /// <summary>
    /// Code; name; per criterion the member's indicator value, its share of the total (%) and the amount; shared total;
    /// direct charges; total (issue 12.8: the committee's CSV carries the figures behind the euros).
    /// </summary>
    public static void WriteSplit(CostSharingExportHeader header, CostSplit split, Stream output)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(split);
        var texts = header.Texts;
        using var csv = FinnishCsv.Create(output);
        csv.Headings([texts["SplitExport.MunicipalityCode"], texts["SplitExport.Municipality"],
            .. split.Pots.SelectMany(p => new[] { texts["SplitExport.CriterionValue", header.LabelFor(p.Indicator)],
                texts["SplitExport.CriterionShare", header.LabelFor(p.Indicator)], texts["SplitExport.CriterionAmount", header.LabelFor(p.Indicator)] }),
            texts["SplitExport.SharedTotal"], texts["SplitExport.Direct"], texts["SplitExport.Total"]]);
        foreach (var share in split.Municipalities)
        {
            StartRow(csv, share.Code.Value, header.NameOf(share.Code, share.Name));
            foreach (var criterion in share.Criteria)
            {
                csv.Figure(criterion.IndicatorValue);
                csv.Percent(criterion.Ratio);
                csv.Euros(criterion.Amount);
            }
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
        csv.Headings([texts["SplitExport.MunicipalityCode"], texts["SplitExport.Municipality"], .. Months(texts), texts["SplitExport.Total"]]);
        foreach (var municipality in schedule.Municipalities)
        {
            StartRow(csv, municipality.Code.Value, header.NameOf(municipality.Code, municipality.Name));
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
        csv.Headings([texts["SplitExport.MunicipalityCode"], texts["SplitExport.Municipality"], texts["SplitExport.FinalCost"], texts["SplitExport.Paid"], texts["SplitExport.Settlement"]]);
        foreach (var settlement in settlements)
        {
            StartRow(csv, settlement.Code.Value, header.NameOf(settlement.Code, settlement.Name));
            csv.Euros(settlement.FinalCost);
            csv.Euros(settlement.Paid);
            csv.Euros(settlement.Balance);
            csv.EndRecord();
        }
    }

    /// <summary>The twelve month names of the schedule's columns, January first.</summary>
    internal static IEnumerable<string> Months(TextTable texts) => Enumerable.Range(1, 12).Select(m => texts[$"Month.{m}"]);

    private static void StartRow(CsvWriter csv, string code, string name)
    {
        csv.WriteField(code);
        csv.WriteField(name);
    }
}
