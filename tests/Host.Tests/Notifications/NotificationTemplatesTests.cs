using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Tests.Notifications;

public class NotificationTemplatesTests
{
    private const string Reference = "DJ-1448-000042";
    private const char Rlm = '\u200F';

    private static readonly NotificationTemplates Templates = new(Options.Create(new SocietyOptions
    {
        Phone = "+966 14 000 0000",
        Email = "info@domat-beekeepers.example",
    }));

    private static readonly DateTimeOffset DueAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Every value any template asks for.</summary>
    private static readonly Dictionary<string, object?> AllValues = new()
    {
        ["reference"] = Reference,
        ["memberName"] = "سارة الشمري",
        ["serviceName"] = ("تسجيل عضوية", "Membership registration"),
        ["receivedAt"] = DueAt,
        ["decisionDueAt"] = DueAt,
        ["missingItems"] = new[] { "صورة الهوية الوطنية", "شهادة الحيازة" },
        ["portalUrl"] = "https://portal.domat-beekeepers.example",
        ["decidedAt"] = DueAt,
        ["reason"] = "لم تكتمل مدة العضوية المطلوبة",
        ["step"] = ("لجنة البحث", "Research committee"),
        ["dueAt"] = DueAt,
        ["assignee"] = "committee@domat-beekeepers.example",
        ["caseUrl"] = "https://domat-beekeepers.example/cases/42",
        ["code"] = "482913",
        ["validMinutes"] = 10,
        ["validDays"] = 3,
        ["changed"] = ("رقم الجوال", "mobile number"),
        ["changedAt"] = DueAt,
        ["delivered"] = "خمس خلايا نحل مع صناديقها",
        ["answer"] = "يفتح باب التسجيل في شهر رجب.",
        ["text"] = ("يبدأ موسم قطف السدر الأسبوع القادم.", "The sidr harvest starts next week."),
        ["title"] = "اللائحة الأساسية",
        ["version"] = 2,
        ["effectiveOn"] = DueAt,
        ["renewalDate"] = DueAt,
        ["membershipNumber"] = "GA-0042",
        ["opportunity"] = ("يوم الحصاد", "Harvest day"),
        ["startsOn"] = DueAt,
        ["location"] = "دومة الجندل",
        ["surveyUrl"] = "https://domat-beekeepers.example/portal/surveys/42",
        ["closesAt"] = DueAt,
        ["actionTaken"] = "اتصل مدير الإدارة بالعضو وعُدّل الإجراء.",
        ["subject"] = "تأخر الرد على اتصالي",
        ["weekOf"] = DueAt,
        ["breaches"] = 3,
        ["openTasks"] = 41,
        ["backlog"] = 57,
        ["opened"] = 12,
        ["closed"] = 9,
        ["slowestStage"] = ("لجنة البحث", "Research committee"),
        ["slowestHours"] = 52.5,
        ["satisfaction"] = "82%",
        ["reportsUrl"] = "https://domat-beekeepers.example/reports/stages",
        ["score"] = 1,
        ["comment"] = "طال الانتظار",
        ["followUpsUrl"] = "https://domat-beekeepers.example/reports/satisfaction",
    };

    public static TheoryData<string, string> EveryTemplateInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in NotificationTemplates.Keys)
        {
            data.Add(key, "ar");
            data.Add(key, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void Every_template_renders_in_both_languages_with_nothing_left_unfilled(string key, string language)
    {
        var rendered = Templates.Render(key, language, AllValues);

        foreach (var part in new[] { rendered.Subject, rendered.Text, rendered.Html, rendered.Sms })
        {
            Assert.False(string.IsNullOrWhiteSpace(part));
            Assert.DoesNotContain("{", part);
        }

        var dir = language == "ar" ? "rtl" : "ltr";
        Assert.Contains($"<html lang=\"{language}\" dir=\"{dir}\">", rendered.Html);
        Assert.Contains($"<div dir=\"{dir}\"", rendered.Html);
        Assert.Contains(language == "ar" ? "الجمعية التعاونية لنحالي دومة الجندل" : "Dawmat al-Jandal Beekeepers Cooperative Society", rendered.Text);
    }

    [Fact]
    public void The_rejection_carries_the_reason_in_Arabic_and_in_English()
    {
        var values = new Dictionary<string, object?> { ["reference"] = Reference, ["reason"] = ("لم تكتمل مدة العضوية المطلوبة", "The required membership period is not complete") };

        var arabic = Templates.Render(NotificationTemplateKeys.DecisionRejected, "ar", values);
        var english = Templates.Render(NotificationTemplateKeys.DecisionRejected, "en", values);

        Assert.Contains("سبب القرار: لم تكتمل مدة العضوية المطلوبة", arabic.Text);
        Assert.Contains("لم تكتمل مدة العضوية المطلوبة", arabic.Html);
        Assert.Contains("لم تكتمل مدة العضوية المطلوبة", arabic.Sms);
        Assert.Contains("عدم قبول طلبكم", arabic.Text);
        Assert.Contains("Reason: The required membership period is not complete", english.Text);
        Assert.Contains("has not accepted your request", english.Text);
        Assert.Contains(Reference, english.Subject);
    }

    [Fact]
    public void Latin_and_number_fragments_are_isolated_in_Arabic_html_and_marked_in_Arabic_text()
    {
        var rendered = Templates.Render(NotificationTemplateKeys.RequestReceived, "ar", new Dictionary<string, object?> { ["reference"] = Reference });

        Assert.Contains($"<bdi dir=\"ltr\">{Reference}</bdi>", rendered.Html);
        Assert.Contains("<bdi dir=\"ltr\">+966 14 000 0000</bdi>", rendered.Html);
        Assert.Contains("<bdi dir=\"ltr\">info@domat-beekeepers.example</bdi>", rendered.Html);
        // LRM keeps the reference's own order, RLM hands the rest of the sentence back to right-to-left.
        Assert.Contains($"\u200E{Reference}{Rlm}", rendered.Text);
        Assert.Contains($"\u200E{Reference}{Rlm}", rendered.Subject);
        // Every Arabic line starts right to left, even the footer's "--" separator.
        Assert.All(rendered.Text.Split("\r\n").Where(l => l.Length > 0 && !char.IsLetter(l[0])), l => Assert.Equal(Rlm, l[0]));
    }

    [Fact]
    public void The_committee_step_tells_the_member_the_committee_s_deadline_and_never_a_fixed_two_weeks()
    {
        var values = new Dictionary<string, object?> { ["reference"] = Reference, ["decisionDueAt"] = DueAt };
        var without = new Dictionary<string, object?> { ["reference"] = Reference };

        var arabic = Templates.Render(NotificationTemplateKeys.CommitteeReview, "ar", values);
        Assert.Contains("في موعد أقصاه", arabic.Text);
        Assert.Contains(DualDate.Format(DueAt, "ar"), arabic.Text);
        Assert.Contains(DualDate.Format(DueAt, "ar"), arabic.Sms);
        Assert.Contains("answers by " , Templates.Render(NotificationTemplateKeys.CommitteeReview, "en", values).Text);
        Assert.DoesNotContain("أسبوعين", Templates.Render(NotificationTemplateKeys.CommitteeReview, "ar", without).Text);
        Assert.DoesNotContain("two weeks", Templates.Render(NotificationTemplateKeys.CommitteeReview, "en", without).Sms);
    }

    [Fact]
    public void The_deadline_breach_shows_the_reference_the_step_and_the_due_date_as_Hijri_with_Gregorian()
    {
        var values = new Dictionary<string, object?> { ["reference"] = Reference, ["step"] = ("لجنة البحث", "Research committee"), ["dueAt"] = DueAt };

        var arabic = Templates.Render(NotificationTemplateKeys.DeadlineBreached, "ar", values);
        var english = Templates.Render(NotificationTemplateKeys.DeadlineBreached, "en", values);

        Assert.Contains(DualDate.Format(DueAt, "ar", withTime: true), arabic.Text);
        Assert.Contains("«لجنة البحث»", arabic.Subject);
        Assert.Contains(DualDate.Format(DueAt, "en", withTime: true), english.Text);
        Assert.Contains("Research committee", english.Subject);
        Assert.Contains("الزملاء الكرام", arabic.Text);
    }

    [Fact]
    public void A_missing_reason_is_refused_rather_than_sent_blank()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Templates.Render(NotificationTemplateKeys.DecisionRejected, "ar", new Dictionary<string, object?> { ["reference"] = Reference }));
        Assert.Contains("reason", error.Message);
    }

    [Fact]
    public void Optional_lines_are_left_out_and_the_greeting_falls_back_when_the_name_is_unknown()
    {
        var rendered = Templates.Render(NotificationTemplateKeys.RequestReceived, "ar", new Dictionary<string, object?> { ["reference"] = Reference });

        Assert.DoesNotContain("الخدمة المطلوبة", rendered.Text);
        Assert.Contains("عضونا الكريم،", rendered.Text);
    }

    [Fact]
    public void Missing_items_are_a_bulleted_list_in_the_email_and_one_line_in_the_SMS()
    {
        var values = new Dictionary<string, object?> { ["reference"] = Reference, ["missingItems"] = new[] { "صورة الهوية الوطنية", "شهادة الحيازة" } };

        var rendered = Templates.Render(NotificationTemplateKeys.MissingInformation, "ar", values);

        Assert.Contains("• صورة الهوية الوطنية", rendered.Text);
        Assert.Contains("• شهادة الحيازة", rendered.Text);
        Assert.Contains("صورة الهوية الوطنية<br>• شهادة الحيازة", rendered.Html);
        Assert.Contains("صورة الهوية الوطنية، شهادة الحيازة", rendered.Sms);
    }

    [Fact]
    public void Values_are_html_encoded()
    {
        var rendered = Templates.Render(NotificationTemplateKeys.DecisionRejected, "en",
            new Dictionary<string, object?> { ["reference"] = Reference, ["reason"] = "<script>alert(1)</script>" });

        Assert.DoesNotContain("<script>", rendered.Html);
        Assert.Contains("&lt;script&gt;", rendered.Html);
    }

    [Fact]
    public void The_portal_code_SMS_is_short_and_carries_the_code()
    {
        var values = new Dictionary<string, object?> { ["code"] = "482913", ["validMinutes"] = 10 };

        var arabic = Templates.Render(NotificationTemplateKeys.PortalCode, "ar", values);

        Assert.Contains("482913", arabic.Sms);
        Assert.True(arabic.Sms.Length <= 140, arabic.Sms);
    }
}
