using System.Text.Json;
using System.Text.Json.Serialization;

namespace Estate.SharedKernel.Messaging;

/// <summary>One serializer setting for events, used when storing and when delivering them.</summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
