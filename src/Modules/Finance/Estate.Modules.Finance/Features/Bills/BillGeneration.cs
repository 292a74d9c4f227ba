using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Units;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using MediatR;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>
/// Makes a period's bills for the whole company in two set-based steps: refresh finance's copy of the units from
/// customer service (keyset pages of 10,000, one upsert each), then one INSERT … SELECT that joins the copy with
/// the fee items in force and the parking spaces held, skipping every (unit, fee item, period) already billed.
/// Where customer service is not available the copy is used as it stands. Runs inside the caller's transaction.
/// </summary>
internal sealed class BillGeneration(
    FinanceDbContext db, UnitCopy copy, IModuleAvailability modules, IMediator mediator, ITenantContext tenant, TimeProvider clock, ILogger<BillGeneration> logger)
{
    public const string CustomerServiceModuleId = "customer-service";
    public const int UnitPageSize = 10_000;

    private sealed record Tally(int BillsCreated, int UnitsBilled, decimal AmountCreated);

    /// <summary>Where the units came from: customer service (how many it listed, how many of the copy it no longer has) or the copy.</summary>
    internal sealed record UnitsRefresh(UnitsSource Source, int? Read, int Removed);

    /// <param name="at">When the run counts as made: now, except for demo history.</param>
    public async Task<BillingRun> GenerateAsync(DateOnly period, DateOnly dueOn, BillingTrigger trigger, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var run = BillingRun.Start(tenant.OrganizationId, period, dueOn, trigger, tenant.UserId, at ?? clock.StoredNow());
        var refresh = await RefreshUnitsAsync(cancellationToken);
        run.UnitsFrom(refresh.Source, refresh.Read, refresh.Removed);
        var tally = await CreateBillsAsync(run, cancellationToken);
        run.Finish(tally.UnitsBilled, tally.BillsCreated, tally.AmountCreated, at ?? clock.StoredNow());
        db.BillingRuns.Add(run);
        logger.LogInformation(
            "Bills for {Period}: {BillsCreated} created for {UnitsBilled} units ({Amount:0.00}) from {Source}",
            BillingPeriod.Name(period), tally.BillsCreated, tally.UnitsBilled, tally.AmountCreated, run.UnitsSource);
        return run;
    }

    /// <summary>Brings finance's copy of the company's units up to date from customer service, where it is available.</summary>
    public async Task<UnitsRefresh> RefreshUnitsAsync(CancellationToken cancellationToken)
    {
        if (!await modules.IsAvailableAsync(CustomerServiceModuleId, cancellationToken))
        {
            logger.LogInformation("Customer service is not available to the company: bills are made from finance's copy of its units as it stands");
            return new UnitsRefresh(UnitsSource.Copy, null, 0);
        }

        var listed = new List<Guid>();
        Guid? after = null;
        while (true)
        {
            var page = await mediator.Send(new ListUnits(null, after, UnitPageSize), cancellationToken);
            if (!page.IsSuccess)
            {
                // An answer customer service refuses is no reason to bill nothing: the copy still stands.
                logger.LogWarning("Customer service did not list units ({Error}): bills are made from finance's copy as it stands", page.Error!.Message);
                return new UnitsRefresh(UnitsSource.Copy, null, 0);
            }

            await copy.UpsertAsync(page.Value, cancellationToken);
            listed.AddRange(page.Value.Select(u => u.UnitId));
            if (page.Value.Count < UnitPageSize)
            {
                break;
            }

            after = page.Value[^1].UnitId;
        }

        var removed = await copy.MarkRemovedExceptAsync(listed, cancellationToken);
        return new UnitsRefresh(UnitsSource.CustomerService, listed.Count, removed);
    }

    // One statement for every bill of the period; the unique key (company, period, unit, fee item) skips what exists.
    // It also moves each billed unit's oldest open due date back to the new bills' where they are older (LEAST skips null).
    // Rows go in by unit, with ids that grow (see BillIdPrefix), so the bills' indexes are written near their right
    // edge rather than at random: for 200,000 bills the statement took 2.1 s instead of 3.0 s with gen_random_uuid().
    private async Task<Tally> CreateBillsAsync(BillingRun run, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(
                $"""
                WITH spaces AS (
                    SELECT unit_id, count(*)::numeric AS held
                    FROM finance.parking_spaces
                    WHERE organization_id = @org AND assigned_on <= @last_day AND (released_on IS NULL OR released_on >= @period)
                    GROUP BY unit_id
                ), lines AS (
                    SELECT u.property_id, u.building_id, u.id AS unit_id, f.id AS fee_item_id, f.unit_price,
                           CASE f.kind WHEN '{nameof(FeeItemKind.PerSquareMetre)}' THEN u.floor_area
                                       WHEN '{nameof(FeeItemKind.PerUnit)}' THEN 1
                                       ELSE coalesce(s.held, 0) END AS quantity
                    FROM finance.billable_units u
                    JOIN finance.fee_items f
                      ON f.organization_id = u.organization_id
                     AND (f.property_id IS NULL OR f.property_id = u.property_id)
                     AND f.active_from <= @last_day AND (f.active_to IS NULL OR f.active_to >= @period)
                    LEFT JOIN spaces s ON s.unit_id = u.id
                    WHERE u.organization_id = @org AND u.removed_at IS NULL
                ), created AS (
                    INSERT INTO finance.bills (organization_id, id, property_id, building_id, unit_id, fee_item_id, period, quantity, unit_price,
                                               amount_due, amount_paid, due_on, created_at, billing_run_id)
                    SELECT @org, (@id_prefix || lpad(to_hex(row_number() OVER (ORDER BY unit_id, fee_item_id)), 12, '0'))::uuid,
                           property_id, building_id, unit_id, fee_item_id, @period, quantity, unit_price,
                           round(quantity * unit_price, 2), 0, @due_on, @now, @run
                    FROM lines
                    WHERE round(quantity * unit_price, 2) > 0
                    ORDER BY unit_id, fee_item_id
                    ON CONFLICT (organization_id, period, unit_id, fee_item_id) DO NOTHING
                    RETURNING unit_id, amount_due
                ), opened AS (
                    -- Every unit billed, not only those whose date moves: a payment holding the row is waited for
                    -- (see OldestOpenDueDates), and the date is then taken from the row as the payment left it.
                    UPDATE finance.billable_units u SET oldest_open_due_on = LEAST(u.oldest_open_due_on, @due_on)
                    WHERE u.organization_id = @org AND u.id IN (SELECT unit_id FROM created)
                )
                SELECT count(*)::int, count(DISTINCT unit_id)::int, coalesce(sum(amount_due), 0)
                FROM created
                """,
                [
                    new NpgsqlParameter<Guid>("org", tenant.OrganizationId),
                    new NpgsqlParameter<DateOnly>("period", run.Period),
                    new NpgsqlParameter<DateOnly>("last_day", BillingPeriod.LastDay(run.Period)),
                    new NpgsqlParameter<DateOnly>("due_on", run.DueOn),
                    new NpgsqlParameter<DateTimeOffset>("now", run.StartedAt),
                    new NpgsqlParameter<Guid>("run", run.Id),
                    new NpgsqlParameter<string>("id_prefix", BillIdPrefix(run.Id)),
                ],
                r => new Tally(r.GetInt32(0), r.GetInt32(1), r.GetDecimal(2)),
                cancellationToken);
        return rows.Single();
    }

    /// <summary>
    /// Bill ids of a run are UUIDv7s sharing the run id's timestamp and 24 of its random bits, with a 48-bit counter
    /// as the rest (RFC 9562's monotonic counter): unique within the run, increasing across runs.
    /// </summary>
    private static string BillIdPrefix(Guid runId)
    {
        var hex = runId.ToString("N");
        return string.Concat(hex.AsSpan(0, 16), "8", hex.AsSpan(17, 3));
    }
}
