namespace DomatAljandal.Host.Tests.Designer;

/// <summary>Definitions the designer tests edit, compare and migrate.</summary>
internal static class DesignerDefinitions
{
    /// <summary>Every activity type, designer data with extra keys and properties the engine does not know.</summary>
    public const string Rich = """
    {
      "definitionId": "rich-example",
      "name": { "ar": "طلب خدمة عضو", "en": "Member service request" },
      "description": { "ar": "وصف", "en": "Description" },
      "variables": [ { "name": "amount", "type": "number", "label": "المبلغ" }, { "name": "mobile", "type": "string" } ],
      "start": "receive",
      "owner": { "team": "member-relations" },
      "activities": [
        { "id": "receive", "type": "HumanTask", "role": "MemberRelationsOfficer", "outcomes": ["Received"], "deadline": "P2D",
          "name": { "ar": "استلام الطلب", "en": "Receive the request" }, "designer": { "x": 120, "y": 40, "color": "#f2a900" }, "note": "kept" },
        { "id": "verify", "type": "HumanTask", "role": "MemberRelationsOfficer", "outcomes": ["Complete", "MissingInfo"],
          "form": [ { "key": "amount", "type": "number", "required": true, "label": { "ar": "المبلغ", "en": "Amount" }, "hint": "SAR" } ] },
        { "id": "ask-member", "type": "SendNotification", "template": "MissingInformation", "channel": "Sms", "recipient": "variables.mobile" },
        { "id": "wait-signature", "type": "WaitForEvent", "eventName": "DeclarationSigned", "resultVariable": "declaration" },
        { "id": "large", "type": "Decision", "condition": "variables.amount > 1000" },
        { "id": "cool-off", "type": "Timer", "duration": "PT2H" },
        { "id": "count", "type": "SetVariable", "variable": "attempts", "value": "(variables.attempts || 0) + 1" },
        { "id": "committee", "type": "HumanTask", "role": "CommitteeMember", "outcomes": ["Accept", "Reject"], "deadline": "P14D" },
        { "id": "record", "type": "DomainAction", "action": "RecordCommitteeDecision", "inputs": { "accepted": "true", "amount": "variables.amount" } },
        { "id": "done", "type": "End", "result": "Completed" },
        { "id": "rejected", "type": "End", "result": "Rejected" }
      ],
      "connections": [
        { "source": "receive", "outcome": "Received", "target": "verify", "vertices": [ { "x": 1, "y": 2 } ] },
        { "source": "verify", "outcome": "MissingInfo", "target": "ask-member" },
        { "source": "ask-member", "outcome": "Done", "target": "verify" },
        { "source": "verify", "outcome": "Complete", "target": "wait-signature" },
        { "source": "wait-signature", "outcome": "Done", "target": "large" },
        { "source": "large", "outcome": "True", "target": "cool-off" },
        { "source": "large", "outcome": "False", "target": "count" },
        { "source": "cool-off", "outcome": "Done", "target": "count" },
        { "source": "count", "outcome": "Done", "target": "committee" },
        { "source": "committee", "outcome": "Accept", "target": "record" },
        { "source": "committee", "outcome": "Reject", "target": "rejected" },
        { "source": "record", "outcome": "Done", "target": "done" }
      ]
    }
    """;

    /// <summary>Two waiting steps, as the migration tests need.</summary>
    public static string TwoSteps(string id, string receiveId = "receive", string committeeDeadline = "P14D", string extra = "", string extraConnections = "") => $$"""
    {
      "definitionId": "{{id}}",
      "name": { "ar": "تجربة", "en": "Trial" },
      "start": "{{receiveId}}",
      "activities": [
        { "id": "{{receiveId}}", "type": "HumanTask", "name": { "ar": "استقبال", "en": "Receive" }, "role": "MemberRelationsOfficer", "outcomes": ["Received"], "deadline": "P2D" },
        { "id": "decide", "type": "HumanTask", "name": { "ar": "قرار", "en": "Decide" }, "role": "CommitteeMember", "outcomes": ["Accept", "Reject"], "deadline": "{{committeeDeadline}}" },
        {{extra}}
        { "id": "done", "type": "End", "result": "Completed" },
        { "id": "rejected", "type": "End", "result": "Rejected" }
      ],
      "connections": [
        {{extraConnections}}
        { "source": "{{receiveId}}", "outcome": "Received", "target": "decide" },
        { "source": "decide", "outcome": "Accept", "target": "done" },
        { "source": "decide", "outcome": "Reject", "target": "rejected" }
      ]
    }
    """;
}
