using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Features.Meetings;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Series;

internal sealed record PlanNextMeetingBody(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Title, string? Place, string? OnlineLink);

/// <summary>
/// Plans a meeting of a series from its defaults. Its reports cover the time since the previous meeting, its
/// open action items come back on the agenda, and the previous meeting's participants are invited again.
/// </summary>
internal sealed record PlanNextMeeting(Guid SeriesId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Title, string? Place, string? OnlineLink)
    : ICommand<Result<MeetingDetails>>;

internal sealed class PlanNextMeetingValidator : AbstractValidator<PlanNextMeeting>
{
    public PlanNextMeetingValidator()
    {
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null);
        RuleFor(x => x.Title).MaximumLength(Meeting.TitleMaxLength);
        RuleFor(x => x.Place).MaximumLength(MeetingSeries.PlaceMaxLength);
        RuleFor(x => x.OnlineLink).OptionalLink();
    }
}

internal sealed class PlanNextMeetingHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock) : IRequestHandler<PlanNextMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(PlanNextMeeting request, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SeriesId, cancellationToken);
        if (series is null)
        {
            return Error.NotFound(new("系列会议", "Meeting series"), request.SeriesId);
        }

        var now = clock.GetUtcNow();
        var startsAt = request.StartsAt!.Value.ToUniversalTime();
        var localDay = TimeZoneInfo.ConvertTime(startsAt, tenant.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = Meeting.Plan(
            tenant.OrganizationId, series.Id, string.IsNullOrWhiteSpace(request.Title) ? $"{series.Title} {localDay}" : request.Title,
            startsAt, request.EndsAt ?? startsAt.AddMinutes(series.DurationMinutes), request.Place ?? series.Place, request.OnlineLink ?? series.OnlineLink,
            series.PropertyIds, series.ChairUserId, series.ChairName, series.AgendaTemplate, null, null, now);
        db.Meetings.Add(meeting);

        var previousId = await db.Meetings.AsNoTracking()
            .Where(m => m.SeriesId == series.Id && m.StartsAt < startsAt && m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.StartsAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var invited = previousId is null
            ? []
            : await db.Participants.AsNoTracking().Where(p => p.MeetingId == previousId).ToListAsync(cancellationToken);
        foreach (var p in invited)
        {
            db.Participants.Add(Participant.Invite(tenant.OrganizationId, meeting.Id, p.UserId, p.Name, p.Email, p.Role, p.Department, now));
        }

        if (!invited.Any(p => p.UserId == series.ChairUserId))
        {
            var chair = await people.FindAsync(series.ChairUserId, cancellationToken);
            db.Participants.Add(Participant.Invite(
                tenant.OrganizationId, meeting.Id, series.ChairUserId, chair?.DisplayName ?? series.ChairName, chair?.Email, ParticipantRole.SeniorManagement, chair?.Department, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await MeetingDetails.OfAsync(db, meeting, cancellationToken);
    }
}

internal static class PlanNextMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("series/{id}/meetings", async (Guid id, PlanNextMeetingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlanNextMeeting(id, body.StartsAt, body.EndsAt, body.Title, body.Place, body.OnlineLink), cancellationToken))
                .ToCreated(m => $"/api/meetings/meetings/{m.Id}"))
            .WithName(nameof(PlanNextMeeting))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
