using System.Text.Json;
using System.Text.Json.Serialization;

namespace Estate.Modules.Meetings;

/// <summary>How the module stores documents (frozen reports, minutes) as JSON: the API's own spelling.</summary>
internal static class MeetingsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
}
