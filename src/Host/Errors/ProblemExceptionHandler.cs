using System.Text.Json;
using System.Text.RegularExpressions;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Host.Errors;

/// <summary>
/// Turns every exception into RFC 7807 problem details: what a client sent wrong is a 4xx naming the
/// field where there is one; only the platform's own faults are 500s.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail, errors) = Classify(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = ProblemTitles.For(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Code, string Detail, IDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ValidationException validation => (400, "validation", "One or more fields are invalid.",
            validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        BadHttpRequestException badRequest => ClassifyBadRequest(badRequest),
        ModuleDisabledException => (404, "not_found", "No such resource.", null),
        CrossTenantWriteException => (404, "not_found", "No such resource.", null),
        TenantRequiredException => (403, "no_company", "This needs a user of a company.", null),
        DbUpdateConcurrencyException => (409, "stale", "The record was changed by someone else since you read it; read it again and retry.", null),
        DomainRuleException rule => (409, rule.Code, rule.Message, null),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            (409, "duplicate", "A record with the same unique value already exists.", null),
        _ => (500, "error", "An unexpected error occurred.", null),
    };

    // Model binding failures: a body that is not the expected JSON, or a route/query value of the wrong type.
    private static (int, string, string, IDictionary<string, string[]>?) ClassifyBadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            var message = field is null ? "The request body is not valid JSON." : $"'{field}' has a value of the wrong type or an unknown value.";
            return (400, "validation", message, field is null ? null : new Dictionary<string, string[]> { [field] = [message] });
        }

        var parameter = BindFailure().Match(exception.Message);
        if (parameter.Success)
        {
            var field = parameter.Groups["name"].Value;
            var message = $"'{field}' has an invalid value '{parameter.Groups["value"].Value}'.";
            return (400, "validation", message, new Dictionary<string, string[]> { [field] = [message] });
        }

        return (exception.StatusCode, "bad_request", exception.Message, null);
    }

    // "$.priority" → "priority"; "$.items[2].name" → "items[2].name"
    private static string? FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [GeneratedRegex("""Failed to bind parameter "\S+ (?<name>\w+)" from "(?<value>.*)"\.""")]
    private static partial Regex BindFailure();
}
