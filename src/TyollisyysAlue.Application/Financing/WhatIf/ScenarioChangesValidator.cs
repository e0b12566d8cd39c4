using FluentValidation;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>
/// Field errors for a list of scenario changes, named by position (e.g. "changes[1].criteria"): weights that do not
/// sum to 100, negative values, malformed codes, sub-cent amounts. Unknown but well-formed codes are checked against
/// the register by the caller.
/// </summary>
public sealed class ScenarioChangesValidator : AbstractValidator<IReadOnlyList<ScenarioChange>>
{
    public ScenarioChangesValidator(string prefix = "changes")
    {
        RuleFor(c => c).Custom((changes, context) =>
        {
            for (var i = 0; i < changes.Count; i++)
            {
                var at = $"{prefix}[{i}]";
                switch (changes[i])
                {
                    case AddMunicipality add:
                        if (!MunicipalityCode.TryParse(add.Code, out _)) context.AddFailure(Failure(at + ".code", "Financing.UnknownMunicipality", add.Code));
                        if (add.Indicators is null || add.Indicators.Values.Any(v => v < 0)) context.AddFailure(Failure(at + ".indicators", "Financing.NotNegative"));
                        break;
                    case RemoveMember remove when !MunicipalityCode.TryParse(remove.Code, out _):
                        context.AddFailure(Failure(at + ".code", "Financing.UnknownMunicipality", remove.Code));
                        break;
                    case ChangeCriteria criteria:
                        if (criteria.Criteria is null || criteria.Criteria.Count == 0) context.AddFailure(Failure(at + ".criteria", "Validation.CriteriaRequired"));
                        else if (criteria.Criteria.Any(c => c.WeightPercent is < 0 or > 100)) context.AddFailure(Failure(at + ".criteria", "Validation.WeightRange"));
                        else if (criteria.Criteria.Sum(c => c.WeightPercent) != 100m) context.AddFailure(Failure(at + ".criteria", "Validation.WeightsSum"));
                        break;
                    case ChangeSharedCost cost when decimal.Round(cost.ChangeEuros, 2) != cost.ChangeEuros:
                        context.AddFailure(Failure(at + ".changeEuros", "Validation.Money"));
                        break;
                    case null:
                        context.AddFailure(Failure(at, "Financing.UnknownChange"));
                        break;
                }
            }
        });
    }

    private static FluentValidation.Results.ValidationFailure Failure(string property, string code, params object[] args) =>
        Common.Writing.FieldError.Of(property, code, args);
}
