namespace Estate.Host.Ui;

/// <summary>Tells the circuit's menu to rebuild itself, e.g. after a module was switched on or off for the company.</summary>
internal sealed class MenuState
{
    public event Func<Task>? Changed;

    public Task NotifyChangedAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
