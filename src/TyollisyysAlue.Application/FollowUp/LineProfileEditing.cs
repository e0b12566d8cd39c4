using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>
/// A budget line's monthly profile: 12 weights, or 12 euro amounts that add up to the planned amount to the cent.
/// No kind returns the line to the even spread.
/// </summary>
public sealed class LineProfileForm
{
    public Guid BudgetLineId { get; set; }
    public ProfileKind? Kind { get; set; }
    public List<decimal?> Months { get; set; } = [.. new decimal?[MonthlyBudget.Months]];
    public uint Version { get; set; }
}

public sealed class LineProfileFormValidator : AbstractValidator<LineProfileForm>
{
    public LineProfileFormValidator()
    {
        RuleFor(f => f.BudgetLineId).NotEmpty().WithErrorCode("FollowUp.Required");
        RuleFor(f => f.Kind).IsInEnum().WithErrorCode("FollowUp.Required");
        When(f => f.Kind is not null, () =>
        {
            RuleFor(f => f.Months).Must(m => m.Count == MonthlyBudget.Months).WithErrorCode("FollowUp.ProfileTwelve");
            RuleForEach(f => f.Months)
                .NotNull().WithErrorCode("FollowUp.ProfileMonthMissing")
                .Must(v => v is not { } x || x >= 0).WithErrorCode("FollowUp.ProfileNegative")
                .Must(v => v is not { } x || decimal.Round(x, 2) == x).WithErrorCode("FollowUp.Cents")
                .Must(v => v is not { } x || x < 1_000_000_000_000m).WithErrorCode("FollowUp.TooLarge");
            RuleFor(f => f.Months).Must(m => m.Any(v => v > 0)).WithErrorCode("FollowUp.ProfileEmpty");
        });
    }
}

public sealed class SaveLineProfile : WriteUseCase<LineProfileForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, LineProfileForm form, CancellationToken ct)
    {
        var db = write.Db;
        var line = await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == form.BudgetLineId, ct);
        if (line is null) return write.Gone();
        var profile = await db.LineProfiles.FirstOrDefaultAsync(p => p.BudgetLineId == form.BudgetLineId, ct);
        if (profile is not null) write.Expect(profile, form.Version);
        if (form.Kind is not { } kind)
        {
            if (profile is null) return write.Unchanged(form.BudgetLineId, 0);
            db.LineProfiles.Remove(profile);
            return write.Save(profile);
        }
        var months = form.Months.Select(m => m ?? 0m).ToArray();
        // Amounts are the monthly budget itself, so they must come to the planned amount exactly.
        if (kind == ProfileKind.Amounts && months.Sum() != line.Amount)
            return write.Refuse(nameof(form.Months), "FollowUp.ProfileSum");
        if (profile is null) db.LineProfiles.Add(profile = new LineProfile(Guid.NewGuid(), write.AreaId, line.Id, kind, months));
        profile.Kind = kind;
        profile.Months = months;
        return write.Save(profile);
    }
}
