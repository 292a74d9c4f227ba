using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Seeding;
using Npgsql;

namespace Estate.Modules.Finance.Seeding;

/// <summary>
/// Monthly property-fee bills for every unit of a company at scale, each quarter's bills settled by one payment
/// (a few owners never pay, recent months are still partly open), with their billing runs and allocations.
/// Bills, payments and allocations are written in three COPY passes that take every choice from a hash of
/// (unit, month), so the passes agree without holding millions of rows in memory. The per-building figures are
/// written from the bills at the end, their runs and payments marked as added, as the refresher would leave them.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private const decimal PricePerSquareMetre = 2.50m;

    private static readonly string[] Methods = [nameof(PaymentMethod.WeChat), nameof(PaymentMethod.Alipay), nameof(PaymentMethod.BankTransfer), nameof(PaymentMethod.Cash), nameof(PaymentMethod.Card)];

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("finance");
        var units = context.Units.Count > 0 ? context.Units : OwnUnits(context, random);
        var salt = (ulong)random.NextInt64();

        // About three quarters of the rows are bills: 36 months at large scale, fewer for a small register.
        var months = Math.Clamp((int)Math.Round(context.Profile.BillsAndPayments * 0.75 / units.Count), 3, 36) / 3 * 3;
        var localTo = TimeZoneInfo.ConvertTime(context.To, context.TimeZone);
        var firstPeriod = new DateOnly(localTo.Year, localTo.Month, 1).AddMonths(-months + 1);
        var feeItemId = ScaleCopy.Id(context.From.AddDays(-60), random);
        var runIds = Enumerable.Range(0, months).Select(m => ScaleCopy.Id(At(firstPeriod.AddMonths(m), context.TimeZone), random)).ToArray();
        var plan = new Plan(context, units, firstPeriod, months, salt);

        await WriteRegisterAsync(plan, feeItemId, cancellationToken);
        await WriteRunsAsync(plan, runIds, cancellationToken);
        var bills = await WriteBillsAsync(plan, feeItemId, runIds, cancellationToken);
        var (payments, allocations) = await WritePaymentsAsync(plan, cancellationToken);
        await WriteBuildingFiguresAsync(context, cancellationToken);
        return new Dictionary<string, long>
        {
            ["billable_units"] = units.Count,
            ["billing_runs"] = months,
            ["bills"] = bills,
            ["payments"] = payments,
            ["payment_allocations"] = allocations,
        };
    }

    private static List<ScaleUnit> OwnUnits(ScaleDataContext context, Random random)
    {
        var building = context.Properties.Select(p => ScaleCopy.Id(context.From, random)).ToArray();
        return [.. Enumerable.Range(0, context.Profile.Units).Select(i => new ScaleUnit(
            ScaleCopy.Id(context.From, random), context.Properties[i % context.Properties.Count].Id, building[i % context.Properties.Count], "1号楼", $"{i + 1}", 60 + random.Next(101), null, null))];
    }

    private static DateTimeOffset At(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static async Task WriteRegisterAsync(Plan plan, Guid feeItemId, CancellationToken cancellationToken)
    {
        var (context, units, firstPeriod) = (plan.Context, plan.Units, plan.FirstPeriod);
        var registeredAt = context.From.AddDays(-60);
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.fee_items", "organization_id, id, name, kind, unit_price, property_id, active_from, active_to, created_at", cancellationToken))
        {
            copy.StartRow();
            copy.WriteId(context.OrganizationId);
            copy.WriteId(feeItemId);
            copy.WriteText("物业服务费 (Property service fee)");
            copy.WriteText(nameof(FeeItemKind.PerSquareMetre));
            copy.WriteMoney(PricePerSquareMetre);
            copy.WriteId(null);
            copy.WriteDate(firstPeriod.AddYears(-1));
            copy.WriteDate(null);
            copy.WriteTime(registeredAt);
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.billable_units", "organization_id, id, property_id, building_id, building_name, unit_number, floor_area, owner_id, owner_name, updated_at, removed_at, oldest_open_due_on", cancellationToken))
        {
            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(unit.Id);
                copy.WriteId(unit.PropertyId);
                copy.WriteId(unit.BuildingId);
                copy.WriteText(unit.BuildingName);
                copy.WriteText(unit.Number);
                copy.WriteMoney(unit.FloorArea);
                copy.WriteId(unit.OwnerId);
                copy.WriteText(unit.OwnerName);
                copy.WriteTime(registeredAt);
                copy.WriteTime(null);
                copy.WriteDate(plan.OldestOpenDueOn(u));
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static async Task WriteRunsAsync(Plan plan, Guid[] runIds, CancellationToken cancellationToken)
    {
        var context = plan.Context;
        await using var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.billing_runs", "organization_id, id, period, due_on, trigger, units_source, units_read, units_removed, units_billed, bills_created, amount_created, started_at, finished_at, in_building_figures", cancellationToken);
        for (var month = 0; month < plan.Months; month++)
        {
            var period = plan.FirstPeriod.AddMonths(month);
            var startedAt = At(period, context.TimeZone).AddHours(2);
            copy.StartRow();
            copy.WriteId(context.OrganizationId);
            copy.WriteId(runIds[month]);
            copy.WriteDate(period);
            copy.WriteDate(plan.DueOn(month));
            copy.WriteText(nameof(BillingTrigger.Schedule));
            copy.WriteText(nameof(UnitsSource.CustomerService));
            copy.WriteInt(plan.Units.Count);
            copy.WriteInt(0);
            copy.WriteInt(plan.Units.Count);
            copy.WriteInt(plan.Units.Count);
            copy.WriteMoney(plan.Units.Sum(u => Amount(u)));
            copy.WriteTime(startedAt);
            copy.WriteTime(startedAt.AddSeconds(8));
            copy.WriteBool(true);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task<long> WriteBillsAsync(Plan plan, Guid feeItemId, Guid[] runIds, CancellationToken cancellationToken)
    {
        var context = plan.Context;
        long count = 0;
        await using var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.bills", "organization_id, id, property_id, building_id, unit_id, fee_item_id, period, quantity, unit_price, amount_due, amount_paid, due_on, created_at, settled_at, billing_run_id", cancellationToken);
        for (var month = 0; month < plan.Months; month++)
        {
            var period = plan.FirstPeriod.AddMonths(month);
            var createdAt = At(period, context.TimeZone).AddHours(2);
            for (var u = 0; u < plan.Units.Count; u++)
            {
                var unit = plan.Units[u];
                var paidAt = plan.PaidAt(u, month / 3);
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(plan.BillId(u, month, createdAt));
                copy.WriteId(unit.PropertyId);
                copy.WriteId(unit.BuildingId);
                copy.WriteId(unit.Id);
                copy.WriteId(feeItemId);
                copy.WriteDate(period);
                copy.WriteMoney(unit.FloorArea);
                copy.WriteMoney(PricePerSquareMetre);
                copy.WriteMoney(Amount(unit));
                copy.WriteMoney(paidAt is null ? 0m : Amount(unit));
                copy.WriteDate(plan.DueOn(month));
                copy.WriteTime(createdAt);
                copy.WriteTime(paidAt);
                copy.WriteId(runIds[month]);
                count++;
            }
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    private static async Task<(long Payments, long Allocations)> WritePaymentsAsync(Plan plan, CancellationToken cancellationToken)
    {
        var context = plan.Context;
        long payments = 0;
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.payments", "organization_id, id, property_id, unit_id, amount, method, receipt_number, paid_at, payer_name, note, recorded_at, recorded_by_user_id, in_building_figures", cancellationToken))
        {
            var cashiers = context.UsersOf("finance");
            for (var quarter = 0; quarter < plan.Months / 3; quarter++)
            {
                for (var u = 0; u < plan.Units.Count; u++)
                {
                    if (plan.PaidAt(u, quarter) is not { } paidAt)
                    {
                        continue;
                    }

                    var unit = plan.Units[u];
                    var hash = plan.Hash(u, quarter, 7);
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(plan.PaymentId(u, quarter, paidAt));
                    copy.WriteId(unit.PropertyId);
                    copy.WriteId(unit.Id);
                    copy.WriteMoney(Amount(unit) * 3);
                    copy.WriteText(Methods[(int)(hash % (ulong)Methods.Length)]);
                    copy.WriteText($"SJ{plan.FirstPeriod.AddMonths(quarter * 3):yyyyMM}-{u:D6}");
                    copy.WriteTime(paidAt);
                    copy.WriteText(unit.OwnerName);
                    copy.WriteText(null);
                    copy.WriteTime(paidAt.AddMinutes(1));
                    copy.WriteId(cashiers[(int)(hash % (ulong)cashiers.Count)].Id);
                    copy.WriteBool(true);
                    payments++;
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        long allocations = 0;
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "finance.payment_allocations", "organization_id, id, payment_id, bill_id, amount, paid_at", cancellationToken))
        {
            for (var quarter = 0; quarter < plan.Months / 3; quarter++)
            {
                for (var u = 0; u < plan.Units.Count; u++)
                {
                    if (plan.PaidAt(u, quarter) is not { } paidAt)
                    {
                        continue;
                    }

                    var paymentId = plan.PaymentId(u, quarter, paidAt);
                    for (var month = quarter * 3; month < (quarter * 3) + 3; month++)
                    {
                        copy.StartRow();
                        copy.WriteId(context.OrganizationId);
                        copy.WriteId(plan.AllocationId(u, month, paidAt));
                        copy.WriteId(paymentId);
                        copy.WriteId(plan.BillId(u, month, At(plan.FirstPeriod.AddMonths(month), context.TimeZone).AddHours(2)));
                        copy.WriteMoney(Amount(plan.Units[u]));
                        copy.WriteTime(paidAt);
                        allocations++;
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return (payments, allocations);
    }

    // Every bill with what was paid on it: the runs and payments written above count as added.
    private static async Task WriteBuildingFiguresAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO finance.building_due_figures (organization_id, due_on, property_id, building_id, amount_due, collected)
            SELECT organization_id, due_on, property_id, building_id, sum(amount_due), sum(amount_paid)
            FROM finance.bills
            WHERE organization_id = @org
            GROUP BY organization_id, due_on, property_id, building_id
            """,
            context.Connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("org", context.OrganizationId));
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static decimal Amount(ScaleUnit unit) => decimal.Round(unit.FloorArea * PricePerSquareMetre, 2);

    /// <summary>Every choice about a unit's bills and payments, as a pure function of (unit, month or quarter).</summary>
    private sealed class Plan(ScaleDataContext context, IReadOnlyList<ScaleUnit> units, DateOnly firstPeriod, int months, ulong salt)
    {
        public ScaleDataContext Context { get; } = context;

        public IReadOnlyList<ScaleUnit> Units { get; } = units;

        public DateOnly FirstPeriod { get; } = firstPeriod;

        public int Months { get; } = months;

        /// <summary>When the quarter's bills were paid, or null: 2 % of units never pay, the others pay most quarters, the last one is still coming in.</summary>
        public DateTimeOffset? PaidAt(int unit, int quarter)
        {
            if (Hash(unit, 0, 1) % 50 == 0)
            {
                return null;
            }

            var hash = Hash(unit, quarter, 2);
            var lastQuarter = quarter == (Months / 3) - 1;
            if (hash % 100 < (ulong)(lastQuarter ? 45 : 4))
            {
                return null;
            }

            var paidAt = At(FirstPeriod.AddMonths(quarter * 3), Context.TimeZone).AddHours(9 + (double)((hash >> 8) % (ulong)(24 * (lastQuarter ? 20 : 75))));
            return paidAt < Context.To ? paidAt : null;
        }

        /// <summary>The due date of the unit's first bill of the first quarter it has not paid (bills of a quarter are paid together).</summary>
        public DateOnly? OldestOpenDueOn(int unit)
        {
            for (var quarter = 0; quarter < Months / 3; quarter++)
            {
                if (PaidAt(unit, quarter) is null)
                {
                    return DueOn(quarter * 3);
                }
            }

            return null;
        }

        public DateOnly DueOn(int month) => FirstPeriod.AddMonths(month).AddDays(14);

        public Guid BillId(int unit, int month, DateTimeOffset at) => Id(at, Hash(unit, month, 3), Hash(unit, month, 4));

        public Guid PaymentId(int unit, int quarter, DateTimeOffset at) => Id(at, Hash(unit, quarter, 5), Hash(unit, quarter, 6));

        public Guid AllocationId(int unit, int month, DateTimeOffset at) => Id(at, Hash(unit, month, 8), Hash(unit, month, 9));

        public ulong Hash(int unit, int period, int purpose)
        {
            // SplitMix64 of the inputs: cheap, well spread, and the same in every pass.
            var z = salt + ((ulong)unit * 0x9E3779B97F4A7C15UL) + ((ulong)period << 40) + ((ulong)purpose << 56);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        private static Guid Id(DateTimeOffset at, ulong a, ulong b)
        {
            Span<byte> bytes = stackalloc byte[16];
            var millis = at.ToUnixTimeMilliseconds();
            for (var i = 0; i < 6; i++)
            {
                bytes[i] = (byte)(millis >> (8 * (5 - i)));
            }

            bytes[6] = (byte)(0x70 | (a & 0x0F));
            bytes[7] = (byte)(a >> 8);
            bytes[8] = (byte)(0x80 | ((a >> 16) & 0x3F));
            for (var i = 9; i < 16; i++)
            {
                bytes[i] = (byte)(b >> (8 * (i - 9)));
            }

            return new Guid(bytes, bigEndian: true);
        }
    }
}
