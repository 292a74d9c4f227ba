using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.Supplies;

/// <summary>Records a purchase of cleaning supplies; also the HTTP body. The total is computed, never sent.</summary>
internal sealed record RecordSupplyPurchase(
    Guid? PropertyId,
    string Item,
    decimal? Quantity,
    string Unit,
    decimal? UnitCost,
    string Supplier,
    DateOnly? PurchasedOn,
    bool? IsEcoFriendly,
    string? Note) : ICommand<Result<SupplyPurchaseDetails>>;

internal sealed class RecordSupplyPurchaseValidator : AbstractValidator<RecordSupplyPurchase>
{
    public RecordSupplyPurchaseValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Item).NotEmpty().MaximumLength(SupplyPurchase.ItemMaxLength);
        RuleFor(x => x.Quantity).NotNull().GreaterThan(0).LessThanOrEqualTo(SupplyPurchase.MaxQuantity).PrecisionScale(12, 3, true);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(SupplyPurchase.UnitMaxLength);
        RuleFor(x => x.UnitCost).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(SupplyPurchase.MaxUnitCost).PrecisionScale(12, 2, true);
        RuleFor(x => x.Supplier).NotEmpty().MaximumLength(SupplyPurchase.SupplierMaxLength);
        RuleFor(x => x.PurchasedOn).NotNull();
        RuleFor(x => x.IsEcoFriendly).NotNull();
        RuleFor(x => x.Note).MaximumLength(SupplyPurchase.NoteMaxLength);
    }
}

internal sealed class RecordSupplyPurchaseHandler(CleaningDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordSupplyPurchase, Result<SupplyPurchaseDetails>>
{
    public async Task<Result<SupplyPurchaseDetails>> Handle(RecordSupplyPurchase request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (request.PurchasedOn > CompanyCalendar.DateOf(now, tenant.TimeZone))
        {
            return Error.Invalid("purchasedOn", Texts.T("采购日期不能晚于今天。", "A purchase cannot be dated in the future."));
        }

        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (tenant.UserId is not { } userId)
        {
            return Actors.NoUser;
        }

        var purchase = SupplyPurchase.Record(
            tenant.OrganizationId, property.Id, request.Item, request.Quantity!.Value, request.Unit, request.UnitCost!.Value, request.Supplier,
            request.PurchasedOn!.Value, request.IsEcoFriendly!.Value, request.Note, userId, now);
        db.SupplyPurchases.Add(purchase);
        return SupplyPurchaseDetails.From(purchase);
    }
}

internal static class RecordSupplyPurchaseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("supply-purchases", async (RecordSupplyPurchase request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/cleaning/supply-purchases/{p.Id}"))
            .WithName(nameof(RecordSupplyPurchase))
            .RequireAuthorization(CleaningPermissions.Manage);
}
