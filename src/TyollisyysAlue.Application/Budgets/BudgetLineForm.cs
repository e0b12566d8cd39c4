using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>What the budget line editor posts. <see cref="Version"/> is the row version the editor started from.</summary>
public sealed class BudgetLineForm : IRowForm
{
    public Guid? Id { get; set; }
    /// <summary>The budget year the line belongs to.</summary>
    public int Year { get; set; }
    public BudgetLineKind Kind { get; set; } = BudgetLineKind.Expense;
    public ExpenseCategory? ExpenseCategory { get; set; }
    public IncomeCategory? IncomeCategory { get; set; }
    public string Label { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public decimal? RangeLow { get; set; }
    public decimal? RangeHigh { get; set; }
    public string? MunicipalityCode { get; set; }
    /// <summary>A named cost split by another key of the year; null = the main key.</summary>
    public Guid? KeyId { get; set; }
    public uint Version { get; set; }

    public static BudgetLineForm From(BudgetLineItem line, int year) => new()
    {
        Id = line.Id, Year = year, Kind = line.Kind, ExpenseCategory = line.ExpenseCategory, IncomeCategory = line.IncomeCategory,
        Label = line.Label, Amount = line.Amount, RangeLow = line.RangeLow, RangeHigh = line.RangeHigh,
        MunicipalityCode = line.MunicipalityCode?.Value, KeyId = line.KeyId, Version = line.Version,
    };
}

/// <summary>A stored line as a form, with its budget's year.</summary>
public static class BudgetLineForms
{
    public static async Task<BudgetLineForm> OfAsync(IAppDbContext db, BudgetLineItem line, CancellationToken ct) =>
        BudgetLineForm.From(line, await db.Budgets.Where(b => b.Id == line.BudgetId).Select(b => b.Year).SingleAsync(ct));
}

/// <summary>Error codes are resource keys (the UI translates them); the property names are the fields.</summary>
public sealed class BudgetLineFormValidator : AbstractValidator<BudgetLineForm>
{
    public const decimal MaxAmount = 1_000_000_000_000m;

    public BudgetLineFormValidator()
    {
        RuleFor(f => f.Label).NotEmpty().WithErrorCode("Validation.LabelRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Amount).Must(BeMoney).WithErrorCode("Validation.Money");
        RuleFor(f => f.RangeLow).Must(v => v is null || BeMoney(v.Value)).WithErrorCode("Validation.Money");
        RuleFor(f => f.RangeHigh).Must(v => v is null || BeMoney(v.Value)).WithErrorCode("Validation.Money");
        RuleFor(f => f.RangeLow).Must((f, low) => low is null || low <= f.Amount).WithErrorCode("Validation.RangeLowAboveAmount");
        RuleFor(f => f.RangeHigh).Must((f, high) => high is null || high >= f.Amount).WithErrorCode("Validation.RangeHighBelowAmount");
        RuleFor(f => f.ExpenseCategory).NotNull().When(f => f.Kind == BudgetLineKind.Expense).WithErrorCode("Validation.CategoryRequired");
        RuleFor(f => f.IncomeCategory).NotNull().When(f => f.Kind == BudgetLineKind.Income).WithErrorCode("Validation.CategoryRequired");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _))
            .When(f => f.Kind == BudgetLineKind.Income && f.IncomeCategory == Domain.Budgets.IncomeCategory.MunicipalitySpecific)
            .WithErrorCode("Validation.MunicipalityRequired");
    }

    /// <summary>Euros with at most two decimals, not negative, below 10^12.</summary>
    public static bool BeMoney(decimal value) => value >= 0 && value < MaxAmount && decimal.Round(value, 2) == value;
}
