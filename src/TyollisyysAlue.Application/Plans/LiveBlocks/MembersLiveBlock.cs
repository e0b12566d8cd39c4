using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>The member municipalities of the year (membership in force on 1 January), with their decisions.</summary>
public sealed class MembersLiveBlock(IAppDbContextFactory contexts) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Members;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var memberships = (await db.Memberships.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => m.CountsForBudgetYear(request.Year)).ToList();
        var codes = memberships.Select(m => m.MunicipalityCode).ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
        var rows = memberships.OrderBy(m => m.MunicipalityCode.Value)
            .Select(m => (IReadOnlyList<string>)
            [
                m.MunicipalityCode.Value,
                names.TryGetValue(m.MunicipalityCode, out var n) ? n.NameIn(t.Language) : "",
                Formats.Date(m.ValidFrom),
                m.DecisionReference,
            ]).ToList();
        return new LiveTable(Kind, LiveBlockRenderer.Caption(Kind, request.Year, t),
            [new(t["Live.Code"]), new(t["Live.Municipality"]), new(t["Live.MemberSince"]), new(t["Live.Decision"])],
            rows, Note: rows.Count == 0 ? t["Live.NoData", request.Year] : null);
    }
}
