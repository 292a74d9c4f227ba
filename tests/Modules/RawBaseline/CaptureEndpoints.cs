using Estate.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Estate.Modules.RawBaseline;

/// <summary>
/// Capture and replay of the SQL behind one EF Core request (see <see cref="SqlCapture"/>):
/// PUT captures/{name} arms a capture and returns the traceparent header to send with the EF request;
/// GET captures/{name} stops capturing and shows the statements; GET replay/{name} runs the captured reads again
/// with the same parameter values — one connection per DbContext that ran them, side by side as the report
/// sources run — and answers every row.
/// </summary>
internal static class CaptureEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("captures/{name}", (string name, SqlCapture captures, ITenantContext tenant) =>
        {
            var capture = captures.Arm(name, tenant.OrganizationId);
            return TypedResults.Ok(new { capture.TraceId, TraceParent = $"00-{capture.TraceId}-0000000000000001-01" });
        }).RequireAuthorization(RawBaselineModule.Permission);

        endpoints.MapGet("captures/{name}", (string name, SqlCapture captures, ITenantContext tenant) =>
        {
            captures.Disarm();
            return captures.Find(name, tenant.OrganizationId) is { } capture
                ? Results.Ok(new
                {
                    Commands = capture.Commands.Select(c => new
                    {
                        c.Context,
                        c.Sql,
                        Parameters = c.Parameters.Select(p => new { p.ParameterName, Type = TypeName(p), Value = p.Value is DBNull ? null : p.Value }),
                    }),
                })
                : Results.NotFound();
        }).RequireAuthorization(RawBaselineModule.Permission);

        endpoints.MapGet("replay/{name}", async (string name, SqlCapture captures, ITenantContext tenant, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            if (captures.Find(name, tenant.OrganizationId) is not { } capture)
            {
                return Results.NotFound();
            }

            var groups = capture.Commands.Where(c => IsRead(c.Sql)).GroupBy(c => c.Context)
                .Select(g => ReplayAsync(dataSource, [.. g], cancellationToken));
            return Results.Ok(await Task.WhenAll(groups));
        }).RequireAuthorization(RawBaselineModule.Permission);
    }

    // "Uuid[]" rather than the flags' number, for build/bench/explain.py.
    private static string TypeName(NpgsqlParameter parameter) =>
        parameter.NpgsqlDbType.HasFlag(NpgsqlTypes.NpgsqlDbType.Array)
            ? $"{parameter.NpgsqlDbType & ~NpgsqlTypes.NpgsqlDbType.Array}[]"
            : parameter.NpgsqlDbType.ToString();

    // Only reads are replayed: a report or dashboard that happened to write must not write twice.
    private static bool IsRead(string sql)
    {
        var start = sql.TrimStart();
        return start.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || start.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<List<List<Dictionary<string, object?>>>> ReplayAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<CapturedCommand> commands, CancellationToken cancellationToken)
    {
        // Leave the caller's thread at once so the groups run side by side, as ReportCollector's sources do.
        await Task.Yield();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var results = new List<List<Dictionary<string, object?>>>(commands.Count);
        foreach (var captured in commands)
        {
            await using var command = new NpgsqlCommand(captured.Sql, connection);
            foreach (var parameter in captured.Parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<Dictionary<string, object?>>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            results.Add(rows);
        }

        return results;
    }
}
