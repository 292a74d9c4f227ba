using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Tasks;

internal sealed record GetTask(Guid Id) : IRequest<Result<TaskDetails>>;

internal sealed class GetTaskHandler(CleaningDbContext db) : IRequestHandler<GetTask, Result<TaskDetails>>
{
    public async Task<Result<TaskDetails>> Handle(GetTask request, CancellationToken cancellationToken)
    {
        var details = await db.Tasks.AsNoTracking().Where(t => t.Id == request.Id).Select(TaskDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("保洁任务", "Task"), request.Id) : details;
    }
}

internal static class GetTaskEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("tasks/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTask(id), cancellationToken)).ToOk())
            .WithName(nameof(GetTask))
            .RequireAuthorization(CleaningPermissions.Read);
}
