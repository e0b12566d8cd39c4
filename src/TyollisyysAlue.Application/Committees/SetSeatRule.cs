using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Committees;

namespace TyollisyysAlue.Application.Committees;

/// <summary>How the committee's seats are divided among the member municipalities.</summary>
public sealed record SeatRuleForm(CommitteeSeatRule Rule);

public sealed class SeatRuleFormValidator : AbstractValidator<SeatRuleForm>
{
    public SeatRuleFormValidator() => RuleFor(f => f.Rule).IsInEnum().WithErrorCode("Validation.Required");
}

/// <summary>The area's administrators decide how seats are divided (their own area's row only).</summary>
public sealed class SetSeatRule : WriteUseCase<SeatRuleForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SeatRuleForm form, CancellationToken ct)
    {
        var own = await write.Db.Areas.FirstOrDefaultAsync(a => a.Id == write.AreaId, ct);
        if (own is null) return write.Gone();
        own.SeatRule = form.Rule;
        return write.Save(own);
    }
}
