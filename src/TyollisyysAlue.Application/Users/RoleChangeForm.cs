using FluentValidation;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>A role to give to, or take from, a user of the current area.</summary>
public sealed class RoleChangeForm
{
    public Guid UserId { get; set; }
    public AreaRole? Role { get; set; }
}

/// <summary>Error codes are resource keys (the UI translates them).</summary>
public sealed class RoleChangeFormValidator : AbstractValidator<RoleChangeForm>
{
    public RoleChangeFormValidator()
    {
        RuleFor(f => f.UserId).NotEmpty().WithErrorCode("Users.UserRequired");
        RuleFor(f => f.Role).NotNull().WithErrorCode("Users.RoleRequired").IsInEnum().WithErrorCode("Users.RoleRequired");
    }
}
