using System.Data.Common;
using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Estate.Modules.CustomerService.Reports;

/// <summary>One property's complaint figures over a period, added up in SQL.</summary>
internal sealed record ComplaintTotals(
    int Opened,
    IReadOnlyDictionary<ComplaintKind, int> Kinds,
    IReadOnlyDictionary<ComplaintCategory, int> Categories,
    IReadOnlyDictionary<ComplaintChannel, int> Channels,
    int ResponseDecided,
    int ResponseOnTime,
    int CloseDecided,
    int CloseOnTime,
    int Responded,
    decimal ResponseSeconds,
    int FollowUps,
    int FollowUpsSatisfied)
{
    public static readonly ComplaintTotals None = new(
        0, Enum.GetValues<ComplaintKind>().ToDictionary(k => k, _ => 0), Enum.GetValues<ComplaintCategory>().ToDictionary(c => c, _ => 0),
        Enum.GetValues<ComplaintChannel>().ToDictionary(c => c, _ => 0), 0, 0, 0, 0, 0, 0m, 0, 0);

    public static ComplaintTotals Sum(IEnumerable<ComplaintTotals> totals) => totals.Aggregate(None, (a, b) => new ComplaintTotals(
        a.Opened + b.Opened,
        a.Kinds.ToDictionary(k => k.Key, k => k.Value + b.Kinds[k.Key]),
        a.Categories.ToDictionary(c => c.Key, c => c.Value + b.Categories[c.Key]),
        a.Channels.ToDictionary(c => c.Key, c => c.Value + b.Channels[c.Key]),
        a.ResponseDecided + b.ResponseDecided,
        a.ResponseOnTime + b.ResponseOnTime,
        a.CloseDecided + b.CloseDecided,
        a.CloseOnTime + b.CloseOnTime,
        a.Responded + b.Responded,
        a.ResponseSeconds + b.ResponseSeconds,
        a.FollowUps + b.FollowUps,
        a.FollowUpsSatisfied + b.FollowUpsSatisfied));

    /// <summary>The % of decided complaints answered by their deadline; null when none is decided yet.</summary>
    public decimal? AnsweredWithinTarget => ResponseDecided == 0 ? null : decimal.Round(100m * ResponseOnTime / ResponseDecided, 1);

    public decimal? ClosedWithinTarget => CloseDecided == 0 ? null : decimal.Round(100m * CloseOnTime / CloseDecided, 1);

    public decimal? AverageResponseHours => Responded == 0 ? null : decimal.Round(ResponseSeconds / 3600m / Responded, 1);
}

/// <summary>
/// Complaint figures per property for a period: complete days up to the last refresh come from
/// <c>customer_service.daily_figures</c> (kept by <see cref="RefreshCustomerServiceReportFigures"/>), the rest is
/// computed from the complaints themselves with the same expressions, so both ways give the same figures.
/// A complaint counts on the company-local day it was opened; a follow-up call on the day it was made.
/// "Decided" (answered or closed, or past its deadline without) is judged at <c>now</c> for live rows and at the
/// refresh for stored days; the refresh rewrites the days still within a closing deadline, so the two agree.
/// </summary>
internal static class ComplaintFigures
{
    public const string Table = "customer_service.daily_figures";
    public const string StateTable = "customer_service.report_figures_state";

    private static readonly string[] KindColumns = [.. Enum.GetValues<ComplaintKind>().Select(k => "kind_" + Snake(k.ToString()))];
    private static readonly string[] CategoryColumns = [.. Enum.GetValues<ComplaintCategory>().Select(c => "category_" + Snake(c.ToString()))];
    private static readonly string[] ChannelColumns = [.. Enum.GetValues<ComplaintChannel>().Select(c => "channel_" + Snake(c.ToString()))];

    private static readonly string[] OtherColumns =
        ["response_decided", "response_on_time", "close_decided", "close_on_time", "responded", "response_seconds", "follow_ups", "follow_ups_satisfied"];

    /// <summary>Every figure column in order; the table holds them after (organization_id, property_id, day).</summary>
    public static readonly string[] Columns = ["opened", .. KindColumns, .. CategoryColumns, .. ChannelColumns, .. OtherColumns];

    /// <summary>The figures of one complaint on the day it was opened, with <c>@now</c> as the moment deadlines are judged at.</summary>
    public static readonly string OpenedExpressions = Named(new[] { "1" }
        .Concat(Enum.GetValues<ComplaintKind>().Select(k => $"(kind = '{k}')::int"))
        .Concat(Enum.GetValues<ComplaintCategory>().Select(c => $"(category = '{c}')::int"))
        .Concat(Enum.GetValues<ComplaintChannel>().Select(c => $"(channel = '{c}')::int"))
        .Concat(
        [
            "(first_responded_at IS NOT NULL OR response_due_at <= @now)::int",
            "coalesce(first_responded_at <= response_due_at, false)::int",
            "(closed_at IS NOT NULL OR close_due_at <= @now)::int",
            "coalesce(closed_at <= close_due_at, false)::int",
            "(first_responded_at IS NOT NULL)::int",
            "coalesce(extract(epoch FROM first_responded_at - opened_at), 0)",
            "0",
            "0",
        ]));

    /// <summary>The figures of one follow-up call on the day it was made.</summary>
    public static readonly string FollowUpExpressions = Named(Enumerable.Repeat("0", Columns.Length - 2).Concat(["1", "(follow_up_satisfaction = 'Satisfied')::int"]));

    /// <summary>The last complete day the company's stored figures cover; null before the first refresh.</summary>
    public static async Task<DateOnly?> CoveredThroughAsync(CustomerServiceDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        var covered = await db.Database
            .SqlQueryRaw<DateOnly>($"SELECT covered_through AS \"Value\" FROM {StateTable} WHERE organization_id = @organization", new NpgsqlParameter("organization", organizationId))
            .ToListAsync(cancellationToken);
        return covered.Count == 0 ? null : covered[0];
    }

    /// <summary>The figures of [period.From, period.To) per property the caller sees (properties without any are left out).</summary>
    public static async Task<Dictionary<Guid, ComplaintTotals>> ByPropertyAsync(
        CustomerServiceDbContext db, ITenantContext tenant, ReportPeriod period, DateOnly? coveredThrough, DateTimeOffset now, bool withFollowUps, Guid? propertyId,
        CancellationToken cancellationToken)
    {
        var split = StoredDays.Split(period, tenant.TimeZone, coveredThrough);
        var scope = "organization_id = @organization AND (@all OR property_id = ANY(@visible))" + (propertyId is null ? "" : " AND property_id = @property");
        var arms = new List<string>();
        if (split.HasStored)
        {
            arms.Add($"SELECT property_id, {string.Join(", ", Columns)} FROM {Table} WHERE {scope} AND day >= @storedFrom AND day < @storedTo");
        }

        if (split.HasLive)
        {
            arms.Add($"SELECT property_id, {OpenedExpressions} FROM customer_service.complaints WHERE {scope} AND opened_at >= @liveFrom AND opened_at < @liveTo");
            if (withFollowUps)
            {
                arms.Add($"SELECT property_id, {FollowUpExpressions} FROM customer_service.complaints WHERE {scope} AND follow_up_at >= @liveFrom AND follow_up_at < @liveTo");
            }
        }

        var figures = new Dictionary<Guid, ComplaintTotals>();
        if (arms.Count == 0)
        {
            return figures;
        }

        var sums = string.Join(", ", Columns.Select(c => c == "response_seconds" ? $"sum({c})" : $"sum({c})::int"));
        var sql = $"SELECT property_id, {sums} FROM ({string.Join(" UNION ALL ", arms)}) f GROUP BY property_id";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() };
            command.Parameters.AddWithValue("organization", tenant.OrganizationId);
            command.Parameters.AddWithValue("all", tenant.AllProperties);
            command.Parameters.AddWithValue("visible", tenant.PropertyIds.ToArray());
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("storedFrom", split.StoredFrom);
            command.Parameters.AddWithValue("storedTo", split.StoredTo);
            command.Parameters.AddWithValue("liveFrom", split.LiveFrom);
            command.Parameters.AddWithValue("liveTo", split.LiveTo);
            if (propertyId is { } property)
            {
                command.Parameters.AddWithValue("property", property);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                figures[reader.GetGuid(0)] = Read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return figures;
    }

    private static ComplaintTotals Read(DbDataReader reader)
    {
        var at = 1;
        int Next() => reader.GetInt32(at++);
        var opened = Next();
        var kinds = Enum.GetValues<ComplaintKind>().ToDictionary(k => k, _ => Next());
        var categories = Enum.GetValues<ComplaintCategory>().ToDictionary(c => c, _ => Next());
        var channels = Enum.GetValues<ComplaintChannel>().ToDictionary(c => c, _ => Next());
        var (responseDecided, responseOnTime, closeDecided, closeOnTime, responded) = (Next(), Next(), Next(), Next(), Next());
        var seconds = reader.GetDecimal(at++);
        return new ComplaintTotals(opened, kinds, categories, channels, responseDecided, responseOnTime, closeDecided, closeOnTime, responded, seconds, Next(), Next());
    }

    // Named, so that a UNION whose first arm is live rows still has the table's column names.
    private static string Named(IEnumerable<string> expressions) => string.Join(", ", expressions.Zip(Columns, (e, c) => $"{e} AS {c}"));

    private static string Snake(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
