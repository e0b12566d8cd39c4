using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Staffing;
using static TyollisyysAlue.Application.Offices.LiveBlockText;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>
/// The plan's staff table (§15(4) a): person-years by key process (rows) and location (columns) with totals; the
/// municipality-funded supplementary staff as a row of its own; transferring staff against need as the note.
/// </summary>
public sealed class StaffingLiveBlock(StaffingQuery staffing) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Staffing;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var lang = request.Language;
        var view = await staffing.LoadAsync(cancellationToken);
        var table = view.Table;
        var locations = table.Locations;
        var area = StaffFunding.Area;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var process in table.Cells.Where(c => c.Funding == area).Select(c => c.Process).Distinct().OrderBy(p => p is null ? int.MaxValue : (int)p))
        {
            rows.Add([Get(process?.ToString() ?? "Unspecified", lang),
                ..locations.Select(l => PersonYears(table.Cell(process, l, area))), PersonYears(table.ProcessTotal(process, area))]);
        }
        if (table.Supplementary > 0)
        {
            rows.Add([Get("Supplementary", lang),
                ..locations.Select(l => PersonYears(table.LocationSum(l, StaffFunding.MunicipalitySupplementary))), PersonYears(table.Supplementary)]);
        }
        IReadOnlyList<string> totals = [Get("Total", lang), ..locations.Select(l => PersonYears(table.LocationSum(l))), PersonYears(table.GrandTotal)];
        var plan = view.Plan;
        string? note = plan is { TransferringPersonYears: { } t, NeededPersonYears: { } n } && view.NeedIncreasePercent is { } pct
            ? string.Format(Numbers, Get("Transfer", lang), PersonYears(t), PersonYears(n), (pct >= 0 ? "+" : "") + pct.ToString("0", Numbers))
            : null;
        return new LiveTable(LiveBlockKind.Staffing, Get("StaffingCaption", lang),
            [new(Get("Process", lang)), ..locations.Select(l => new LiveColumn(l, Numeric: true)), new(Get("Total", lang), Numeric: true)],
            rows, totals, note);
    }
}
