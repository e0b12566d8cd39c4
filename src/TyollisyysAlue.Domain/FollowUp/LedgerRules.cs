namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>What the rules say of one booking: its line, none (unmapped), or more than one (an error, never a guess).</summary>
public sealed class LedgerRules(IReadOnlyCollection<LedgerRule> rules)
{
    private readonly Dictionary<(string, string), IReadOnlyList<Guid>> _seen = [];

    /// <summary>The distinct lines the rules map the account and cost centre to (cached: a ledger repeats its accounts).</summary>
    public IReadOnlyList<Guid> LinesOf(string account, string costCentre)
    {
        if (_seen.TryGetValue((account, costCentre), out var lines)) return lines;
        lines = rules.Where(r => r.Matches(account, costCentre)).Select(r => r.BudgetLineId).Distinct().ToList();
        _seen[(account, costCentre)] = lines;
        return lines;
    }
}
