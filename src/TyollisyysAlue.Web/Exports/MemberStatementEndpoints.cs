using System.Globalization;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Exports;

/// <summary>A member's statement of a year as a tagged PDF in the member's language, for everyone who may read the area.</summary>
public static class MemberStatementEndpoints
{
    /// <summary>The address of a member's statement under the area (the payments view links it).</summary>
    public static string Path(string code, int year) => string.Create(CultureInfo.InvariantCulture, $"follow-up/statement/{code}.pdf?year={year}");

    public static void MapMemberStatements(this RouteGroupBuilder area) =>
        area.MapGet("/follow-up/statement/{code}.pdf", async (string code, int year, EnteredArea entered, PaymentsQuery payments, TimeProvider clock, HttpContext http) =>
        {
            if (!MunicipalityCode.TryParse(code, out var member)) return Results.NotFound();
            if (await payments.StatementAsync(year, member, http.RequestAborted) is not { } statement) return Results.NotFound();
            var document = MemberStatementDocument.Build(statement, entered.Area.NameIn(statement.Language), clock.GetUtcNow());
            var name = string.Create(CultureInfo.InvariantCulture, $"tiliote-{entered.Area.Slug}-{member.Value}-{year}-{statement.Language}.pdf");
            return Results.File(AgendaPdfExporter.Render(document), AgendaPdfExporter.ContentType, name);
        });
}
