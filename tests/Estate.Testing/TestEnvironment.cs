namespace Estate.Testing;

/// <summary>Where the test run's PostgreSQL and built modules are; build/test.sh sets these.</summary>
public static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ESTATE_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres";

    public static string ModulesPath =>
        Environment.GetEnvironmentVariable("ESTATE_MODULES_PATH") ?? Path.Combine(RepositoryRoot, "artifacts", "modules");

    public static string TestModulesPath =>
        Environment.GetEnvironmentVariable("ESTATE_TEST_MODULES_PATH") ?? Path.Combine(RepositoryRoot, "artifacts", "test-modules");

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Estate.Platform.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Run the tests from inside the repository (Estate.Platform.sln not found above the test binaries).");
        }
    }
}
