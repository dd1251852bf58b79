using System.Globalization;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>Reads a domain action's evaluated inputs (plain values from the engine).</summary>
internal static class CaseActionInputs
{
    public static string? Text(this DomainActionRequest request, string name) =>
        request.Inputs.TryGetValue(name, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;

    public static string RequiredText(this DomainActionRequest request, string name) =>
        request.Text(name) is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"Domain action '{request.Action}' of activity '{request.Context.ActivityId}' needs the input '{name}'.");

    public static int RequiredInt(this DomainActionRequest request, string name) =>
        int.TryParse(request.RequiredText(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidOperationException($"Domain action '{request.Action}' needs '{name}' to be a whole number.");
}
