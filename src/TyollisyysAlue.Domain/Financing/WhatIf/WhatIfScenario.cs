using System.Text.Json;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing.WhatIf;

/// <summary>
/// A named what-if of an area for a budget year, shared within the area: its changes kept as data and replayed on the
/// current figures. It lives in its own table and is never applied to the area's members, key or budget by itself.
/// </summary>
public class WhatIfScenario : IAreaOwned
{
    public const int MaxNameLength = 200;

    public WhatIfScenario(Guid id, Guid areaId, int year, string name, string createdBy, DateTimeOffset createdAt)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        Name = name;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; }
    public string ChangesJson { get; private set; } = "[]";
    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<ScenarioChange> ReadChanges() => JsonSerializer.Deserialize<ScenarioChange[]>(ChangesJson, ScenarioJson.Options) ?? [];

    public void Set(string name, IReadOnlyList<ScenarioChange> changes)
    {
        Name = name;
        ChangesJson = JsonSerializer.Serialize(changes.ToArray(), ScenarioJson.Options);
    }
}
