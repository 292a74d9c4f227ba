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

internal sealed record InspectTaskBody(bool? Passed, string? Note, uint? Version);

/// <summary>Inspects finished work: passed, or failed with a note saying what to redo.</summary>
internal sealed record InspectTask(Guid Id, bool? Passed, string? Note, uint? Version) : ICommand<Result<TaskDetails>>;

internal sealed class InspectTaskValidator : AbstractValidator<InspectTask>
{
    public InspectTaskValidator()
    {
        RuleFor(x => x.Passed).NotNull();
        RuleFor(x => x.Note).NotEmpty().When(x => x.Passed == false).WithMessage(_ => Texts.T("请说明需要返工的内容。", "Say what has to be redone."));
        RuleFor(x => x.Note).MaximumLength(TaskInspection.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class InspectTaskHandler(CleaningDbContext db, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<InspectTask, Result<TaskDetails>>
{
    public async Task<Result<TaskDetails>> Handle(InspectTask request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Inspections).FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken);
        if (task is null)
        {
            return Error.NotFound(new("保洁任务", "Task"), request.Id);
        }

        db.ExpectVersion(task, request.Version!.Value);
        var inspector = await users.CurrentUserAsync(tenant, cancellationToken);
        if (inspector is null)
        {
            return Actors.NoUser;
        }

        db.TaskInspections.Add(task.Inspect(request.Passed!.Value, request.Note, inspector.Id, inspector.DisplayName, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TaskDetails.From(task);
    }
}

internal static class InspectTaskEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("tasks/{id}/inspect", async (Guid id, InspectTaskBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new InspectTask(id, body.Passed, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(InspectTask))
            .RequireAuthorization(CleaningPermissions.Manage);
}
