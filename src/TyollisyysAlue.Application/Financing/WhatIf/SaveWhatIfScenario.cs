using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>A scenario to save by name for the area (a new one when <see cref="Id"/> is null).</summary>
public sealed class WhatIfScenarioForm
{
    public Guid? Id { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public List<ScenarioChange> Changes { get; set; } = [];
    public uint Version { get; set; }
}

public sealed class WhatIfScenarioFormValidator : AbstractValidator<WhatIfScenarioForm>
{
    public WhatIfScenarioFormValidator()
    {
        RuleFor(f => f.Year).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired")
            .MaximumLength(WhatIfScenario.MaxNameLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Changes).SetValidator(new ScenarioChangesValidator());
    }
}

/// <summary>
/// Saves a scenario — its changes as data — in the area's scenario table. Committee members may build and save
/// scenarios; nothing else of the area changes.
/// </summary>
public sealed class SaveWhatIfScenario : WriteUseCase<WhatIfScenarioForm>
{
    public override WriteRight Right => WriteRight.AreaReview;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, WhatIfScenarioForm form, CancellationToken ct)
    {
        var codes = form.Changes.OfType<AddMunicipality>().Select(a => MunicipalityCode.Parse(a.Code)).ToList();
        var known = await write.Db.Municipalities.Where(m => codes.Contains(m.Code)).Select(m => m.Code).ToListAsync(ct);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0) return write.Refuse(nameof(form.Changes), "Financing.UnknownMunicipality", unknown[0].Value);
        if (await write.Db.WhatIfScenarios.AnyAsync(s => s.Year == form.Year && s.Name == form.Name.Trim() && s.Id != form.Id, ct))
            return write.Refuse(nameof(form.Name), "Financing.ScenarioNameTaken");

        WhatIfScenario? scenario;
        if (form.Id is { } id)
        {
            scenario = await write.Db.WhatIfScenarios.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (scenario is null) return write.Gone();
            write.Expect(scenario, form.Version);
        }
        else
        {
            scenario = new WhatIfScenario(Guid.NewGuid(), write.AreaId, form.Year, form.Name.Trim(), write.UserName, write.Now);
            write.Db.WhatIfScenarios.Add(scenario);
        }
        scenario.Set(form.Name.Trim(), form.Changes);
        return write.Save(scenario);
    }
}
