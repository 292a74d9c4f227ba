using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

/// <summary>Shifts by property and start time unless <paramref name="Sort"/> names another order (<see cref="SortKeys"/>).</summary>
internal sealed record ListShifts(int? Page, int? PageSize, Guid? PropertyId, string? Sort = null) : IRequest<Result<PagedList<ShiftDetails>>>
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "-name", "startsAt", "-startsAt"];
}

internal sealed class ListShiftsValidator : AbstractValidator<ListShifts>
{
    public ListShiftsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Sort).Must(sort => ListShifts.SortKeys.Contains(sort)).When(x => x.Sort is not null)
            .WithMessage(_ => Texts.T("排序（sort）只能是 name、startsAt，可在前面加“-”表示倒序。", "'sort' must be one of name, startsAt, optionally preceded by '-'."));
    }
}

internal sealed class ListShiftsHandler(SecurityDbContext db) : IRequestHandler<ListShifts, Result<PagedList<ShiftDetails>>>
{
    public async Task<Result<PagedList<ShiftDetails>>> Handle(ListShifts request, CancellationToken cancellationToken)
    {
        var query = db.Shifts.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(s => s.PropertyId == propertyId);
        }

        var ordered = request.Sort switch
        {
            "name" => query.OrderBy(s => s.Name),
            "-name" => query.OrderByDescending(s => s.Name),
            "startsAt" => query.OrderBy(s => s.StartsAt).ThenBy(s => s.Name),
            "-startsAt" => query.OrderByDescending(s => s.StartsAt).ThenBy(s => s.Name),
            _ => query.OrderBy(s => s.PropertyId).ThenBy(s => s.StartsAt).ThenBy(s => s.Name),
        };
        return await ordered.ThenBy(s => s.Id)
            .Select(ShiftDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListShiftsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("shifts", async (int? page, int? pageSize, Guid? propertyId, string? sort, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListShifts(page, pageSize, propertyId, sort), cancellationToken)).ToOk())
            .WithName(nameof(ListShifts))
            .RequireAuthorization(SecurityPermissions.Read);
}
