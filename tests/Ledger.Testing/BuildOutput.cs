namespace Ledger.Testing;

/// <summary>Build outputs of other projects of the repository, in the configuration and target framework of this
/// test assembly (which lives in tests/PROJECT/bin/CONFIGURATION/TFM/).</summary>
public static class BuildOutput
{
    /// <summary>The repository's root directory.</summary>
    public static string RepositoryRoot =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Parent!.Parent!.Parent!
            .Parent!.FullName;

    /// <summary>PROJECT/bin/CONFIGURATION/TFM/ASSEMBLY.dll, for a project directory relative to the repository
    /// root; throws naming the path when it was not built.</summary>
    public static string AssemblyOf(string projectDirectory, string assemblyName)
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var repository = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(repository, projectDirectory, "bin", configuration, framework, assemblyName + ".dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"{path} does not exist; build {projectDirectory} in the {configuration} configuration.");
    }
}
