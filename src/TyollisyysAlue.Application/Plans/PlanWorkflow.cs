using TyollisyysAlue.Texts;
using System.Text.Json;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Draft → submitted → approved → superseded (<see cref="StartVersion"/>, <see cref="SubmitVersion"/>,
/// <see cref="ReturnVersionToDraft"/>, <see cref="ApproveVersion"/>). Approval freezes every live table of the
/// version as rendered on its date, serialized with <see cref="Json"/>.
/// </summary>
public static class PlanWorkflow
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
