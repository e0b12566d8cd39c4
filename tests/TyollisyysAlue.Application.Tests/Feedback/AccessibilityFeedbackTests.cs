using Microsoft.EntityFrameworkCore;
using Npgsql;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Feedback;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Application.Tests.Feedback;

/// <summary>
/// Accessibility feedback on PostgreSQL: an anonymous visitor's feedback is stored through the write pipeline; an area's
/// feedback is seen and answered only by that area's administrators (another area's administrator gets "not found",
/// also from row-level security); feedback about no area only by the system administrator; answering twice from the
/// same version is a conflict.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class AccessibilityFeedbackTests(DatabaseFixture fixture)
{
    private static string Unique(string what) => $"{what} {Guid.NewGuid():N}";

    private async Task<WriteOutcome<SendFeedbackForm>> SendAnonymouslyAsync(SendFeedbackForm form)
    {
        await using var visitor = UseCaseScope.Anonymous(fixture);
        return await visitor.Get<SendFeedback>().RunAsync(form);
    }

    [Fact]
    public async Task An_anonymous_visitor_stores_feedback_about_an_area_which_only_that_areas_administrators_see_and_answer()
    {
        var (areaA, _) = await fixture.CreateAreaAsync();
        var (areaB, _) = await fixture.CreateAreaAsync();
        var adminA = await fixture.CreateUserAsync(areaA, AreaRole.Administrator);
        var plannerA = await fixture.CreateUserAsync(areaA, AreaRole.Planner);
        var adminB = await fixture.CreateUserAsync(areaB, AreaRole.Administrator);
        var message = Unique("The budget table has no headers for a screen reader.");

        var sent = await SendAnonymouslyAsync(new SendFeedbackForm
        {
            AreaId = areaA, Message = message, Email = "liisa@example.fi", Name = " Liisa ", Page = "Talousarvio",
        });
        var saved = Assert.IsType<WriteOutcome<SendFeedbackForm>.Saved>(sent);

        await using (var a = UseCaseScope.User(fixture, areaA, adminA))
        {
            var mine = Assert.Single(await a.Get<FeedbackQuery>().OfAreaAsync(), f => f.Message == message);
            Assert.Equal(saved.Id, mine.Id);
            Assert.Equal("Liisa", mine.SenderName);
            Assert.Equal(AccessibilityFeedback.DueFor(mine.ReceivedAt), mine.AnswerDue);
            Assert.Equal(1, await a.Get<FeedbackQuery>().UnansweredOfAreaAsync());
        }

        // Area B's administrator: not in the list, not found by the write, not readable in the database either.
        await using (var b = UseCaseScope.User(fixture, areaB, adminB))
        {
            Assert.DoesNotContain(await b.Get<FeedbackQuery>().OfAreaAsync(), f => f.Message == message);
            var refused = await b.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version });
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Gone>(refused);
        }
        await using (var db = fixture.CreateContext(areaB, adminB))
            Assert.False(await db.AccessibilityFeedback.AnyAsync(f => f.Id == saved.Id));
        // Nor does a planner of A read it (administrators only), nor the system administrator (it has an area).
        await using (var db = fixture.CreateContext(areaA, plannerA))
            Assert.False(await db.AccessibilityFeedback.AnyAsync(f => f.Id == saved.Id));
        await using (var planner = UseCaseScope.User(fixture, areaA, plannerA))
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Forbidden>(
                await planner.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version }));
        var sysadmin = await fixture.CreateSystemAdministratorAsync();
        await using (var db = fixture.CreateContext(null, sysadmin))
            Assert.False(await db.AccessibilityFeedback.AnyAsync(f => f.Id == saved.Id));

        await using (var a = UseCaseScope.User(fixture, areaA, adminA))
        {
            var answered = await a.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version, Note = "Answered by e-mail." });
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Saved>(answered);
            var row = Assert.Single(await a.Get<FeedbackQuery>().OfAreaAsync(), f => f.Id == saved.Id);
            Assert.True(row.IsAnswered);
            Assert.Equal("Answered by e-mail.", row.AnswerNote);
            Assert.Equal($"user-{adminA}", row.AnsweredBy);
            Assert.Equal(0, await a.Get<FeedbackQuery>().UnansweredOfAreaAsync());
        }
        await using (var log = fixture.CreateContext(areaA))
            Assert.Contains(await log.AuditEntries.Where(e => e.EntityKey == saved.Id.ToString()).Select(e => e.Action).ToListAsync(),
                action => action == Domain.Auditing.AuditAction.Modified);
    }

    [Fact]
    public async Task Feedback_about_no_area_is_seen_and_answered_by_the_system_administrator_only()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var sysadmin = await fixture.CreateSystemAdministratorAsync();
        var message = Unique("The sign-in page loses focus after an error.");
        var saved = Assert.IsType<WriteOutcome<SendFeedbackForm>.Saved>(await SendAnonymouslyAsync(new SendFeedbackForm { Message = message }));

        await using (var system = UseCaseScope.User(fixture, null, sysadmin, systemAdministrator: true))
        {
            var row = Assert.Single(await system.Get<FeedbackQuery>().AboutNoAreaAsync(), f => f.Message == message);
            Assert.Null(row.SenderName);
            Assert.Null(row.AreaId);
            Assert.True(await system.Get<FeedbackQuery>().UnansweredAboutNoAreaAsync() >= 1);
        }
        await using (var areaAdmin = UseCaseScope.User(fixture, area, admin))
        {
            Assert.DoesNotContain(await areaAdmin.Get<FeedbackQuery>().AboutNoAreaAsync(), f => f.Message == message);
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Gone>(
                await areaAdmin.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version }));
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Forbidden>(
                await areaAdmin.Get<MarkServiceFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version }));
        }
        // The runtime role with no user reads none of it (an anonymous connection, as the sender's).
        await using (var connection = await fixture.OpenRuntimeConnectionAsync(null))
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM accessibility_feedback", connection))
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);

        await using (var system = UseCaseScope.User(fixture, null, sysadmin, systemAdministrator: true))
            Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Saved>(
                await system.Get<MarkServiceFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version }));
    }

    [Fact]
    public async Task Marking_answered_with_a_stale_version_is_a_conflict_and_keeps_the_first_answer()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var pekka = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var saved = Assert.IsType<WriteOutcome<SendFeedbackForm>.Saved>(
            await SendAnonymouslyAsync(new SendFeedbackForm { AreaId = area, Message = Unique("Contrast of the chart legend.") }));

        await using var annas = UseCaseScope.User(fixture, area, anna);
        await using var pekkas = UseCaseScope.User(fixture, area, pekka);
        Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Saved>(
            await annas.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version, Note = "Anna answered." }));
        var conflict = Assert.IsType<WriteOutcome<AnswerFeedbackForm>.Conflict>(
            await pekkas.Get<MarkAreaFeedbackAnswered>().RunAsync(new AnswerFeedbackForm { Id = saved.Id, Version = saved.Version, Note = "Pekka answered." }));
        Assert.Equal("Test", conflict.ChangedBy); // the fixture's display name, resolved by IPersonNames
        var row = Assert.Single(await annas.Get<FeedbackQuery>().OfAreaAsync(), f => f.Id == saved.Id);
        Assert.Equal("Anna answered.", row.AnswerNote);
    }

    [Fact]
    public async Task Invalid_feedback_or_an_unknown_area_is_refused_and_nothing_is_stored()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);

        var empty = Assert.IsType<WriteOutcome<SendFeedbackForm>.Invalid>(await SendAnonymouslyAsync(new SendFeedbackForm { AreaId = area, Message = "  " }));
        Assert.Equal("Feedback.Validation.MessageRequired", Assert.Single(empty.Errors).ErrorCode);
        var badEmail = Assert.IsType<WriteOutcome<SendFeedbackForm>.Invalid>(
            await SendAnonymouslyAsync(new SendFeedbackForm { AreaId = area, Message = "x", Email = "not an address" }));
        Assert.Equal("Validation.EmailInvalid", Assert.Single(badEmail.Errors).ErrorCode);
        var nowhere = Assert.IsType<WriteOutcome<SendFeedbackForm>.Invalid>(
            await SendAnonymouslyAsync(new SendFeedbackForm { AreaId = Guid.NewGuid(), Message = "x" }));
        Assert.Equal("Feedback.Validation.NoSuchArea", Assert.Single(nowhere.Errors).ErrorCode);

        await using var a = UseCaseScope.User(fixture, area, admin);
        Assert.Empty(await a.Get<FeedbackQuery>().OfAreaAsync());
    }

    [Fact]
    public async Task Raw_sql_in_area_a_cannot_add_feedback_to_area_b_but_may_add_feedback_about_no_area()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(a);
        async Task InsertAsync(Guid? area)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO accessibility_feedback (id, received_at, area_id, message, version) VALUES ($1, now(), $2, 'x', 0)
                """, connection) { Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = (object?)area ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid } } };
            await insert.ExecuteNonQueryAsync();
        }
        var refused = await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(b));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        await InsertAsync(a);
        await InsertAsync(null);
    }
}
