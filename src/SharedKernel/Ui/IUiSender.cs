using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.SharedKernel.Ui;

/// <summary>
/// How pages run a module's requests. Each call gets its own DI scope (its own DbContext and unit of work)
/// with the signed-in user's company and property scope, because a Blazor circuit outlives any one operation.
/// Failures come back as <see cref="Error"/> values — validation failures with their fields — never as exceptions.
/// </summary>
public interface IUiSender
{
    Task<Result<T>> SendAsync<T>(IRequest<Result<T>> request, CancellationToken cancellationToken = default);

    /// <summary>The properties the signed-in user may see, by name: the choices of every form's property picker.</summary>
    Task<Result<IReadOnlyList<PropertySummary>>> VisiblePropertiesAsync(CancellationToken cancellationToken = default);
}
