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
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

/// <summary>Sets up a shift of a property's guards in local time ("22:00" to "06:00" runs into the next day); also the HTTP body.</summary>
internal sealed record CreateShift(Guid? PropertyId, string Name, TimeOnly? StartsAt, TimeOnly? EndsAt) : ICommand<Result<ShiftDetails>>;

internal sealed class CreateShiftValidator : AbstractValidator<CreateShift>
{
    public CreateShiftValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Shift.NameMaxLength);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).NotNull().NotEqual(x => x.StartsAt).WithMessage(_ => Texts.T("班次的结束时间不能与开始时间相同。", "A shift ends at another time than it starts."));
    }
}

internal sealed class CreateShiftHandler(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateShift, Result<ShiftDetails>>
{
    public async Task<Result<ShiftDetails>> Handle(CreateShift request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.Shifts.AnyAsync(s => s.PropertyId == property.Id && s.Name == request.Name, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名班次。", "This property already has a shift of that name."));
        }

        var now = clock.GetUtcNow();
        var shift = new Shift(tenant.OrganizationId, Guid.CreateVersion7(now), property.Id, request.Name, request.StartsAt!.Value, request.EndsAt!.Value, now);
        db.Shifts.Add(shift);

        // Saved now so the answer carries the version an edit must send back.
        await db.SaveChangesAsync(cancellationToken);
        return ShiftDetails.From(shift);
    }
}

internal static class CreateShiftEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("shifts", async (CreateShift request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(s => $"/api/security/shifts/{s.Id}"))
            .WithName(nameof(CreateShift))
            .RequireAuthorization(SecurityPermissions.Manage);
}
