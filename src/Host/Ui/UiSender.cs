using Estate.Host.Errors;
using Estate.Host.Tenancy;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using MediatR;
using Microsoft.AspNetCore.Components.Authorization;

namespace Estate.Host.Ui;

/// <summary>Runs a page's request in a scope of its own, as the circuit's signed-in user (see <see cref="IUiSender"/>).</summary>
internal sealed class UiSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ILogger<UiSender> logger) : IUiSender
{
    public async Task<Result<T>> SendAsync<T>(IRequest<Result<T>> request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunAsync(services => services.GetRequiredService<IMediator>().Send(request, cancellationToken));
        }
        catch (Exception exception) when (KnownExceptions.ToError(exception) is { } error)
        {
            logger.LogDebug(exception, "{Request} refused: {Code}", request.GetType().Name, error.Code);
            return error;
        }
    }

    public async Task<Result<IReadOnlyList<PropertySummary>>> VisiblePropertiesAsync(CancellationToken cancellationToken = default) =>
        Result<IReadOnlyList<PropertySummary>>.Success(
            await RunAsync(services => services.GetRequiredService<IPropertyDirectory>().ListAsync(cancellationToken)));

    /// <summary>Runs work of the Host's own pages in a fresh scope acting as the signed-in user.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetFromUser(user);
        return await work(scope.ServiceProvider);
    }
}
