using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Ui;
using FluentValidation;

namespace Estate.Host.Platform.Features.Users;

/// <summary>Rules shared by creating and changing a user: a company role, and a department for heads and staff.</summary>
internal static class UserRules
{
    public static void RoleAndDepartment<T>(AbstractValidator<T> validator, Func<T, string?> role, Func<T, string?> department, IModuleCatalog catalog)
    {
        validator.RuleFor(r => role(r)).NotEmpty()
            .Must(r => PlatformRoles.CompanyRoles.Contains(r!)).WithMessage(_ => Texts.T($"角色须为以下之一：{string.Join(", ", PlatformRoles.CompanyRoles)}。", $"Role must be one of: {string.Join(", ", PlatformRoles.CompanyRoles)}."))
            .OverridePropertyName("role");
        validator.RuleFor(r => department(r))
            .NotEmpty().When(r => role(r) is PlatformRoles.DepartmentHead or PlatformRoles.Staff).WithMessage(_ => Texts.T("部门负责人和员工须指定所属部门。", "Department heads and staff need a department."))
            .Must(d => d is null || catalog.Modules.Any(m => m.Manifest.Id == d)).WithMessage(_ => Texts.T("“{PropertyValue}”不是平台的部门（已安装的模块）。", "'{PropertyValue}' is not a department (installed module) of the platform."))
            .OverridePropertyName("department");
    }
}
