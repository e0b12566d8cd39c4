using Microsoft.Extensions.Time.Testing;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Infrastructure.Imports.StatFin;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Infrastructure.Tests.StatFin;

/// <summary>The Statistics Finland client against a local stand-in of PxWeb v1: the documented formats, short table ids, limits.</summary>
public sealed class StatFinClientTests : IAsyncLifetime
{
    private FakeStatFin _service = default!;

    public Task InitializeAsync()
    {
        _service = new FakeStatFin(["SSS", "KU638", "KU434"], ["2026M05", "2026M06"]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private StatFinClient Client(CallWindow? window = null) =>
        new(new HttpClient(), new StatFinOptions { BaseUrl = _service.BaseUrl }, window ?? new CallWindow(40, TimeSpan.FromSeconds(60), TimeProvider.System));

    [Fact]
    public async Task The_metadata_names_the_variables_by_code_and_a_query_answers_json_stat_2()
    {
        var client = Client();
        var table = await client.TableAsync("tyonv/12r5.px");
        Assert.Equal(["Alue", "timeperiod_m", "contentscode"], table.Variables.Select(v => v.Code));
        Assert.True(table.Variables[1].IsTime);

        var query = new PxQuery([new("Alue", ["KU638"]), new("timeperiod_m", ["2026M06"]), new("contentscode", ["TYOTTOMATLOPUSSA"])]);
        Assert.Contains("\"filter\":\"item\"", query.ToJson(), StringComparison.Ordinal);
        var answer = await client.QueryAsync("tyonv/12r5.px", query);
        var info = new Infrastructure.Imports.StatTables.StatTableReader().Inspect(new MemoryStream(answer), "12r5");
        Assert.Equal(StatFormat.JsonStat, info.Format);
        Assert.Equal(("POST", 1L), (_service.Calls[^1].Method, _service.Calls[^1].Cells));
    }

    [Fact]
    public async Task The_old_long_table_id_answers_400_and_is_reported()
    {
        var error = await Assert.ThrowsAsync<StatFinException>(() => Client().TableAsync("tyonv/statfin_tyonv_pxt_12r5.px"));
        Assert.StartsWith("HTTP 400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_than_the_allowed_calls_go_out_in_one_window()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var window = new CallWindow(3, TimeSpan.FromSeconds(60), clock);
        for (var i = 0; i < 3; i++) await window.WaitAsync(default);
        var fourth = window.WaitAsync(default);
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_query_over_120_000_cells_is_split_by_periods_and_then_by_municipalities()
    {
        var areas = Enumerable.Range(1, 300).Select(i => $"KU{i:000}").ToList();
        var months = Enumerable.Range(1, 12).Select(m => $"2025M{m:00}").ToList();
        var contents = Enumerable.Range(1, 40).Select(c => $"C{c}").ToList();
        var queries = StatFinQueries.Split([new("Alue", areas), new("timeperiod_m", months), new("contentscode", contents)], "timeperiod_m", "Alue");
        Assert.True(queries.Count > 1);
        Assert.All(queries, q => Assert.True(q.Cells <= StatFinQueries.MaxCells));
        Assert.Equal(300L * 12 * 40, queries.Sum(q => q.Cells));

        var byArea = StatFinQueries.Split([new("Alue", areas), new("timeperiod_m", months), new("contentscode", contents)], "timeperiod_m", "Alue", maxCells: 1000);
        Assert.All(byArea, q => Assert.True(q.Cells <= 1000));
        Assert.Equal(300L * 12 * 40, byArea.Sum(q => q.Cells));
        Assert.All(byArea, q => Assert.Single(q.Selections[1].Values));
    }
}
