using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Common;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Procurement;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Tests.Services;

[Collection(DatabaseCollection.Name)]
public class ServiceEditingTests(DatabaseFixture fixture)
{
    private async Task<Guid> AreaAsync()
    {
        await ServiceTestKit.EnsureMapAsync(fixture);
        return (await fixture.CreateAreaAsync()).AreaId;
    }

    [Fact]
    public async Task A_planner_adds_and_changes_an_offering_with_several_target_groups()
    {
        var kit = await ServiceTestKit.CreateAsync(fixture, await AreaAsync(), "anna@example.fi");
        Assert.IsType<WriteOutcome<OfferingForm>.Saved>(await kit.Offerings.SaveAsync(2025, ServiceTestKit.WageSubsidy()));
        var row = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings);
        Assert.Equal("Palkkatuki", row.NameIn("fi"));
        Assert.Equal("Lönesubvention", row.NameIn("sv"));
        Assert.Equal(TargetGroups.LongTermUnemployed | TargetGroups.PartiallyAbleToWork, row.Offering.TargetGroups);

        var edit = OfferingForm.From(row.Offering);
        edit.Cost = 2_450_000.55m;
        edit.StatutoryClass = StatutoryClass.AppropriationBound;
        Assert.IsType<WriteOutcome<OfferingForm>.Saved>(await kit.Offerings.SaveAsync(2025, edit));
        var changed = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings).Offering;
        Assert.Equal(2_450_000.55m, changed.Cost);
        Assert.Equal(StatutoryClass.AppropriationBound, changed.StatutoryClass);
        Assert.Empty((await kit.Catalogue.LoadAsync(2026)).Offerings);
    }

    [Fact]
    public async Task Two_planners_editing_one_offering_the_second_gets_the_first_ones_values_and_name()
    {
        var area = await AreaAsync();
        var anna = await ServiceTestKit.CreateAsync(fixture, area, "anna@example.fi");
        var pekka = await ServiceTestKit.CreateAsync(fixture, area, "pekka@example.fi");
        await anna.Offerings.SaveAsync(2025, ServiceTestKit.WageSubsidy());
        var offering = Assert.Single((await anna.Catalogue.LoadAsync(2025)).Offerings).Offering;
        var annas = OfferingForm.From(offering);
        var pekkas = OfferingForm.From(offering);
        annas.Cost = 2_000_000m;
        pekkas.Cost = 2_600_000m;
        Assert.IsType<WriteOutcome<OfferingForm>.Saved>(await anna.Offerings.SaveAsync(2025, annas));
        var conflict = Assert.IsType<WriteOutcome<OfferingForm>.Conflict>(await pekka.Offerings.SaveAsync(2025, pekkas));
        Assert.Equal(2_000_000m, conflict.Theirs!.Cost);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.Equal(2_000_000m, Assert.Single((await pekka.Catalogue.LoadAsync(2025)).Offerings).Offering.Cost);
    }

    [Fact]
    public async Task Field_errors_name_their_fields_and_nothing_is_saved()
    {
        var kit = await ServiceTestKit.CreateAsync(fixture, await AreaAsync(), "anna@example.fi");
        var bad = ServiceTestKit.WageSubsidy(-1m);
        bad.Volume = -5;
        bad.Mode = null;
        var invalid = Assert.IsType<WriteOutcome<OfferingForm>.Invalid>(await kit.Offerings.SaveAsync(2025, bad));
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(OfferingForm.Cost) && e.ErrorCode == "Services.Validation.Cost");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(OfferingForm.Volume) && e.ErrorCode == "Services.Validation.Volume");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(OfferingForm.Mode));
        var unknown = ServiceTestKit.WageSubsidy();
        unknown.NationalServiceCode = "no-such-service";
        Assert.IsType<WriteOutcome<OfferingForm>.Invalid>(await kit.Offerings.SaveAsync(2025, unknown));
        Assert.Empty((await kit.Catalogue.LoadAsync(2025)).Offerings);
    }

    [Fact]
    public async Task A_local_service_can_be_offered_and_is_not_removed_while_offered()
    {
        var kit = await ServiceTestKit.CreateAsync(fixture, await AreaAsync(), "anna@example.fi");
        Assert.IsType<WriteOutcome<LocalServiceForm>.Saved>(await kit.Locals.SaveAsync(new LocalServiceForm { NameFi = "Kesätyösetelit", NameSv = "Sommarjobbssedlar" }));
        var local = Assert.Single((await kit.Catalogue.LoadAsync(2025)).LocalServices);
        await kit.Offerings.SaveAsync(2025, new OfferingForm { LocalServiceId = local.Id, Mode = ProductionMode.OwnProduction, Cost = 600_000m });
        var row = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings);
        Assert.True(row.IsLocal);
        Assert.Equal("Sommarjobbssedlar", row.NameIn("sv"));
        Assert.Equal("Kesätyösetelit", row.NameIn("en"));
        var refused = Assert.IsType<WriteOutcome<LocalServiceForm>.Invalid>(await kit.Locals.DeleteAsync(local.Id, local.Version));
        Assert.Equal("Services.Validation.LocalServiceOffered", Assert.Single(refused.Errors).ErrorCode);
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_log_with_the_user()
    {
        var area = await AreaAsync();
        var kit = await ServiceTestKit.CreateAsync(fixture, area, "auditoitu@example.fi");
        await kit.Offerings.SaveAsync(2025, ServiceTestKit.WageSubsidy());
        var offering = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings).Offering;
        await kit.Procurement.SaveAsync(2025, new ProcurementLineForm { OfferingId = offering.Id, EstimatedValue = 10_000m, Procedure = ProcurementProcedure.SmallProcurement });
        var line = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Procurements).Line;
        await kit.Procurement.DeleteAsync(line.Id, line.Version);

        await using var db = fixture.CreateContext(area);
        var entries = await db.AuditEntries.Where(a => a.UserName == "auditoitu@example.fi").ToListAsync();
        Assert.Contains(entries, e => e.EntityType == nameof(ServiceOffering) && e.EntityKey == offering.Id.ToString());
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(ProcurementLine)));
    }
}
