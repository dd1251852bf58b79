using DomatAljandal.Host.Persistence;
using MediatR;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>A staff remark on a case (allowed on closed cases too).</summary>
public static class AddCaseNote
{
    public sealed record Command(Guid CaseId, string? Text, int? ExpectedVersion, string Actor) : IRequest<Result>;

    public sealed record Result(GetCase.NoteDto Note, int Version);

    public sealed class Handler(AppDbContext db, CaseWrites writes, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            var note = serviceCase.AddNote(request.Actor, request.Text!, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new Result(new GetCase.NoteDto(note.Id, note.Author, note.Text, note.At), writes.VersionOf(serviceCase));
        }
    }
}
