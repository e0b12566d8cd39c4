using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Application.Tests.Tenancy;

/// <summary>
/// Area data queried before an area is entered is a bug: it throws, naming the entity, instead of quietly returning
/// nothing. National data and the deliberate reads across areas (marked AcrossAreas) still work without an area.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class AreaNotEnteredTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Querying_an_area_owned_table_before_entering_an_area_throws_and_names_the_entity()
    {
        await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(areaId: null);

        var refusal = await Assert.ThrowsAsync<AreaNotEnteredException>(() => db.BudgetLines.ToListAsync());
        Assert.Contains("BudgetLineItem", refusal.Message, StringComparison.Ordinal);
        // Also when the area-owned entity only comes in through a join.
        await Assert.ThrowsAsync<AreaNotEnteredException>(() =>
            db.Municipalities.Where(m => db.Memberships.Any(x => x.MunicipalityCode == m.Code)).ToListAsync());
    }

    [Fact]
    public async Task National_data_and_marked_reads_across_areas_need_no_area()
    {
        var (areaId, _) = await fixture.CreateAreaAsync();
        var userId = await fixture.CreateUserAsync(areaId, Domain.Access.AreaRole.Planner);
        await using var db = fixture.CreateContext(areaId: null, userId);

        Assert.True(await db.Municipalities.AnyAsync());
        var own = await db.RoleAssignments.AcrossAreas("test: the user's own role assignments").Where(r => r.UserId == userId).ToListAsync();
        Assert.Equal(areaId, Assert.Single(own).AreaId);
    }

    [Fact]
    public async Task In_an_area_the_same_query_returns_that_areas_rows()
    {
        var (areaId, membershipId) = await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(areaId);
        Assert.Equal(membershipId, Assert.Single(await db.Memberships.ToListAsync()).Id);
    }

    [Fact]
    public void Only_AcrossAreas_passes_the_area_filter_so_every_read_across_areas_states_its_reason()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TyollisyysAlue.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var bypassing = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("IgnoreQueryFilters(", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .ToList();
        Assert.Equal(["CrossAreaQueries.cs"], bypassing);
    }
}
