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
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Notices;

/// <summary>Drafts a notice to the owners of a property, or of some of its buildings; also the HTTP body.</summary>
internal sealed record CreateNotice(Guid? PropertyId, NoticeKind? Kind, string Title, string Body, IReadOnlyList<Guid>? BuildingIds) : ICommand<Result<NoticeDetails>>;

internal sealed class CreateNoticeValidator : AbstractValidator<CreateNotice>
{
    public CreateNoticeValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Notice.TitleMaxLength);
        RuleFor(x => x.Body).NotEmpty().MaximumLength(Notice.BodyMaxLength);
        RuleFor(x => x.BuildingIds).Must(b => b is null || b.Count <= 200).WithMessage(_ => Texts.T("最多 200 栋楼。", "At most 200 buildings."));
    }
}

internal sealed class CreateNoticeHandler(CustomerServiceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateNotice, Result<NoticeDetails>>
{
    public async Task<Result<NoticeDetails>> Handle(CreateNotice request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var buildingIds = (request.BuildingIds ?? []).Distinct().ToList();
        var known = await db.Buildings.CountAsync(b => buildingIds.Contains(b.Id) && b.PropertyId == property.Id, cancellationToken);
        if (known != buildingIds.Count)
        {
            return Error.Invalid("buildingIds", Texts.T("部分楼栋不属于该小区。", "Some buildings are not buildings of this property."));
        }

        var notice = Notice.Draft(tenant.OrganizationId, property.Id, request.Kind!.Value, request.Title.Trim(), request.Body, buildingIds, clock.StoredNow());
        db.Notices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        return NoticeDetails.From(notice);
    }
}

internal static class CreateNoticeEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("notices", async (CreateNotice request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(n => $"/api/customer-service/notices/{n.Id}"))
            .WithName(nameof(CreateNotice))
            .WithSummary("Drafts a notice (event, outage, delay, general) for a property, or for the buildings named in buildingIds")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
