using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.TimeLimits;

/// <summary>The company's whole time-limit table: every category and priority, its own value or the default.</summary>
internal sealed record GetTimeLimits : IRequest<Result<IReadOnlyList<TimeLimitEntry>>>;

internal sealed class GetTimeLimitsHandler(EngineeringDbContext db) : IRequestHandler<GetTimeLimits, Result<IReadOnlyList<TimeLimitEntry>>>
{
    public async Task<Result<IReadOnlyList<TimeLimitEntry>>> Handle(GetTimeLimits request, CancellationToken cancellationToken)
    {
        var own = await db.TimeLimits.AsNoTracking()
            .Select(l => new { l.Category, l.Priority, l.Hours })
            .ToDictionaryAsync(l => (l.Category, l.Priority), l => l.Hours, cancellationToken);
        return Result<IReadOnlyList<TimeLimitEntry>>.Success(TimeLimitEntry.Table(own));
    }
}

internal static class GetTimeLimitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("time-limits", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTimeLimits(), cancellationToken)).ToOk())
            .WithName(nameof(GetTimeLimits))
            .RequireAuthorization(EngineeringPermissions.Read);
}
