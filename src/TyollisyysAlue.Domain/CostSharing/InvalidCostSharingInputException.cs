using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// Thrown when a calculation is called with input its Validate method would have refused:
/// callers are expected to validate first and show <see cref="Errors"/> field by field.
/// </summary>
public sealed class InvalidCostSharingInputException(IReadOnlyList<CostSharingError> errors)
    : DomainException(CostSharingErrorCodes.InvalidInput,
        "Invalid cost-sharing input: " + string.Join("; ", errors))
{
    public IReadOnlyList<CostSharingError> Errors { get; } = errors;
}
