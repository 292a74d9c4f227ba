namespace Estate.SharedKernel.Domain;

/// <summary>
/// An entity refused an action its rules do not allow (e.g. completing a closed work order).
/// Answered as 409 with the rule's code.
/// </summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
