using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Finance.Features.FeeItems;

/// <summary>Defines a fee item for one property or (without a property) the whole company; also the HTTP body.</summary>
internal sealed record CreateFeeItem(string Name, FeeItemKind? Kind, decimal? UnitPrice, Guid? PropertyId, DateOnly? ActiveFrom, DateOnly? ActiveTo)
    : ICommand<Result<FeeItemDetails>>, IFeeItemFields;

internal sealed class CreateFeeItemValidator : AbstractValidator<CreateFeeItem>
{
    public CreateFeeItemValidator()
    {
        FeeItemRules.Apply(this);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.ActiveFrom).NotNull();
        RuleFor(x => x.ActiveTo).GreaterThanOrEqualTo(x => x.ActiveFrom).When(x => x.ActiveFrom is not null && x.ActiveTo is not null)
            .WithMessage(_ => Texts.T("停用日期（activeTo）不能早于启用日期（activeFrom）。", "'activeTo' must not be before 'activeFrom'."));
    }
}

internal sealed class CreateFeeItemHandler(FinanceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateFeeItem, Result<FeeItemDetails>>
{
    public async Task<Result<FeeItemDetails>> Handle(CreateFeeItem request, CancellationToken cancellationToken)
    {
        if (request.PropertyId is { } propertyId && await properties.FindAsync(propertyId, cancellationToken) is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var item = FeeItem.Define(
            tenant.OrganizationId, request.Name, request.Kind!.Value, request.UnitPrice!.Value, request.PropertyId, request.ActiveFrom!.Value, request.ActiveTo,
            clock.StoredNow());
        db.FeeItems.Add(item);

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return FeeItemDetails.From(item);
    }
}

internal static class CreateFeeItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fee-items", async (CreateFeeItem request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(f => $"/api/finance/fee-items/{f.Id}"))
            .WithName(nameof(CreateFeeItem))
            .WithSummary("Defines a fee item: perSquareMetre (yuan per m² per month), perUnit (per unit per month) or perParkingSpace")
            .RequireAuthorization(FinancePermissions.ManageFeeItems);
}
