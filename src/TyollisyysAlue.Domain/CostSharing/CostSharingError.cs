namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// One broken rule of a cost-sharing input. <see cref="Field"/> is the camelCase path of the offending value in the
/// input as given (e.g. <c>municipalities[3].indicators.unemployed</c>) so an API can point at it; <see cref="Code"/> is
/// a stable key from <see cref="CostSharingErrorCodes"/> and <see cref="Args"/> the values its text names (a code, an
/// indicator, an amount). The domain writes no sentences: the page and the API render "Problem.{Code}" from the
/// resource table in their reader's language.
/// </summary>
public sealed record CostSharingError(string Field, string Code, params object[] Args)
{
    public override string ToString() => Args.Length == 0 ? $"{Field}: {Code}" : $"{Field}: {Code} ({string.Join(", ", Args)})";
}
