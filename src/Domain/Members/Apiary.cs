namespace DomatAljandal.Domain.Members;

/// <summary>One of a member's apiaries (مناحل). Created and changed through <see cref="Member"/>.</summary>
public sealed class Apiary
{
    public const int MaxHives = 100_000;

    internal Apiary(string location, int hiveCount)
    {
        Id = Guid.CreateVersion7();
        Location = location;
        HiveCount = hiveCount;
    }

    private Apiary()
    {
        Location = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Where it is, as the member describes it, e.g. «وادي السرحان، شمال دومة الجندل».</summary>
    public string Location { get; private set; }

    public int HiveCount { get; private set; }

    internal void Update(string location, int hiveCount)
    {
        Location = location;
        HiveCount = hiveCount;
    }
}
