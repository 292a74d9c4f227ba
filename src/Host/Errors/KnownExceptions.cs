using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Host.Errors;

/// <summary>
/// The exceptions that mean "the caller asked for something wrong", as the <see cref="Error"/> they stand for.
/// The API answers them as problem details, the web UI shows them next to the form; anything else is a fault.
/// </summary>
internal static class KnownExceptions
{
    public static Error? ToError(Exception exception) => exception switch
    {
        ValidationException validation => new Error(ErrorKind.Validation, "validation", Texts.T("一个或多个字段无效。", "One or more fields are invalid."),
            validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        ModuleDisabledException or CrossTenantWriteException => new Error(ErrorKind.NotFound, "not_found", Texts.T("资源不存在。", "No such resource.")),
        TenantRequiredException => new Error(ErrorKind.Forbidden, "no_company", Texts.T("此操作需要公司用户。", "This needs a user of a company.")),
        DbUpdateConcurrencyException => Error.Conflict("stale", Texts.T("该记录在您读取后已被他人修改，请重新读取后再试。", "The record was changed by someone else since you read it; read it again and retry.")),
        DomainRuleException rule => Error.Conflict(rule.Code, rule.Message),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            Error.Conflict("duplicate", Texts.T("已存在相同唯一值的记录。", "A record with the same unique value already exists.")),
        _ => null,
    };
}
