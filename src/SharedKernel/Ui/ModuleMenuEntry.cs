namespace Estate.SharedKernel.Ui;

/// <summary>
/// A link a module adds to the navigation menu. Shown only while the module is on for the company and,
/// where a permission is named, to users who hold it. <paramref name="Icon"/> is an SVG icon string (MudBlazor's Icons).
/// </summary>
public sealed record ModuleMenuEntry(string Href, LocalizedText Title, string Icon, string? Permission = null, int Order = 0);
