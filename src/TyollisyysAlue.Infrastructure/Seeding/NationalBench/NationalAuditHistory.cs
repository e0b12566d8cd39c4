using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Auditing;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// Years of edits to one bench area's data, as audit rows: budget lines re-estimated, indicator values corrected,
/// services re-costed, section headings and (now and then) whole section texts rewritten, comments resolved — by the
/// area's planners and administrators, spread from the first budget year to now. Each row is made by the audit
/// interceptor's own <see cref="AuditInterceptor.Describe"/> from a tracked change (the entities are attached to a
/// context that never saves), so its entity type, key and before/after JSON are exactly what the app logs.
/// </summary>
internal sealed class NationalAuditHistory(AppDbContext tracker, NationalArea area, IReadOnlyList<(Guid Id, string Email)> editors,
    DateTimeOffset from, DateTimeOffset to)
{
    private readonly BenchRandom _random = BenchRandom.For("audit", area.Number);

    public List<AuditEntry> Build(int count, IReadOnlyList<BudgetLineItem> lines, IReadOnlyList<IndicatorValue> indicators,
        IReadOnlyList<ServiceOffering> offerings, IReadOnlyList<PlanSection> sections, IReadOnlyList<PlanComment> comments)
    {
        var rows = new List<AuditEntry>(count);
        var step = (to - from).Ticks / Math.Max(1, count);
        for (var i = 0; i < count; i++)
        {
            var at = from.AddTicks(step * i + _random.Next(0, (int)Math.Min(int.MaxValue, Math.Max(1, step))));
            var pick = _random.Next(0, 100);
            var row = pick switch
            {
                < 30 when lines.Count > 0 => Change(_random.Pick(lines), nameof(BudgetLineItem.Amount), (object)_random.Money(_random.Pick(lines).Amount, 0.05), at),
                < 55 when indicators.Count > 0 => Change(_random.Pick(indicators), nameof(IndicatorValue.Value), (object)(decimal)_random.Next(10, 90_000), at),
                < 70 when offerings.Count > 0 => Change(_random.Pick(offerings), nameof(ServiceOffering.Cost), (object)_random.Money(_random.Pick(offerings).Cost, 0.1), at),
                < 97 when sections.Count > 0 => Change(_random.Pick(sections), nameof(PlanSection.Heading), (object)(_random.Pick(sections).Heading + " (muokattu)"), at),
                < 98 when comments.Count > 0 => Change(_random.Pick(comments), nameof(PlanComment.ResolvedBy), (object)_random.Pick(editors).Email, at),
                _ when sections.Count > 0 => Change(_random.Pick(sections), nameof(PlanSection.Body), (object)(_random.Pick(sections).Body + "\n\nLisäys (synteettinen)."), at),
                _ => Change(_random.Pick(lines), nameof(BudgetLineItem.Amount), (object)_random.Money(_random.Pick(lines).Amount, 0.05), at),
            };
            rows.Add(row);
        }
        return rows;
    }

    private AuditEntry Change(object entity, string property, object value, DateTimeOffset at)
    {
        var entry = tracker.Entry(entity);
        if (entry.State == EntityState.Detached) entry.State = EntityState.Unchanged;
        entry.Property(property).CurrentValue = value;
        var editor = _random.Pick(editors);
        var who = new AreaContext();
        who.SetUser(editor.Id, editor.Email);
        who.EnterArea(area.Id);
        var row = AuditInterceptor.Describe(entry, who, at);
        // The next edit of the same row starts from this one's result, as in the app.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
        return row;
    }
}
