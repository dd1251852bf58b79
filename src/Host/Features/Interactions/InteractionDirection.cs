namespace DomatAljandal.Host.Features.Interactions;

/// <summary>Who reached whom. Stored; never renumber.</summary>
public enum InteractionDirection
{
    /// <summary>وارد — the member contacted the society.</summary>
    In = 1,

    /// <summary>صادر — the society contacted the member.</summary>
    Out = 2,
}
