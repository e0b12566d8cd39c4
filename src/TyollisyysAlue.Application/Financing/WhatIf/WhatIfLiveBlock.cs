using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>
/// The area's saved what-if scenarios for the plan's financing section: per scenario each municipality's payment now
/// and in the scenario with the difference, and the §12 workforce check of the scenario. A block that names a scenario
/// shows that one ("what-if scenario X"); one that names only a year shows every scenario of the year (by name), as
/// blocks inserted before scenarios could be chosen do. A named scenario since removed is a note, not an error.
/// Replayed on the current figures while the plan is a draft, frozen with the version on approval.
/// </summary>
public sealed class WhatIfLiveBlock(WhatIfQuery query) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.WhatIf;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        List<LiveColumn> columns = [new(t["WhatIf.Title"]), new(t["Live.Municipality"]), new(t["WhatIf.Now"], true), new(t["WhatIf.Scenario"], true), new(t["WhatIf.Change"], true)];
        IReadOnlyList<WhatIfScenario> scenarios;
        var caption = LiveBlockRenderer.Caption(Kind, request.Year, t);
        if (request.Subject is { } id)
        {
            var one = await query.ScenarioAsync(id, cancellationToken);
            if (one is null) return new LiveTable(Kind, t["Live.Caption.WhatIfScenario", t["WhatIf.Removed"], request.Year], columns, [], Note: t["WhatIf.ScenarioRemoved"]);
            caption = t["Live.Caption.WhatIfScenario", one.Name, one.Year];
            scenarios = [one];
        }
        else scenarios = await query.ScenariosAsync(request.Year, cancellationToken);

        var rows = new List<IReadOnlyList<string>>();
        var notes = new List<string>();
        foreach (var scenario in scenarios)
        {
            var result = await query.RunAsync(scenario.Year, scenario.ReadChanges(), cancellationToken);
            if (result?.After is null)
            {
                notes.Add($"{scenario.Name}: {t["WhatIf.CannotSplit"]}");
                continue;
            }
            string Name(Domain.Municipalities.MunicipalityCode code) => result.Names.FirstOrDefault(n => n.Code == code)?.NameIn(t.Language) ?? code.Value;
            rows.AddRange(result.Payments.Select(p => (IReadOnlyList<string>)
            [
                scenario.Name, Name(p.Code), p.Before is { } b ? Formats.Euros(b) : "–", p.After is { } a ? Formats.Euros(a) : "–", Formats.Euros(p.Change),
            ]));
            var workforce = Formats.Number(result.WorkforceAfter.Total);
            notes.Add($"{scenario.Name}: " + (result.BelowWorkforceMinimum ? t["WhatIf.WorkforceWarning", workforce] : t["WhatIf.WorkforceOk", workforce]));
        }
        if (rows.Count == 0 && notes.Count == 0) notes.Add(t["Live.NoData", request.Year]);
        return new LiveTable(Kind, caption, columns, rows, Note: string.Join(" ", notes));
    }
}
