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

/// <summary>
/// Plans a one-off meeting; also the HTTP body. The report period is optional (company-local days, both
/// inclusive); without it the reports cover the 30 days before the meeting. The chair is invited.
/// </summary>
internal sealed record PlanMeeting(
    string Title,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<Guid>? PropertyIds,
    Guid? ChairUserId,
    IReadOnlyList<string>? Agenda,
    DateOnly? ReportFrom,
    DateOnly? ReportTo) : ICommand<Result<MeetingDetails>>;

internal sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Meeting.TitleMaxLength);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null);
        RuleFor(x => x.Place).MaximumLength(MeetingSeries.PlaceMaxLength);
        RuleFor(x => x.OnlineLink).OptionalLink();
        RuleFor(x => x.ChairUserId).NotEmpty();
        RuleFor(x => x.Agenda).AgendaSteps();
        RuleFor(x => x.ReportFrom).NotNull().When(x => x.ReportTo is not null);
        RuleFor(x => x.ReportTo).NotNull().When(x => x.ReportFrom is not null)
            .GreaterThanOrEqualTo(x => x.ReportFrom).When(x => x.ReportFrom is not null && x.ReportTo is not null);
    }
}

internal sealed class PlanMeetingHandler(MeetingsDbContext db, People people, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<PlanMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(PlanMeeting request, CancellationToken cancellationToken)
    {
        var (chair, error) = await MeetingRules.ChairAsync(people, request.ChairUserId!.Value, cancellationToken);
        error ??= await MeetingRules.CheckPropertiesAsync(properties, request.PropertyIds, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow();
        var startsAt = request.StartsAt!.Value;
        var meeting = Meeting.Plan(
            tenant.OrganizationId, null, request.Title, startsAt, request.EndsAt ?? startsAt.AddMinutes(90), request.Place, request.OnlineLink,
            request.PropertyIds ?? [], chair!.Id, chair.DisplayName, request.Agenda is { Count: > 0 } agenda ? agenda : StandardAgenda.Steps,
            request.ReportFrom is { } from ? MeetingRules.StartOfDay(from, tenant.TimeZone) : null,
            request.ReportTo is { } to ? MeetingRules.StartOfDay(to.AddDays(1), tenant.TimeZone) : null,
            now);
        db.Meetings.Add(meeting);
        db.Participants.Add(Participant.Invite(tenant.OrganizationId, meeting.Id, chair.Id, chair.DisplayName, chair.Email, ParticipantRole.SeniorManagement, chair.Department, now));
        await db.SaveChangesAsync(cancellationToken);
        return await MeetingDetails.OfAsync(db, meeting, cancellationToken);
    }
}

internal static class PlanMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings", async (PlanMeeting request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(m => $"/api/meetings/meetings/{m.Id}"))
            .WithName(nameof(PlanMeeting))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
