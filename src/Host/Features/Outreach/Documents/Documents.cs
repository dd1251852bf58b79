using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>
/// The society's document library: staff see every document, members only those for members; uploading a document or
/// a new version goes through the same checks as a case attachment (<see cref="AttachmentIntake"/>).
/// </summary>
public static class Documents
{
    /// <summary>MembersOnly: True for the portal: only documents for members. MemberId: The portal's member, to show which documents wait for their acknowledgement.</summary>
    public sealed record List(bool MembersOnly, DocumentCategory? Category = null, Guid? MemberId = null, int? Page = null, int? PageSize = null)
        : IRequest<Paged<DocumentSummary>>;

    public sealed record Get(Guid Id) : IRequest<DocumentDetails>;

    public sealed record Create(string? Title, string? TitleEn, string? Category, string? Audience, DateOnly? EffectiveOn, string? Notes,
        UploadedFile? File, UploadedFile? EnglishFile, string Actor) : IRequest<DocumentDetails>;

    public sealed record AddVersion(Guid Id, DateOnly? EffectiveOn, string? Notes, UploadedFile? File, UploadedFile? EnglishFile, string Actor)
        : IRequest<DocumentDetails>;

    /// <summary>A version's file (the current one when <see cref="Number"/> is null); members only reach documents for members.</summary>
    public sealed record OpenFile(Guid Id, int? Number, bool English, bool MembersOnly) : IRequest<DocumentFileStream>;

    public sealed record DocumentSummary(Guid Id, string Title, string? TitleEn, DocumentCategory Category, DocumentAudience Audience, int Version,
        DateOnly? EffectiveOn, DateTimeOffset UpdatedAt, string FileName, bool HasEnglish, bool ToAcknowledge);

    public sealed record VersionDto(Guid Id, int Number, DateOnly? EffectiveOn, string? Notes, string FileName, long SizeBytes, string? EnglishFileName,
        string UploadedBy, DateTimeOffset UploadedAt)
    {
        public static VersionDto From(DocumentVersion v) =>
            new(v.Id, v.Number, v.EffectiveOn, v.Notes, v.File.FileName, v.File.SizeBytes, v.EnglishFile?.FileName, v.UploadedBy, v.UploadedAt);
    }

    public sealed record CirculationSummary(Guid Id, int Version, DateTimeOffset CirculatedAt, string CirculatedBy, int Recipients, int Read);

    public sealed record DocumentDetails(Guid Id, string Title, string? TitleEn, DocumentCategory Category, DocumentAudience Audience,
        IReadOnlyList<VersionDto> Versions, IReadOnlyList<CirculationSummary> Circulations);

    public sealed record DocumentFileStream(Stream Stream, string ContentType, string FileName);

    public sealed class Handler(AppDbContext db, AttachmentIntake intake, IAttachmentStorage storage, TimeProvider clock) :
        IRequestHandler<List, Paged<DocumentSummary>>,
        IRequestHandler<Get, DocumentDetails>,
        IRequestHandler<Create, DocumentDetails>,
        IRequestHandler<AddVersion, DocumentDetails>,
        IRequestHandler<OpenFile, DocumentFileStream>
    {
        public async Task<Paged<DocumentSummary>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<SocietyDocument>().AsNoTracking().Include(d => d.Versions).Where(d => d.Versions.Any());
            if (request.MembersOnly)
            {
                query = query.Where(d => d.Audience == DocumentAudience.Members);
            }

            if (request.Category is { } category)
            {
                query = query.Where(d => d.Category == category);
            }

            var page = await paging.ReadAsync(query.OrderBy(d => d.Category).ThenBy(d => d.Title).ThenBy(d => d.Id), cancellationToken);
            var waiting = new HashSet<Guid>();
            if (request.MemberId is { } memberId)
            {
                var ids = page.Items.Select(d => d.Id).ToList();
                waiting = [.. await db.Set<CirculationRecipient>().AsNoTracking()
                    .Where(r => r.MemberId == memberId && r.AcknowledgedAt == null)
                    .Join(db.Set<DocumentCirculation>().Where(c => ids.Contains(c.DocumentId)), r => r.CirculationId, c => c.Id, (r, c) => c.DocumentId)
                    .ToListAsync(cancellationToken)];
            }

            return page.Select(d =>
            {
                var current = d.Current!;
                return new DocumentSummary(d.Id, d.Title, d.TitleEn, d.Category, d.Audience, current.Number, current.EffectiveOn, current.UploadedAt,
                    current.File.FileName, current.EnglishFile is not null, waiting.Contains(d.Id));
            });
        }

        public async Task<DocumentDetails> Handle(Get request, CancellationToken cancellationToken) =>
            await DetailsAsync(await FindAsync(request.Id, cancellationToken), cancellationToken);

        public async Task<DocumentDetails> Handle(Create request, CancellationToken cancellationToken)
        {
            var category = ParseCategory(request.Category);
            var audience = ParseAudience(request.Audience);
            var document = SocietyDocument.Create(request.Title!, request.TitleEn, category, audience, request.Actor, clock.GetUtcNow());
            db.Add(document);
            await AddFilesAsync(document, request.File, request.EnglishFile, request.EffectiveOn, request.Notes, request.Actor, cancellationToken);
            return await DetailsAsync(document, cancellationToken);
        }

        public async Task<DocumentDetails> Handle(AddVersion request, CancellationToken cancellationToken)
        {
            var document = await db.Set<SocietyDocument>().Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                           ?? throw NotFound();
            await AddFilesAsync(document, request.File, request.EnglishFile, request.EffectiveOn, request.Notes, request.Actor, cancellationToken);
            return await DetailsAsync(document, cancellationToken);
        }

        public async Task<DocumentFileStream> Handle(OpenFile request, CancellationToken cancellationToken)
        {
            var document = await FindAsync(request.Id, cancellationToken);
            if (request.MembersOnly && document.Audience != DocumentAudience.Members)
            {
                throw NotFound();
            }

            var version = (request.Number is { } number ? document.Versions.FirstOrDefault(v => v.Number == number) : document.Current) ?? throw NotFound();
            var file = request.English ? version.EnglishFile ?? throw NotFound() : version.File;
            var stream = await storage.OpenReadAsync(file.StorageKey, cancellationToken) ?? throw NotFound();
            return new DocumentFileStream(stream, file.ContentType, file.FileName);
        }

        private async Task AddFilesAsync(SocietyDocument document, UploadedFile? file, UploadedFile? englishFile, DateOnly? effectiveOn, string? notes,
            string actor, CancellationToken cancellationToken)
        {
            if (file is null)
            {
                throw ProblemException.Validation("file", "أرفق ملف الوثيقة في حقل file.", "Attach the document as the form field 'file'.");
            }

            var stored = new List<string>();
            try
            {
                var arabic = await intake.StoreAsync(file, "file", cancellationToken);
                stored.Add(arabic.StorageKey);
                StoredUpload? english = null;
                if (englishFile is not null)
                {
                    english = await intake.StoreAsync(englishFile, "fileEn", cancellationToken);
                    stored.Add(english.StorageKey);
                }

                document.AddVersion(FileOf(arabic), english is null ? null : FileOf(english), effectiveOn, notes, actor, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                foreach (var key in stored)
                {
                    await storage.DeleteAsync(key, CancellationToken.None);
                }

                throw;
            }
        }

        private static DocumentFile FileOf(StoredUpload upload) => new(upload.StorageKey, upload.FileName, upload.ContentType, upload.SizeBytes);

        private async Task<SocietyDocument> FindAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Set<SocietyDocument>().AsNoTracking().Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw NotFound();

        private async Task<DocumentDetails> DetailsAsync(SocietyDocument document, CancellationToken cancellationToken)
        {
            var circulations = await db.Set<DocumentCirculation>().AsNoTracking().Where(c => c.DocumentId == document.Id)
                .OrderByDescending(c => c.CirculatedAt).Take(20)
                .Select(c => new CirculationSummary(c.Id, c.VersionNumber, c.CirculatedAt, c.CirculatedBy,
                    db.Set<CirculationRecipient>().Count(r => r.CirculationId == c.Id),
                    db.Set<CirculationRecipient>().Count(r => r.CirculationId == c.Id && r.AcknowledgedAt != null)))
                .ToListAsync(cancellationToken);
            return new DocumentDetails(document.Id, document.Title, document.TitleEn, document.Category, document.Audience,
                [.. document.Versions.OrderByDescending(v => v.Number).Select(VersionDto.From)], circulations);
        }

        internal static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "No such document.", "لا توجد هذه الوثيقة. / No such document.");

        internal static DocumentCategory ParseCategory(string? value)
        {
            var name = value?.Replace("-", string.Empty, StringComparison.Ordinal).Trim();
            if (string.IsNullOrEmpty(name) || name.Any(char.IsDigit) || !Enum.TryParse<DocumentCategory>(name, ignoreCase: true, out var category))
            {
                throw ProblemException.Validation("category", "التصنيف من: bylaws أو support-policy أو form أو circular أو policy أو other.",
                    "category is one of bylaws, support-policy, form, circular, policy, other.");
            }

            return category;
        }

        internal static DocumentAudience ParseAudience(string? value) => value?.Trim().ToLowerInvariant() switch
        {
            "staff" => DocumentAudience.Staff,
            "members" => DocumentAudience.Members,
            _ => throw ProblemException.Validation("audience", "الجمهور: staff (الموظفون) أو members (الأعضاء).", "audience is staff or members."),
        };
    }
}
