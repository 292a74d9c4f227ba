using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Unit = Estate.Modules.CustomerService.Domain.Unit;

namespace Estate.Modules.CustomerService.Features.Units;

/// <summary>Removes a unit entered by mistake; one with residents, complaints or survey answers is history and stays.</summary>
internal sealed record RemoveUnit(Guid Id, uint? Version) : ICommand<Result<Done>>;

internal sealed class RemoveUnitValidator : AbstractValidator<RemoveUnit>
{
    public RemoveUnitValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class RemoveUnitHandler(CustomerServiceDbContext db) : IRequestHandler<RemoveUnit, Result<Done>>
{
    public async Task<Result<Done>> Handle(RemoveUnit request, CancellationToken cancellationToken)
    {
        var unit = await db.FindToChangeAsync<Unit>(request.Id, request.Version!.Value, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound(new("房屋", "Unit"), request.Id);
        }

        if (await db.Owners.AnyAsync(o => o.UnitId == unit.Id, cancellationToken)
            || await db.Complaints.AnyAsync(c => c.UnitId == unit.Id, cancellationToken)
            || await db.SurveyResponses.AnyAsync(r => r.UnitId == unit.Id, cancellationToken))
        {
            return Error.Conflict("unit.in_use", Texts.T("该房屋有住户、投诉或调查答卷，不能删除。", "The unit has residents, complaints or survey answers; it cannot be removed."));
        }

        db.Units.Remove(unit);
        db.Publish(new UnitRemoved(unit.OrganizationId, unit.Id));
        return new Done();
    }
}

internal static class RemoveUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("units/{id}", async (Guid id, uint? version, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveUnit(id, version), cancellationToken)).ToNoContent())
            .WithName(nameof(RemoveUnit))
            .WithSummary("Removes a unit entered by mistake (?version= the version read)")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
