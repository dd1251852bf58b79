namespace DomatAljandal.Host.Features.Cases.Attachments;

/// <summary>Where attachment bytes live. Keys are chosen by the storage (random), never from the uploader's file name.</summary>
public interface IAttachmentStorage
{
    /// <summary>Stores the stream and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when the key is unknown.</summary>
    Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the bytes (when the database change that referenced them failed, and at a member's erasure). Missing keys are
    /// ignored; true when bytes were there and are gone.
    /// </summary>
    Task<bool> DeleteAsync(string storageKey, CancellationToken cancellationToken);
}
