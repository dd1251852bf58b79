namespace DomatAljandal.Workflows.Expressions;

/// <summary>An expression failed to parse or to evaluate (including exceeding a sandbox limit).</summary>
public sealed class ExpressionException(string expression, string message, Exception? inner = null)
    : Exception($"Expression '{expression}' failed: {message}", inner)
{
    /// <summary>The failing expression.</summary>
    public string Expression { get; } = expression;
}
