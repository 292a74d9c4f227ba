using System.Globalization;
using System.Text;
using CsvHelper;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Http;

namespace Estate.Modules.CustomerService.Features.Imports;

/// <summary>One data row of an imported file: its line in the file and its values by column.</summary>
internal sealed class CsvRow(int line, IReadOnlyDictionary<string, string> values)
{
    public int Line { get; } = line;

    public string Text(string column) => values.GetValueOrDefault(column, "");

    public string? Optional(string column) => Text(column) is { Length: > 0 } value ? value : null;
}

/// <summary>
/// Bad rows of an imported file, each with its line (the header is line 1) and column. Answered as one 400
/// whose errors are keyed "line 7: area", so a file with many mistakes is fixed in one round.
/// </summary>
internal sealed class CsvProblems
{
    private readonly SortedDictionary<(int Line, string Field), List<string>> _problems = [];

    public bool Any => _problems.Count > 0;

    public int RowCount => _problems.Keys.Select(k => k.Line).Distinct().Count();

    public void Add(int line, string field, string message)
    {
        if (!_problems.TryGetValue((line, field), out var messages))
        {
            _problems[(line, field)] = messages = [];
        }

        messages.Add(message);
    }

    public Error ToError(LocalizedText what) => new(
        ErrorKind.Validation,
        "csv_invalid",
        Texts.T($"{what.Zh}文件中有 {RowCount} 行无效，未导入任何数据。", $"{RowCount} line(s) of the {what.En} file are invalid; nothing was imported."),
        _problems.ToDictionary(p => $"line {p.Key.Line}: {p.Key.Field}", p => p.Value.ToArray()));
}

/// <summary>
/// Reads and writes the import/export files with CsvHelper: UTF-8, comma separated, a header row of the
/// format's column names (any order, case ignored). Values a spreadsheet would run as a formula are written
/// with a leading apostrophe, which reading removes again, so an export imports back unchanged.
/// </summary>
internal static class CsvSheet
{
    public const int MaxRows = 50_000;
    public const string MediaType = "text/csv";

    private static readonly CsvReaderOptions ReadOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
    };

    private static readonly CsvWriterOptions WriteOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The rows of a file with the given columns; a missing required column or a malformed row is a problem.</summary>
    public static IReadOnlyList<CsvRow> Read(string text, IReadOnlyList<string> columns, IReadOnlyList<string> required, CsvProblems problems)
    {
        var malformed = new List<CsvMalformedRecord>();
        using var reader = CsvReader.FromText(text, ReadOptions with { OnMalformedRecord = malformed.Add });
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var column = columns.FirstOrDefault(c => string.Equals(c, headers[i], StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                problems.Add(1, headers[i].Length == 0 ? "header" : headers[i], Texts.T($"未知列，可用的列为：{string.Join(", ", columns)}。", $"Unknown column; the columns are {string.Join(", ", columns)}."));
            }
            else if (!index.TryAdd(column, i))
            {
                problems.Add(1, column, Texts.T("该列重复出现。", "The column appears twice."));
            }
        }

        foreach (var column in required.Where(c => !index.ContainsKey(c)))
        {
            problems.Add(1, column, Texts.T("缺少该列。", "The column is missing."));
        }

        if (problems.Any)
        {
            return [];
        }

        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (rows.Count == MaxRows)
            {
                problems.Add(line, "row", Texts.T($"一个文件最多 {MaxRows} 行，请拆分后导入。", $"A file holds at most {MaxRows} rows; split it."));
                break;
            }

            if (reader.FieldCount > headers.Count)
            {
                problems.Add(line, "row", Texts.T($"该行有 {reader.FieldCount} 个值，但只有 {headers.Count} 列。", $"The row has {reader.FieldCount} values for {headers.Count} columns."));
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, i) in index)
            {
                values[column] = i < reader.FieldCount ? Unescape(reader.GetString(i) ?? "") : "";
            }

            rows.Add(new CsvRow(line, values));
        }

        foreach (var record in malformed)
        {
            problems.Add((int)record.LineNumber, "row", Texts.T($"引号格式错误（{record.Reason}）。", $"Malformed quoting ({record.Reason})."));
        }

        return rows;
    }

    public static byte[] Write(IReadOnlyList<string> columns, IEnumerable<string?[]> rows)
    {
        using var output = new MemoryStream();
        using (var writer = CsvWriter.Create(output, WriteOptions, leaveOpen: true))
        {
            writer.WriteHeader([.. columns]);
            foreach (var row in rows)
            {
                writer.WriteRecord(row!);
            }
        }

        return output.ToArray();
    }

    /// <summary>The request body as text when it is sent as CSV; null for another content type.</summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, MediaType, StringComparison.OrdinalIgnoreCase) && !string.Equals(mediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && "=+-@\t\r".Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
}
