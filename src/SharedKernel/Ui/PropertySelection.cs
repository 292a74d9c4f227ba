namespace Estate.SharedKernel.Ui;

/// <summary>
/// The property the user chose in the header's switcher (null: all the properties they may see). One per
/// browser session; pages read it as their default property filter and re-query when it changes.
/// </summary>
public sealed class PropertySelection
{
    public Guid? PropertyId { get; private set; }

    public event Action? Changed;

    public void Select(Guid? propertyId)
    {
        if (PropertyId == propertyId)
        {
            return;
        }

        PropertyId = propertyId;
        Changed?.Invoke();
    }
}
