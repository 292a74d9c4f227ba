namespace Estate.SharedKernel.Results;

/// <summary>The outcome of a use case: a value, or an <see cref="Error"/> the caller can act on.</summary>
public sealed class Result<T> : IResultStatus
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value: {Error!.Message}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}

/// <summary>Marks a result type so pipeline behaviours can tell a failed use case from a successful one.</summary>
public interface IResultStatus
{
    bool IsSuccess { get; }
}
