using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Platform.Features;

/// <summary>Identity's refusals (weak password, taken email) as field errors of the request.</summary>
internal static class IdentityErrors
{
    public static Error ToError(IdentityResult result, string prefix)
    {
        string Field(IdentityError e) => e.Code switch
        {
            _ when e.Code.Contains("Password", StringComparison.Ordinal) => "password",
            _ when e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) => "email",
            _ => "user",
        };
        var fields = result.Errors
            .GroupBy(e => string.IsNullOrEmpty(prefix) ? Field(e) : $"{prefix}.{Field(e)}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        var duplicate = result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
        return duplicate
            ? new Error(ErrorKind.Conflict, "duplicate", Texts.T("已存在使用该邮箱的用户。", "A user with this email already exists."), fields)
            : new Error(ErrorKind.Validation, "validation", Texts.T("一个或多个字段无效。", "One or more fields are invalid."), fields);
    }
}
