using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.RawBaseline;

/// <summary>
/// Engineering's work-order endpoints (get one, list a page, open one) as raw SQL: the statements are EF Core's
/// own (captured with <see cref="SqlCapture"/> and copied here), with the tenant filter's parameters (company,
/// sees-all-properties, visible property ids) bound from the caller as the filters bind them.
/// </summary>
internal static class RawWorkOrderEndpoints
{
    private const string Columns = """
        w.id, w.number, w.property_id, w.facility_id, w.maintenance_plan_id, w.planned_for, w.title, w.description, w.category, w.priority, w.source, w.status, w.assignee_user_id, w.assignee_name, w.delay_reason, w.delayed_at, w.reopen_reason, w.created_at, w.deadline, w.warned_at, w.responded_at, w.assigned_at, w.started_at, w.completed_at, w.closed_at, w.completion_notes, w.is_overdue, w.overdue_since, w.reopen_count, w.last_reopened_at, w.owner_rating, w.owner_comment, w.rated_at, w.xmin
        """;

    private const string TenantPredicate = """
        w.organization_id = @ef_filter__CurrentOrganizationId AND (@ef_filter__SeesAllProperties OR w.property_id = ANY (@ef_filter__VisiblePropertyIds))
        """;

    // Without the company: the tenant filter's overhead is measured against this (the property scope stays).
    private const string PropertyScopeOnly = """
        (@ef_filter__SeesAllProperties OR w.property_id = ANY (@ef_filter__VisiblePropertyIds))
        """;

    private static readonly string GetSql = $"""
        SELECT {Columns}
        FROM engineering.work_orders AS w
        WHERE {TenantPredicate} AND w.id = @request_Id
        LIMIT 1
        """;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("work-orders/{id}", async (Guid id, ITenantContext tenant, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            await using var command = dataSource.CreateCommand(GetSql);
            AddTenant(command, tenant);
            command.Parameters.AddWithValue("request_Id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Results.Ok(Read(reader)) : Results.NotFound();
        }).RequireAuthorization(RawBaselineModule.Permission);

        endpoints.MapGet("work-orders", async (
            int? page, int? pageSize, Guid? propertyId, string? status, bool? tenantFilter,
            ITenantContext tenant, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            var number = page ?? 1;
            var size = pageSize ?? Paging.DefaultPageSize;
            var where = tenantFilter == false ? PropertyScopeOnly : TenantPredicate;
            if (propertyId is not null)
            {
                where += " AND w.property_id = @propertyId";
            }

            if (status is not null)
            {
                where += " AND w.status = @status";
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var count = new NpgsqlCommand($"SELECT count(*)::int FROM engineering.work_orders AS w WHERE {where}", connection);
            await using var list = new NpgsqlCommand($"""
                SELECT {Columns}
                FROM engineering.work_orders AS w
                WHERE {where}
                ORDER BY w.created_at DESC, w.id DESC
                LIMIT @p OFFSET @p0
                """, connection);
            foreach (var command in new[] { count, list })
            {
                AddTenant(command, tenant);
                if (propertyId is not null)
                {
                    command.Parameters.AddWithValue("propertyId", propertyId.Value);
                }

                if (status is not null)
                {
                    // EF stores the enum's name; the API takes its camelCase form.
                    command.Parameters.AddWithValue("status", NpgsqlDbType.Varchar, Enum.Parse<WorkOrderStatus>(status, ignoreCase: true).ToString());
                }
            }

            list.Parameters.AddWithValue("p", size);
            list.Parameters.AddWithValue("p0", (int)Math.Min((long)(number - 1) * size, int.MaxValue));
            var totalCount = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
            var items = new List<RawWorkOrder>(size);
            await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    items.Add(Read(reader));
                }
            }

            return Results.Ok(new PagedList<RawWorkOrder>(items, number, size, totalCount));
        }).RequireAuthorization(RawBaselineModule.Permission);

        endpoints.MapPost("work-orders", OpenAsync).RequireAuthorization(RawBaselineModule.Permission);
    }

    internal sealed record OpenRequest(Guid? PropertyId, string Title, string? Description, WorkOrderCategory? Category, WorkOrderPriority? Priority, WorkOrderSource? Source);

    // The same statements, in the same order, as engineering's CreateWorkOrder through the unit of work: the
    // property lookup of the platform's directory, the time limit, then the work order and its outbox row in one
    // transaction. Validation is left out (the bench sends valid bodies).
    private static async Task<IResult> OpenAsync(OpenRequest request, ITenantContext tenant, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var propertyId = request.PropertyId!.Value;
        if (!tenant.CanSeeProperty(propertyId))
        {
            return Results.BadRequest();
        }

        await using (var property = new NpgsqlCommand(
            "SELECT p.id, p.name FROM platform.properties AS p WHERE p.organization_id = @organizationId AND p.id = @propertyId LIMIT 2", connection, transaction))
        {
            property.Parameters.AddWithValue("organizationId", tenant.OrganizationId);
            property.Parameters.AddWithValue("propertyId", propertyId);
            if (await property.ExecuteScalarAsync(cancellationToken) is null)
            {
                return Results.BadRequest();
            }
        }

        var (category, priority, source) = (request.Category!.Value, request.Priority!.Value, request.Source!.Value);
        int? hours;
        await using (var limit = new NpgsqlCommand(
            "SELECT t.hours FROM engineering.time_limits AS t WHERE t.organization_id = @ef_filter__CurrentOrganizationId AND t.category = @category AND t.priority = @priority LIMIT 1",
            connection, transaction))
        {
            limit.Parameters.AddWithValue("ef_filter__CurrentOrganizationId", tenant.OrganizationId);
            limit.Parameters.AddWithValue("category", NpgsqlDbType.Varchar, category.ToString());
            limit.Parameters.AddWithValue("priority", NpgsqlDbType.Varchar, priority.ToString());
            hours = await limit.ExecuteScalarAsync(cancellationToken) as int?;
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var number = $"WO-{TimeZoneInfo.ConvertTime(now, tenant.TimeZone):yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}";
        var deadline = now + TimeSpan.FromHours(hours ?? DefaultHours(priority));
        var warnAt = deadline - ((deadline - now) * 0.25);
        var opened = new WorkOrderOpened(tenant.OrganizationId, id, propertyId, number, request.Title, category, priority, source, deadline);
        var outbox = OutboxMessage.For(opened, now);
        uint version;
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO engineering.outbox_messages (id, attempts, last_error, occurred_at, organization_id, payload, processed_at, type)
            VALUES (@outboxId, 0, NULL, @now, @organizationId, @payload, NULL, @type);
            INSERT INTO engineering.work_orders (id, organization_id, assigned_at, assignee_name, assignee_user_id, category, closed_at, completed_at, completion_notes, created_at, deadline, delay_reason, delayed_at, description, facility_id, is_overdue, last_reopened_at, maintenance_plan_id, number, overdue_since, owner_comment, owner_rating, planned_for, priority, property_id, rated_at, reference_id, reference_type, reopen_count, reopen_reason, responded_at, source, started_at, status, title, warn_at, warned_at)
            VALUES (@id, @organizationId, NULL, NULL, NULL, @category, NULL, NULL, NULL, @now, @deadline, NULL, NULL, @description, NULL, FALSE, NULL, NULL, @number, NULL, NULL, NULL, NULL, @priority, @propertyId, NULL, NULL, NULL, 0, NULL, NULL, @source, NULL, 'New', @title, @warnAt, NULL)
            RETURNING xmin;
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("organizationId", tenant.OrganizationId);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("category", NpgsqlDbType.Varchar, category.ToString());
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("deadline", deadline);
            insert.Parameters.AddWithValue("description", NpgsqlDbType.Varchar, (object?)request.Description ?? DBNull.Value);
            insert.Parameters.AddWithValue("number", NpgsqlDbType.Varchar, number);
            insert.Parameters.AddWithValue("priority", NpgsqlDbType.Varchar, priority.ToString());
            insert.Parameters.AddWithValue("propertyId", propertyId);
            insert.Parameters.AddWithValue("source", NpgsqlDbType.Varchar, source.ToString());
            insert.Parameters.AddWithValue("title", NpgsqlDbType.Varchar, request.Title);
            insert.Parameters.AddWithValue("warnAt", warnAt);
            insert.Parameters.AddWithValue("outboxId", outbox.Id);
            insert.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Jsonb) { Value = outbox.Payload });
            insert.Parameters.AddWithValue("type", NpgsqlDbType.Varchar, outbox.Type);
            // The outbox INSERT answers nothing; the row with the version is the work order's RETURNING.
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (reader.FieldCount == 0 || !await reader.ReadAsync(cancellationToken))
            {
                await reader.NextResultAsync(cancellationToken);
            }

            version = reader.GetFieldValue<uint>(0);
        }

        await transaction.CommitAsync(cancellationToken);
        var created = new RawWorkOrder(
            id, number, propertyId, null, null, null, request.Title, request.Description, category, priority, source, WorkOrderStatus.New,
            null, null, null, null, null, now, deadline, null, null, null, null, null, null, null, false, null, 0, null, null, null, null, version);
        return Results.Created($"/api/engineering/work-orders/{id}", created);
    }

    private static int DefaultHours(WorkOrderPriority priority) => priority switch
    {
        WorkOrderPriority.Urgent => 4,
        WorkOrderPriority.High => 24,
        WorkOrderPriority.Normal => 72,
        _ => 24 * 7,
    };

    private static void AddTenant(NpgsqlCommand command, ITenantContext tenant)
    {
        command.Parameters.AddWithValue("ef_filter__CurrentOrganizationId", tenant.OrganizationId);
        command.Parameters.AddWithValue("ef_filter__SeesAllProperties", tenant.AllProperties);
        command.Parameters.AddWithValue("ef_filter__VisiblePropertyIds", tenant.PropertyIds.ToArray());
    }

    private static RawWorkOrder Read(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetString(1),
        r.GetGuid(2),
        NullableGuid(r, 3),
        NullableGuid(r, 4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
        r.GetString(6),
        NullableString(r, 7),
        Enum.Parse<WorkOrderCategory>(r.GetString(8)),
        Enum.Parse<WorkOrderPriority>(r.GetString(9)),
        Enum.Parse<WorkOrderSource>(r.GetString(10)),
        Enum.Parse<WorkOrderStatus>(r.GetString(11)),
        NullableGuid(r, 12),
        NullableString(r, 13),
        NullableString(r, 14),
        NullableTime(r, 15),
        NullableString(r, 16),
        r.GetFieldValue<DateTimeOffset>(17),
        r.GetFieldValue<DateTimeOffset>(18),
        NullableTime(r, 19),
        NullableTime(r, 20),
        NullableTime(r, 21),
        NullableTime(r, 22),
        NullableTime(r, 23),
        NullableTime(r, 24),
        NullableString(r, 25),
        r.GetBoolean(26),
        NullableTime(r, 27),
        r.GetInt32(28),
        NullableTime(r, 29),
        r.IsDBNull(30) ? null : r.GetInt32(30),
        NullableString(r, 31),
        NullableTime(r, 32),
        r.GetFieldValue<uint>(33));

    private static Guid? NullableGuid(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetGuid(i);

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? NullableTime(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}

/// <summary>Engineering's WorkOrderDetails, field for field, so both endpoints answer the same JSON.</summary>
internal sealed record RawWorkOrder(
    Guid Id,
    string Number,
    Guid PropertyId,
    Guid? FacilityId,
    Guid? MaintenancePlanId,
    DateOnly? PlannedFor,
    string Title,
    string? Description,
    WorkOrderCategory Category,
    WorkOrderPriority Priority,
    WorkOrderSource Source,
    WorkOrderStatus Status,
    Guid? AssigneeUserId,
    string? AssigneeName,
    string? DelayReason,
    DateTimeOffset? DelayedAt,
    string? ReopenReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? WarnedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ClosedAt,
    string? CompletionNotes,
    bool IsOverdue,
    DateTimeOffset? OverdueSince,
    int ReopenCount,
    DateTimeOffset? LastReopenedAt,
    int? OwnerRating,
    string? OwnerComment,
    DateTimeOffset? RatedAt,
    uint Version);
