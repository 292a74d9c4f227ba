using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Notices;

internal sealed record SendNoticeBody(uint? Version);

/// <summary>
/// Sends a draft notice: records as recipients everyone linked to the targeted units at this moment (owners
/// and tenants, with the phone on record). No SMS or e-mail leaves the platform yet; the record is the proof.
/// </summary>
internal sealed record SendNotice(Guid Id, uint? Version) : ICommand<Result<NoticeDetails>>;

internal sealed class SendNoticeValidator : AbstractValidator<SendNotice>
{
    public SendNoticeValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class SendNoticeHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<SendNotice, Result<NoticeDetails>>
{
    public async Task<Result<NoticeDetails>> Handle(SendNotice request, CancellationToken cancellationToken)
    {
        var notice = await db.FindToChangeAsync<Notice>(request.Id, request.Version!.Value, cancellationToken);
        if (notice is null)
        {
            return Error.NotFound(new("通知", "Notice"), request.Id);
        }

        var units = db.Units.Where(u => u.PropertyId == notice.PropertyId);
        if (notice.BuildingIds.Count > 0)
        {
            units = units.Where(u => notice.BuildingIds.Contains(u.BuildingId));
        }

        var residents = await db.Owners.AsNoTracking()
            .Where(o => units.Any(u => u.Id == o.UnitId))
            .Select(o => new { o.Id, o.UnitId, o.Name, o.Phone, o.Kind })
            .ToListAsync(cancellationToken);
        notice.MarkSent(residents.Count, clock.StoredNow());
        db.NoticeRecipients.AddRange(residents.Select(r =>
            new NoticeRecipient(notice.OrganizationId, Guid.CreateVersion7(), notice.Id, r.Id, r.UnitId, r.Name, r.Phone, r.Kind)));
        await db.SaveChangesAsync(cancellationToken);
        return NoticeDetails.From(notice);
    }
}

internal static class SendNoticeEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("notices/{id}/send", async (Guid id, SendNoticeBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SendNotice(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(SendNotice))
            .WithSummary("Sends a draft notice: records its recipients, the owners and tenants of the targeted units now (no SMS or e-mail is sent)")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
