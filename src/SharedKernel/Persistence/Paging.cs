using Microsoft.EntityFrameworkCore;

namespace Estate.SharedKernel.Persistence;

/// <summary>One page of a list, with the total count so clients can page.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Runs an ordered query for one page; page is 1-based, both default when not given.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var totalCount = await query.CountAsync(cancellationToken);
        // A page far past the end is simply empty, not an overflow.
        var skip = (int)Math.Min((long)(number - 1) * size, int.MaxValue);
        var items = await query.Skip(skip).Take(size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, number, size, totalCount);
    }
}
