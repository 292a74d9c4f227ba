using Estate.SharedKernel.Ui;

namespace Estate.SharedKernel.Results;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>An expected failure of a use case; the Host answers it as RFC 7807 problem details.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    /// <summary>Missing, or owned by another company: the two are answered alike.</summary>
    public static Error NotFound(LocalizedText what, object id) =>
        new(ErrorKind.NotFound, "not_found", Texts.T($"未找到{what.Zh} {id}。", $"{what.En} '{id}' was not found."));

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Invalid(string field, string message) =>
        new(ErrorKind.Validation, "validation", message, new Dictionary<string, string[]> { [field] = [message] });
}
