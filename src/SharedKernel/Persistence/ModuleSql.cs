using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Estate.SharedKernel.Persistence;

/// <summary>
/// Plain SQL on a module context's connection and inside its current transaction, for the set-based statements and
/// grouped figures LINQ would not express well. Every statement filters by the company itself: EF's tenant filter
/// does not reach raw SQL.
/// </summary>
public static class ModuleSql
{
    public static async Task<List<T>> QueryAsync<T>(
        this DbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(parameter);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static Task<int> ExecuteAsync(this DbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
}
