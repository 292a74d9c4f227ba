using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.CustomerService.Data;

/// <summary>
/// Inserts thousands of new rows with PostgreSQL's binary COPY, on the context's connection and inside its
/// transaction, so an import commits or rolls back as one. EF Core's model names the table and columns; the
/// row version (xmin) is left to PostgreSQL. Rows bypass change tracking, and with it SaveChanges' tenant
/// check: callers copy only rows they built for the current company, which is checked here instead.
/// </summary>
internal static class BulkCopy
{
    public static async Task InsertAsync<TEntity>(ModuleDbContext db, Guid organizationId, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        foreach (var row in rows)
        {
            var owner = row switch
            {
                TenantEntity tenantRow => tenantRow.OrganizationId,
                OutboxMessage message => message.OrganizationId,
                _ => throw new InvalidOperationException($"{typeof(TEntity).Name} rows carry no company."),
            };
            if (owner != organizationId)
            {
                throw new Estate.SharedKernel.Tenancy.CrossTenantWriteException(typeof(TEntity).Name, owner, organizationId);
            }
        }

        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate).ToList();
        var copy = $"COPY \"{table.Schema}\".\"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) FROM STDIN (FORMAT BINARY)";

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.GetGetter().GetClrValue(row);
                if (value is not null && column.GetTypeMapping().Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else if (column.GetColumnType() == "jsonb")
                {
                    await importer.WriteAsync((string)value, NpgsqlDbType.Jsonb, cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
