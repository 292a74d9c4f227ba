using System.Linq.Expressions;
using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Notifications;

internal sealed record NotificationDetails(
    Guid Id, NotificationKind Kind, string Subject, string Body, string? Link, string? Department, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static readonly Expression<Func<Notification, NotificationDetails>> Projection =
        n => new NotificationDetails(n.Id, n.Kind, n.Subject, n.Body, n.Link, n.RecipientDepartment, n.CreatedAt, n.ReadAt);

    private static readonly Func<Notification, NotificationDetails> FromEntity = Projection.Compile();

    public static NotificationDetails From(Notification notification) => FromEntity(notification);
}

/// <summary>The signed-in user's inbox: messages to them and to their department, newest first.</summary>
internal sealed record ListMyNotifications(int? Page, int? PageSize, bool? Unread) : IRequest<Result<PagedList<NotificationDetails>>>;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListMyNotificationsHandler(MeetingsDbContext db, People people, ITenantContext tenant)
    : IRequestHandler<ListMyNotifications, Result<PagedList<NotificationDetails>>>
{
    public async Task<Result<PagedList<NotificationDetails>>> Handle(ListMyNotifications request, CancellationToken cancellationToken)
    {
        var query = await Inbox.OfAsync(db, people, tenant, cancellationToken);
        if (request.Unread is { } unread)
        {
            query = query.Where(n => (n.ReadAt == null) == unread);
        }

        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Select(NotificationDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class Inbox
{
    /// <summary>What the signed-in user may see: messages to them, and to the department they belong to.</summary>
    public static async Task<IQueryable<Notification>> OfAsync(MeetingsDbContext db, People people, ITenantContext tenant, CancellationToken cancellationToken)
    {
        var me = tenant.UserId;
        var department = (await people.CurrentAsync(cancellationToken))?.Department;
        return db.Notifications.Where(n => (me != null && n.RecipientUserId == me) || (department != null && n.RecipientDepartment == department));
    }
}

internal static class ListMyNotificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("notifications", async (int? page, int? pageSize, bool? unread, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMyNotifications(page, pageSize, unread), cancellationToken)).ToOk())
            .WithName(nameof(ListMyNotifications))
            .RequireAuthorization(MeetingsPermissions.Read);
}
