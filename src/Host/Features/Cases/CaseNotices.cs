using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Tells a case's member something outside the workflow's own notifications (delivered, withdrawn), through the outbox.</summary>
public sealed class CaseNotices(AppDbContext db, IMemberNotifier notifier)
{
    /// <summary>Queues <paramref name="templateKey"/> for the member with the case's <c>reference</c> and <c>serviceName</c>; the caller saves.</summary>
    public async Task TellMemberAsync(ServiceCase serviceCase, string templateKey, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken);
        var serviceType = await db.Set<ServiceType>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);
        var all = new Dictionary<string, object?>(values, StringComparer.Ordinal) { ["reference"] = serviceCase.Reference.Value };
        if (serviceType is not null)
        {
            all["serviceName"] = (serviceType.NameAr, serviceType.NameEn);
        }

        await notifier.EnqueueForMemberAsync(MemberContact.Of(member), templateKey, all, serviceCase.Id, $"case:{serviceCase.Id:N}:{templateKey}", cancellationToken);
    }
}
