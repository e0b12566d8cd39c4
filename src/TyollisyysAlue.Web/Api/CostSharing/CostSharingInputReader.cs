using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>
/// Turns a request into the domain's input. It checks only what the domain cannot see once the input is typed:
/// missing fields, the three-digit code format, euros (two decimals via <see cref="Money.FromEuros"/>, at most 10^12).
/// A value it refuses becomes a neutral placeholder so that positions stay the same, and the domain's own finding
/// on a field already reported here is dropped (<see cref="Merge"/>): one message per fault.
/// </summary>
public sealed class CostSharingInputReader
{
    private readonly List<CostSharingError> _errors = [];

    public CostSplitInput Input(IReadOnlyList<MunicipalityInput?>? municipalities, IReadOnlyList<CriterionInput?>? criteria,
        decimal? sharedCost, IReadOnlyList<CodeAmountInput?>? directCharges) => new(
        Items(municipalities, "municipalities", Municipality),
        Items(criteria, "criteria", (c, field) => new Criterion(c.Indicator ?? "", Required(c.WeightPercent, $"{field}.weightPercent") ?? 0)),
        Amount(sharedCost, "sharedCost"),
        Items(directCharges ?? [], "directCharges", (d, field) => new DirectCharge(Code(d.Code, $"{field}.code"), Amount(d.Amount, $"{field}.amount"))));

    public IReadOnlyList<Revision> Revisions(IReadOnlyList<RevisionInput?>? revisions) =>
        Items(revisions ?? [], "revisions", (r, field) =>
            new Revision(Required(r.FromMonth, $"{field}.fromMonth") ?? 0, Amount(r.SharedCost, $"{field}.sharedCost")));

    public IReadOnlyList<AdvancePaid> Advances(IReadOnlyList<CodeAmountInput?>? advances) =>
        Items(advances, "advancesPaid", (a, field) => new AdvancePaid(Code(a.Code, $"{field}.code"), Amount(a.Amount, $"{field}.amount")));

    /// <summary>This reader's findings, then the domain's on fields (or parts of fields) not already reported.</summary>
    public IReadOnlyList<CostSharingError> Merge(IEnumerable<CostSharingError> domainErrors) =>
        _errors.Concat(domainErrors.Where(d => !_errors.Any(a => Covers(a.Field, d.Field)))).ToList();

    private MunicipalityIndicators Municipality(MunicipalityInput m, string field)
    {
        if (m.Indicators is null) Add($"{field}.indicators", ApiErrorCodes.Required);
        return new(Code(m.Code, $"{field}.code"), m.Name ?? m.Code ?? "", m.Indicators ?? new Dictionary<string, decimal>());
    }

    private List<TOut> Items<TIn, TOut>(IReadOnlyList<TIn?>? items, string field, Func<TIn, string, TOut> read) where TIn : class
    {
        if (items is null)
        {
            Add(field, ApiErrorCodes.Required);
            return [];
        }
        if (items.Count > ApiErrorCodes.MaxItems)
        {
            Add(field, ApiErrorCodes.TooManyItems, ApiErrorCodes.MaxItems);
            return [];
        }
        var result = new List<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) result.Add(read(item, $"{field}[{i}]"));
            else Add($"{field}[{i}]", ApiErrorCodes.Required);
        }
        return result;
    }

    private MunicipalityCode Code(string? text, string field)
    {
        if (text is null) Add(field, ApiErrorCodes.Required);
        else if (text.Length == 3 && text.All(char.IsAsciiDigit)) return MunicipalityCode.Parse(text);
        else Add(field, ApiErrorCodes.MunicipalityCodeFormat, text);
        return default;
    }

    private Money Amount(decimal? euros, string field)
    {
        if (Required(euros, field) is not { } value) return Money.Zero;
        if (Math.Abs(value) > ApiErrorCodes.MaxAmount)
        {
            Add(field, ApiErrorCodes.AmountTooLarge, Money.FromEuros(ApiErrorCodes.MaxAmount));
            return Money.Zero;
        }
        try { return Money.FromEuros(value); }
        catch (DomainException ex) { Add(field, ex.Code, Formats.Exact(value)); return Money.Zero; }
    }

    private T? Required<T>(T? value, string field) where T : struct
    {
        if (value is null) Add(field, ApiErrorCodes.Required);
        return value;
    }

    private void Add(string field, string code, params object[] args) => _errors.Add(new(field, code, args));

    private static bool Covers(string reported, string field) =>
        field == reported || field.StartsWith(reported + ".", StringComparison.Ordinal) || field.StartsWith(reported + "[", StringComparison.Ordinal);
}
