using TyollisyysAlue.Domain.Common;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Tests.Auditing;

[Collection(DatabaseCollection.Name)]
public class AuditLogQueryTests(DatabaseFixture fixture)
{
    private AuditLogQuery LogOf(Guid area, AreaRole role = AreaRole.Administrator)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "admin@example.fi");
        context.EnterArea(area, [role]);
        return new AuditLogQuery(new TestContextFactory(fixture, context), context);
    }

    /// <summary>An area whose log holds its first membership (by "test") and a budget added by another user.</summary>
    private async Task<(Guid Area, string Budgeter)> AreaWithTwoChangesAsync()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var budgeter = Guid.NewGuid();
        await using var db = fixture.CreateContext(area, budgeter);
        db.Budgets.Add(new Budget(Guid.NewGuid(), area, 2026));
        await db.SaveChangesAsync();
        return (area, $"user-{budgeter}");
    }

    [Fact]
    public async Task Filters_by_user_and_entity_type_newest_first()
    {
        var (area, budgeter) = await AreaWithTwoChangesAsync();
        var log = LogOf(area);

        var all = await log.PageAsync(new AuditLogFilter(), 0);
        Assert.Equal(2, all.Total);
        Assert.Equal(["Budget", "Membership"], all.Rows.Select(r => r.EntityType));

        var byUser = await log.PageAsync(new AuditLogFilter(User: budgeter), 0);
        Assert.Equal("Budget", Assert.Single(byUser.Rows).EntityType);
        var byType = await log.PageAsync(new AuditLogFilter(EntityType: "Membership"), 0);
        Assert.Equal("test", Assert.Single(byType.Rows).UserName);

        var choices = await log.ChoicesAsync();
        Assert.Equal(["Budget", "Membership"], choices.EntityTypes);
        Assert.Contains(budgeter, choices.Users);
    }

    [Fact]
    public async Task Filters_by_finnish_calendar_days_inclusive()
    {
        var (area, _) = await AreaWithTwoChangesAsync();
        var log = LogOf(area);
        var today = HelsinkiTime.DayOf(DateTimeOffset.UtcNow);

        Assert.Equal(2, (await log.PageAsync(new AuditLogFilter(today, today), 0)).Total);
        Assert.Equal(0, (await log.PageAsync(new AuditLogFilter(From: today.AddDays(1)), 0)).Total);
        Assert.Equal(0, (await log.PageAsync(new AuditLogFilter(To: today.AddDays(-1)), 0)).Total);
    }

    [Fact]
    public async Task Pages_hold_at_most_a_hundred_rows()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        await using (var db = fixture.CreateContext(area))
        {
            for (var year = 2000; year < 2150; year++) db.Budgets.Add(new Budget(Guid.NewGuid(), area, year));
            await db.SaveChangesAsync();
        }
        var log = LogOf(area);
        var first = await log.PageAsync(new AuditLogFilter(), 0);
        var second = await log.PageAsync(new AuditLogFilter(), 1);
        Assert.Equal(151, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(AuditLogQuery.PageSize, first.Rows.Count);
        Assert.Equal(51, second.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
    }

    [Fact]
    public async Task Another_areas_entries_never_appear()
    {
        var (a, _) = await AreaWithTwoChangesAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var rows = (await LogOf(b).ExportAsync(new AuditLogFilter())).ToList();
        Assert.Single(rows);
        Assert.All(rows, r => Assert.Equal(b, r.AreaId));
        await using var db = fixture.CreateContext(b);
        Assert.False(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.AreaId == a));
    }

    [Theory]
    [InlineData(AreaRole.Planner)]
    [InlineData(AreaRole.Viewer)]
    public async Task Only_administrators_read_the_log(AreaRole role)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LogOf(area, role).PageAsync(new AuditLogFilter(), 0));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => LogOf(area, role).ExportAsync(new AuditLogFilter()));
    }
}
