namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// One broken rule of a cost-sharing input. <see cref="Field"/> is the camelCase path of the
/// offending value in the input as given (e.g. <c>municipalities[3].indicators.unemployed</c>) so an API
/// can point at it; <see cref="Code"/> is a stable key from <see cref="CostSharingErrorCodes"/>.
/// </summary>
public sealed record CostSharingError(string Field, string Code, string Message);
