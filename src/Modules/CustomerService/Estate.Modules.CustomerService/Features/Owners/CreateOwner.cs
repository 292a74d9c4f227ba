using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Owners;

/// <summary>Links an owner or tenant to a unit; also the HTTP body.</summary>
internal sealed record CreateOwner(Guid? UnitId, string Name, string? Phone, ResidentKind? Kind, DateOnly? MoveInDate) : ICommand<Result<OwnerDetails>>;

internal sealed class CreateOwnerValidator : AbstractValidator<CreateOwner>
{
    public CreateOwnerValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Owner.NameMaxLength);
        RuleFor(x => x.Phone).MaximumLength(Owner.PhoneMaxLength).Matches(OwnerRules.PhonePattern).WithMessage(_ => OwnerRules.PhoneMessage);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
    }
}

internal sealed class CreateOwnerHandler(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<CreateOwner, Result<OwnerDetails>>
{
    public async Task<Result<OwnerDetails>> Handle(CreateOwner request, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking()
            .Where(u => u.Id == request.UnitId)
            .Select(u => new { u.Id, u.PropertyId, u.Number, Building = db.Buildings.Where(b => b.Id == u.BuildingId).Select(b => b.Name).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return Error.Invalid("unitId", Texts.T("房屋不存在。", "Unknown unit."));
        }

        var name = request.Name.Trim();
        if (await db.Owners.AnyAsync(o => o.UnitId == unit.Id && o.Name == name, cancellationToken))
        {
            return Error.Conflict("owner.duplicate", Texts.T($"“{name}”已关联到该房屋。", $"'{name}' is already linked to this unit."));
        }

        var owner = Owner.Create(tenant.OrganizationId, unit.PropertyId, unit.Id, name, request.Phone, request.Kind!.Value, request.MoveInDate, clock.StoredNow());
        db.Owners.Add(owner);
        db.Publish(OwnerEvents.Changed(owner));
        await db.SaveChangesAsync(cancellationToken);
        return OwnerDetails.From(owner, unit.Building, unit.Number);
    }
}

/// <summary>Mainland phone numbers as people write them: digits, with an optional +, spaces or dashes (138 0013 8000, 021-5555 1234).</summary>
internal static class OwnerRules
{
    public const string PhonePattern = @"^\+?[0-9][0-9 \-]{5,18}$";
    public static string PhoneMessage => Texts.T("电话号码由数字组成，可带“+”、空格或连字符。", "A phone number is digits, optionally with +, spaces or dashes.");
}

internal static class CreateOwnerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("owners", async (CreateOwner request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(o => $"/api/customer-service/owners/{o.Id}"))
            .WithName(nameof(CreateOwner))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
