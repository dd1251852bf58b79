namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>Who may read a document: staff only, or members too (shown in the portal). Stored as text.</summary>
public enum DocumentAudience
{
    Staff = 1,
    Members = 2,
}
