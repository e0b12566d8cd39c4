namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>What a run of the national dataset found or made: rows per table (all areas), time and database size.</summary>
public sealed record NationalSummary(bool AlreadyThere, IReadOnlyDictionary<string, long> RowsPerTable, TimeSpan Elapsed, long DatabaseBytes);
