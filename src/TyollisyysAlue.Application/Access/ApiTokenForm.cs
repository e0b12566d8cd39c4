using FluentValidation;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>What an administrator types to create an API token: what it is for, and what it may do.</summary>
public sealed class ApiTokenForm
{
    public string Name { get; set; } = string.Empty;
    /// <summary>Read the area's split, schedule and reconciliation.</summary>
    public bool Read { get; set; } = true;
    /// <summary>Import indicator values (preview, and save with commit=true).</summary>
    public bool Import { get; set; }

    public ApiScope Scopes => (Read ? ApiScope.Read : ApiScope.None) | (Import ? ApiScope.Import : ApiScope.None);


    /// <summary>
    /// The token <see cref="CreateApiToken"/> issued, set while it stages the row: read it after a Saved outcome.
    /// It is the only time the secret exists outside its holder (only its hash is stored).
    /// </summary>
    public string? IssuedToken { get; internal set; }
}

/// <summary>Error codes are resource keys (the UI translates them).</summary>
public sealed class ApiTokenFormValidator : AbstractValidator<ApiTokenForm>
{
    public ApiTokenFormValidator()
    {
        RuleFor(f => f.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithErrorCode("Validation.TokenNameRequired")
            .Must(n => n is null || n.Trim().Length <= ApiToken.MaxNameLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Read).Must((f, _) => f.Scopes != ApiScope.None).WithErrorCode("Validation.TokenScopeRequired");
    }
}
