namespace DomatAljandal.Host.Features.Cases.Attachments;

/// <summary>Where attachment bytes live. Keys are chosen by the storage (random), never from the uploader's file name.</summary>
public interface IAttachmentStorage
{
    /// <summary>Stores the stream and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when the key is unknown.</summary>
    Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes the bytes (used when the database change that referenced them failed). Missing keys are ignored.</summary>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken);
}
