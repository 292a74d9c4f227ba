namespace Estate.SharedKernel.Seeding;

/// <summary>
/// A module's bulk data for benchmarks and scale tests (the Host's <c>generate-data</c> command). It writes
/// only its own schema's tables with binary COPY through <see cref="ScaleDataContext.Connection"/>, for one
/// company at a time; generators run in <see cref="Order"/>, so one that publishes ids (units) runs before
/// those that use them.
/// </summary>
public interface IScaleDataGenerator
{
    /// <summary>Lower runs first: 0 for generators that publish ids others use, 10 for most, 20 for meetings.</summary>
    int Order => 10;

    /// <summary>Writes the company's rows and returns how many, per table.</summary>
    Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken);
}
