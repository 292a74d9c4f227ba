using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.ActionItems;

/// <summary>An action item; with a target, the live figure from its department's report since the item was set.</summary>
internal sealed record GetActionItem(Guid Id) : IRequest<Result<ActionItemDetails>>;

internal sealed class GetActionItemHandler(MeetingsDbContext db, ReportCollector collector, TimeProvider clock) : IRequestHandler<GetActionItem, Result<ActionItemDetails>>
{
    public async Task<Result<ActionItemDetails>> Handle(GetActionItem request, CancellationToken cancellationToken)
    {
        var item = await db.ActionItems.AsNoTracking().Where(a => a.Id == request.Id).Select(ActionItemDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return Error.NotFound(new("待办事项", "Action item"), request.Id);
        }

        if (item.TargetModuleId is null)
        {
            return item;
        }

        var now = clock.GetUtcNow();
        var reports = await collector.CollectAsync(new ReportPeriod(item.CreatedAt, now), [item.TargetModuleId], cancellationToken);
        return item.WithLiveFigure(reports, now);
    }
}

internal static class GetActionItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("action-items/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetActionItem(id), cancellationToken)).ToOk())
            .WithName(nameof(GetActionItem))
            .RequireAuthorization(MeetingsPermissions.Read);
}
