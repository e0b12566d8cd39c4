using ClosedXML.Excel;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>The municipality table of a Finnish split sheet, found by its headings.</summary>
internal sealed class SplitSheetTable
{
    public SplitSheetTable(IXLWorksheet sheet)
    {
        Sheet = sheet;
        var headings = sheet.RowStartingWith("Kuntanumero");
        FirstRow = headings + 1;
        Values = sheet.ColumnsHeaded(headings, "arvo");
        Quotas = sheet.ColumnsHeaded(headings, "kiintiö (€)");
        Amounts = sheet.ColumnsHeaded(headings, "osuus (€)");
        SharedTotal = sheet.ColumnHeaded(headings, "Jaettavat yhteensä (€)");
        Direct = sheet.ColumnHeaded(headings, "Suoraan kohdistetut (€)");
        Total = sheet.ColumnHeaded(headings, "Yhteensä (€)");
    }

    public IXLWorksheet Sheet { get; }
    public int FirstRow { get; }
    public List<int> Values { get; }
    public List<int> Quotas { get; }
    public List<int> Amounts { get; }
    public int SharedTotal { get; }
    public int Direct { get; }
    public int Total { get; }
}
