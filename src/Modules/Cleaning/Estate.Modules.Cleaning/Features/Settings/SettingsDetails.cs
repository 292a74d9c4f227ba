namespace Estate.Modules.Cleaning.Features.Settings;

/// <summary>The company's cleaning settings; <see cref="Version"/> is 0 while the defaults apply.</summary>
internal sealed record SettingsDetails(int CollectionToleranceMinutes, DateTimeOffset? ChangedAt, uint Version);
