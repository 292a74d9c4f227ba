namespace Estate.SharedKernel.Results;

/// <summary>The value of a use case that returns nothing but success or an error.</summary>
public readonly record struct Done;
