using System.Linq.Expressions;
using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>
/// Complaints of the caller's properties, one page at a time; <c>overdue</c> picks those past a target now.
/// Newest first unless <c>sort</c> names another order (<see cref="ComplaintSorts"/>; a leading '-' sorts descending).
/// </summary>
internal sealed record ListComplaints(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    ComplaintStatus? Status,
    ComplaintKind? Kind,
    ComplaintCategory? Category,
    ComplaintChannel? Channel,
    string? Department,
    bool? Overdue,
    string? Sort = null) : IRequest<Result<PagedList<ComplaintDetails>>>;

internal static class ComplaintSorts
{
    public static readonly string[] All =
        ["openedAt", "-openedAt", "number", "-number", "status", "-status", "category", "-category", "closeDueAt", "-closeDueAt"];

    public static IOrderedQueryable<Complaint> Apply(IQueryable<Complaint> query, string? sort) => sort switch
    {
        "openedAt" => query.OrderBy(c => c.OpenedAt).ThenBy(c => c.Id),
        "number" => query.OrderBy(c => c.Number).ThenBy(c => c.Id),
        "-number" => query.OrderByDescending(c => c.Number).ThenByDescending(c => c.Id),
        "status" => query.OrderBy(StatusRank).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id),
        "-status" => query.OrderByDescending(StatusRank).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id),
        "category" => query.OrderBy(c => c.Category).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id),
        "-category" => query.OrderByDescending(c => c.Category).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id),
        "closeDueAt" => query.OrderBy(c => c.CloseDueAt).ThenBy(c => c.Id),
        "-closeDueAt" => query.OrderByDescending(c => c.CloseDueAt).ThenByDescending(c => c.Id),
        _ => query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id),
    };

    // Statuses are stored as names; this puts them in the order of the work flow.
    private static readonly Expression<Func<Complaint, int>> StatusRank = c =>
        c.Status == ComplaintStatus.Open ? 0 : c.Status == ComplaintStatus.Responded ? 1 : c.Status == ComplaintStatus.Resolved ? 2 : 3;
}

internal sealed class ListComplaintsValidator : AbstractValidator<ListComplaints>
{
    public ListComplaintsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Department).MaximumLength(Complaint.DepartmentMaxLength);
        RuleFor(x => x.Sort).Must(sort => sort is null || ComplaintSorts.All.Contains(sort))
            .WithMessage(_ => Texts.T($"排序方式须为以下之一：{string.Join(", ", ComplaintSorts.All)}。", $"Sort by one of: {string.Join(", ", ComplaintSorts.All)}."));
    }
}

internal sealed class ListComplaintsHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<ListComplaints, Result<PagedList<ComplaintDetails>>>
{
    public async Task<Result<PagedList<ComplaintDetails>>> Handle(ListComplaints request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var complaints = db.Complaints.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            complaints = complaints.Where(c => c.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        if (request.Kind is { } kind)
        {
            complaints = complaints.Where(c => c.Kind == kind);
        }

        if (request.Category is { } category)
        {
            complaints = complaints.Where(c => c.Category == category);
        }

        if (request.Channel is { } channel)
        {
            complaints = complaints.Where(c => c.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            complaints = complaints.Where(c => c.ResponsibleDepartment == request.Department);
        }

        if (request.Overdue is { } overdue)
        {
            complaints = complaints.Where(c =>
                ((c.FirstRespondedAt == null && c.ResponseDueAt < now) || (c.ClosedAt == null && c.CloseDueAt < now)) == overdue);
        }

        var page = await ComplaintRows.Query(db, ComplaintSorts.Apply(complaints, request.Sort))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new PagedList<ComplaintDetails>(
            [.. page.Items.Select(r => ComplaintDetails.From(r.Complaint, r.UnitLabel, r.OwnerName, now))], page.Page, page.PageSize, page.TotalCount);
    }
}

internal static class ListComplaintsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("complaints", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<ComplaintStatus>? status,
                    QueryEnum<ComplaintKind>? kind,
                    QueryEnum<ComplaintCategory>? category,
                    QueryEnum<ComplaintChannel>? channel,
                    string? department,
                    bool? overdue,
                    string? sort,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new ListComplaints(page, pageSize, propertyId, status?.Value, kind?.Value, category?.Value, channel?.Value, department, overdue, sort),
                    cancellationToken)).ToOk())
            .WithName(nameof(ListComplaints))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
