using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Owners;
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
/// Imports owners and tenants from CSV (columns property, building, unit, name, phone, kind, moveInDate) into
/// units already stored; a person already linked to the unit under the same name is updated. All rows or none.
/// </summary>
internal sealed record ImportOwners(string Csv) : ICommand<Result<ImportSummary>>;

internal sealed class ImportOwnersHandler(CustomerServiceDbContext db, IPropertyDirectory directory, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ImportOwners, Result<ImportSummary>>
{
    private sealed record OwnerRow(int Line, Guid PropertyId, string Building, string Unit, string Name, string? Phone, ResidentKind Kind, DateOnly? MoveInDate);

    public async Task<Result<ImportSummary>> Handle(ImportOwners request, CancellationToken cancellationToken)
    {
        var problems = new CsvProblems();
        var fields = new CsvFields(problems);
        var properties = await PropertyNames.LoadAsync(directory, cancellationToken);
        var rows = new List<OwnerRow>();
        foreach (var row in CsvSheet.Read(
                     request.Csv, CsvColumns.Owners, [CsvColumns.Property, CsvColumns.Building, CsvColumns.Unit, CsvColumns.Name, CsvColumns.Kind], problems))
        {
            var propertyId = properties.Resolve(row, problems);
            var building = fields.Required(row, CsvColumns.Building, Building.NameMaxLength);
            var unit = fields.Required(row, CsvColumns.Unit, Unit.NumberMaxLength);
            var name = fields.Required(row, CsvColumns.Name, Owner.NameMaxLength);
            var phoneOk = fields.TryPhone(row, out var phone);
            var kind = fields.Kind(row);
            var dateOk = fields.TryDate(row, CsvColumns.MoveInDate, out var moveInDate);
            if (propertyId is not null && building is not null && unit is not null && name is not null && phoneOk && kind is not null && dateOk)
            {
                rows.Add(new OwnerRow(row.Line, propertyId.Value, building, unit, name, phone, kind.Value, moveInDate));
            }
        }

        var propertyIds = rows.Select(r => r.PropertyId).Distinct().ToList();
        var units = await (from u in db.Units
                           join b in db.Buildings on u.BuildingId equals b.Id
                           where propertyIds.Contains(u.PropertyId)
                           select new { u.Id, u.PropertyId, Building = b.Name, u.Number })
            .ToDictionaryAsync(u => (u.PropertyId, u.Building, u.Number), u => u.Id, cancellationToken);
        var linked = new List<(OwnerRow Row, Guid UnitId)>();
        var firstLineOf = new Dictionary<(Guid, string), int>();
        foreach (var row in rows)
        {
            if (!units.TryGetValue((row.PropertyId, row.Building, row.Unit), out var unitId))
            {
                problems.Add(row.Line, CsvColumns.Unit, Texts.T($"楼栋“{row.Building}”中没有房屋“{row.Unit}”，请先导入房屋。", $"No unit '{row.Unit}' in building '{row.Building}'; import the units first."));
            }
            else if (!firstLineOf.TryAdd((unitId, row.Name), row.Line))
            {
                problems.Add(row.Line, CsvColumns.Name, Texts.T($"该房屋的“{row.Name}”已在第 {firstLineOf[(unitId, row.Name)]} 行出现。", $"'{row.Name}' of this unit is already on line {firstLineOf[(unitId, row.Name)]}."));
            }
            else
            {
                linked.Add((row, unitId));
            }
        }

        if (problems.Any)
        {
            return problems.ToError(new("业主", "owners"));
        }

        var now = clock.StoredNow();
        var stored = await db.Owners.Where(o => propertyIds.Contains(o.PropertyId)).ToDictionaryAsync(o => (o.UnitId, o.Name), cancellationToken);
        var updated = 0;
        var newOwners = new List<Owner>();
        var newOwnerEvents = new List<OutboxMessage>();
        foreach (var (row, unitId) in linked)
        {
            if (stored.TryGetValue((unitId, row.Name), out var owner))
            {
                if (owner.Update(unitId, row.Name, row.Phone, row.Kind, row.MoveInDate))
                {
                    db.Publish(OwnerEvents.Changed(owner));
                    updated++;
                }
            }
            else
            {
                owner = Owner.Create(tenant.OrganizationId, row.PropertyId, unitId, row.Name, row.Phone, row.Kind, row.MoveInDate, now);
                newOwners.Add(owner);
                newOwnerEvents.Add(OutboxMessage.For(OwnerEvents.Changed(owner), now));
            }
        }

        await BulkCopy.InsertAsync(db, tenant.OrganizationId, newOwners, cancellationToken);
        await BulkCopy.InsertAsync(db, tenant.OrganizationId, newOwnerEvents, cancellationToken);
        return new ImportSummary(linked.Count, newOwners.Count, updated, linked.Count - newOwners.Count - updated, 0);
    }
}

internal static class ImportOwnersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("imports/owners", async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                await CsvSheet.ReadBodyAsync(request, cancellationToken) is { } csv
                    ? (IResult)(await mediator.Send(new ImportOwners(csv), cancellationToken)).ToOk()
                    : CsvHttp.Unsupported())
            .WithName(nameof(ImportOwners))
            .Accepts<string>(CsvSheet.MediaType)
            .Produces<ImportSummary>()
            .WithSummary("Imports owners and tenants from CSV: property, building, unit, name, phone, kind, moveInDate")
            .WithDescription(
                "Columns: property, building and unit (required: a unit already stored), name (required), phone (optional), kind " +
                "(required: owner or tenant; 业主 / 租户 are read too), moveInDate (optional, yyyy-MM-dd). Natural key: the unit + name. " +
                CsvHttp.ImportDescription)
            .RequireAuthorization(CustomerServicePermissions.Manage);
}
