using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>One field's finding in a problem answer: where (a JSON path), the stable code, and the text that explains it.</summary>
public sealed record FieldProblem(string Field, string Code, TextCode Text)
{
    /// <summary>A domain finding, explained by "Problem.{code}" of the resource table with the finding's arguments.</summary>
    public static FieldProblem Of(CostSharingError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error.Field, error.Code, new TextCode($"Problem.{error.Code}", error.Args));
    }
}
