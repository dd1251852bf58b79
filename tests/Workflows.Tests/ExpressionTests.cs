using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Expressions;

namespace DomatAljandal.Workflows.Tests;

public sealed class ExpressionTests
{
    private readonly ExpressionEvaluator _expressions = new(new ExpressionLimits { Timeout = TimeSpan.FromSeconds(2) });
    private static JsonObject Variables() => new() { ["amount"] = 1500, ["name"] = "سارة", ["tags"] = new JsonArray("a", "b") };

    [Fact]
    public void Variables_are_reachable_as_an_object_and_as_names()
    {
        Assert.True(_expressions.EvaluateCondition("variables.amount > 1000 && amount === 1500", Variables()));
        Assert.Equal("سارة!", _expressions.Evaluate("name + '!'", Variables())!.GetValue<string>());
        Assert.Equal(2, _expressions.Evaluate("tags.length", Variables())!.GetValue<double>());
    }

    [Fact]
    public void Objects_come_back_as_json()
    {
        var result = _expressions.Evaluate("({ total: amount * 2, ok: true })", Variables())!;
        Assert.Equal(3000, result["total"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("require('fs')")]
    public void The_sandbox_has_no_CLR_or_file_system(string expression) =>
        Assert.Throws<ExpressionException>(() => _expressions.Evaluate(expression, Variables()));

    [Fact]
    public void An_endless_loop_is_stopped_by_the_statement_limit() =>
        Assert.Throws<ExpressionException>(() => _expressions.Evaluate("while (true) {}", Variables()));

    [Fact]
    public void Runaway_recursion_is_stopped() =>
        Assert.Throws<ExpressionException>(() => _expressions.Evaluate("function f(n) { return f(n + 1); } f(0)", Variables()));

    [Fact]
    public void Runaway_memory_is_stopped() =>
        Assert.Throws<ExpressionException>(() => _expressions.Evaluate(
            "var a = []; for (var i = 0; i < 9000; i++) { a.push(new Array(1000).fill('x').join('')); } a.length", Variables()));

    [Fact]
    public void A_syntax_error_is_reported_by_TryParse() => Assert.NotNull(_expressions.TryParse("amount >"));
}
