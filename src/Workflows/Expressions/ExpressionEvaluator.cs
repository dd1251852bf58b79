using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Expressions;

/// <summary>
/// Evaluates JavaScript expressions in a Jint sandbox: no CLR access, no file system, and limits on
/// memory, time, statements and recursion. Variables are exposed as the object <c>variables</c> and as
/// top-level names. Parsed scripts are cached.
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly ExpressionLimits _limits;
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);

    /// <summary>Creates an evaluator with the engine's configured limits.</summary>
    public ExpressionEvaluator(IOptions<WorkflowEngineOptions> options) : this(options.Value.Expressions) { }

    /// <summary>Creates an evaluator with explicit limits.</summary>
    public ExpressionEvaluator(ExpressionLimits limits) => _limits = limits;

    /// <summary>Returns null when the expression parses, otherwise the parser's message.</summary>
    public string? TryParse(string expression)
    {
        try
        {
            Prepare(expression);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.Message;
        }
    }

    /// <summary>Evaluates the expression; the result is converted to JSON (null for undefined/null).</summary>
    /// <exception cref="ExpressionException">The expression does not parse, throws, or exceeds a limit.</exception>
    public JsonNode? Evaluate(string expression, JsonObject variables)
    {
        var value = Run(expression, variables);
        if (value.IsUndefined() || value.IsNull()) return null;
        return System.Text.Json.JsonSerializer.SerializeToNode(value.ToObject());
    }

    /// <summary>Evaluates the expression and applies JavaScript truthiness.</summary>
    public bool EvaluateCondition(string expression, JsonObject variables) => Run(expression, variables) switch
    {
        JsBoolean b => b.AsBoolean(),
        var v => Jint.Runtime.TypeConverter.ToBoolean(v),
    };

    private JsValue Run(string expression, JsonObject variables)
    {
        Prepared<Script> script;
        try
        {
            script = Prepare(expression);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }

        var engine = new Engine(o => o
            .LimitMemory(_limits.MemoryBytes)
            .TimeoutInterval(_limits.Timeout)
            .MaxStatements(_limits.MaxStatements)
            .LimitRecursion(_limits.MaxRecursion)
            .Strict(false));
        try
        {
            var jsVariables = new JsonParser(engine).Parse(variables.ToJsonString());
            engine.SetValue("variables", jsVariables);
            foreach (var (name, _) in variables)
            {
                engine.SetValue(name, jsVariables.AsObject().Get(name));
            }
            return engine.Evaluate(script);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ExpressionException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }
    }

    private Prepared<Script> Prepare(string expression) =>
        _scripts.TryGetValue(expression, out var cached)
            ? cached
            : _scripts.GetOrAdd(expression, Engine.PrepareScript(expression, source: "expression"));
}
