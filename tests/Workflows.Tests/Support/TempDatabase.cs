namespace DomatAljandal.Workflows.Tests.Support;

public static class TempDatabase
{
    public static string NewSqliteFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "domat-workflows-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "engine.db");
    }
}
