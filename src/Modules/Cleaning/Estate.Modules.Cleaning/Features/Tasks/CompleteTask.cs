using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
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

namespace Estate.Modules.Cleaning.Features.Tasks;

internal sealed record CompleteTaskBody(Guid? CompletedByUserId, string? Note, uint? Version);

/// <summary>
/// Records a task as done, by the caller or by the cleaner named in <see cref="CompletedByUserId"/> (a group
/// leader signing off for the team). A task that failed inspection is redone the same way.
/// </summary>
internal sealed record CompleteTask(Guid Id, Guid? CompletedByUserId, string? Note, uint? Version) : ICommand<Result<TaskDetails>>;

internal sealed class CompleteTaskValidator : AbstractValidator<CompleteTask>
{
    public CompleteTaskValidator()
    {
        RuleFor(x => x.CompletedByUserId).NotEqual(Guid.Empty);
        RuleFor(x => x.Note).MaximumLength(CleaningTask.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CompleteTaskHandler(CleaningDbContext db, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CompleteTask, Result<TaskDetails>>
{
    public async Task<Result<TaskDetails>> Handle(CompleteTask request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Inspections).FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken);
        if (task is null)
        {
            return Error.NotFound(new("保洁任务", "Task"), request.Id);
        }

        db.ExpectVersion(task, request.Version!.Value);
        UserSummary? cleaner;
        if (request.CompletedByUserId is { } userId)
        {
            cleaner = await users.FindAsync(userId, cancellationToken);
            if (cleaner is null)
            {
                return Error.Invalid("completedByUserId", Texts.T("用户不存在。", "Unknown user."));
            }
        }
        else
        {
            cleaner = await users.CurrentUserAsync(tenant, cancellationToken);
            if (cleaner is null)
            {
                return Actors.NoUser;
            }
        }

        var now = clock.GetUtcNow();
        task.Complete(cleaner.Id, cleaner.DisplayName, request.Note, now, CompanyCalendar.DateOf(now, tenant.TimeZone));
        await db.SaveChangesAsync(cancellationToken);
        return TaskDetails.From(task);
    }
}

internal static class CompleteTaskEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("tasks/{id}/complete", async (Guid id, CompleteTaskBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CompleteTask(id, body.CompletedByUserId, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CompleteTask))
            .RequireAuthorization(CleaningPermissions.Work);
}
