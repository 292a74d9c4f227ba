namespace Estate.Host.Platform.Features.Properties;

internal sealed record PropertyDetails(Guid Id, string Name, string? Address, DateTimeOffset CreatedAt, uint Version);
