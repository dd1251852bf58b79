namespace DomatAljandal.Workflows.Activities;

/// <summary>How an activity property is written and checked by the validator.</summary>
public enum ActivityPropertyKind
{
    /// <summary>A plain string.</summary>
    Text,
    /// <summary>An array of strings.</summary>
    TextList,
    /// <summary>Declared outcomes: each a string or <c>{ "id", "name": { "ar", "en" } }</c>.</summary>
    Outcomes,
    /// <summary>A JavaScript expression over <c>variables</c>; must parse.</summary>
    Expression,
    /// <summary>An object whose values are JavaScript expressions (e.g. inputs).</summary>
    ExpressionMap,
    /// <summary>An ISO-8601 duration such as <c>P14D</c> or <c>PT2H</c>.</summary>
    Duration,
    /// <summary>A human-task form: an array of fields.</summary>
    Form,
    /// <summary>A whole number, at least 1 (e.g. a task's <c>approvals</c>).</summary>
    Number,
}
