namespace Estate.SharedKernel.Web;

/// <summary>
/// An enum in a query string, matched by name ignoring case: minimal APIs parse enums case-sensitively, but
/// clients send back the camelCase names the JSON answers use ("inProgress"). Numbers are refused.
/// </summary>
public readonly record struct QueryEnum<TEnum>(TEnum Value)
    where TEnum : struct, Enum
{
    public static bool TryParse(string? value, out QueryEnum<TEnum> result)
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        result = name is null ? default : new QueryEnum<TEnum>(Enum.Parse<TEnum>(name));
        return name is not null;
    }
}
