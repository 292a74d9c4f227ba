using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.FundRequests;

/// <summary>Fund requests, latest first: the finance desk's queue with <c>status=pending</c>.</summary>
internal sealed record ListFundRequests(int? Page, int? PageSize, FundRequestStatus? Status, string? Department, string? ReferenceType, Guid? ReferenceId)
    : IRequest<Result<PagedList<FundRequestDetails>>>;

internal sealed class ListFundRequestsValidator : AbstractValidator<ListFundRequests>
{
    public ListFundRequestsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListFundRequestsHandler(FinanceDbContext db) : IRequestHandler<ListFundRequests, Result<PagedList<FundRequestDetails>>>
{
    public async Task<Result<PagedList<FundRequestDetails>>> Handle(ListFundRequests request, CancellationToken cancellationToken)
    {
        var requests = db.FundRequests.AsNoTracking();
        if (request.Status is { } status)
        {
            requests = requests.Where(f => f.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            requests = requests.Where(f => f.Department == request.Department.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.ReferenceType))
        {
            requests = requests.Where(f => f.ReferenceType == request.ReferenceType.Trim());
        }

        if (request.ReferenceId is { } referenceId)
        {
            requests = requests.Where(f => f.ReferenceId == referenceId);
        }

        return await requests.OrderByDescending(f => f.RequestedAt).ThenByDescending(f => f.Id)
            .Select(FundRequestDetails.Projection(db))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFundRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fund-requests", async (
                    int? page, int? pageSize, QueryEnum<FundRequestStatus>? status, string? department, string? referenceType, Guid? referenceId,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFundRequests(page, pageSize, status?.Value, department, referenceType, referenceId), cancellationToken)).ToOk())
            .WithName(nameof(ListFundRequests))
            .RequireAuthorization(FinancePermissions.Read);
}
