using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Finance.Features.FeeItems;

internal sealed record UpdateFeeItemBody(string Name, decimal? UnitPrice, DateOnly? ActiveTo, uint? Version);

/// <summary>Renames a fee item, sets a new price (for bills generated from now on) or ends it; kind, property and start stay.</summary>
internal sealed record UpdateFeeItem(Guid Id, string Name, decimal? UnitPrice, DateOnly? ActiveTo, uint? Version) : ICommand<Result<FeeItemDetails>>, IFeeItemFields;

internal sealed class UpdateFeeItemValidator : AbstractValidator<UpdateFeeItem>
{
    public UpdateFeeItemValidator()
    {
        FeeItemRules.Apply(this);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateFeeItemHandler(FinanceDbContext db) : IRequestHandler<UpdateFeeItem, Result<FeeItemDetails>>
{
    public async Task<Result<FeeItemDetails>> Handle(UpdateFeeItem request, CancellationToken cancellationToken)
    {
        var item = await db.FindToChangeAsync(db.FeeItems.Where(f => f.Id == request.Id), f => f.Version, request.Version!.Value, cancellationToken);
        if (item is null)
        {
            return Error.NotFound(new("收费项目", "Fee item"), request.Id);
        }

        item.Change(request.Name, request.UnitPrice!.Value, request.ActiveTo);
        await db.SaveChangesAsync(cancellationToken);
        return FeeItemDetails.From(item);
    }
}

internal static class UpdateFeeItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("fee-items/{id}", async (Guid id, UpdateFeeItemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateFeeItem(id, body.Name, body.UnitPrice, body.ActiveTo, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateFeeItem))
            .RequireAuthorization(FinancePermissions.ManageFeeItems);
}
