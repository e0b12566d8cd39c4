using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The area's goals with their metrics and actions.</summary>
public sealed record GoalBook(IReadOnlyList<PlanGoal> Goals, IReadOnlyList<PlanMetric> Metrics, IReadOnlyList<PlanAction> Actions)
{
    public IEnumerable<IGrouping<string, PlanGoal>> Groups => Goals.OrderBy(g => g.Position).GroupBy(g => g.Group);
    public IEnumerable<PlanMetric> MetricsOf(Guid goalId) => Metrics.Where(m => m.GoalId == goalId);
    public IEnumerable<PlanAction> ActionsOf(Guid goalId) => Actions.Where(a => a.GoalId == goalId).OrderBy(a => a.Deadline ?? DateOnly.MaxValue);
    public ActionProgress Progress(DateOnly today) => new(
        Actions.Count(a => a.Status == PlanActionStatus.Done),
        Actions.Count(a => a.Status != PlanActionStatus.Done && !a.IsOverdue(today)),
        Actions.Count(a => a.IsOverdue(today)));
}

/// <summary>Done, still open (planned or ongoing, on time) and overdue actions.</summary>
public sealed record ActionProgress(int Done, int Open, int Overdue)
{
    public int Total => Done + Open + Overdue;
}

/// <summary>Goals, metrics and actions of the current area: planners and administrators edit; everyone reads.</summary>
public sealed class PlanGoalEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<GoalForm> goals,
    IValidator<MetricForm> metrics, IValidator<ActionForm> actions)
{
    public async Task<GoalBook> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return new GoalBook(await db.PlanGoals.AsNoTracking().OrderBy(g => g.Position).ToListAsync(ct),
            await db.PlanMetrics.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct),
            await db.PlanActions.AsNoTracking().ToListAsync(ct));
    }

    public Task<PlanOutcome> SaveGoalAsync(GoalForm form, CancellationToken ct = default) =>
        SaveAsync(form, goals, form.Id, form.Version, async db =>
        {
            var position = await db.PlanGoals.CountAsync(ct);
            var goal = new PlanGoal(Guid.NewGuid(), area.AreaId!.Value, form.Group, form.Title, position);
            db.PlanGoals.Add(goal);
            return goal;
        }, (db, id) => db.PlanGoals.FirstOrDefaultAsync(g => g.Id == id, ct), goal =>
        {
            goal.Group = form.Group.Trim();
            goal.Title = form.Title.Trim();
        }, ct);

    public Task<PlanOutcome> SaveMetricAsync(MetricForm form, CancellationToken ct = default) =>
        SaveAsync(form, metrics, form.Id, form.Version, async db =>
        {
            await EnsureGoalAsync(db, form.GoalId, ct);
            var metric = new PlanMetric(Guid.NewGuid(), area.AreaId!.Value, form.GoalId, form.Name);
            db.PlanMetrics.Add(metric);
            return metric;
        }, (db, id) => db.PlanMetrics.FirstOrDefaultAsync(m => m.Id == id, ct), metric =>
        {
            (metric.Name, metric.Baseline, metric.Target, metric.TargetYear, metric.Source) =
                (form.Name.Trim(), form.Baseline?.Trim(), form.Target?.Trim(), form.TargetYear, form.Source?.Trim());
        }, ct);

    public Task<PlanOutcome> SaveActionAsync(ActionForm form, CancellationToken ct = default) =>
        SaveAsync(form, actions, form.Id, form.Version, async db =>
        {
            await EnsureGoalAsync(db, form.GoalId, ct);
            var action = new PlanAction(Guid.NewGuid(), area.AreaId!.Value, form.GoalId, form.Description);
            db.PlanActions.Add(action);
            return action;
        }, (db, id) => db.PlanActions.FirstOrDefaultAsync(a => a.Id == id, ct), action =>
        {
            (action.Description, action.Owner, action.Status) = (form.Description.Trim(), form.Owner?.Trim(), form.Status);
            action.Deadline = form.Deadline is { } d ? DateOnly.FromDateTime(d) : null;
        }, ct);

    public async Task DeleteAsync<T>(Guid id, CancellationToken ct = default) where T : class
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var set = ((DbContext)db).Set<T>();
        if (await set.FindAsync([id], ct) is { } entity)
        {
            set.Remove(entity);
            await db.SaveChangesAsync(ct);
        }
    }

    private static async Task EnsureGoalAsync(IAppDbContext db, Guid goalId, CancellationToken ct)
    {
        if (!await db.PlanGoals.AnyAsync(g => g.Id == goalId, ct)) throw new KeyNotFoundException("No such goal in this area.");
    }

    /// <summary>Validate, add or load (with the editor's row version), apply, save; a concurrent change is reported, never overwritten.</summary>
    private async Task<PlanOutcome> SaveAsync<TForm, TEntity>(TForm form, IValidator<TForm> validator, Guid? id, uint version,
        Func<IAppDbContext, Task<TEntity>> add, Func<IAppDbContext, Guid, Task<TEntity?>> find, Action<TEntity> apply, CancellationToken ct)
        where TEntity : class
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new PlanOutcome.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        TEntity entity;
        if (id is { } existing)
        {
            entity = await find(db, existing) ?? throw new KeyNotFoundException("Not found in this area.");
            ((DbContext)db).Entry(entity).Property<uint>("Version").OriginalValue = version;
        }
        else entity = await add(db);
        apply(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new PlanOutcome.Invalid([new FluentValidation.Results.ValidationFailure("", "changed") { ErrorCode = "Plan.Error.ChangedMeanwhile" }]);
        }
        return new PlanOutcome.Done(((DbContext)db).Entry(entity).Property<Guid>("Id").CurrentValue);
    }
}
