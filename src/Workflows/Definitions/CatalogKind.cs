namespace DomatAljandal.Workflows.Definitions;

/// <summary>The host's lists a definition may name (an activity property declares which one it reads).</summary>
public enum CatalogKind
{
    /// <summary>The roles that may own a human task.</summary>
    Role,
    /// <summary>The domain actions the host's handlers carry out.</summary>
    DomainAction,
    /// <summary>The notification templates the host can render.</summary>
    NotificationTemplate,
    /// <summary>The kinds of letter the host issues.</summary>
    LetterKind,
    /// <summary>The channels the host reaches people on.</summary>
    Channel,
}
