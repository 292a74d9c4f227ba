using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Estate.SharedKernel.Behaviors;

/// <summary>Outermost behaviour: logs each request's name, outcome and duration.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Handled {Request} in {ElapsedMs:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation("Request {Request} failed after {ElapsedMs:0.0} ms: {Error}", typeof(TRequest).Name, elapsedMs, exception.GetType().Name);
            throw;
        }
    }
}
