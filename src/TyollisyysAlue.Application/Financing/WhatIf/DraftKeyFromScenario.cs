using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>Which saved scenario to turn into a draft key, and the new key's name.</summary>
public sealed class DraftKeyForm
{
    public Guid ScenarioId { get; set; }
    public string Name { get; set; } = "";
}

public sealed class DraftKeyFormValidator : AbstractValidator<DraftKeyForm>
{
    public DraftKeyFormValidator()
    {
        RuleFor(f => f.ScenarioId).NotEmpty().WithErrorCode("WhatIf.ScenarioRequired");
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
    }
}

/// <summary>
/// Turns a saved scenario's new weights into a NEW key of the year, never the main one: the approved (main) key, the
/// budget and the real split stay as they are, and the planners take the draft further in the key editor. Only
/// planners and administrators may do it (the page asks them to confirm); the write is audited like every write.
/// A scenario without new weights has nothing to turn into a key and is refused.
/// </summary>
public sealed class DraftKeyFromScenario : WriteUseCase<DraftKeyForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, DraftKeyForm form, CancellationToken ct)
    {
        var scenario = await write.Db.WhatIfScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.ScenarioId, ct);
        if (scenario is null) return write.Gone();
        if (scenario.ReadChanges().OfType<ChangeCriteria>().LastOrDefault() is not { } weights)
            return write.Refuse(nameof(form.ScenarioId), "WhatIf.NoNewWeights");
        var name = form.Name.Trim();
        if (await write.Db.AllocationKeys.AnyAsync(k => k.BudgetYear == scenario.Year && k.Name == name, ct))
            return write.Refuse(nameof(form.Name), "WhatIf.KeyNameTaken");
        // Each criterion keeps the reference values the year's main key uses for it (else 31.12 of the year before).
        var main = await write.Db.AllocationKeys.AsNoTracking().Include("_criteria").FirstOrDefaultAsync(k => k.BudgetYear == scenario.Year && k.IsMain, ct);
        var key = new AllocationKey(Guid.NewGuid(), write.AreaId, scenario.Year, name, isMain: false);
        write.Db.AllocationKeys.Add(key);
        write.Db.KeyCriteria.AddRange(key.SetCriteria(weights.Criteria.Select(c => (c.Indicator, c.WeightPercent,
            main?.Criteria.FirstOrDefault(m => m.IndicatorCode == c.Indicator)?.Reference ?? IndicatorReference.EndOfPreviousYear(scenario.Year)))));
        return write.Save(key);
    }
}
