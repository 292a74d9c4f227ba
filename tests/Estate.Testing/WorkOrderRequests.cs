using System.Net;
using System.Text.Json;

namespace Estate.Testing;

/// <summary>Opens work orders through the engineering API, with defaults a test can override.</summary>
public static class WorkOrderRequests
{
    public static object NewWorkOrder(Guid propertyId, string title = "3号楼电梯异响", string priority = "normal", string category = "elevator") => new
    {
        propertyId,
        title,
        description = "Reported by an owner",
        category,
        priority,
        source = "ownerRequest",
    };

    public static async Task<JsonElement> OpenWorkOrderAsync(this HttpClient client, Guid propertyId, string title = "3号楼电梯异响", string priority = "normal") =>
        await (await client.PostJsonAsync("/api/engineering/work-orders", NewWorkOrder(propertyId, title, priority))).ReadAsync(HttpStatusCode.Created);
}
