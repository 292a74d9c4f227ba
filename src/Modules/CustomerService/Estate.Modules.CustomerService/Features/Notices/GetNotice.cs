using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Notices;

internal sealed record GetNotice(Guid Id) : IRequest<Result<NoticeDetails>>;

internal sealed class GetNoticeHandler(CustomerServiceDbContext db) : IRequestHandler<GetNotice, Result<NoticeDetails>>
{
    public async Task<Result<NoticeDetails>> Handle(GetNotice request, CancellationToken cancellationToken)
    {
        var details = await db.Notices.AsNoTracking().Where(n => n.Id == request.Id).Select(NoticeDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("通知", "Notice"), request.Id) : details;
    }
}

internal static class GetNoticeEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("notices/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetNotice(id), cancellationToken)).ToOk())
            .WithName(nameof(GetNotice))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
