using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>How often the company inspects one kind of area; <see cref="Version"/> is null while the platform default applies.</summary>
internal sealed record InspectionFrequencyDetails(FireSafetyAreaKind Kind, int IntervalDays, bool IsDefault, DateTimeOffset? ChangedAt, uint? Version);

/// <summary>The company's inspection interval of every kind of area, its own or the platform default.</summary>
internal sealed record ListInspectionFrequencies : IRequest<Result<IReadOnlyList<InspectionFrequencyDetails>>>;

internal sealed class ListInspectionFrequenciesHandler(SecurityDbContext db)
    : IRequestHandler<ListInspectionFrequencies, Result<IReadOnlyList<InspectionFrequencyDetails>>>
{
    public async Task<Result<IReadOnlyList<InspectionFrequencyDetails>>> Handle(ListInspectionFrequencies request, CancellationToken cancellationToken)
    {
        var own = await db.InspectionFrequencies.AsNoTracking().ToDictionaryAsync(f => f.Kind, cancellationToken);
        return Enum.GetValues<FireSafetyAreaKind>()
            .Select(kind => own.TryGetValue(kind, out var f)
                ? new InspectionFrequencyDetails(kind, f.IntervalDays, false, f.ChangedAt, f.Version)
                : new InspectionFrequencyDetails(kind, InspectionFrequency.DefaultIntervalDays(kind), true, null, null))
            .ToList();
    }
}

internal static class ListInspectionFrequenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/frequencies", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListInspectionFrequencies(), cancellationToken)).ToOk())
            .WithName(nameof(ListInspectionFrequencies))
            .RequireAuthorization(SecurityPermissions.Read);
}
