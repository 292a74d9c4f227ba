using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.Incidents;

internal sealed record CloseIncidentBody(string Closure, uint? Version);

/// <summary>Closes an incident with how it ended (结案).</summary>
internal sealed record CloseIncident(Guid Id, string Closure, uint? Version) : ICommand<Result<IncidentDetails>>;

internal sealed class CloseIncidentValidator : AbstractValidator<CloseIncident>
{
    public CloseIncidentValidator()
    {
        RuleFor(x => x.Closure).NotEmpty().MaximumLength(Incident.HandlingMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CloseIncidentHandler(SecurityDbContext db, TimeProvider clock) : IRequestHandler<CloseIncident, Result<IncidentDetails>>
{
    public async Task<Result<IncidentDetails>> Handle(CloseIncident request, CancellationToken cancellationToken)
    {
        var incident = await db.FindToChangeAsync(db.Incidents, request.Id, request.Version!.Value, cancellationToken);
        if (incident is null)
        {
            return Error.NotFound(new("事件", "Incident"), request.Id);
        }

        incident.Close(request.Closure, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return IncidentDetails.From(incident);
    }
}

internal static class CloseIncidentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("incidents/{id}/close", async (Guid id, CloseIncidentBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CloseIncident(id, body.Closure, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CloseIncident))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
