using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.Incidents;

/// <summary>Reports a security incident; also the HTTP body.</summary>
internal sealed record ReportIncident(
    Guid? PropertyId,
    IncidentType? Type,
    IncidentSeverity? Severity,
    DateTimeOffset? OccurredAt,
    string Place,
    string Description) : ICommand<Result<IncidentDetails>>;

internal sealed class ReportIncidentValidator : AbstractValidator<ReportIncident>
{
    public ReportIncidentValidator(TimeProvider clock)
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Type).NotNull().IsInEnum();
        RuleFor(x => x.Severity).NotNull().IsInEnum();
        RuleFor(x => x.OccurredAt).NotNull()
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).WithMessage(_ => Texts.T("事件发生时间不能晚于当前时间。", "An incident cannot have happened in the future."));
        RuleFor(x => x.Place).NotEmpty().MaximumLength(Incident.PlaceMaxLength);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(Incident.DescriptionMaxLength);
    }
}

internal sealed class ReportIncidentHandler(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, SignedInUser signedIn, TimeProvider clock)
    : IRequestHandler<ReportIncident, Result<IncidentDetails>>
{
    public async Task<Result<IncidentDetails>> Handle(ReportIncident request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var (userId, userName) = await signedIn.WhoAsync(cancellationToken);
        var incident = Incident.Report(
            tenant.OrganizationId,
            property.Id,
            request.Type!.Value,
            request.Severity!.Value,
            request.OccurredAt!.Value.ToUniversalTime(),
            request.Place,
            request.Description,
            userId,
            userName,
            clock.GetUtcNow());
        db.Incidents.Add(incident);

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return IncidentDetails.From(incident);
    }
}

internal static class ReportIncidentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("incidents", async (ReportIncident request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(i => $"/api/security/incidents/{i.Id}"))
            .WithName(nameof(ReportIncident))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
