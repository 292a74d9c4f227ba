using System.Globalization;
using System.Text.RegularExpressions;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Owners;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Http;

namespace Estate.Modules.CustomerService.Features.Imports;

/// <summary>The column names of the three file formats; exports write them in this order.</summary>
internal static class CsvColumns
{
    public const string Property = "property";
    public const string Building = "building";
    public const string Floors = "floors";
    public const string Unit = "unit";
    public const string Entrance = "entrance";
    public const string Floor = "floor";
    public const string Area = "area";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Kind = "kind";
    public const string MoveInDate = "moveInDate";

    public static readonly string[] Buildings = [Property, Building, Floors];
    public static readonly string[] Units = [Property, Building, Unit, Entrance, Floor, Area];
    public static readonly string[] Owners = [Property, Building, Unit, Name, Phone, Kind, MoveInDate];
}

/// <summary>Reads typed values from a row, recording a problem on the row's line and column for each bad one.</summary>
internal sealed partial class CsvFields(CsvProblems problems)
{
    public string? Required(CsvRow row, string column, int maxLength)
    {
        var value = row.Text(column);
        if (value.Length == 0)
        {
            problems.Add(row.Line, column, Texts.T("此项必填。", "A value is required."));
            return null;
        }

        return Longer(row, column, value, maxLength) ? null : value;
    }

    public string? Optional(CsvRow row, string column, int maxLength)
    {
        var value = row.Optional(column);
        return value is not null && Longer(row, column, value, maxLength) ? null : value;
    }

    /// <summary>An optional whole number in [min, max]; false when it is present but wrong.</summary>
    public bool TryWhole(CsvRow row, string column, int min, int max, out int? value)
    {
        value = null;
        if (row.Optional(column) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            problems.Add(row.Line, column, Texts.T($"“{text}”不是 {min} 至 {max} 之间的整数。", $"'{text}' is not a whole number from {min} to {max}."));
            return false;
        }

        value = number;
        return true;
    }

    public decimal? FloorArea(CsvRow row)
    {
        var text = row.Text(CsvColumns.Area);
        if (text.Length == 0)
        {
            problems.Add(row.Line, CsvColumns.Area, Texts.T("请填写建筑面积（m²）。", "A floor area in m² is required."));
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area)
            || area <= 0 || area > Domain.Unit.MaxFloorArea || decimal.Round(area, 2) != area)
        {
            problems.Add(row.Line, CsvColumns.Area, Texts.T($"“{text}”不是有效的建筑面积（m²）：须大于 0、不超过 {Domain.Unit.MaxFloorArea}、最多两位小数、以小数点分隔。", $"'{text}' is not a floor area in m² (more than 0, at most {Domain.Unit.MaxFloorArea}, two decimals, a point as separator)."));
            return null;
        }

        return area;
    }

    public bool TryPhone(CsvRow row, out string? phone)
    {
        phone = Optional(row, CsvColumns.Phone, Owner.PhoneMaxLength);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            problems.Add(row.Line, CsvColumns.Phone, OwnerRules.PhoneMessage);
            return false;
        }

        return row.Optional(CsvColumns.Phone) is null || phone is not null;
    }

    /// <summary>owner or tenant (业主 or 租户 are read too).</summary>
    public ResidentKind? Kind(CsvRow row)
    {
        var text = row.Text(CsvColumns.Kind);
        ResidentKind? kind = text.ToLowerInvariant() switch
        {
            "owner" or "业主" => ResidentKind.Owner,
            "tenant" or "租户" => ResidentKind.Tenant,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add(row.Line, CsvColumns.Kind, text.Length == 0
                ? Texts.T("请填写业主（owner）或租户（tenant）。", "owner or tenant is required.")
                : Texts.T($"“{text}”既不是业主（owner）也不是租户（tenant）。", $"'{text}' is neither owner nor tenant."));
        }

        return kind;
    }

    public bool TryDate(CsvRow row, string column, out DateOnly? date)
    {
        date = null;
        if (row.Optional(column) is not { } text)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            problems.Add(row.Line, column, Texts.T($"“{text}”不是 yyyy-MM-dd 格式的日期。", $"'{text}' is not a date written yyyy-MM-dd."));
            return false;
        }

        date = parsed;
        return true;
    }

    private bool Longer(CsvRow row, string column, string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return false;
        }

        problems.Add(row.Line, column, Texts.T($"最多 {maxLength} 个字符。", $"At most {maxLength} characters."));
        return true;
    }

    [GeneratedRegex(OwnerRules.PhonePattern)]
    private static partial Regex PhonePattern();
}

/// <summary>The caller's properties by name (as exported) or id; a name two properties share must be given as the id.</summary>
internal sealed class PropertyNames
{
    private readonly IReadOnlyList<PropertySummary> _properties;

    private PropertyNames(IReadOnlyList<PropertySummary> properties) => _properties = properties;

    public static async Task<PropertyNames> LoadAsync(IPropertyDirectory directory, CancellationToken cancellationToken) =>
        new(await directory.ListAsync(cancellationToken));

    public Guid? Resolve(CsvRow row, CsvProblems problems)
    {
        var text = row.Text(CsvColumns.Property);
        if (text.Length == 0)
        {
            problems.Add(row.Line, CsvColumns.Property, Texts.T("请填写小区名称或编号。", "A property name or id is required."));
            return null;
        }

        var matches = Guid.TryParse(text, out var id)
            ? _properties.Where(p => p.Id == id).ToList()
            : _properties.Where(p => p.Name == text).ToList();
        switch (matches.Count)
        {
            case 1:
                return matches[0].Id;
            case 0:
                problems.Add(row.Line, CsvColumns.Property, Texts.T($"“{text}”不是您可查看的本公司小区。", $"'{text}' is not a property of the company you may see."));
                return null;
            default:
                problems.Add(row.Line, CsvColumns.Property, Texts.T($"有多个小区名为“{text}”，请填写小区编号。", $"Several properties are named '{text}'; give the property id."));
                return null;
        }
    }

    /// <summary>The name to export, or the id where the name is not unique.</summary>
    public string LabelOf(Guid propertyId)
    {
        var property = _properties.FirstOrDefault(p => p.Id == propertyId);
        if (property is null)
        {
            return propertyId.ToString();
        }

        return _properties.Count(p => p.Name == property.Name) == 1 ? property.Name : property.Id.ToString();
    }

    public string NameOf(Guid propertyId) => _properties.FirstOrDefault(p => p.Id == propertyId)?.Name ?? "";
}

/// <summary>What an import did; a re-import of the same file creates nothing and changes nothing.</summary>
internal sealed record ImportSummary(int Rows, int Created, int Updated, int Unchanged, int BuildingsCreated);

/// <summary>The HTTP side of imports and exports.</summary>
internal static class CsvHttp
{
    public const string ImportDescription =
        "Send the file as the request body with Content-Type: text/csv (UTF-8, comma separated, a header row with the column names; " +
        "columns in any order, names case-insensitive). The import is all or nothing: if any row is bad, the answer is 400 with " +
        "`errors` keyed \"line N: column\" for every bad row (the header is line 1) and nothing is stored. A row whose natural key " +
        "is already stored updates that record instead of adding another. `property` is the property's name as the platform lists " +
        "it, or its id. The export of the same kind writes this format, so an export imports back unchanged.";

    public static IResult Unsupported() => TypedResults.Problem(
        detail: Texts.T("请以请求正文发送文件，Content-Type 为 text/csv。", "Send the file as the request body with Content-Type: text/csv."),
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: Texts.T("不支持的媒体类型。", "Unsupported media type."),
        extensions: new Dictionary<string, object?> { ["code"] = "unsupported_media_type" });

    public static IResult File(byte[] content, string fileName) => TypedResults.File(content, "text/csv; charset=utf-8", fileName);
}
