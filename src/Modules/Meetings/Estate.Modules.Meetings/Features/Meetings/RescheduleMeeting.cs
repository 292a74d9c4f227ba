using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Meetings;

internal sealed record RescheduleMeetingBody(
    string Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? OnlineLink, DateOnly? ReportFrom, DateOnly? ReportTo, uint? Version);

/// <summary>Changes a planned meeting's title, time, place, online link or report period.</summary>
internal sealed record RescheduleMeeting(
    Guid Id, string Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? OnlineLink, DateOnly? ReportFrom, DateOnly? ReportTo, uint? Version)
    : ICommand<Result<MeetingDetails>>;

internal sealed class RescheduleMeetingValidator : AbstractValidator<RescheduleMeeting>
{
    public RescheduleMeetingValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Meeting.TitleMaxLength);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).NotNull().GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null);
        RuleFor(x => x.Place).MaximumLength(MeetingSeries.PlaceMaxLength);
        RuleFor(x => x.OnlineLink).OptionalLink();
        RuleFor(x => x.ReportFrom).NotNull().When(x => x.ReportTo is not null);
        RuleFor(x => x.ReportTo).NotNull().When(x => x.ReportFrom is not null)
            .GreaterThanOrEqualTo(x => x.ReportFrom).When(x => x.ReportFrom is not null && x.ReportTo is not null);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RescheduleMeetingHandler(MeetingsDbContext db, ITenantContext tenant) : IRequestHandler<RescheduleMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(RescheduleMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.FindToChangeAsync(db.Meetings.Where(m => m.Id == request.Id), request.Version!.Value, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.Id);
        }

        meeting.Reschedule(
            request.Title, request.StartsAt!.Value, request.EndsAt!.Value, request.Place, request.OnlineLink,
            request.ReportFrom is { } from ? MeetingRules.StartOfDay(from, tenant.TimeZone) : null,
            request.ReportTo is { } to ? MeetingRules.StartOfDay(to.AddDays(1), tenant.TimeZone) : null);
        await db.SaveChangesAsync(cancellationToken);
        return await MeetingDetails.OfAsync(db, meeting, cancellationToken);
    }
}

internal static class RescheduleMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("meetings/{id}", async (Guid id, RescheduleMeetingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RescheduleMeeting(id, body.Title, body.StartsAt, body.EndsAt, body.Place, body.OnlineLink, body.ReportFrom, body.ReportTo, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RescheduleMeeting))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
