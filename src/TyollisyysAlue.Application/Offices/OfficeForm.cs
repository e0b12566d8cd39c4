using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>What the office editor posts.</summary>
public sealed class OfficeForm : IRowForm
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? NameSv { get; set; }
    public string? MunicipalityCode { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public OfficeType Type { get; set; } = OfficeType.FullTime;
    public bool WalkIn { get; set; }
    public string? OpeningHours { get; set; }
    public ServiceChannels Channels { get; set; } = ServiceChannels.OnSite;
    public IReadOnlyCollection<string> Languages { get; set; } = ["fi"];

    /// <summary>A new office: served in Finnish, and also in Swedish where the area is bilingual.</summary>
    public static OfficeForm New(bool bilingualArea) => new() { Languages = bilingualArea ? ["fi", "sv"] : ["fi"] };
    public uint Version { get; set; }

    public static OfficeForm From(ServicePoint point) => new()
    {
        Id = point.Id, Name = point.Name, NameSv = point.NameSv, MunicipalityCode = point.MunicipalityCode.Value, District = point.District, Address = point.Address,
        Type = point.Type, WalkIn = point.WalkIn, OpeningHours = point.OpeningHours, Channels = point.Channels,
        Languages = point.Languages.ToList(), Version = point.Version,
    };
}

/// <summary>Error codes are resource keys; property names are the fields.</summary>
public sealed class OfficeFormValidator : AbstractValidator<OfficeForm>
{
    /// <summary>Languages a point may declare: the national ones, Sámi and the common service languages.</summary>
    public static readonly IReadOnlyList<string> KnownLanguages = ["fi", "sv", "se", "en", "ru", "et", "ar", "so", "uk"];

    public OfficeFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Offices.Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameSv).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Offices.Validation.MunicipalityRequired");
        RuleFor(f => f.Address).NotEmpty().When(f => ServicePoint.NeedsAddress(f.Type)).WithErrorCode("Offices.Validation.AddressRequired");
        RuleFor(f => f.Address).MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.District).MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.OpeningHours).MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Channels).Must(c => c != ServiceChannels.None).WithErrorCode("Offices.Validation.ChannelRequired");
        RuleFor(f => f.WalkIn).Must((f, walkIn) => !walkIn || f.Channels.HasFlag(ServiceChannels.OnSite)).WithErrorCode("Offices.Validation.WalkInNeedsOnSite");
        RuleFor(f => f.Languages).Must(l => l.Count > 0).WithErrorCode("Offices.Validation.LanguageRequired")
            .Must(l => l.All(KnownLanguages.Contains)).WithErrorCode("Offices.Validation.LanguageUnknown");
    }
}
