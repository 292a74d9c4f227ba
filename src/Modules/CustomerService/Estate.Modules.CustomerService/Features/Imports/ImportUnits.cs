using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Units;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Unit = Estate.Modules.CustomerService.Domain.Unit;

namespace Estate.Modules.CustomerService.Features.Imports;

/// <summary>
/// Imports units from CSV (columns property, building, unit, entrance, floor, area): a building named in the
/// file that the property lacks is created; a unit already stored under property + building + unit number
/// is updated rather than duplicated. All rows or none.
/// </summary>
internal sealed record ImportUnits(string Csv) : ICommand<Result<ImportSummary>>;

internal sealed class ImportUnitsHandler(CustomerServiceDbContext db, IPropertyDirectory directory, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ImportUnits, Result<ImportSummary>>
{
    private sealed record UnitRow(int Line, Guid PropertyId, string Building, string Number, string? Entrance, int? Floor, decimal Area);

    public async Task<Result<ImportSummary>> Handle(ImportUnits request, CancellationToken cancellationToken)
    {
        var problems = new CsvProblems();
        var fields = new CsvFields(problems);
        var properties = await PropertyNames.LoadAsync(directory, cancellationToken);
        var rows = new List<UnitRow>();
        var firstLineOf = new Dictionary<(Guid, string, string), int>();
        foreach (var row in CsvSheet.Read(request.Csv, CsvColumns.Units, [CsvColumns.Property, CsvColumns.Building, CsvColumns.Unit, CsvColumns.Area], problems))
        {
            var propertyId = properties.Resolve(row, problems);
            var building = fields.Required(row, CsvColumns.Building, Building.NameMaxLength);
            var number = fields.Required(row, CsvColumns.Unit, Unit.NumberMaxLength);
            var entrance = fields.Optional(row, CsvColumns.Entrance, Unit.EntranceMaxLength);
            var floorOk = fields.TryWhole(row, CsvColumns.Floor, -10, Building.MaxFloors, out var floor);
            var area = fields.FloorArea(row);
            if (propertyId is null || building is null || number is null || !floorOk || area is null
                || (row.Optional(CsvColumns.Entrance) is not null && entrance is null))
            {
                continue;
            }

            if (!firstLineOf.TryAdd((propertyId.Value, building, number), row.Line))
            {
                problems.Add(row.Line, CsvColumns.Unit, Texts.T($"楼栋“{building}”的房屋“{number}”已在第 {firstLineOf[(propertyId.Value, building, number)]} 行出现。", $"Unit '{number}' of building '{building}' is already on line {firstLineOf[(propertyId.Value, building, number)]}."));
                continue;
            }

            rows.Add(new UnitRow(row.Line, propertyId.Value, building, number, entrance, floor, area.Value));
        }

        if (problems.Any)
        {
            return problems.ToError(new("房屋", "units"));
        }

        var now = clock.StoredNow();
        var propertyIds = rows.Select(r => r.PropertyId).Distinct().ToList();
        var buildings = await db.Buildings.Where(b => propertyIds.Contains(b.PropertyId)).ToDictionaryAsync(b => (b.PropertyId, b.Name), cancellationToken);
        var units = await db.Units.Where(u => propertyIds.Contains(u.PropertyId)).ToDictionaryAsync(u => (u.BuildingId, u.Number), cancellationToken);
        var (updated, buildingsCreated) = (0, 0);
        var newUnits = new List<Unit>();
        var newUnitEvents = new List<OutboxMessage>();
        foreach (var row in rows)
        {
            if (!buildings.TryGetValue((row.PropertyId, row.Building), out var building))
            {
                building = Building.Create(tenant.OrganizationId, row.PropertyId, row.Building, null, now);
                buildings[(row.PropertyId, row.Building)] = building;
                db.Buildings.Add(building);
                buildingsCreated++;
            }

            if (units.TryGetValue((building.Id, row.Number), out var unit))
            {
                if (unit.Update(row.Number, row.Entrance, row.Floor, row.Area, now))
                {
                    db.Publish(UnitEvents.Changed(unit, building.Name));
                    updated++;
                }
            }
            else
            {
                unit = Unit.Create(tenant.OrganizationId, row.PropertyId, building.Id, row.Number, row.Entrance, row.Floor, row.Area, now);
                newUnits.Add(unit);
                newUnitEvents.Add(OutboxMessage.For(UnitEvents.Changed(unit, building.Name), now));
            }
        }

        // New buildings (and changed units) are saved first: the units copied next refer to the buildings.
        await db.SaveChangesAsync(cancellationToken);
        await BulkCopy.InsertAsync(db, tenant.OrganizationId, newUnits, cancellationToken);
        await BulkCopy.InsertAsync(db, tenant.OrganizationId, newUnitEvents, cancellationToken);
        return new ImportSummary(rows.Count, newUnits.Count, updated, rows.Count - newUnits.Count - updated, buildingsCreated);
    }
}

internal static class ImportUnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("imports/units", async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                await CsvSheet.ReadBodyAsync(request, cancellationToken) is { } csv
                    ? (IResult)(await mediator.Send(new ImportUnits(csv), cancellationToken)).ToOk()
                    : CsvHttp.Unsupported())
            .WithName(nameof(ImportUnits))
            .Accepts<string>(CsvSheet.MediaType)
            .Produces<ImportSummary>()
            .WithSummary("Imports units from CSV: property, building, unit, entrance, floor, area (m²)")
            .WithDescription(
                "Columns: property (required), building (required; created when the property lacks it), unit (required: the unit number, " +
                "unique within the building, e.g. 2-1502), entrance (optional, 单元), floor (optional whole number), area (required: floor " +
                "area in m², e.g. 89.5). Natural key: property + building + unit. " + CsvHttp.ImportDescription)
            .RequireAuthorization(CustomerServicePermissions.Manage);
}
