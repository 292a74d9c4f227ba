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
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Owners;

internal sealed record UpdateOwnerBody(Guid? UnitId, string Name, string? Phone, ResidentKind? Kind, DateOnly? MoveInDate, uint? Version);

/// <summary>Corrects an owner's record or moves them to another unit of the same property.</summary>
internal sealed record UpdateOwner(Guid Id, Guid? UnitId, string Name, string? Phone, ResidentKind? Kind, DateOnly? MoveInDate, uint? Version)
    : ICommand<Result<OwnerDetails>>;

internal sealed class UpdateOwnerValidator : AbstractValidator<UpdateOwner>
{
    public UpdateOwnerValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Owner.NameMaxLength);
        RuleFor(x => x.Phone).MaximumLength(Owner.PhoneMaxLength).Matches(OwnerRules.PhonePattern).WithMessage(_ => OwnerRules.PhoneMessage);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateOwnerHandler(CustomerServiceDbContext db) : IRequestHandler<UpdateOwner, Result<OwnerDetails>>
{
    public async Task<Result<OwnerDetails>> Handle(UpdateOwner request, CancellationToken cancellationToken)
    {
        var owner = await db.FindToChangeAsync<Owner>(request.Id, request.Version!.Value, cancellationToken);
        if (owner is null)
        {
            return Error.NotFound(new("业主", "Owner"), request.Id);
        }

        var unit = await db.Units.AsNoTracking()
            .Where(u => u.Id == request.UnitId)
            .Select(u => new { u.Id, u.PropertyId, u.Number, Building = db.Buildings.Where(b => b.Id == u.BuildingId).Select(b => b.Name).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (unit is null || unit.PropertyId != owner.PropertyId)
        {
            return Error.Invalid("unitId", Texts.T("房屋不存在，或属于其他小区（请在该小区重新登记此人）。", "Unknown unit, or a unit of another property (record the person there anew)."));
        }

        var name = request.Name.Trim();
        if (await db.Owners.AnyAsync(o => o.UnitId == unit.Id && o.Name == name && o.Id != owner.Id, cancellationToken))
        {
            return Error.Conflict("owner.duplicate", Texts.T($"“{name}”已关联到该房屋。", $"'{name}' is already linked to this unit."));
        }

        if (owner.Update(unit.Id, name, request.Phone, request.Kind!.Value, request.MoveInDate))
        {
            db.Publish(OwnerEvents.Changed(owner));
        }

        await db.SaveChangesAsync(cancellationToken);
        return OwnerDetails.From(owner, unit.Building, unit.Number);
    }
}

internal static class UpdateOwnerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("owners/{id}", async (Guid id, UpdateOwnerBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateOwner(id, body.UnitId, body.Name, body.Phone, body.Kind, body.MoveInDate, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateOwner))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
