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

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>Sets up an inspection area of a property with the checklist its inspections start from; also the HTTP body.</summary>
internal sealed record CreateFireSafetyArea(Guid? PropertyId, string Name, FireSafetyAreaKind? Kind, string? Location, IReadOnlyList<string>? Checklist)
    : ICommand<Result<FireSafetyAreaDetails>>;

internal sealed class CreateFireSafetyAreaValidator : AbstractValidator<CreateFireSafetyArea>
{
    public CreateFireSafetyAreaValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FireSafetyArea.NameMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Location).MaximumLength(FireSafetyArea.LocationMaxLength);
        RuleFor(x => x.Checklist).Must(c => c!.Count <= FireSafetyArea.MaxChecklistItems)
            .WithMessage(_ => Texts.T($"检查清单最多 {FireSafetyArea.MaxChecklistItems} 项。", $"A checklist has at most {FireSafetyArea.MaxChecklistItems} items.")).When(x => x.Checklist is not null);
        RuleForEach(x => x.Checklist).NotEmpty().MaximumLength(FireSafetyArea.ChecklistItemMaxLength);
    }
}

internal sealed class CreateFireSafetyAreaHandler(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateFireSafetyArea, Result<FireSafetyAreaDetails>>
{
    public async Task<Result<FireSafetyAreaDetails>> Handle(CreateFireSafetyArea request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.FireSafetyAreas.AnyAsync(a => a.PropertyId == property.Id && a.Name == request.Name, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名检查区域。", "This property already has an inspection area of that name."));
        }

        var now = clock.GetUtcNow();
        var area = new FireSafetyArea(
            tenant.OrganizationId, Guid.CreateVersion7(now), property.Id, request.Name, request.Kind!.Value, request.Location, [.. request.Checklist ?? []], now);
        db.FireSafetyAreas.Add(area);
        return FireSafetyAreaDetails.From(area);
    }
}

internal static class CreateFireSafetyAreaEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fire-safety/areas", async (CreateFireSafetyArea request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(a => $"/api/security/fire-safety/areas/{a.Id}"))
            .WithName(nameof(CreateFireSafetyArea))
            .RequireAuthorization(SecurityPermissions.Manage);
}
