namespace DomatAljandal.Domain.Cases;

/// <summary>
/// What someone stated on a case, with who and when: the officer's reason for completing verification despite checklist
/// gaps, what was delivered to the member, why the request was withdrawn. Recorded through <see cref="ServiceCase"/>.
/// </summary>
public sealed class CaseStatement
{
    public const int MaxTextLength = 4000;

    internal CaseStatement(string text, string by, DateTimeOffset at)
    {
        Text = text;
        By = by;
        At = at;
    }

    private CaseStatement()
    {
        Text = By = null!;
    }

    public string Text { get; private set; }

    /// <summary>Who stated it: the user name as the host records it.</summary>
    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
