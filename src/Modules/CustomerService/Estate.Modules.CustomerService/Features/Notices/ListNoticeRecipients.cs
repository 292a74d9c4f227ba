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

internal sealed record NoticeRecipientDetails(Guid OwnerId, Guid UnitId, string Name, string? Phone, ResidentKind Kind);

/// <summary>Who a sent notice went to, by name, one page at a time.</summary>
internal sealed record ListNoticeRecipients(Guid Id, int? Page, int? PageSize) : IRequest<Result<PagedList<NoticeRecipientDetails>>>;

internal sealed class ListNoticeRecipientsValidator : AbstractValidator<ListNoticeRecipients>
{
    public ListNoticeRecipientsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListNoticeRecipientsHandler(CustomerServiceDbContext db) : IRequestHandler<ListNoticeRecipients, Result<PagedList<NoticeRecipientDetails>>>
{
    public async Task<Result<PagedList<NoticeRecipientDetails>>> Handle(ListNoticeRecipients request, CancellationToken cancellationToken)
    {
        // The notice's property scope decides whether its recipients may be seen.
        if (!await db.Notices.AnyAsync(n => n.Id == request.Id, cancellationToken))
        {
            return Error.NotFound(new("通知", "Notice"), request.Id);
        }

        return await db.NoticeRecipients.AsNoTracking()
            .Where(r => r.NoticeId == request.Id)
            .OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Select(r => new NoticeRecipientDetails(r.OwnerId, r.UnitId, r.Name, r.Phone, r.Kind))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListNoticeRecipientsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("notices/{id}/recipients", async (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListNoticeRecipients(id, page, pageSize), cancellationToken)).ToOk())
            .WithName(nameof(ListNoticeRecipients))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
