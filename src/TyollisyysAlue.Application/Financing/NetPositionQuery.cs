using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Financing;

/// <summary>
/// The current area's net position of a year: each member's payment from the year's split (incl. direct charges and
/// investments), with the financing inputs of <see cref="MemberFinancingLoader"/>, through the domain calculator.
/// </summary>
public sealed class NetPositionQuery(IAppDbContextFactory contexts, YearSplitQuery splits)
{
    public async Task<NetPositionView> LoadAsync(int year, CancellationToken ct = default)
    {
        var split = await splits.LoadAsync(year, ct: ct);
        await using var db = await contexts.CreateAsync(ct);
        var members = split?.Members.ToList() ?? await YearSplitQuery.MembersOfYearAsync(db, year, ct);
        var inputs = await MemberFinancingLoader.LoadAsync(db, year, members.Select(m => (m.Code, m.NameFi)).ToList(), null, ct);
        var missing = inputs.Missing.ToList();
        if (split?.Split is null) missing.Insert(0, new FinancingMissing("Financing.Missing.Split", "Financing.Publisher.Area"));

        NetPositionTable? table = null;
        if (missing.Count == 0)
            table = NetPositionCalculator.Table(split!.Split!.Municipalities.Select(share =>
            {
                var member = inputs.Members[share.Code];
                return new NetPositionInput(share.Code, share.Name, share.Total, member.StateShare, member.BenefitLiability,
                    member.Liability.Source, member.Compensation, member.WorkingAge);
            }));
        var liabilities = inputs.Members.ToDictionary(m => m.Key, m => m.Value.Liability);
        var demo = inputs.Parameters.Any(p => p.IsDemo) || inputs.Members.Values.Any(m => m.IsDemo) || split?.UsesDemoData == true;
        return new NetPositionView(year, members, table, missing, inputs.Parameters, liabilities, demo);
    }
}
