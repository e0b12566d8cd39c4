using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Committees;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Committees;

/// <summary>One member municipality's seats under the area's rule, and who sits on them on the day.</summary>
public sealed record CommitteeRow(MunicipalityCode Code, int Seats, decimal? Population, IReadOnlyList<CommitteeMember> Sitting);

public sealed record CommitteeView(CommitteeSeatRule Rule, IReadOnlyList<CommitteeRow> Rows);

public sealed class CommitteeMemberForm
{
    public string MunicipalityCode { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Deputy { get; set; }
    public DateTime? TermStart { get; set; }
    public DateTime? TermEnd { get; set; }
}

public sealed class CommitteeMemberFormValidator : AbstractValidator<CommitteeMemberForm>
{
    public CommitteeMemberFormValidator()
    {
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Validation.MunicipalityRequired");
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Deputy).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.TermStart).NotNull().WithErrorCode("Validation.ReferenceRequired");
        RuleFor(f => f.TermEnd).Must((f, end) => end is null || f.TermStart is null || end >= f.TermStart).WithErrorCode("Validation.TermEnd");
    }
}

/// <summary>The joint committee: seats per member municipality under the area's rule, and its members by term.</summary>
public sealed class CommitteeRoster(IAppDbContextFactory contexts, AreaContext area, IValidator<CommitteeMemberForm> validator)
{
    public async Task<CommitteeView?> OnAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var areaRow = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == area.AreaId, ct);
        if (areaRow is null) return null;
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var codes = memberships.Where(m => m.IsActiveOn(day)).Select(m => m.MunicipalityCode).Distinct().Order().ToList();
        var population = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.Population && codes.Contains(v.MunicipalityCode) && v.OnDate <= day)
            .ToListAsync(ct);
        var committee = await db.CommitteeMembers.AsNoTracking().ToListAsync(ct);
        var rows = codes.Select(code =>
        {
            var latest = population.Where(v => v.MunicipalityCode == code).OrderByDescending(v => v.OnDate).FirstOrDefault()?.Value;
            return new CommitteeRow(code, CommitteeSeats.For(areaRow.SeatRule, latest), latest,
                committee.Where(c => c.MunicipalityCode == code && c.IsSittingOn(day)).OrderBy(c => c.Name).ToList());
        }).ToList();
        return new CommitteeView(areaRow.SeatRule, rows);
    }

    /// <summary>The area's administrators decide how seats are divided (their own area's row only).</summary>
    public async Task SetRuleAsync(CommitteeSeatRule rule, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        var own = await db.Areas.FirstAsync(a => a.Id == area.AreaId, ct);
        own.SeatRule = rule;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Administrators record a member for a municipality that is a member on the term's first day.</summary>
    public async Task<IReadOnlyList<ValidationFailure>> AddAsync(CommitteeMemberForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return result.Errors;
        var code = Domain.Municipalities.MunicipalityCode.Parse(form.MunicipalityCode);
        var start = DateOnly.FromDateTime(form.TermStart!.Value);
        await using var db = await contexts.CreateAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (!memberships.Any(m => m.IsActiveOn(start)))
            return [new ValidationFailure(nameof(form.MunicipalityCode), "not a member") { ErrorCode = "Validation.NotAMember" }];
        db.CommitteeMembers.Add(new CommitteeMember(Guid.NewGuid(), area.AreaId!.Value, code, form.Name, form.Deputy, start,
            form.TermEnd is { } end ? DateOnly.FromDateTime(end) : null));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
