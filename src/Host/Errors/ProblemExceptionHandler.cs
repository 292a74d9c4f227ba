using System.Text.Json;
using System.Text.RegularExpressions;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace Estate.Host.Errors;

/// <summary>
/// Turns every exception into RFC 7807 problem details: what a client sent wrong is a 4xx naming the
/// field where there is one; only the platform's own faults are 500s.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        RequestLanguage.Apply(httpContext);

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

    private static (int Status, string Code, string Detail, IDictionary<string, string[]>? Errors) Classify(Exception exception)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            return ClassifyBadRequest(badRequest);
        }

        return KnownExceptions.ToError(exception) is { } error
            ? (StatusOf(error.Kind), error.Code, error.Message, error.FieldErrors?.ToDictionary())
            : (500, "error", Texts.T("发生了意外错误。", "An unexpected error occurred."), null);
    }

    private static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => 400,
        ErrorKind.NotFound => 404,
        ErrorKind.Conflict => 409,
        _ => 403,
    };

    // Model binding failures: a body that is not the expected JSON, or a route/query value of the wrong type.
    private static (int, string, string, IDictionary<string, string[]>?) ClassifyBadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            var message = field is null
                ? Texts.T("请求正文不是有效的 JSON。", "The request body is not valid JSON.")
                : Texts.T($"“{field}”的值类型错误或取值未知。", $"'{field}' has a value of the wrong type or an unknown value.");
            return (400, "validation", message, field is null ? null : new Dictionary<string, string[]> { [field] = [message] });
        }

        var parameter = BindFailure().Match(exception.Message);
        if (parameter.Success)
        {
            var field = parameter.Groups["name"].Value;
            var value = parameter.Groups["value"].Value;
            var message = Texts.T($"“{field}”的值“{value}”无效。", $"'{field}' has an invalid value '{value}'.");
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
