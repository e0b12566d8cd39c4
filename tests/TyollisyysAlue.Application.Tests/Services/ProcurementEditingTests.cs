using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Common;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Procurement;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Tests.Services;

[Collection(DatabaseCollection.Name)]
public class ProcurementEditingTests(DatabaseFixture fixture)
{
    private async Task<(ServiceTestKit Kit, Guid Offering)> AreaWithOfferingAsync(string user = "anna@example.fi")
    {
        await ServiceTestKit.EnsureMapAsync(fixture);
        var (area, _) = await fixture.CreateAreaAsync();
        var kit = await ServiceTestKit.CreateAsync(fixture, area, user);
        await kit.Offerings.SaveAsync(2025, new OfferingForm { NationalServiceCode = "expert-assessment", Mode = ProductionMode.PurchasedService, Cost = 420_000m });
        return (kit, Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings).Offering.Id);
    }

    [Fact]
    public async Task A_line_at_the_threshold_with_a_small_procurement_is_saved_and_flagged()
    {
        var (kit, offering) = await AreaWithOfferingAsync();
        var form = new ProcurementLineForm
        {
            OfferingId = offering, Category = ProcurementCategory.WorkAbilityAssessment, EstimatedValue = 400_000.00m,
            Procedure = ProcurementProcedure.DynamicSmallProcurement, TenderDate = new DateTime(2025, 2, 1), ContractMonths = 24,
        };
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Saved>(await kit.Procurement.SaveAsync(2025, form));
        var year = await kit.Catalogue.LoadAsync(2025);
        var row = Assert.Single(year.Procurements);
        Assert.Equal([ProcurementFlag.ThresholdWithBelowThresholdProcedure], row.Flags);
        Assert.Equal(new DateOnly(2025, 2, 1), row.Line.TenderDate);
        Assert.Equal(1, year.FlagCount(ProcurementFlag.ThresholdWithBelowThresholdProcedure));
        Assert.Equal(400_000.00m, year.ProcurementTotal);
    }

    [Fact]
    public async Task A_value_needs_a_procedure_and_a_ground_belongs_only_to_a_direct_award()
    {
        var (kit, offering) = await AreaWithOfferingAsync();
        var form = new ProcurementLineForm { OfferingId = offering, EstimatedValue = 50_000m, DirectAwardGround = DirectAwardGround.MinorValue, ContractMonths = 0 };
        var invalid = Assert.IsType<WriteOutcome<ProcurementLineForm>.Invalid>(await kit.Procurement.SaveAsync(2025, form));
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(form.Procedure) && e.ErrorCode == "Procurement.Validation.ProcedureRequired");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(form.DirectAwardGround) && e.ErrorCode == "Procurement.Validation.GroundOnlyForDirectAward");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(form.ContractMonths));
        form.EstimatedValue = -1m;
        Assert.Contains(Assert.IsType<WriteOutcome<ProcurementLineForm>.Invalid>(await kit.Procurement.SaveAsync(2025, form)).Errors,
            e => e.ErrorCode == "Procurement.Validation.Value");
        form = new ProcurementLineForm { OfferingId = offering, EstimatedValue = 50_000m, Procedure = ProcurementProcedure.DirectAward, DirectAwardGround = DirectAwardGround.MinorValue };
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Saved>(await kit.Procurement.SaveAsync(2025, form));
    }

    [Fact]
    public async Task A_line_must_name_an_offering_of_its_own_year_and_an_offering_in_the_plan_is_not_removed()
    {
        var (kit, offering) = await AreaWithOfferingAsync();
        var form = new ProcurementLineForm { OfferingId = offering, EstimatedValue = 1_000m, Procedure = ProcurementProcedure.SmallProcurement };
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Invalid>(await kit.Procurement.SaveAsync(2026, form));
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Saved>(await kit.Procurement.SaveAsync(2025, form));
        var version = Assert.Single((await kit.Catalogue.LoadAsync(2025)).Offerings).Offering.Version;
        var refused = Assert.IsType<WriteOutcome<OfferingForm>.Invalid>(await kit.Offerings.DeleteAsync(offering, version));
        Assert.Equal("Services.Validation.InProcurementPlan", Assert.Single(refused.Errors).ErrorCode);
    }

    [Fact]
    public async Task Concurrent_edits_of_a_line_end_in_a_conflict_with_the_saved_values()
    {
        var (anna, offering) = await AreaWithOfferingAsync();
        var pekka = await ServiceTestKit.CreateAsync(fixture, anna.Context.AreaId!.Value, "pekka@example.fi");
        await anna.Procurement.SaveAsync(2025, new ProcurementLineForm { OfferingId = offering, EstimatedValue = 100_000m, Procedure = ProcurementProcedure.Open });
        var line = Assert.Single((await anna.Catalogue.LoadAsync(2025)).Procurements).Line;
        var annas = ProcurementLineForm.From(line);
        var pekkas = ProcurementLineForm.From(line);
        annas.Supplier = "Valmennus Oy";
        pekkas.EstimatedValue = 120_000m;
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Saved>(await anna.Procurement.SaveAsync(2025, annas));
        var conflict = Assert.IsType<WriteOutcome<ProcurementLineForm>.Conflict>(await pekka.Procurement.SaveAsync(2025, pekkas));
        Assert.Equal("Valmennus Oy", conflict.Theirs!.Supplier);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Conflict>(await pekka.Procurement.DeleteAsync(line.Id, line.Version));
    }

    [Fact]
    public async Task Another_areas_rows_are_not_found_and_cannot_be_written()
    {
        var (a, offeringA) = await AreaWithOfferingAsync();
        await a.Procurement.SaveAsync(2025, new ProcurementLineForm { OfferingId = offeringA, EstimatedValue = 1_000m, Procedure = ProcurementProcedure.SmallProcurement });
        var lineA = Assert.Single((await a.Catalogue.LoadAsync(2025)).Procurements).Line;
        var offering = Assert.Single((await a.Catalogue.LoadAsync(2025)).Offerings).Offering;
        var (b, _) = await AreaWithOfferingAsync("b@example.fi");

        Assert.DoesNotContain((await b.Catalogue.LoadAsync(2025)).Offerings, o => o.Offering.Id == offeringA);
        var edit = OfferingForm.From(offering);
        edit.Cost = 1m;
        Assert.IsType<WriteOutcome<OfferingForm>.Gone>(await b.Offerings.SaveAsync(2025, edit));
        Assert.IsType<WriteOutcome<OfferingForm>.Gone>(await b.Offerings.DeleteAsync(offeringA, offering.Version));
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Gone>(await b.Procurement.DeleteAsync(lineA.Id, lineA.Version));
        // B cannot hang its own procurement line on A's offering either.
        Assert.IsType<WriteOutcome<ProcurementLineForm>.Invalid>(await b.Procurement.SaveAsync(2025,
            new ProcurementLineForm { OfferingId = offeringA, EstimatedValue = 1m, Procedure = ProcurementProcedure.SmallProcurement }));

        await using var db = fixture.CreateContext(b.Context.AreaId);
        db.Set<ServiceOffering>().Add(new ServiceOffering(Guid.NewGuid(), a.Context.AreaId!.Value, 2025, ProductionMode.OwnProduction) { NationalServiceCode = "job-matching" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(420_000m, Assert.Single((await a.Catalogue.LoadAsync(2025)).Offerings).Offering.Cost);
    }

    [Theory]
    [InlineData(AreaRole.CommitteeMember)]
    [InlineData(AreaRole.Viewer)]
    public async Task Committee_members_and_viewers_read_but_cannot_write(AreaRole role)
    {
        var (planner, offering) = await AreaWithOfferingAsync();
        var reader = await ServiceTestKit.CreateAsync(fixture, planner.Context.AreaId!.Value, "reader@example.fi", role);
        Assert.Single((await reader.Catalogue.LoadAsync(2025)).Offerings);
        await Outcome.ForbiddenAsync(reader.Offerings.SaveAsync(2025, ServiceTestKit.WageSubsidy()));
        await Outcome.ForbiddenAsync(reader.Offerings.DeleteAsync(offering, 0));
        await Outcome.ForbiddenAsync(reader.Locals.SaveAsync(new LocalServiceForm { NameFi = "x" }));
        await Outcome.ForbiddenAsync(reader.Procurement.SaveAsync(2025,
            new ProcurementLineForm { OfferingId = offering, EstimatedValue = 1m, Procedure = ProcurementProcedure.SmallProcurement }));
    }

    [Fact]
    public async Task The_national_map_is_the_same_reference_data_in_every_area()
    {
        await ServiceTestKit.EnsureMapAsync(fixture);
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var mapA = (await (await ServiceTestKit.CreateAsync(fixture, a, "a")).Catalogue.LoadAsync(2025)).Map;
        var mapB = (await (await ServiceTestKit.CreateAsync(fixture, b, "b")).Catalogue.LoadAsync(2025)).Map;
        Assert.Equal(Infrastructure.Seeding.NationalServiceMap.All.Count, mapA.Count);
        Assert.Equal(mapA.Select(s => s.Code), mapB.Select(s => s.Code));
        Assert.Equal(7, mapA.Select(s => s.Group).Distinct().Count());
        Assert.All(mapA, s => Assert.False(string.IsNullOrEmpty(s.NameSv) || string.IsNullOrEmpty(s.NameEn)));
        Assert.False(typeof(IAreaOwned).IsAssignableFrom(typeof(NationalService)));
    }
}
