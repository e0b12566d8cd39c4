using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>A member's unemployed jobseekers: the latest month and the same month a year earlier.</summary>
public sealed record MemberTrend(MunicipalityCode Code, string NameFi, string? NameSv, DateOnly Latest, decimal Value, decimal? YearAgo)
{
    public string NameIn(string language) => language == "sv" && !string.IsNullOrEmpty(NameSv) ? NameSv : NameFi;
}

/// <summary>
/// One screen for a committee meeting: budget status and forecast, payments, the members' unemployment trend,
/// overdue plan actions and open comments, for a year as of <see cref="Today"/> (through a chosen month, for a report).
/// </summary>
public sealed record CommitteeDashboard(
    int Year, DateOnly Today, FollowUpReport Budget, PaymentsReport Payments,
    IReadOnlyList<(DateOnly Month, decimal Value)> Unemployed, bool UnemploymentIsDemo, IReadOnlyList<MemberTrend> Members,
    IReadOnlyList<PlanAction> OverdueActions, int OpenComments);

public sealed class CommitteeDashboardQuery(IAppDbContextFactory contexts, FollowUpQuery followUp, PaymentsQuery payments, TimeProvider clock)
{
    public async Task<CommitteeDashboard> LoadAsync(int year, int? throughMonth = null, CancellationToken ct = default)
    {
        var budget = await followUp.LoadAsync(year, throughMonth, ct);
        var ledger = await payments.LoadAsync(year, ct);
        var today = TyollisyysAlue.Domain.Common.HelsinkiTime.Today(clock);
        await using var db = await contexts.CreateAsync(ct);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorCode == Indicator.UnemployedJobseekers)
            .Select(v => new { v.MunicipalityCode, v.OnDate, v.Value, v.IsDemo }).ToListAsync(ct);
        var members = ledger.Members.Select(m => m.Member).ToList();
        var codes = members.Select(m => m.Code).ToHashSet();
        var own = values.Where(v => codes.Contains(v.MunicipalityCode)).ToList();
        var months = own.GroupBy(v => v.OnDate).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(v => v.Value))).TakeLast(13).ToList();
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
        return new CommitteeDashboard(year, today, budget, ledger, months, own.Any(v => v.IsDemo), trends, actions, comments);
    }
}
