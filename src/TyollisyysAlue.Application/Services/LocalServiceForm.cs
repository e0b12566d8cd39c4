using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>What the local service editor posts: a name in Finnish (Swedish and English if the area gives them).</summary>
public sealed class LocalServiceForm : IRowForm
{
    public Guid? Id { get; set; }
    public ServiceGroup Group { get; set; } = ServiceGroup.FindingWorkAndWorkers;
    public ServiceAudience Audience { get; set; } = ServiceAudience.Jobseeker;
    public string NameFi { get; set; } = string.Empty;
    public string? NameSv { get; set; }
    public string? NameEn { get; set; }
    public uint Version { get; set; }

    public static LocalServiceForm From(LocalService s) => new()
    {
        Id = s.Id, Group = s.Group, Audience = s.Audience, NameFi = s.NameFi, NameSv = s.NameSv, NameEn = s.NameEn, Version = s.Version,
    };
}

public sealed class LocalServiceFormValidator : AbstractValidator<LocalServiceForm>
{
    public LocalServiceFormValidator()
    {
        RuleFor(f => f.NameFi).NotEmpty().WithErrorCode("Services.Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameSv).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameEn).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Group).IsInEnum().WithErrorCode("Services.Validation.GroupRequired");
        RuleFor(f => f.Audience).IsInEnum().WithErrorCode("Services.Validation.AudienceRequired");
    }
}
