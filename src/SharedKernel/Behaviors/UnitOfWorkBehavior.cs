using Autofac;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.SharedKernel.Behaviors;

/// <summary>
/// Innermost behaviour: a command of a module runs in one transaction of that module's DbContext.
/// Whatever the handler left unsaved (outbox rows included) is saved at the end and committed; a failed
/// result or an exception commits nothing. A handler saves early only when it must return stored values.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IModuleCatalog catalog, ILifetimeScope scope)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    // Once per request type, not per request.
    private static readonly bool IsCommand =
        typeof(TRequest).GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var contextType = IsCommand ? catalog.FindOwner(typeof(TRequest))?.Module.DbContextType : null;
        if (contextType is null)
        {
            return await next();
        }

        var context = (ModuleDbContext)scope.Resolve(contextType);
        if (context.Database.CurrentTransaction is not null)
        {
            // Nested command of the same module (through its contracts): the outer one commits.
            return await next();
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        if (response is IResultStatus { IsSuccess: false })
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return response;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
