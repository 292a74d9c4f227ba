using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record FireSafetyAreaDetails(
    Guid Id, Guid PropertyId, string Name, FireSafetyAreaKind Kind, string? Location, IReadOnlyList<string> Checklist, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<FireSafetyArea, FireSafetyAreaDetails>> Projection = a =>
        new FireSafetyAreaDetails(a.Id, a.PropertyId, a.Name, a.Kind, a.Location, a.Checklist, a.CreatedAt);

    private static readonly Func<FireSafetyArea, FireSafetyAreaDetails> FromEntity = Projection.Compile();

    public static FireSafetyAreaDetails From(FireSafetyArea area) => FromEntity(area);
}
