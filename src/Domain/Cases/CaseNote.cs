namespace DomatAljandal.Domain.Cases;

/// <summary>A remark on a case by a staff member (or the system). Created through <see cref="ServiceCase.AddNote"/>.</summary>
public sealed class CaseNote
{
    public const int MaxTextLength = 4000;

    internal CaseNote(string author, string text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        Author = author;
        Text = text;
        At = at;
    }

    private CaseNote()
    {
        Author = Text = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Who wrote it: the user name as the host records it.</summary>
    public string Author { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}
