using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using FluentValidation;

namespace Estate.Host.Platform.Features.Users;

/// <summary>Rules shared by creating and changing a user: a company role, and a department for heads and staff.</summary>
internal static class UserRules
{
    public static void RoleAndDepartment<T>(AbstractValidator<T> validator, Func<T, string?> role, Func<T, string?> department, IModuleCatalog catalog)
    {
        validator.RuleFor(r => role(r)).NotEmpty()
            .Must(r => PlatformRoles.CompanyRoles.Contains(r!)).WithMessage($"Role must be one of: {string.Join(", ", PlatformRoles.CompanyRoles)}.")
            .OverridePropertyName("role");
        validator.RuleFor(r => department(r))
            .NotEmpty().When(r => role(r) is PlatformRoles.DepartmentHead or PlatformRoles.Staff).WithMessage("Department heads and staff need a department.")
            .Must(d => d is null || catalog.Modules.Any(m => m.Manifest.Id == d)).WithMessage("'{PropertyValue}' is not a department (installed module) of the platform.")
            .OverridePropertyName("department");
    }
}
