using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Unique schema names in the OpenAPI document. Request records nest inside their slice (<c>FeedbackEndpoints.SubmitBody</c>,
/// <c>PortalEndpoints.SubmitBody</c>), and ours share names with Identity's (<c>ResetPasswordRequest</c>): by the bare type
/// name one schema would stand for both. A nested type is named with its declaring types, Identity's with their namespace.
/// </summary>
public static class OpenApiSchemaNames
{
    public static string? Of(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (name is null)
        {
            return null;
        }

        var prefix = string.Empty;
        for (var outer = type.Type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            prefix = outer.Name + prefix;
        }

        if (prefix.Length == 0 && type.Type.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true)
        {
            prefix = "Identity";
        }

        return prefix + name;
    }
}
