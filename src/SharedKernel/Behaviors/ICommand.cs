using MediatR;

namespace Estate.SharedKernel.Behaviors;

/// <summary>A request that changes data: it runs in one transaction of its module's DbContext, saved once at the end.</summary>
public interface ICommand<TResponse> : IRequest<TResponse>;
