using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>The planner's forecast for a line: an amount and why; an empty amount returns the line to the run rate.</summary>
public sealed class LineForecastForm
{
    public Guid BudgetLineId { get; set; }
    public decimal? Amount { get; set; }
    public string Comment { get; set; } = string.Empty;
    public uint Version { get; set; }
}

public sealed class LineForecastFormValidator : AbstractValidator<LineForecastForm>
{
    public LineForecastFormValidator()
    {
        RuleFor(f => f.BudgetLineId).NotEmpty().WithErrorCode("FollowUp.Required");
        RuleFor(f => f.Amount).Must(a => a is not { } v || decimal.Round(v, 2) == v).WithErrorCode("FollowUp.Cents")
            .Must(a => a is not { } v || Math.Abs(v) < 1_000_000_000_000m).WithErrorCode("FollowUp.TooLarge");
        RuleFor(f => f.Comment).NotEmpty().When(f => f.Amount is not null).WithErrorCode("FollowUp.ForecastNeedsComment")
            .MaximumLength(1000).WithErrorCode("Validation.TooLong");
    }
}

public sealed class SaveLineForecast : WriteUseCase<LineForecastForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, LineForecastForm form, CancellationToken ct)
    {
        var db = write.Db;
        if (!await db.BudgetLines.AnyAsync(l => l.Id == form.BudgetLineId, ct)) return write.Gone();
        var forecast = await db.LineForecasts.FirstOrDefaultAsync(f => f.BudgetLineId == form.BudgetLineId, ct);
        if (forecast is not null) write.Expect(forecast, form.Version);
        if (form.Amount is not { } amount)
        {
            if (forecast is null) return write.Unchanged(form.BudgetLineId, 0);
            db.LineForecasts.Remove(forecast);
            return write.Save(forecast);
        }
        if (forecast is null) db.LineForecasts.Add(forecast = new LineForecast(Guid.NewGuid(), write.AreaId, form.BudgetLineId, amount, form.Comment.Trim()));
        forecast.Amount = amount;
        forecast.Comment = form.Comment.Trim();
        return write.Save(forecast);
    }
}
