using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Financing.YearsAhead;

/// <summary>The area's assumptions for the two plan years after <see cref="BudgetYear"/> (a new row when <see cref="Id"/> is null).</summary>
public sealed class YearsAheadForm : IRowForm
{
    public Guid? Id { get; set; }
    public int BudgetYear { get; set; }
    public List<CategoryGrowth> Growth { get; set; } = [];
    public List<IndicatorAssumption> Trends { get; set; } = [];
    public uint Version { get; set; }
}

public sealed class YearsAheadFormValidator : AbstractValidator<YearsAheadForm>
{
    public YearsAheadFormValidator()
    {
        RuleFor(f => f.BudgetYear).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleForEach(f => f.Growth).ChildRules(g =>
        {
            g.RuleFor(x => x.Category).IsInEnum().WithErrorCode("YearsAhead.UnknownCategory");
            g.RuleFor(x => x.Percent).InclusiveBetween(YearsAheadAssumptions.MinGrowthPercent, YearsAheadAssumptions.MaxGrowthPercent)
                .WithErrorCode("YearsAhead.GrowthOutOfRange")
                .WithState(_ => new object[] { YearsAheadAssumptions.MinGrowthPercent, YearsAheadAssumptions.MaxGrowthPercent });
        });
        RuleFor(f => f.Growth).Must(g => g.Select(x => x.Category).Distinct().Count() == g.Count).WithErrorCode("YearsAhead.Duplicate");
        RuleForEach(f => f.Trends).ChildRules(t =>
        {
            t.RuleFor(x => x.IndicatorCode).NotEmpty().WithErrorCode("Validation.Required");
            t.RuleFor(x => x.Trend).IsInEnum().WithErrorCode("YearsAhead.UnknownTrend");
            t.RuleForEach(x => x.Entered).Must(v => v.Value >= 0).WithErrorCode("Financing.NotNegative");
        });
        RuleFor(f => f.Trends).Must(t => t.Select(x => x.IndicatorCode).Distinct().Count() == t.Count).WithErrorCode("YearsAhead.Duplicate");
    }
}

/// <summary>
/// Planners save the area's years-ahead assumptions of a budget year. An entered trend needs a value for every member in
/// both plan years (a field error names the first one missing); entered values of other years or municipalities are dropped.
/// </summary>
public sealed class SaveYearsAheadAssumptions : WriteUseCase<YearsAheadForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, YearsAheadForm form, CancellationToken ct)
    {
        var members = await YearSplitQuery.MembersOfYearAsync(write.Db, form.BudgetYear, ct);
        var planYears = Enumerable.Range(form.BudgetYear + 1, Domain.Financing.YearsAhead.PlanYears).ToList();
        var trends = new List<IndicatorAssumption>();
        for (var i = 0; i < form.Trends.Count; i++)
        {
            var trend = form.Trends[i];
            if (trend.Trend != IndicatorTrend.Entered)
            {
                trends.Add(trend with { Entered = [] });
                continue;
            }
            foreach (var member in members)
                foreach (var year in planYears)
                    if (!trend.Entered.Any(v => v.Municipality == member.Code.Value && v.Year == year))
                        return write.Refuse($"{nameof(form.Trends)}[{i}].{nameof(IndicatorAssumption.Entered)}", "YearsAhead.EnteredMissing",
                            member.NameFi, year);
            trends.Add(trend with
            {
                Entered = trend.Entered.Where(v => planYears.Contains(v.Year) && members.Any(m => m.Code.Value == v.Municipality)).ToList(),
            });
        }

        YearsAheadAssumptions? assumptions;
        if (form.Id is { } id)
        {
            assumptions = await write.Db.YearsAheadAssumptions.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (assumptions is null) return write.Gone();
            write.Expect(assumptions, form.Version);
        }
        else
        {
            assumptions = await write.Db.YearsAheadAssumptions.FirstOrDefaultAsync(a => a.BudgetYear == form.BudgetYear, ct);
            // Someone saved the year's first assumptions meanwhile: that is their row, so a conflict, not a second row.
            if (assumptions is not null) return write.Conflict(assumptions);
            assumptions = new YearsAheadAssumptions(Guid.NewGuid(), write.AreaId, form.BudgetYear);
            write.Db.YearsAheadAssumptions.Add(assumptions);
        }
        assumptions.Set(form.Growth, trends);
        return write.Save(assumptions);
    }

    /// <summary>The other planner's saved assumptions, shown by the conflict view.</summary>
    protected internal override async Task<YearsAheadForm?> TheirsAsync(Common.IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.YearsAheadAssumptions.AsNoTracking().Where(a => a.Id == subjectId).ToListAsync(ct) is [var saved]
            ? new YearsAheadForm { Id = saved.Id, BudgetYear = saved.BudgetYear, Growth = [.. saved.Growth()], Trends = [.. saved.Trends()], Version = saved.Version }
            : null;
}
