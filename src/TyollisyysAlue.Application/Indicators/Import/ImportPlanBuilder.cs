using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// Builds an <see cref="IndicatorImportPlan"/> from streamed cells, keeping only the area's own cells (a national file
/// passes through in bounded memory). Decisions about a member (is KU999 known, is 2026M13 a period) are made once per
/// member and reported once, at its first cell.
/// </summary>
public sealed class ImportPlanBuilder : IStatCellSink
{
    private readonly StatTableInfo _table;
    private readonly ImportMapping _mapping;
    private readonly ImportScope _scope;
    private readonly int _area, _time, _month, _content;
    private readonly (int Index, HashSet<string> Members)[] _others;
    private readonly List<ImportProblem> _problems = [];
    private int _moreProblems;
    private readonly Dictionary<string, (AreaKind Kind, MunicipalityCode? Code)> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period?> _periods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private long _otherMunicipalities;
    private readonly Dictionary<(string Indicator, MunicipalityCode Municipality, DateOnly Date), Accumulated> _cells = [];
    private readonly Dictionary<string, CellLocation> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Indicator, DateOnly Date), PeriodKind> _filePeriods = [];

    private sealed class Accumulated(Period period, CellLocation first)
    {
        public Period Period { get; } = period;
        public CellLocation First { get; } = first;
        public decimal Sum { get; set; }
        public string? Symbol { get; set; }
        public bool Bad { get; set; }
    }

    public ImportPlanBuilder(StatTableInfo table, ImportMapping mapping, ImportScope scope)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
        _scope = scope ?? throw new ArgumentNullException(nameof(scope));
        _area = table.IndexOf(mapping.Area);
        _time = table.IndexOf(mapping.Time);
        _month = table.IndexOf(mapping.Month);
        _content = table.IndexOf(mapping.Content ?? table.Dimensions.FirstOrDefault(d => d.Role == DimensionRole.Content)?.Code);
        _others = table.Dimensions.Select((d, i) => (d, i))
            .Where(x => x.i != _area && x.i != _time && x.i != _month && x.i != _content)
            .Select(x => (x.i, new HashSet<string>(mapping.Include.GetValueOrDefault(x.d.Code) ?? (x.d.Members.Count == 1 ? [x.d.Members[0].Code] : []), StringComparer.Ordinal)))
            .ToArray();
        foreach (var problem in MappingCheck.Problems(table, mapping, scope.Indicators, _area, _time, _content, _others)) Add(problem);
        MappingIsValid = _problems.Count == 0;
    }

    /// <summary>False when the mapping itself is wrong: the cells need not be read.</summary>
    public bool MappingIsValid { get; }

    public void Cell(IReadOnlyList<string> members, string raw, CellLocation at)
    {
        if (!MappingIsValid) return;
        if (!_mapping.Targets.TryGetValue(members[_content], out var indicatorCode)) return;
        foreach (var (index, included) in _others)
            if (!included.Contains(members[index])) return;
        var indicator = _scope.Indicators[indicatorCode];
        if (PeriodOf(members, indicator, at) is not { } period) return;
        _filePeriods.TryAdd((indicatorCode, period.Date), period.Kind);
        if (MunicipalityOf(members[_area], at) is not { } municipality) return;

        var key = string.Join('\u001f', members);
        if (_keys.TryGetValue(key, out var first))
        {
            Add(new ImportProblem("Import.DuplicateCell", [first], at));
            return;
        }
        _keys[key] = at;
        var cell = _cells.TryGetValue((indicatorCode, municipality, period.Date), out var known) ? known : _cells[(indicatorCode, municipality, period.Date)] = new(period, at);
        if (CellValue.IsSuppressed(raw)) cell.Symbol ??= raw.Trim().Length == 0 ? "∅" : raw.Trim();
        else if (!CellValue.TryParse(raw, out var value)) Fail(cell, new ImportProblem("Import.NotANumberValue", [raw.Trim()], at));
        else if (value < 0) Fail(cell, new ImportProblem("Import.NegativeValue", [raw.Trim()], at));
        else if (decimal.Round(value, 2) != value) Fail(cell, new ImportProblem("Import.TooPreciseValue", [raw.Trim()], at));
        else cell.Sum += value;
    }

    public IndicatorImportPlan Build()
    {
        var values = _cells.Where(c => c.Value.Symbol is null && !c.Value.Bad)
            .Select(c => new PlannedValue(c.Key.Indicator, c.Key.Municipality, c.Value.Period, c.Value.Sum,
                _scope.Current.TryGetValue(c.Key, out var now) ? now : null, c.Value.First))
            .OrderBy(v => v.Indicator, StringComparer.Ordinal).ThenBy(v => v.Municipality).ThenBy(v => v.Period.Date).ToList();
        var lacking = _cells.Where(c => c.Value.Symbol is not null)
            .Select(c => new LackingValue(c.Key.Indicator, c.Key.Municipality, c.Value.Period, c.Value.Symbol, c.Value.First)).ToList();
        foreach (var ((indicator, date), kind) in _filePeriods)
            foreach (var member in _scope.MembersOn(date).Where(m => !_cells.ContainsKey((indicator, m, date))))
                lacking.Add(new LackingValue(indicator, member, new Period(kind, date), null, null));
        var skipped = _skipped.Select(s => new SkippedArea(s.Key, _table.Dimensions[_area].Member(s.Key)?.Label ?? s.Key, s.Value))
            .OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        return new IndicatorImportPlan(_table, _mapping, values,
            lacking.OrderBy(l => l.Municipality).ThenBy(l => l.Period.Date).ThenBy(l => l.Indicator, StringComparer.Ordinal).ToList(),
            skipped, _otherMunicipalities, _problems.OrderBy(p => p.At?.Row ?? 0).ToList(), _moreProblems);
    }

    private Period? PeriodOf(IReadOnlyList<string> members, Indicator indicator, CellLocation at)
    {
        var text = _month < 0 ? members[_time] : members[_time] + "/" + members[_month];
        if (!_periods.TryGetValue(text, out var period))
        {
            period = _month < 0 ? PeriodCode.Parse(members[_time]) : PeriodCode.Combine(members[_time], members[_month]);
            if (period is null) Once("period:" + text, new ImportProblem("Import.BadPeriod", [text], at));
            else if (_scope.Year is { } year && period.Value.Date.Year != year)
            {
                Once("year:" + text, new ImportProblem("Import.PeriodOutsideYear", [period.Value.ToString(), year], at));
                period = null;
            }
            _periods[text] = period;
        }
        if (period is { Kind: PeriodKind.Year } && indicator.Kind == IndicatorKind.MonthlyAverage)
        {
            Once("kind:" + indicator.Code, new ImportProblem("Import.PeriodKindMismatch", [period.Value.ToString(), indicator.Code], at));
            return null;
        }
        return period;
    }

    private MunicipalityCode? MunicipalityOf(string member, CellLocation at)
    {
        if (!_areas.TryGetValue(member, out var area)) _areas[member] = area = AreaCode.Classify(member);
        switch (area.Kind)
        {
            case AreaKind.Aggregate:
                _skipped[member] = _skipped.GetValueOrDefault(member) + 1;
                return null;
            case AreaKind.Unknown:
                Once("area:" + member, new ImportProblem("Import.UnknownArea", [Label(member)], at));
                return null;
        }
        var code = area.Code!.Value;
        if (!_scope.Register.Contains(code))
        {
            Once("area:" + member, new ImportProblem("Import.UnknownMunicipalityCode", [Label(member)], at));
            return null;
        }
        if (_scope.Members.Contains(code)) return code;
        _otherMunicipalities++;
        return null;
    }

    private string Label(string member) =>
        _table.Dimensions[_area].Member(member) is { } m && m.Label != m.Code ? $"{m.Code} {m.Label}" : member;

    private void Fail(Accumulated cell, ImportProblem problem)
    {
        cell.Bad = true;
        Add(problem);
    }

    private void Once(string key, ImportProblem problem)
    {
        if (_reported.Add(key)) Add(problem);
    }

    private void Add(ImportProblem problem)
    {
        if (_problems.Count < ImportLimits.MaxListedProblems) _problems.Add(problem);
        else _moreProblems++;
    }
}
