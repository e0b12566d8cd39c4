using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Application.Partners;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Tests.Offices;

[Collection(DatabaseCollection.Name)]
public class StaffingAndPartnerEditingTests(DatabaseFixture fixture)
{
    private RowEditorOf<StaffForm, StaffingQuery> StaffIn(Guid area, string name, AreaRole role = AreaRole.Planner) =>
        RowEditorOf<StaffForm, StaffingQuery>.Of<SaveStaffRow, DeleteStaffRow>(UseCases.Pending(fixture, area, name, role));

    private RowEditorOf<PartnerForm, PartnersQuery> PartnersIn(Guid area, string name, AreaRole role = AreaRole.Planner) =>
        RowEditorOf<PartnerForm, PartnersQuery>.Of<SavePartner, DeletePartner>(UseCases.Pending(fixture, area, name, role));

    [Fact]
    public async Task Staff_rows_add_up_negative_or_three_decimal_person_years_are_refused_and_edits_conflict()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = StaffIn(area, "anna@example.fi");
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await anna.SaveAsync(new() { Location = "Kuopio", Process = KeyProcess.Guidance, PersonYears = 26.5m }));
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await anna.SaveAsync(new() { Location = "Kuopio", Funding = StaffFunding.MunicipalitySupplementary, PersonYears = 26m }));

        var negative = Assert.IsType<WriteOutcome<StaffForm>.Invalid>(await anna.SaveAsync(new() { Location = "Kuopio", PersonYears = -1m }));
        Assert.Equal("Staffing.Validation.Negative", negative.Errors[0].ErrorCode);
        Assert.IsType<WriteOutcome<StaffForm>.Invalid>(await anna.SaveAsync(new() { Location = "Kuopio", PersonYears = 1.005m }));

        var view = await anna.Query.LoadAsync();
        Assert.Equal(26.5m, view.Table.AreaStaff);
        Assert.Equal(52.5m, view.Table.GrandTotal);

        var row = view.Rows.Single(r => r.Funding == StaffFunding.Area);
        var annas = StaffForm.From(row);
        var pekkas = StaffForm.From(row);
        annas.PersonYears = 30m;
        pekkas.PersonYears = 20m;
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await anna.SaveAsync(annas));
        var conflict = Assert.IsType<WriteOutcome<StaffForm>.Conflict>(await StaffIn(area, "pekka@example.fi").SaveAsync(pekkas));
        Assert.Equal(30m, conflict.Theirs!.PersonYears);
        Assert.Equal(56m, (await anna.Query.LoadAsync()).Table.GrandTotal);

        await using var db = fixture.CreateContext(area);
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(StaffAllocation)));
    }

    [Fact]
    public async Task A_partner_with_an_agreement_is_saved_a_review_before_the_agreement_is_refused_and_other_areas_do_not_see_it()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var planner = PartnersIn(area, "anna@example.fi");
        var form = new PartnerForm
        {
            Name = "Kela", Kind = PartnerKind.Kela, Section = StatutorySection.Partners, Agreement = "Yhteistyösopimus",
            AgreementDate = new DateTime(2025, 3, 1), ReviewDate = new DateTime(2025, 2, 1),
        };
        var invalid = Assert.IsType<WriteOutcome<PartnerForm>.Invalid>(await planner.SaveAsync(form));
        Assert.Equal("Partners.Validation.ReviewBeforeAgreement", Assert.Single(invalid.Errors).ErrorCode);

        form.ReviewDate = new DateTime(2026, 3, 1);
        Assert.IsType<WriteOutcome<PartnerForm>.Saved>(await planner.SaveAsync(form));
        var partner = Assert.Single(await planner.Query.LoadAsync());
        Assert.Equal(new DateOnly(2026, 3, 1), partner.ReviewDate);
        Assert.True(partner.IsReviewOverdue(new DateOnly(2026, 3, 2)));

        var intruder = PartnersIn(other, "b@example.fi");
        Assert.Empty(await intruder.Query.LoadAsync());
        var stolen = PartnerForm.From(partner);
        stolen.Name = "Kaapattu";
        Assert.IsType<WriteOutcome<PartnerForm>.Gone>(await intruder.SaveAsync(stolen));
        Assert.IsType<WriteOutcome<PartnerForm>.Gone>(await intruder.DeleteAsync(partner.Id, partner.Version));
        await Outcome.ForbiddenAsync(PartnersIn(area, "c@example.fi", AreaRole.CommitteeMember).SaveAsync(stolen));
        Assert.Equal("Kela", Assert.Single(await planner.Query.LoadAsync()).Name);
    }
}
