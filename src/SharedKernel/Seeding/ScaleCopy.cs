using Npgsql;
using NpgsqlTypes;

namespace Estate.SharedKernel.Seeding;

/// <summary>Binary COPY helpers for the scale data generators: one stream per table, no per-row round trips.</summary>
public static class ScaleCopy
{
    /// <summary>Starts a binary COPY into <paramref name="table"/> (schema-qualified) for the given columns.</summary>
    public static Task<NpgsqlBinaryImporter> BeginAsync(NpgsqlConnection connection, string table, string columns, CancellationToken cancellationToken) =>
        connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);

    /// <summary>A time-ordered id (UUID version 7 layout) for the moment, its tail from the generator's random source.</summary>
    public static Guid Id(DateTimeOffset at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var millis = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(millis >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    public static void WriteText(this NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    public static void WriteTime(this NpgsqlBinaryImporter copy, DateTimeOffset? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
    }

    public static void WriteId(this NpgsqlBinaryImporter copy, Guid? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Uuid);
        }
    }

    public static void WriteInt(this NpgsqlBinaryImporter copy, int? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Integer);
        }
    }

    public static void WriteMoney(this NpgsqlBinaryImporter copy, decimal? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Numeric);
        }
    }

    public static void WriteDate(this NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Date);
        }
    }

    public static void WriteBool(this NpgsqlBinaryImporter copy, bool value) => copy.Write(value, NpgsqlDbType.Boolean);
}
