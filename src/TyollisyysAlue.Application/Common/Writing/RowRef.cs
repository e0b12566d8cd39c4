using FluentValidation;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>A row to remove (or act on): its key and the version the user saw.</summary>
public sealed record RowRef(Guid Id, uint Version);

public sealed class RowRefValidator : AbstractValidator<RowRef>
{
    public RowRefValidator() => RuleFor(r => r.Id).NotEmpty().WithErrorCode("Validation.Required");
}
