namespace DomatAljandal.Workflows.Expressions;

/// <summary>Sandbox limits for each expression evaluation.</summary>
public sealed class ExpressionLimits
{
    /// <summary>Memory an evaluation may allocate (bytes). Default 4 MB.</summary>
    public long MemoryBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>Wall-clock time an evaluation may take. Default 200 ms.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>Statements an evaluation may execute. Default 10,000.</summary>
    public int MaxStatements { get; set; } = 10_000;
    /// <summary>Call depth. Default 64.</summary>
    public int MaxRecursion { get; set; } = 64;
}
