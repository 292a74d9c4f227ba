using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Platform.Features;

/// <summary>
/// Identity's refusals (weak password, taken email) in the reader's language; the codes stay Identity's, so
/// <see cref="IdentityErrors"/> still maps them to fields.
/// </summary>
internal sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        With(base.DefaultError(), "发生了未知错误。", "An unknown failure has occurred.");

    public override IdentityError ConcurrencyFailure() =>
        With(base.ConcurrencyFailure(), "该用户在您读取后已被他人修改，请重新读取后再试。", "The user was changed by someone else since you read it; read it again and retry.");

    public override IdentityError PasswordMismatch() => With(base.PasswordMismatch(), "密码错误。", "Incorrect password.");

    public override IdentityError InvalidUserName(string? userName) =>
        With(base.InvalidUserName(userName), $"用户名“{userName}”无效。", $"Username '{userName}' is invalid.");

    public override IdentityError InvalidEmail(string? email) =>
        With(base.InvalidEmail(email), $"邮箱“{email}”无效。", $"Email '{email}' is invalid.");

    public override IdentityError DuplicateUserName(string userName) =>
        With(base.DuplicateUserName(userName), $"用户名“{userName}”已被使用。", $"Username '{userName}' is already taken.");

    public override IdentityError DuplicateEmail(string email) =>
        With(base.DuplicateEmail(email), $"邮箱“{email}”已被使用。", $"Email '{email}' is already taken.");

    public override IdentityError PasswordTooShort(int length) =>
        With(base.PasswordTooShort(length), $"密码至少需要 {length} 个字符。", $"Passwords must be at least {length} characters.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        With(base.PasswordRequiresUniqueChars(uniqueChars), $"密码至少需要 {uniqueChars} 个不同的字符。", $"Passwords must use at least {uniqueChars} different characters.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        With(base.PasswordRequiresNonAlphanumeric(), "密码至少需要一个非字母数字的字符。", "Passwords must have at least one non alphanumeric character.");

    public override IdentityError PasswordRequiresDigit() =>
        With(base.PasswordRequiresDigit(), "密码至少需要一个数字（0-9）。", "Passwords must have at least one digit ('0'-'9').");

    public override IdentityError PasswordRequiresLower() =>
        With(base.PasswordRequiresLower(), "密码至少需要一个小写字母（a-z）。", "Passwords must have at least one lowercase ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() =>
        With(base.PasswordRequiresUpper(), "密码至少需要一个大写字母（A-Z）。", "Passwords must have at least one uppercase ('A'-'Z').");

    private static IdentityError With(IdentityError error, string zh, string en) => new() { Code = error.Code, Description = Texts.T(zh, en) };
}
