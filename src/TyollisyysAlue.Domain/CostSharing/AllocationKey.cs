using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// A named allocation key of an area for a budget year, e.g. Porvoo's main key (45 % residents 18–64,
/// 45 % unemployed, 10 % foreign-language) or its preparation-cost key (population only).
/// </summary>
public class AllocationKey : IAreaOwned
{
    private readonly List<KeyCriterion> _criteria = [];

    public AllocationKey(Guid id, Guid areaId, int budgetYear, string name, bool isMain)
    {
        Id = id;
        AreaId = areaId;
        BudgetYear = budgetYear;
        Name = name;
        IsMain = isMain;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int BudgetYear { get; private set; }
    public string Name { get; private set; }
    /// <summary>The key that splits the budget's shared cost; other keys split named costs.</summary>
    public bool IsMain { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<KeyCriterion> Criteria => _criteria.OrderBy(c => c.Position).ToList();

    public void Rename(string name) => Name = name;

    /// <summary>Replaces the criteria (the caller has validated weights: sum exactly 100) and returns the new ones.</summary>
    public IReadOnlyList<KeyCriterion> SetCriteria(IEnumerable<(string Indicator, decimal WeightPercent, Indicators.IndicatorReference Reference)> criteria)
    {
        _criteria.Clear();
        var position = 0;
        foreach (var (indicator, weight, reference) in criteria)
            _criteria.Add(new KeyCriterion(Guid.NewGuid(), AreaId, Id, position++, indicator, weight, reference.Kind, reference.Date));
        return _criteria.ToList();
    }

    public IReadOnlyList<Criterion> ToEngineCriteria() => Criteria.Select(c => new Criterion(c.IndicatorCode, c.WeightPercent)).ToList();
}

/// <summary>One line of an allocation key: indicator, weight and which values of it.</summary>
public class KeyCriterion : IAreaOwned
{
    public KeyCriterion(Guid id, Guid areaId, Guid keyId, int position, string indicatorCode, decimal weightPercent,
        Indicators.IndicatorKind referenceKind, DateOnly referenceDate)
    {
        Id = id;
        AreaId = areaId;
        KeyId = keyId;
        Position = position;
        IndicatorCode = indicatorCode;
        WeightPercent = weightPercent;
        ReferenceKind = referenceKind;
        ReferenceDate = referenceDate;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid KeyId { get; private set; }
    public int Position { get; private set; }
    public string IndicatorCode { get; private set; }
    public decimal WeightPercent { get; private set; }
    public Indicators.IndicatorKind ReferenceKind { get; private set; }
    public DateOnly ReferenceDate { get; private set; }

    public Indicators.IndicatorReference Reference => new(ReferenceKind, ReferenceDate);
}
