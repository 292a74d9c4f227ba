using System.Linq.Expressions;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.Facilities;

/// <summary>A facility as the API shows it; <see cref="ServiceLifeEndsOn"/> tells renewal plans which equipment is aging.</summary>
internal sealed record FacilityDetails(
    Guid Id,
    Guid PropertyId,
    string Name,
    string? Code,
    FacilityCategory Category,
    string Location,
    DateOnly? InstalledOn,
    int? ExpectedServiceLifeYears,
    DateOnly? ServiceLifeEndsOn,
    DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<Facility, FacilityDetails>> Projection = f => new FacilityDetails(
        f.Id,
        f.PropertyId,
        f.Name,
        f.Code,
        f.Category,
        f.Location,
        f.InstalledOn,
        f.ExpectedServiceLifeYears,
        f.InstalledOn == null || f.ExpectedServiceLifeYears == null ? null : f.InstalledOn.Value.AddYears(f.ExpectedServiceLifeYears.Value),
        f.CreatedAt);

    private static readonly Func<Facility, FacilityDetails> FromEntity = Projection.Compile();

    public static FacilityDetails From(Facility facility) => FromEntity(facility);
}
