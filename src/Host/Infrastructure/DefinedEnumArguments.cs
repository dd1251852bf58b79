using DomatAljandal.Host.Localization;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Query and route values bind to enums through <c>Enum.TryParse</c>, which takes any number ("99") as a value. This
/// filter answers 400 naming the parameter for a value the enum does not define, on every endpoint it is applied to.
/// Bodies are covered by the JSON converter, which takes names only.
/// </summary>
public static class DefinedEnumArguments
{
    public static TBuilder RequireDefinedEnums<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var enums = context.MethodInfo.GetParameters()
                .Select((p, index) => (p.Name, Index: index, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
                .Where(p => p.Type.IsEnum)
                .ToArray();
            if (enums.Length == 0)
            {
                return next;
            }

            return invocation =>
            {
                foreach (var (name, index, type) in enums)
                {
                    if (invocation.Arguments[index] is { } value && !Enum.IsDefined(type, value))
                    {
                        var names = string.Join(", ", Enum.GetNames(type));
                        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                            new Dictionary<string, string[]> { [name ?? type.Name] = [Loc.T($"القيمة ليست من القيم المسموحة: {names}.", $"The value is not one of {names}.")] }));
                    }
                }

                return next(invocation);
            };
        });
}
