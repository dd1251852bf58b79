using System.Globalization;
using System.Text.RegularExpressions;
using DomatAljandal.Host.Persistence;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Attachments;

/// <summary>
/// Attachments as files under the data folder: <c>attachments/2026/11/{random}.bin</c>. The key is random and the
/// extension neutral, so nothing an uploader sends decides a path on disk or how a file might be executed.
/// </summary>
public sealed partial class FileAttachmentStorage(IOptions<CaseOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment, TimeProvider clock)
    : IAttachmentStorage
{
    private string Root
    {
        get
        {
            var configured = options.Value.AttachmentsFolder;
            var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(database.Value.DataFolder, "attachments") : configured;
            return Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
        }
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.bin");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        if (!KeyPattern().IsMatch(storageKey ?? string.Empty) || !File.Exists(PathOf(storageKey!)))
        {
            return Task.FromResult<Stream?>(null);
        }

        return Task.FromResult<Stream?>(new FileStream(PathOf(storageKey!), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public Task<bool> DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        if (!KeyPattern().IsMatch(storageKey ?? string.Empty) || !File.Exists(PathOf(storageKey!)))
        {
            return Task.FromResult(false);
        }

        File.Delete(PathOf(storageKey!));
        return Task.FromResult(true);
    }

    private string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.bin$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
