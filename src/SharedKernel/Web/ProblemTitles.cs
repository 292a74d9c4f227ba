using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Http;

namespace Estate.SharedKernel.Web;

/// <summary>One title per status, so every problem answer of the platform reads the same.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Texts.T("一个或多个字段无效。", "One or more fields are invalid."),
        StatusCodes.Status401Unauthorized => Texts.T("需要登录。", "Sign-in required."),
        StatusCodes.Status403Forbidden => Texts.T("您没有执行此操作的权限。", "You do not have permission for this."),
        StatusCodes.Status404NotFound => Texts.T("未找到。", "Not found."),
        StatusCodes.Status409Conflict => Texts.T("记录已变更或不允许此操作。", "The record has changed or does not allow this."),
        _ => Texts.T("发生了意外错误。", "An unexpected error occurred."),
    };
}
