using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Notices;

/// <summary>Notices of the caller's properties, newest first, one page at a time.</summary>
internal sealed record ListNotices(int? Page, int? PageSize, Guid? PropertyId, NoticeStatus? Status, NoticeKind? Kind) : IRequest<Result<PagedList<NoticeDetails>>>;

internal sealed class ListNoticesValidator : AbstractValidator<ListNotices>
{
    public ListNoticesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListNoticesHandler(CustomerServiceDbContext db) : IRequestHandler<ListNotices, Result<PagedList<NoticeDetails>>>
{
    public async Task<Result<PagedList<NoticeDetails>>> Handle(ListNotices request, CancellationToken cancellationToken)
    {
        var notices = db.Notices.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            notices = notices.Where(n => n.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            notices = notices.Where(n => n.Status == status);
        }

        if (request.Kind is { } kind)
        {
            notices = notices.Where(n => n.Kind == kind);
        }

        return await notices.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(NoticeDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListNoticesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("notices", async (
                    int? page, int? pageSize, Guid? propertyId, QueryEnum<NoticeStatus>? status, QueryEnum<NoticeKind>? kind, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListNotices(page, pageSize, propertyId, status?.Value, kind?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListNotices))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
