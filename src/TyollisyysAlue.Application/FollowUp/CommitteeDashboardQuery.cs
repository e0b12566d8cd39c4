using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>A member's unemployment (the series the dashboard shows): the latest month and the same month a year earlier.</summary>
public sealed record MemberTrend(MunicipalityCode Code, string NameFi, string? NameSv, DateOnly Latest, decimal Value, decimal? YearAgo)
{
    public string NameIn(string language) => language == "sv" && !string.IsNullOrEmpty(NameSv) ? NameSv : NameFi;
}

/// <summary>
/// One screen for a committee meeting: budget status and forecast, payments, the members' unemployment trend,
/// overdue plan actions and open comments, for a year as of <see cref="Today"/> (through a chosen month, for a report).
/// The unemployment is the series <see cref="UnemploymentSeries"/> chooses (<see cref="UnemploymentIndicator"/>, null
/// without values), up to the year's end: the members' sum per month (the last 13, for the trend) and each member's latest month.
/// </summary>
public sealed record CommitteeDashboard(
    int Year, DateOnly Today, FollowUpReport Budget, PaymentsReport Payments,
    Indicator? UnemploymentIndicator, IReadOnlyList<(DateOnly Month, decimal Value)> Unemployed, bool UnemploymentIsDemo, IReadOnlyList<MemberTrend> Members,
    IReadOnlyList<PlanAction> OverdueActions, int OpenComments);

public sealed class CommitteeDashboardQuery(IAppDbContextFactory contexts, FollowUpQuery followUp, PaymentsQuery payments, TimeProvider clock)
{
    public async Task<CommitteeDashboard> LoadAsync(int year, int? throughMonth = null, CancellationToken ct = default)
    {
        var budget = await followUp.LoadAsync(year, throughMonth, ct);
        var ledger = await payments.LoadAsync(year, ct);
        var today = TyollisyysAlue.Domain.Common.HelsinkiTime.Today(clock);
        await using var db = await contexts.CreateAsync(ct);
        var members = ledger.Members.Select(m => m.Member).ToList();
        var codes = members.Select(m => m.Code).ToList();
        var yearEnd = new DateOnly(year, 12, 31);
        var candidates = UnemploymentSeries.Candidates.ToList();
        var latestPeriods = await db.IndicatorValues.AsNoTracking()
            .Where(v => candidates.Contains(v.IndicatorCode) && codes.Contains(v.MunicipalityCode) && v.OnDate <= yearEnd)
            .GroupBy(v => v.IndicatorCode).Select(g => new { Code = g.Key, Latest = g.Max(v => v.OnDate) }).ToDictionaryAsync(x => x.Code, x => x.Latest, ct);
        var chosen = UnemploymentSeries.Choose(latestPeriods);
        // The candidates' definitions in one read (the plan card reads a linked metric's indicator by its code).
        var indicator = chosen is null ? null
            : (await db.Indicators.AsNoTracking().Where(i => candidates.Contains(i.Code)).ToListAsync(ct)).FirstOrDefault(i => i.Code == chosen);
        var own = chosen is null ? [] : await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == chosen && codes.Contains(v.MunicipalityCode) && v.OnDate <= yearEnd)
            .Select(v => new { v.MunicipalityCode, v.OnDate, v.Value, v.IsDemo }).ToListAsync(ct);
        // The area's month is the members' sum only where every member with the series has the month (an incomplete sum is no total).
        var reporting = own.Select(v => v.MunicipalityCode).Distinct().Count();
        var months = own.GroupBy(v => v.OnDate).Where(g => g.Count() == reporting).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(v => v.Value))).TakeLast(13).ToList();
        var trends = members.Select(m =>
        {
            var series = own.Where(v => v.MunicipalityCode == m.Code).OrderBy(v => v.OnDate).ToList();
            if (series.Count == 0) return null;
            var latest = series[^1];
            var yearAgo = series.FirstOrDefault(v => v.OnDate == latest.OnDate.AddYears(-1))?.Value;
            return new MemberTrend(m.Code, m.NameFi, m.NameSv, latest.OnDate, latest.Value, yearAgo);
        }).OfType<MemberTrend>().ToList();
        var actions = (await db.PlanActions.AsNoTracking().Where(a => a.Status != PlanActionStatus.Done && a.Deadline != null && a.Deadline < today)
            .OrderBy(a => a.Deadline).ToListAsync(ct));
        var comments = await db.PlanComments.CountAsync(c => c.ResolvedAt == null && c.ParentId == null, ct);
        return new CommitteeDashboard(year, today, budget, ledger, indicator, months, own.Any(v => v.IsDemo), trends, actions, comments);
    }
}
