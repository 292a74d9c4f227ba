using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Imports;

/// <summary>Imports buildings from CSV (columns property, building, floors); a building already stored by property + name is updated. All rows or none.</summary>
internal sealed record ImportBuildings(string Csv) : ICommand<Result<ImportSummary>>;

internal sealed class ImportBuildingsHandler(CustomerServiceDbContext db, IPropertyDirectory directory, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ImportBuildings, Result<ImportSummary>>
{
    public async Task<Result<ImportSummary>> Handle(ImportBuildings request, CancellationToken cancellationToken)
    {
        var problems = new CsvProblems();
        var fields = new CsvFields(problems);
        var properties = await PropertyNames.LoadAsync(directory, cancellationToken);
        var rows = new List<(Guid PropertyId, string Name, int? Floors)>();
        var firstLineOf = new Dictionary<(Guid, string), int>();
        foreach (var row in CsvSheet.Read(request.Csv, CsvColumns.Buildings, [CsvColumns.Property, CsvColumns.Building], problems))
        {
            var propertyId = properties.Resolve(row, problems);
            var name = fields.Required(row, CsvColumns.Building, Building.NameMaxLength);
            var floorsOk = fields.TryWhole(row, CsvColumns.Floors, 1, Building.MaxFloors, out var floors);
            if (propertyId is null || name is null || !floorsOk)
            {
                continue;
            }

            if (!firstLineOf.TryAdd((propertyId.Value, name), row.Line))
            {
                problems.Add(row.Line, CsvColumns.Building, Texts.T($"楼栋“{name}”已在第 {firstLineOf[(propertyId.Value, name)]} 行出现。", $"Building '{name}' is already on line {firstLineOf[(propertyId.Value, name)]}."));
                continue;
            }

            rows.Add((propertyId.Value, name, floors));
        }

        if (problems.Any)
        {
            return problems.ToError(new("楼栋", "buildings"));
        }

        var now = clock.StoredNow();
        var propertyIds = rows.Select(r => r.PropertyId).Distinct().ToList();
        var stored = await db.Buildings.Where(b => propertyIds.Contains(b.PropertyId)).ToDictionaryAsync(b => (b.PropertyId, b.Name), cancellationToken);
        var (created, updated) = (0, 0);
        foreach (var (propertyId, name, floors) in rows)
        {
            if (stored.TryGetValue((propertyId, name), out var building))
            {
                updated += building.Update(name, floors) ? 1 : 0;
            }
            else
            {
                db.Buildings.Add(Building.Create(tenant.OrganizationId, propertyId, name, floors, now));
                created++;
            }
        }

        return new ImportSummary(rows.Count, created, updated, rows.Count - created - updated, created);
    }
}

internal static class ImportBuildingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("imports/buildings", async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                await CsvSheet.ReadBodyAsync(request, cancellationToken) is { } csv
                    ? (IResult)(await mediator.Send(new ImportBuildings(csv), cancellationToken)).ToOk()
                    : CsvHttp.Unsupported())
            .WithName(nameof(ImportBuildings))
            .Accepts<string>(CsvSheet.MediaType)
            .Produces<ImportSummary>()
            .WithSummary("Imports buildings from CSV: property, building, floors")
            .WithDescription(
                "Columns: property (required), building (required: the building's name, unique within the property, e.g. 3栋), " +
                "floors (optional whole number). Natural key: property + building. " + CsvHttp.ImportDescription)
            .RequireAuthorization(CustomerServicePermissions.Manage);
}
