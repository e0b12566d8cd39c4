using ClosedXML.Excel;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>The split sheet: title, how the amounts are formed, the key with its pots, then the municipality table.</summary>
internal static class SplitSheet
{
    public static void Add(XLWorkbook workbook, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        var sheet = workbook.AddWorksheet(texts["SplitExport.SplitSheet"]);
        SheetFormat.Title(sheet, header, texts["SplitExport.SplitTitle"]);
        sheet.Cell(3, 1).SetValue(texts["SplitExport.FormulaNote"]);
        var (potCells, tableRow) = SplitKeySection.Write(sheet, header, split, row: 5);
        SplitTable.Write(sheet, header, split, potCells, tableRow);
        sheet.SheetView.FreezeColumns(2);
    }
}
