namespace Estate.Modules.CustomerService.Domain;

/// <summary>What an owner says on a follow-up call or in a survey that asks for a word rather than a score.</summary>
internal enum Satisfaction
{
    Satisfied,
    Neutral,
    Dissatisfied,
}
