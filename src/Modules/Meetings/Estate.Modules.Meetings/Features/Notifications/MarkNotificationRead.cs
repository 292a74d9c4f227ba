using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Notifications;

/// <summary>Marks one of the signed-in user's notifications read; someone else's is not found.</summary>
internal sealed record MarkNotificationRead(Guid Id) : ICommand<Result<NotificationDetails>>;

internal sealed class MarkNotificationReadHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<MarkNotificationRead, Result<NotificationDetails>>
{
    public async Task<Result<NotificationDetails>> Handle(MarkNotificationRead request, CancellationToken cancellationToken)
    {
        var notification = await (await Inbox.OfAsync(db, people, tenant, cancellationToken)).FirstOrDefaultAsync(n => n.Id == request.Id, cancellationToken);
        if (notification is null)
        {
            return Error.NotFound(new("提醒", "Notification"), request.Id);
        }

        notification.MarkRead(tenant.UserId!.Value, clock.GetUtcNow());
        return NotificationDetails.From(notification);
    }
}

internal static class MarkNotificationReadEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("notifications/{id}/read", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new MarkNotificationRead(id), cancellationToken)).ToOk())
            .WithName(nameof(MarkNotificationRead))
            .RequireAuthorization(MeetingsPermissions.Read);
}
