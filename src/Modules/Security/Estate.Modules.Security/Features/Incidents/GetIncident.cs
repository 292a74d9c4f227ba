using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Incidents;

internal sealed record GetIncident(Guid Id) : IRequest<Result<IncidentDetails>>;

internal sealed class GetIncidentHandler(SecurityDbContext db) : IRequestHandler<GetIncident, Result<IncidentDetails>>
{
    public async Task<Result<IncidentDetails>> Handle(GetIncident request, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().Where(i => i.Id == request.Id).Select(IncidentDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return incident is null ? Error.NotFound(new("事件", "Incident"), request.Id) : incident;
    }
}

internal static class GetIncidentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("incidents/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetIncident(id), cancellationToken)).ToOk())
            .WithName(nameof(GetIncident))
            .RequireAuthorization(SecurityPermissions.Read);
}
