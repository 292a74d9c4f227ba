using Estate.SharedKernel.Results;

namespace Estate.SharedKernel.Ui;

/// <summary>The field errors of a failed request, looked up by the JSON field name a form input stands for.</summary>
public sealed class FieldErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    /// <summary>The message of an error that belongs to no field (a conflict, a missing record), if any.</summary>
    public string? General { get; private set; }

    public bool Any => General is not null || _errors.Count > 0;

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        General = null;
    }

    public void Show(Error error)
    {
        _errors = error.FieldErrors ?? new Dictionary<string, string[]>();
        General = error.FieldErrors is null or { Count: 0 } ? error.Message : null;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>The messages for one field, joined; null when the field is fine (MudBlazor's ErrorText).</summary>
    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
