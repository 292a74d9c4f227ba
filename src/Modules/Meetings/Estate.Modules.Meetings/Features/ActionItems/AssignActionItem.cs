using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Notifications;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.ActionItems;

/// <summary>A target on a department report's indicator, e.g. ("customer-service", "satisfaction", atLeast, 90).</summary>
internal sealed record TargetBody(string? ModuleId, string? IndicatorCode, TargetComparison? Comparison, decimal? Value);

internal sealed record AssignActionItemBody(
    string Title, Guid? OwnerUserId, string? Department, DateOnly? Deadline, string? ExpectedOutcome, Guid? ProblemId, TargetBody? Target);

/// <summary>A plan from the meeting: one owner (a company user), a department, a deadline and the expected outcome.</summary>
internal sealed record AssignActionItem(
    Guid MeetingId, string Title, Guid? OwnerUserId, string? Department, DateOnly? Deadline, string? ExpectedOutcome, Guid? ProblemId, TargetBody? Target)
    : ICommand<Result<ActionItemDetails>>;

internal sealed class AssignActionItemValidator : AbstractValidator<AssignActionItem>
{
    public AssignActionItemValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(ActionItem.TitleMaxLength);
        RuleFor(x => x.OwnerUserId).NotEmpty();
        RuleFor(x => x.Department).MaximumLength(ActionItem.DepartmentMaxLength);
        RuleFor(x => x.Deadline).NotNull();
        RuleFor(x => x.ExpectedOutcome).MaximumLength(ActionItem.TextMaxLength);
        When(x => x.Target is not null, () =>
        {
            RuleFor(x => x.Target!.ModuleId).NotEmpty().MaximumLength(ActionItem.DepartmentMaxLength).OverridePropertyName("target.moduleId");
            RuleFor(x => x.Target!.IndicatorCode).NotEmpty().MaximumLength(ActionItem.IndicatorCodeMaxLength).OverridePropertyName("target.indicatorCode");
            RuleFor(x => x.Target!.Comparison).NotNull().IsInEnum().OverridePropertyName("target.comparison");
            RuleFor(x => x.Target!.Value).NotNull().OverridePropertyName("target.value");
        });
    }
}

internal sealed class AssignActionItemHandler(MeetingsDbContext db, People people, Notifier notifier, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<AssignActionItem, Result<ActionItemDetails>>
{
    public async Task<Result<ActionItemDetails>> Handle(AssignActionItem request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        var owner = await people.FindAsync(request.OwnerUserId!.Value, cancellationToken);
        if (owner is null)
        {
            return Error.Invalid("ownerUserId", Texts.T("本公司没有此用户。", "No such user in this company."));
        }

        var department = request.Department ?? owner.Department;
        if (string.IsNullOrWhiteSpace(department))
        {
            return Error.Invalid("department", Texts.T("责任人不属于任何部门，请指定部门。", "The owner belongs to no department: name the department."));
        }

        if (request.ProblemId is { } problemId && !await db.Problems.AnyAsync(p => p.Id == problemId && p.MeetingId == meeting.Id, cancellationToken))
        {
            return Error.Invalid("problemId", Texts.T("本次会议没有此问题。", "No such problem in this meeting."));
        }

        var now = clock.GetUtcNow();
        var target = request.Target is { } t ? new IndicatorTargetSpec(t.ModuleId!, t.IndicatorCode!, t.Comparison!.Value, t.Value!.Value) : null;
        var item = ActionItem.Assign(
            tenant.OrganizationId, meeting.Id, meeting.SeriesId, request.ProblemId, request.Title, owner.Id, owner.DisplayName, owner.Email, department,
            request.Deadline!.Value, tenant.TimeZone, request.ExpectedOutcome, target, now);
        db.ActionItems.Add(item);
        db.Publish(new ActionItemAssigned(tenant.OrganizationId, item.Id, meeting.Id, item.Department, owner.Id, item.Title, item.Deadline));
        notifier.ToUser(owner.Id, null, owner.DisplayName, NotificationKind.ActionItemAssigned, $"新的待办事项：{item.Title}",
            $"会议「{meeting.Title}」交给您的事项「{item.Title}」，完成期限 {item.Deadline:yyyy-MM-dd}。", $"/api/meetings/action-items/{item.Id}", null, now);
        await db.SaveChangesAsync(cancellationToken);
        return ActionItemDetails.From(item);
    }
}

internal static class AssignActionItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/action-items", async (Guid id, AssignActionItemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AssignActionItem(id, body.Title, body.OwnerUserId, body.Department, body.Deadline, body.ExpectedOutcome, body.ProblemId, body.Target),
                    cancellationToken)).ToCreated(a => $"/api/meetings/action-items/{a.Id}"))
            .WithName(nameof(AssignActionItem))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
