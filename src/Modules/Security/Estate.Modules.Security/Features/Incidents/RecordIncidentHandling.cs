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

internal sealed record RecordIncidentHandlingBody(string Handling, uint? Version);

/// <summary>Records what has been done about an incident so far (处置情况); the incident is then being handled.</summary>
internal sealed record RecordIncidentHandling(Guid Id, string Handling, uint? Version) : ICommand<Result<IncidentDetails>>;

internal sealed class RecordIncidentHandlingValidator : AbstractValidator<RecordIncidentHandling>
{
    public RecordIncidentHandlingValidator()
    {
        RuleFor(x => x.Handling).NotEmpty().MaximumLength(Incident.HandlingMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RecordIncidentHandlingHandler(SecurityDbContext db, TimeProvider clock) : IRequestHandler<RecordIncidentHandling, Result<IncidentDetails>>
{
    public async Task<Result<IncidentDetails>> Handle(RecordIncidentHandling request, CancellationToken cancellationToken)
    {
        var incident = await db.FindToChangeAsync(db.Incidents, request.Id, request.Version!.Value, cancellationToken);
        if (incident is null)
        {
            return Error.NotFound(new("事件", "Incident"), request.Id);
        }

        incident.RecordHandling(request.Handling, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return IncidentDetails.From(incident);
    }
}

internal static class RecordIncidentHandlingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("incidents/{id}/handling", async (Guid id, RecordIncidentHandlingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordIncidentHandling(id, body.Handling, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RecordIncidentHandling))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
