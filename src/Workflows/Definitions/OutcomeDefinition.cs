namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// A declared outcome of an activity: <c>"Accept"</c> or <c>{ "id": "Accept", "name": { "ar": "قبول", "en": "Accept" } }</c>.
/// The id is what connections and resumes use; the name is what people read on buttons and in the timeline.
/// </summary>
/// <param name="Id">The outcome's id.</param>
/// <param name="Name">Its localized label, or null when the definition gave a plain string.</param>
public sealed record OutcomeDefinition(string Id, IReadOnlyDictionary<string, string>? Name)
{
    /// <summary>The label in <paramref name="language"/> (<c>ar</c> or <c>en</c>), falling back to the other language and then the id.</summary>
    public string Label(string language) =>
        Name is null ? Id
        : Name.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text
        : Name.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? Id;
}
