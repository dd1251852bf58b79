using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>The facts of a case that its letters and messages may name: <c>reference</c>, <c>receivedAt</c>, <c>serviceName</c> and the decision's <c>reason</c> and <c>decidedAt</c>.</summary>
public static class CaseTemplateValues
{
    /// <summary>Adds the case's facts to <paramref name="values"/>; a <c>reason</c> already given (an input) is kept.</summary>
    public static void AddTo(IDictionary<string, object?> values, ServiceCase serviceCase, ServiceType? service)
    {
        values["reference"] = serviceCase.Reference.Value;
        values["receivedAt"] = serviceCase.CreatedAt;
        if (service is not null)
        {
            values["serviceName"] = (service.NameAr, service.NameEn);
        }

        if (serviceCase.Decision is { } decision)
        {
            values.TryAdd("reason", decision.Reason);
            values["decidedAt"] = decision.DecidedAt;
        }
    }
}
