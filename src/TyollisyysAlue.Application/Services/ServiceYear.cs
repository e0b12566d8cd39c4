using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>An offering with the service it offers (national or local), for tables and exports.</summary>
public sealed record OfferingRow(ServiceOffering Offering, NationalService? National, LocalService? Local)
{
    public ServiceGroup Group => National?.Group ?? Local?.Group ?? ServiceGroup.FindingWorkAndWorkers;
    public ServiceAudience Audience => National?.Audience ?? Local?.Audience ?? ServiceAudience.Jobseeker;
    public bool IsLocal => Local is not null;
    public string NameIn(string language) => National?.NameIn(language) ?? Local?.NameIn(language) ?? "?";
}

/// <summary>A procurement line with its service and the warnings its values give.</summary>
public sealed record ProcurementRow(ProcurementLine Line, OfferingRow? Offering, IReadOnlyList<ProcurementFlag> Flags);

/// <summary>Everything the services page shows for one area and year.</summary>
public sealed record ServiceYear(
    int Year,
    IReadOnlyList<NationalService> Map,
    IReadOnlyList<LocalService> LocalServices,
    IReadOnlyList<OfferingRow> Offerings,
    IReadOnlyList<ProcurementRow> Procurements)
{
    public ServiceSummary Summary { get; } = ServiceSummary.Of(Offerings.Select(o => o.Offering));
    public bool UsesDemoData => Offerings.Any(o => o.Offering.IsDemo) || Procurements.Any(p => p.Line.IsDemo);
    public decimal ProcurementTotal => Procurements.Sum(p => p.Line.EstimatedValue);
    public int FlagCount(ProcurementFlag flag) => Procurements.Count(p => p.Flags.Contains(flag));
}
