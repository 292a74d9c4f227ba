using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>The engineering department's users, who a work order can be assigned to.</summary>
internal sealed record ListAssignees : IRequest<Result<IReadOnlyList<UserSummary>>>;

internal sealed class ListAssigneesHandler(IUserDirectory users) : IRequestHandler<ListAssignees, Result<IReadOnlyList<UserSummary>>>
{
    public async Task<Result<IReadOnlyList<UserSummary>>> Handle(ListAssignees request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<UserSummary>>.Success(await users.ListAsync(EngineeringModule.Department, cancellationToken));
}

internal static class ListAssigneesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("assignees", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListAssignees(), cancellationToken)).ToOk())
            .WithName(nameof(ListAssignees))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
