namespace DomatAljandal.Domain.Members;

/// <summary>How the member prefers to be told about their transactions. Stored; never renumber.</summary>
public enum ContactChannel
{
    Sms = 1,
    Email = 2,
}
