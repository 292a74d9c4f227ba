using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Bills;
using Estate.SharedKernel.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Units;

/// <summary>
/// Finds a unit finance bills. A unit customer service has but finance's copy lacks yet (its event still on the
/// way, or never billed) is asked of customer service and copied first, so staff can act on a unit just created.
/// </summary>
internal sealed class UnitLookup(FinanceDbContext db, UnitCopy copy, IModuleAvailability modules, IMediator mediator)
{
    /// <param name="includeRemoved">Whether a unit customer service removed still counts (its bills may still be paid).</param>
    public async Task<BillableUnit?> FindAsync(Guid unitId, bool includeRemoved, CancellationToken cancellationToken)
    {
        var unit = await FindCopiedAsync(unitId, includeRemoved, cancellationToken);
        if (unit is not null || !await modules.IsAvailableAsync(BillGeneration.CustomerServiceModuleId, cancellationToken))
        {
            return unit;
        }

        var found = await mediator.Send(new FindUnit(unitId), cancellationToken);
        if (!found.IsSuccess)
        {
            return null;
        }

        await copy.UpsertAsync([found.Value], cancellationToken);
        return await FindCopiedAsync(unitId, includeRemoved, cancellationToken);
    }

    private Task<BillableUnit?> FindCopiedAsync(Guid unitId, bool includeRemoved, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && (includeRemoved || u.RemovedAt == null), cancellationToken);
}
