using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// The case page: header (reference, member, service, channel, status), the stage tracker (the stages of the case's own
/// definition version), the open tasks with their forms and outcomes, what the case waits for, the checklist, the
/// timeline from the workflow journal (stages entered, outcomes with their labels), notes,
/// attachments, the declaration and the decision, letters, and the communications sent.
/// </summary>
public static class GetCase
{
    /// <summary>maskIdentifiers: the viewer sees the member's national ID and mobile masked.</summary>
    public sealed record Query(Guid CaseId, bool MaskIdentifiers = false) : IRequest<CaseDetails>;

    public sealed record CaseDetails(
        Guid Id,
        string Reference,
        int Version,
        CaseStatus Status,
        string? CurrentStep,
        Channel Channel,
        string ChannelNameAr,
        string ChannelNameEn,
        ServiceSummary Service,
        MemberSummary Member,
        IReadOnlyDictionary<string, string> SubmittedData,
        DateTimeOffset CreatedAt,
        DateTimeOffset? ClosedAt,
        bool IsDeadlineBreached,
        DateTimeOffset? BreachedAt,
        Guid? WorkflowInstanceId,
        WorkflowStatus? WorkflowStatus,
        string? WorkflowResult,
        IReadOnlyList<StepDto> Steps,
        IReadOnlyList<CaseTaskDto> Tasks,
        IReadOnlyList<CaseWaitDto> WaitingFor,
        IReadOnlyList<ChecklistGapDto> ChecklistGaps,
        IReadOnlyList<CaseRequestedItems.Item> RequestedItems,
        string? RequestedNote,
        StatementDto? VerificationOverride,
        StatementDto? Delivery,
        StatementDto? Withdrawal,
        IReadOnlyList<TimelineEntryDto> Timeline,
        IReadOnlyList<NoteDto> Notes,
        IReadOnlyList<AttachmentDto> Attachments,
        DeclarationDto? Declaration,
        DecisionDto? Decision,
        IReadOnlyList<LetterSummaryDto> Letters,
        IReadOnlyList<CommunicationDto> Communications)
    {
        /// <summary>True when national IDs and mobiles are shown masked to this viewer, the member's and any in the case's data (see <c>IdentifierMasking</c>).</summary>
        public bool IdentifiersMasked { get; init; }

        /// <summary>
        /// The same case with every national ID and mobile masked: the member's, and any written in the submitted data, the
        /// answers given at tasks, the notes and the communications' recipients.
        /// </summary>
        public CaseDetails Masked() => this with
        {
            Member = Member with { NationalId = Privacy.IdentifierMasking.NationalId(Member.NationalId), Mobile = Privacy.IdentifierMasking.Mobile(Member.Mobile) },
            SubmittedData = SubmittedData.ToDictionary(d => d.Key, d => Privacy.IdentifierMasking.InText(d.Value), StringComparer.Ordinal),
            Timeline = [.. Timeline.Select(t => t with
            {
                Data = Privacy.IdentifierMasking.InJson(t.Data),
                Fields = [.. t.Fields.Select(f => f with { Value = Privacy.IdentifierMasking.InText(f.Value) })],
            })],
            Notes = [.. Notes.Select(n => n with { Text = Privacy.IdentifierMasking.InText(n.Text) })],
            RequestedNote = RequestedNote is null ? null : Privacy.IdentifierMasking.InText(RequestedNote),
            VerificationOverride = VerificationOverride?.Masked(),
            Delivery = Delivery?.Masked(),
            Withdrawal = Withdrawal?.Masked(),
            Declaration = Declaration is null ? null : Declaration with { Text = Privacy.IdentifierMasking.InText(Declaration.Text) },
            Communications = [.. Communications.Select(m => m with { Recipient = Privacy.IdentifierMasking.InText(m.Recipient) })],
            IdentifiersMasked = true,
        };
    }

    public sealed record ServiceSummary(string Code, string NameAr, string NameEn);

    public sealed record MemberSummary(Guid Id, string FullName, string? EnglishName, string NationalId, string Mobile, string? Email,
        ContactChannel PreferredChannel, string PreferredLanguage, string? MembershipNumber);

    /// <summary>One stage of the case's procedure, in order; <c>state</c> is Done, Current, Skipped or Ahead.</summary>
    public sealed record StepDto(string Id, string NameAr, string NameEn, StageState State)
    {
        public static IReadOnlyList<StepDto> From(IReadOnlyList<StageProgress>? stages) => [.. (stages ?? []).Select(From)];

        private static StepDto From(StageProgress stage)
        {
            var name = LocalizedName.Of(stage.Name, stage.Id);
            return new StepDto(stage.Id, name.Ar, name.En, stage.State);
        }
    }

    public sealed record ChecklistGapDto(string Field, string MessageAr, string MessageEn);

    /// <summary>
    /// One journal entry: an activity with the outcome it took (<c>outcomeNameAr</c>/<c>En</c>: its label), or a stage entered
    /// (<c>activityType</c> Stage, <c>outcome</c> the stage id, the names the stage's).
    /// </summary>
    /// <remarks><c>fields</c> are what staff wrote at a task (its form's answers, the comment), by the form's labels.</remarks>
    public sealed record TimelineEntryDto(int Sequence, string ActivityId, string ActivityType, string NameAr, string NameEn, string? Outcome,
        string? OutcomeNameAr, string? OutcomeNameEn, string? Actor, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JsonNode? Data, string? Error,
        IReadOnlyList<TimelineFieldDto> Fields);

    /// <summary>One answer given at a task: its key, its label and its value as text.</summary>
    public sealed record TimelineFieldDto(string Key, string LabelAr, string LabelEn, string Value);

    /// <summary>What someone stated on the case (an override reason, what was delivered, why it was withdrawn), by whom and when.</summary>
    public sealed record StatementDto(string Text, string By, DateTimeOffset At)
    {
        public static StatementDto? From(CaseStatement? statement) => statement is null ? null : new(statement.Text, statement.By, statement.At);

        public StatementDto Masked() => this with { Text = Privacy.IdentifierMasking.InText(Text) };
    }

    public sealed record NoteDto(Guid Id, string Author, string Text, DateTimeOffset At);

    public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long SizeBytes, string? DocumentKey, string UploadedBy, DateTimeOffset UploadedAt);

    public sealed record DeclarationDto(string TextVersion, string Text, string SignerName, DeclarationMethod Method, DateTimeOffset SignedAt);

    /// <summary>The committee's decision; <c>votes</c> lists who took part when the committee voted (empty when one member decided).</summary>
    public sealed record DecisionDto(DecisionOutcome Outcome, string Reason, string DecidedBy, DateTimeOffset DecidedAt, IReadOnlyList<CommitteeVote> Votes);

    public sealed record CommunicationDto(Guid Id, string Channel, string Recipient, string TemplateKey, string Subject, string Status,
        DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    public sealed class Handler(AppDbContext db, IWorkflowRuntime runtime, IWorkflowTasks tasks, ProcedureDefinitions definitions, TimeProvider clock,
        IOptions<CaseOptions> options)
        : IRequestHandler<Query, CaseDetails>
    {
        public async Task<CaseDetails> Handle(Query request, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                              ?? throw CaseProblems.NotFound(request.CaseId);
            var version = await db.Set<ServiceCase>().Where(c => c.Id == request.CaseId)
                .Select(c => EF.Property<int>(c, CaseVersion.PropertyName)).FirstAsync(cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken);
            var serviceType = await db.Set<ServiceType>().AsNoTracking().FirstAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);

            var instanceId = Guid.TryParse(serviceCase.WorkflowInstanceId, out var id) ? id : (Guid?)null;
            var details = instanceId is { } iid ? await runtime.GetAsync(iid, cancellationToken) : null;
            var definition = details is null ? null : await definitions.GetAsync(details.Instance.DefinitionId, details.Instance.Version, cancellationToken);
            var openTasks = instanceId is { } tid
                ? (await tasks.ListAsync(new TaskQuery { InstanceIds = [tid], Order = TaskOrder.Created }, cancellationToken)).Items
                : [];
            var now = clock.GetUtcNow();

            var letters = await db.Set<CaseLetter>().AsNoTracking().Where(l => l.CaseId == serviceCase.Id).OrderBy(l => l.IssuedAt).ToListAsync(cancellationToken);
            var communications = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CaseId == serviceCase.Id).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);

            var shown = new CaseDetails(
                serviceCase.Id,
                serviceCase.Reference.Value,
                version,
                serviceCase.Status,
                serviceCase.CurrentStage,
                serviceCase.Channel,
                ChannelNames.Arabic(serviceCase.Channel),
                ChannelNames.English(serviceCase.Channel),
                new ServiceSummary(serviceType.Code, serviceType.NameAr, serviceType.NameEn),
                new MemberSummary(member.Id, member.FullName, member.EnglishName, member.NationalId, member.Mobile, member.Email,
                    member.PreferredChannel, member.PreferredLanguage, member.MembershipNumber),
                serviceCase.SubmittedData,
                serviceCase.CreatedAt,
                serviceCase.ClosedAt,
                serviceCase.IsDeadlineBreached,
                serviceCase.BreachedAt,
                instanceId,
                details?.Instance.Status,
                details?.Instance.Result,
                StepDto.From(details?.Stages),
                [.. openTasks.Select(t => CaseTasks.ToTask(t, now, options.Value.DueSoonWindow))],
                [.. (details?.Instance.Bookmarks ?? []).Where(b => b.Kind == BookmarkKind.Event).Select(b => CaseTasks.ToWait(b, definition))],
                [.. serviceType.CheckSubmission(serviceCase).Select(g => new ChecklistGapDto(g.Field, g.MessageAr, g.MessageEn))],
                CaseRequestedItems.Of(serviceType, serviceCase),
                serviceCase.RequestedNote,
                StatementDto.From(serviceCase.VerificationOverride),
                StatementDto.From(serviceCase.Delivery),
                StatementDto.From(serviceCase.Withdrawal),
                [.. (details?.Journal ?? []).Select(j => ToTimeline(j, definition, serviceType))],
                [.. serviceCase.Notes.OrderBy(n => n.At).Select(n => new NoteDto(n.Id, n.Author, n.Text, n.At))],
                [.. serviceCase.Attachments.OrderBy(a => a.UploadedAt).Select(ToDto)],
                serviceCase.Declaration is { } d ? new DeclarationDto(d.TextVersion, d.Text, d.SignerName, d.Method, d.SignedAt) : null,
                serviceCase.Decision is { } x ? new DecisionDto(x.Outcome, x.Reason, x.DecidedBy, x.DecidedAt, x.Votes ?? []) : null,
                [.. letters.Select(LetterSummaryDto.From)],
                [.. communications.Select(m => new CommunicationDto(m.Id, m.Channel.ToString(), m.Recipient, m.TemplateKey, m.Subject, m.Status.ToString(),
                    StoredTimes.AsOffset(m.CreatedAt), StoredTimes.AsOffset(m.SentAt)))]);
            return request.MaskIdentifiers ? shown.Masked() : shown;
        }

        private static TimelineEntryDto ToTimeline(JournalEntryInfo j, WorkflowDefinition? definition, ServiceType serviceType)
        {
            if (j.ActivityId == WorkflowJournal.StageActivityId && j.Outcome is { } stageId)
            {
                var stage = ProcedureDefinitions.StageNameOf(definition, stageId);
                return new TimelineEntryDto(j.Sequence, j.ActivityId, j.ActivityType, stage.Ar, stage.En, stageId, stage.Ar, stage.En, j.Actor,
                    j.StartedAt, j.FinishedAt, j.Data, j.Error, []);
            }

            var name = ProcedureDefinitions.NameOf(definition, j.ActivityId);
            var outcome = j.Outcome is { } taken ? ProcedureDefinitions.OutcomeNameOf(definition, j.ActivityId, taken) : null;
            return new TimelineEntryDto(j.Sequence, j.ActivityId, j.ActivityType, name.Ar, name.En, j.Outcome, outcome?.Ar, outcome?.En, j.Actor,
                j.StartedAt, j.FinishedAt, j.Data, j.Error, j.ActivityType == "HumanTask" ? FieldsOf(j, definition, serviceType) : []);
        }

        private static readonly Dictionary<string, LocalizedName> KnownKeys = new(StringComparer.Ordinal)
        {
            ["comment"] = new("تعليق", "Comment"),
            [Workflow.CaseVerificationHandler.RequestedItemsField] = new("المطلوب من العضو", "Asked of the member"),
            [Workflow.CaseVerificationHandler.OverrideReasonField] = new("سبب الإكمال رغم النواقص", "Reason to complete despite the gaps"),
        };

        private static List<TimelineFieldDto> FieldsOf(JournalEntryInfo j, WorkflowDefinition? definition, ServiceType serviceType) =>
        [
            .. (j.Data as JsonObject ?? []).Where(p => p.Value is not null).Select(p =>
            {
                var label = ProcedureDefinitions.FormLabelOf(definition, j.ActivityId, p.Key) ?? KnownKeys.GetValueOrDefault(p.Key) ?? new LocalizedName(p.Key, p.Key);
                var value = p.Value switch
                {
                    JsonArray items => string.Join("، ", items.Select(i => i?.ToString() is { } item && serviceType.LabelOf(item) is { } named ? named.Ar : i?.ToString())),
                    JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
                    var other => other!.ToJsonString(),
                };
                return new TimelineFieldDto(p.Key, label.Ar, label.En, value);
            }).Where(f => !string.IsNullOrWhiteSpace(f.Value)),
        ];

        public static AttachmentDto ToDto(CaseAttachment a) => new(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.DocumentKey, a.UploadedBy, a.UploadedAt);
    }
}
