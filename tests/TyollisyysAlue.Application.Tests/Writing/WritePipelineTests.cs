using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Auditing;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Application.Tests.Writing;

/// <summary>The write pipeline itself, on PostgreSQL: each outcome, and the checks no use case can skip.</summary>
[Collection(DatabaseCollection.Name)]
public class WritePipelineTests(DatabaseFixture fixture)
{
    private static BudgetLineForm Line(string label = "Henkilöstökulut", decimal amount = 1_000m) =>
        new() { Year = 2025, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = label, Amount = amount };

    private async Task<bool> AnyWrittenAsync(Guid area)
    {
        await using var db = fixture.CreateContext(area);
        return await db.BudgetLines.AnyAsync() || await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(BudgetLineItem));
    }

    [Fact]
    public async Task A_role_removed_after_the_page_opened_is_refused_at_the_next_write_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await UseCases.ForAsync(fixture, area, "admin@example.fi", AreaRole.Administrator);
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        Assert.IsType<WriteOutcome<RemoveAccessForm>.Saved>(await admin.Get<RemoveAccess>().RunAsync(new RemoveAccessForm(planner.UserId)));

        Assert.Contains(AreaRole.Planner, planner.Context.Roles); // the open page still believes it
        Assert.IsType<WriteOutcome<BudgetLineForm>.Forbidden>(await planner.Get<SaveBudgetLine>().RunAsync(Line()));
        Assert.False(await AnyWrittenAsync(area));
    }

    [Fact]
    public async Task A_role_lowered_to_viewer_is_refused_too()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await UseCases.ForAsync(fixture, area, "admin@example.fi", AreaRole.Administrator);
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await admin.Get<AssignRole>().RunAsync(new() { UserId = planner.UserId, Role = AreaRole.Viewer }));
        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await admin.Get<RemoveRole>().RunAsync(new() { UserId = planner.UserId, Role = AreaRole.Planner }));

        Assert.IsType<WriteOutcome<BudgetLineForm>.Forbidden>(await planner.Get<SaveBudgetLine>().RunAsync(Line()));
        Assert.False(await AnyWrittenAsync(area));
    }

    [Fact]
    public async Task A_deactivated_account_writes_nothing_whatever_its_roles()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        await using (var db = fixture.CreateContext(null))
        {
            var account = await db.Users.SingleAsync(u => u.Id == planner.UserId);
            account.IsActive = false;
            await db.SaveChangesAsync();
        }
        Assert.IsType<WriteOutcome<BudgetLineForm>.Forbidden>(await planner.Get<SaveBudgetLine>().RunAsync(Line()));
        Assert.False(await AnyWrittenAsync(area));
    }

    [Fact]
    public async Task Field_errors_come_back_as_invalid_with_their_codes_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        var invalid = Assert.IsType<WriteOutcome<BudgetLineForm>.Invalid>(await planner.Get<SaveBudgetLine>().RunAsync(Line(label: "", amount: -1m)));
        Assert.Equal(["Validation.LabelRequired", "Validation.Money"], invalid.Errors.Select(e => e.ErrorCode).Order());
        Assert.False(await AnyWrittenAsync(area));
    }

    [Fact]
    public async Task A_concurrent_change_is_a_conflict_with_theirs_who_and_when_and_a_removed_row_is_gone()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        var saved = Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(Line()));
        Assert.NotEqual(0u, saved.Version);
        var line = Assert.Single((await anna.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines);
        Assert.Equal((line.Id, line.Version), (saved.Id, saved.Version));

        var annas = BudgetLineForm.From(line, 2025);
        annas.Label = "Annan otsikko";
        var pekkas = BudgetLineForm.From(line, 2025);
        pekkas.Label = "Pekan otsikko";
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(annas));
        var conflict = Assert.IsType<WriteOutcome<BudgetLineForm>.Conflict>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkas));
        Assert.Equal("Annan otsikko", conflict.Theirs!.Label);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.InRange(conflict.ChangedAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(5));

        var current = Assert.Single((await anna.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines);
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<DeleteBudgetLine>().RunAsync(new RowRef(current.Id, current.Version)));
        Assert.IsType<WriteOutcome<BudgetLineForm>.Gone>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkas));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_answered_as_unavailable_not_thrown()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        var closed = ClosedPort();
        // The rights are read (the database answers them), then the write's own connection finds nobody there.
        var writeDown = UseCases.For(fixture, area, "planner@example.fi", planner.UserId, [AreaRole.Planner], contexts: new ClosedContexts(planner.Context, closed));
        Assert.IsType<WriteOutcome<BudgetLineForm>.Unavailable>(await writeDown.Get<SaveBudgetLine>().RunAsync(Line()));
        // The whole database is down: already the rights check finds nobody.
        var allDown = UseCases.For(fixture, area, "planner@example.fi", planner.UserId, [AreaRole.Planner], contexts: new ClosedContexts(planner.Context, closed),
            rights: new CurrentRights(new ClosedContexts(planner.Context, closed)));
        Assert.IsType<WriteOutcome<BudgetLineForm>.Unavailable>(await allDown.Get<SaveBudgetLine>().RunAsync(Line()));
        Assert.False(await AnyWrittenAsync(area));

        // The same form saves once the database answers again.
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await planner.Get<SaveBudgetLine>().RunAsync(Line()));
    }

    [Fact]
    public async Task A_use_case_whose_form_has_no_validator_cannot_run_and_an_unregistered_one_is_not_connected()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        var withTestUseCases = UseCases.For(fixture, area, "planner@example.fi", planner.UserId, [AreaRole.Planner],
            configure: services => services.AddWriteUseCases(typeof(WritePipelineTests).Assembly));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => withTestUseCases.Get<UnvalidatedUseCase>().RunAsync(new UnvalidatedForm()));
        Assert.Contains(nameof(UnvalidatedForm), error.Message, StringComparison.Ordinal);

        var stray = new UnvalidatedUseCase();
        Assert.Contains("not connected to the write pipeline", (await Assert.ThrowsAsync<InvalidOperationException>(() => stray.RunAsync(new UnvalidatedForm()))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_area_is_created_whole_in_one_write_inside_it_and_the_system_administrator_is_where_they_were_afterwards()
    {
        var municipality = await fixture.NewMunicipalityAsync();
        var firstAdmin = await fixture.CreateAccountAsync();
        var sysadmin = UseCases.For(fixture, null, "sysadmin@example.fi", await fixture.CreateSystemAdministratorAsync(), [], isSystemAdministrator: true,
            configure: services => services.AddScoped<IAreaAccounts>(_ => new KnownAccount(firstAdmin)));
        var form = new Areas.NewAreaForm
        {
            Slug = "luotu-" + municipality, NameFi = "Luotu alue", ResponsibleMunicipality = municipality, StartDate = new DateOnly(2026, 1, 1),
            CommitteeNameFi = "Jaosto", DecisionReference = "Valtuusto 1.9.2025 § 5", AdministratorEmail = "eka@example.fi",
        };
        var created = Assert.IsType<WriteOutcome<Areas.NewAreaForm>.Saved>(await sysadmin.Get<Areas.CreateArea>().RunAsync(form));
        Assert.Null(sysadmin.Context.AreaId);

        await using var db = fixture.CreateContext(created.Id);
        Assert.Equal(municipality, (await db.Memberships.SingleAsync()).MunicipalityCode.Value);
        var role = await db.RoleAssignments.SingleAsync();
        Assert.Equal((firstAdmin, AreaRole.Administrator), (role.UserId, role.Role));
        Assert.Contains(await db.AuditEntries.Select(a => a.EntityType).ToListAsync(), t => t == "EmploymentArea");

        // A planner of an area may not create one: nothing of the area is written.
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        form.Slug = "ei-luotu-" + municipality;
        Assert.IsType<WriteOutcome<Areas.NewAreaForm>.Forbidden>(await planner.Get<Areas.CreateArea>().RunAsync(form));
        Assert.Equal(area, planner.Context.AreaId);
    }

    /// <summary>Identity's side of an invitation for these tests: the first administrator's account exists.</summary>
    private sealed class KnownAccount(Guid id) : IAreaAccounts
    {
        public Task<Guid?> FindAsync(string email, CancellationToken ct) => Task.FromResult<Guid?>(id);
        public Task<Guid?> FindOrCreateAsync(string email, string? name, CancellationToken ct) => Task.FromResult<Guid?>(id);
    }

    /// <summary>A loopback port nobody listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Contexts on a port where no PostgreSQL answers, as when the server is stopped.</summary>
    private sealed class ClosedContexts(AreaContext area, int port) : IAppDbContextFactory, IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext()
        {
            var connection = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Database = "none", Username = "none", Timeout = 3 };
            var options = new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(connection.ConnectionString)
                .AddInterceptors(new AreaSessionInterceptor(), new AuditInterceptor(TimeProvider.System)).Options;
            return new AppDbContext(options, area);
        }

        public Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default) => Task.FromResult<IAppDbContext>(CreateDbContext());
    }
}

/// <summary>A form nobody wrote a validator for: the pipeline refuses to run its use case.</summary>
public sealed class UnvalidatedForm;

internal sealed class UnvalidatedUseCase : WriteUseCase<UnvalidatedForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected override Task<WriteStep> StageAsync(WriteContext write, UnvalidatedForm form, CancellationToken ct) => Task.FromResult(write.Gone());
}
