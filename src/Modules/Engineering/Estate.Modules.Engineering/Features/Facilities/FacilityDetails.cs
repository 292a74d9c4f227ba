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
    int? ExpectedServiceLifeMonths,
    DateOnly? ServiceLifeEndsOn,
    DateOnly? WarrantyEndsOn,
    FacilityImportance Importance,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    uint Version)
{
    public static readonly Expression<Func<Facility, FacilityDetails>> Projection = f => new FacilityDetails(
        f.Id,
        f.PropertyId,
        f.Name,
        f.Code,
        f.Category,
        f.Location,
        f.InstalledOn,
        f.ExpectedServiceLifeMonths,
        f.ServiceLifeEndsOn,
        f.WarrantyEndsOn,
        f.Importance,
        f.CreatedAt,
        f.UpdatedAt,
        f.Version);

    private static readonly Func<Facility, FacilityDetails> FromEntity = Projection.Compile();

    public static FacilityDetails From(Facility facility) => FromEntity(facility);
}
