using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Procurement;

namespace TyollisyysAlue.Application.Procurement;

/// <summary>Planners add or change a line of the year's procurement plan; a line names an offering of the same year.</summary>
public sealed class SaveProcurementLine : RowSave<ProcurementLine, ProcurementLineForm>
{
    protected override DbSet<ProcurementLine> Set(IAppDbContext db) => db.ProcurementLines();

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, ProcurementLineForm form, CancellationToken ct) =>
        await write.Db.ServiceOfferings().AnyAsync(o => o.Id == form.OfferingId && o.Year == form.Year, ct)
            ? [] : [Failure(nameof(form.OfferingId), "Procurement.Validation.ServiceRequired")];

    protected override Task<ProcurementLine> CreateAsync(WriteContext write, ProcurementLineForm form, CancellationToken ct) =>
        Task.FromResult(new ProcurementLine(Guid.NewGuid(), write.AreaId, form.Year, form.OfferingId!.Value, form.Category, form.EstimatedValue));

    protected override void Apply(ProcurementLine line, ProcurementLineForm form)
    {
        line.OfferingId = form.OfferingId!.Value;
        line.Title = ServiceData.Blank(form.Title);
        line.Category = form.Category;
        line.EstimatedValue = form.EstimatedValue;
        line.Procedure = form.Procedure;
        line.DirectAwardGround = form.Procedure == ProcurementProcedure.DirectAward ? form.DirectAwardGround : null;
        line.Supplier = ServiceData.Blank(form.Supplier);
        line.TenderDate = form.TenderDate is { } date ? DateOnly.FromDateTime(date) : null;
        line.ContractMonths = form.ContractMonths;
        line.IsDemo = false;
    }

    protected override ProcurementLineForm ToForm(ProcurementLine line) => ProcurementLineForm.From(line);
}
