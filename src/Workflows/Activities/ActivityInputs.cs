using System.Text.Json;
using DomatAljandal.Workflows.Expressions;

namespace DomatAljandal.Workflows.Activities;

/// <summary>Evaluates an <see cref="ActivityPropertyKind.ExpressionMap"/> property (name → expression).</summary>
internal static class ActivityInputs
{
    public static IReadOnlyDictionary<string, object?> Evaluate(ActivityExecutionContext context, string property)
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (context.Activity.Property(property) is not { ValueKind: JsonValueKind.Object } map) return inputs;
        foreach (var input in map.EnumerateObject())
        {
            inputs[input.Name] = JsonValues.ToPlain(context.Evaluate(input.Value.GetString()!));
        }
        return inputs;
    }
}
