using System.Text.RegularExpressions;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

public sealed class DocumentationTests
{
    private static string Docs(string file) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", file);

    [Fact]
    public async Task The_example_in_the_format_document_is_a_valid_definition()
    {
        var markdown = await File.ReadAllTextAsync(Docs("workflow-format.md"));
        var example = Regex.Match(markdown, "## Example\\s+```json\\s+(?<json>.*?)```", RegexOptions.Singleline).Groups["json"].Value;
        await using var host = await EngineHost.CreateAsync();
        var errors = host.Services.GetRequiredService<WorkflowDefinitionValidator>().Validate(example);
        Assert.Empty(errors);
    }
}
