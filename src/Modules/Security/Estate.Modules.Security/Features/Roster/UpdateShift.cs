using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

internal sealed record UpdateShiftBody(string Name, TimeOnly? StartsAt, TimeOnly? EndsAt, uint? Version);

/// <summary>Renames or re-times a shift (local time; ending at or before the start runs into the next day); its property stays.</summary>
internal sealed record UpdateShift(Guid Id, string Name, TimeOnly? StartsAt, TimeOnly? EndsAt, uint? Version) : ICommand<Result<ShiftDetails>>;

internal sealed class UpdateShiftValidator : AbstractValidator<UpdateShift>
{
    public UpdateShiftValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Shift.NameMaxLength);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).NotNull().NotEqual(x => x.StartsAt).WithMessage(_ => Texts.T("班次的结束时间不能与开始时间相同。", "A shift ends at another time than it starts."));
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateShiftHandler(SecurityDbContext db) : IRequestHandler<UpdateShift, Result<ShiftDetails>>
{
    public async Task<Result<ShiftDetails>> Handle(UpdateShift request, CancellationToken cancellationToken)
    {
        var shift = await db.FindToChangeAsync(db.Shifts, request.Id, request.Version!.Value, cancellationToken);
        if (shift is null)
        {
            return Error.NotFound(new("班次", "Shift"), request.Id);
        }

        // An unchanged edit writes nothing, so xmin would not catch a stale copy: compare the version read.
        if (shift.Version != request.Version)
        {
            return Error.Conflict("stale", Texts.T("班次在您读取后已被他人修改，请重新读取后再试。", "The shift was changed by someone else since you read it; read it again and retry."));
        }

        if (await db.Shifts.AnyAsync(s => s.PropertyId == shift.PropertyId && s.Name == request.Name && s.Id != shift.Id, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名班次。", "This property already has a shift of that name."));
        }

        shift.Change(request.Name, request.StartsAt!.Value, request.EndsAt!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ShiftDetails.From(shift);
    }
}

internal static class UpdateShiftEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("shifts/{id}", async (Guid id, UpdateShiftBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateShift(id, body.Name, body.StartsAt, body.EndsAt, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateShift))
            .RequireAuthorization(SecurityPermissions.Manage);
}
