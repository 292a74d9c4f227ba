using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Features.Meetings;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Participants;

internal sealed record InviteParticipantBody(Guid? UserId, string? Name, string? Email, ParticipantRole? Role, string? Department);

/// <summary>Invites a user of the company (by id) or a named outsider (name, optional e-mail) with a role.</summary>
internal sealed record InviteParticipant(Guid MeetingId, Guid? UserId, string? Name, string? Email, ParticipantRole? Role, string? Department)
    : ICommand<Result<ParticipantDetails>>;

internal sealed class InviteParticipantValidator : AbstractValidator<InviteParticipant>
{
    public InviteParticipantValidator()
    {
        RuleFor(x => x.Name).NotEmpty().When(x => x.UserId is null).WithMessage(_ => Texts.T("请填写外部人员姓名，或指定用户（userId）。", "Name an outsider, or give a userId."));
        RuleFor(x => x.Name).MaximumLength(Participant.NameMaxLength);
        RuleFor(x => x.Email).MaximumLength(Participant.EmailMaxLength).EmailAddress().When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.Department).MaximumLength(Participant.DepartmentMaxLength);
    }
}

internal sealed class InviteParticipantHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<InviteParticipant, Result<ParticipantDetails>>
{
    public async Task<Result<ParticipantDetails>> Handle(InviteParticipant request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        Participant participant;
        if (request.UserId is { } userId)
        {
            var user = await people.FindAsync(userId, cancellationToken);
            if (user is null)
            {
                return Error.Invalid("userId", Texts.T("本公司没有此用户。", "No such user in this company."));
            }

            if (await db.Participants.AnyAsync(p => p.MeetingId == meeting.Id && p.UserId == userId, cancellationToken))
            {
                return Error.Conflict("participant.already_invited", Texts.T($"{user.DisplayName} 已受邀。", $"{user.DisplayName} is invited already."));
            }

            participant = Participant.Invite(
                tenant.OrganizationId, meeting.Id, user.Id, user.DisplayName, user.Email, request.Role!.Value, request.Department ?? user.Department, clock.GetUtcNow());
        }
        else
        {
            participant = Participant.Invite(tenant.OrganizationId, meeting.Id, null, request.Name!, request.Email, request.Role!.Value, request.Department, clock.GetUtcNow());
        }

        db.Participants.Add(participant);
        return ParticipantDetails.From(participant);
    }
}

internal static class InviteParticipantEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/participants", async (Guid id, InviteParticipantBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new InviteParticipant(id, body.UserId, body.Name, body.Email, body.Role, body.Department), cancellationToken))
                .ToCreated(p => $"/api/meetings/meetings/{id}/participants/{p.Id}"))
            .WithName(nameof(InviteParticipant))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
