using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Staffing;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Texts.Pasting;
using TyollisyysAlue.Web.Components.Shared.Pasting;

namespace TyollisyysAlue.Web.Components.Pages.Staffing;

/// <summary>
/// The staff rows as a paste target: rows in the order the page shows them, matched by their name as shown
/// ("Kuopio, Ohjaus") or by the location alone where only one row has it; the one pasteable column is person-years
/// (the location, process and funding are what a row is, not figures, and the rows carry no costs).
/// </summary>
public static class StaffPaste
{
    public const string PersonYearsColumn = "htv";

    /// <summary>Person-years have at most two decimals (as the row editor accepts).</summary>
    public static readonly NumberRule Rule = new(2);

    public static string NameOf(IStringLocalizer l, StaffAllocation row) => $"{row.Location}, {StaffText.Process(l, row.Process)}";

    public static PasteTarget TargetOf(IStringLocalizer l, IReadOnlyList<StaffAllocation> rows)
    {
        var single = rows.GroupBy(r => r.Location.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(
            rows.Select(r => new PasteRow(r.Id.ToString(), NameOf(l, r), single.Contains(r.Location.Trim()) ? [NameOf(l, r), r.Location] : [NameOf(l, r)])).ToList(),
            [new PasteColumn(PersonYearsColumn, l["Staffing.Htv"])],
            Rule);
    }

    public static IReadOnlyDictionary<Guid, RowFigure> Figures(IEnumerable<StaffAllocation> rows) =>
        rows.ToDictionary(r => r.Id, r => new RowFigure(r.PersonYears, r.Version, r.IsDemo));
}
