using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Imports;

internal enum RecordKind
{
    Buildings,
    Units,
    Owners,
}

/// <summary>Writes the caller's buildings, units or owners (of one property, or all) in the format their import reads.</summary>
internal sealed record ExportRecords(RecordKind Kind, Guid? PropertyId) : IRequest<Result<byte[]>>;

internal sealed class ExportRecordsHandler(CustomerServiceDbContext db, IPropertyDirectory directory) : IRequestHandler<ExportRecords, Result<byte[]>>
{
    public async Task<Result<byte[]>> Handle(ExportRecords request, CancellationToken cancellationToken)
    {
        var properties = await PropertyNames.LoadAsync(directory, cancellationToken);
        var buildings = db.Buildings.AsNoTracking();
        var units = db.Units.AsNoTracking();
        var owners = db.Owners.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            buildings = buildings.Where(b => b.PropertyId == propertyId);
            units = units.Where(u => u.PropertyId == propertyId);
            owners = owners.Where(o => o.PropertyId == propertyId);
        }

        return request.Kind switch
        {
            RecordKind.Buildings => CsvSheet.Write(CsvColumns.Buildings, (await buildings.Select(b => new { b.PropertyId, b.Name, b.Floors }).ToListAsync(cancellationToken))
                .OrderBy(b => properties.NameOf(b.PropertyId), StringComparer.Ordinal).ThenBy(b => b.Name, StringComparer.Ordinal)
                .Select(b => new[] { properties.LabelOf(b.PropertyId), b.Name, CsvSheet.Number(b.Floors) })),
            RecordKind.Units => CsvSheet.Write(CsvColumns.Units, (await (from u in units
                        join b in db.Buildings on u.BuildingId equals b.Id
                        select new { u.PropertyId, Building = b.Name, u.Number, u.Entrance, u.Floor, u.FloorArea }).ToListAsync(cancellationToken))
                .OrderBy(u => properties.NameOf(u.PropertyId), StringComparer.Ordinal).ThenBy(u => u.Building, StringComparer.Ordinal).ThenBy(u => u.Number, StringComparer.Ordinal)
                .Select(u => new[] { properties.LabelOf(u.PropertyId), u.Building, u.Number, u.Entrance, CsvSheet.Number(u.Floor), CsvSheet.Number(u.FloorArea) })),
            RecordKind.Owners => CsvSheet.Write(CsvColumns.Owners, (await (from o in owners
                        join u in db.Units on o.UnitId equals u.Id
                        join b in db.Buildings on u.BuildingId equals b.Id
                        select new { o.PropertyId, Building = b.Name, Unit = u.Number, o.Name, o.Phone, o.Kind, o.MoveInDate }).ToListAsync(cancellationToken))
                .OrderBy(o => properties.NameOf(o.PropertyId), StringComparer.Ordinal).ThenBy(o => o.Building, StringComparer.Ordinal)
                .ThenBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new[]
                {
                    properties.LabelOf(o.PropertyId), o.Building, o.Unit, o.Name, o.Phone, o.Kind == ResidentKind.Owner ? "owner" : "tenant",
                    o.MoveInDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                })),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, null),
        };
    }
}

internal static class ExportRecordsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        MapExport(endpoints, "buildings", RecordKind.Buildings);
        MapExport(endpoints, "units", RecordKind.Units);
        MapExport(endpoints, "owners", RecordKind.Owners);
    }

    private static void MapExport(IEndpointRouteBuilder endpoints, string kind, RecordKind recordKind) =>
        endpoints.MapGet($"exports/{kind}", async (Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                CsvHttp.File((await mediator.Send(new ExportRecords(recordKind, propertyId), cancellationToken)).Value, $"{kind}.csv"))
            .WithName($"Export{recordKind}")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary($"Exports {kind} as CSV in the format POST imports/{kind} reads (of one property with ?propertyId=, else of all)")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
