using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Domain.Tests.Cases;

public class DisplayNameTests
{
    [Theory]
    [InlineData(Channel.InPerson, "المقابلة", "In-person meeting")]
    [InlineData(Channel.Phone, "الاتصالات الهاتفية", "Phone calls")]
    [InlineData(Channel.SocialMedia, "وسائل التواصل الاجتماعي", "Social media")]
    [InlineData(Channel.Letter, "الخطابات", "Letters")]
    [InlineData(Channel.AssistanceRequest, "خدمات طلب المساعدة", "Assistance-request services")]
    [InlineData(Channel.Volunteering, "خدمة التطوع", "Volunteering service")]
    [InlineData(Channel.Website, "الموقع الإلكتروني", "Website")]
    public void Each_channel_has_the_policys_arabic_name_and_an_english_one(Channel channel, string arabic, string english)
    {
        Assert.Equal(arabic, ChannelNames.In(channel, "ar"));
        Assert.Equal(english, ChannelNames.In(channel, "en"));
    }

    [Fact]
    public void The_seven_channels_of_the_policy_are_all_there() =>
        Assert.Equal(7, Enum.GetValues<Channel>().Length);

    [Theory]
    [InlineData(1, "استقبال العضو")]
    [InlineData(2, "التحقق من البيانات")]
    [InlineData(3, "الإحالة إلى مسؤول البحث الاجتماعي")]
    [InlineData(4, "إقرار بصحة البيانات")]
    [InlineData(5, "الإحالة إلى لجنة البحث")]
    [InlineData(6, "استكمال إجراءات التسجيل")]
    [InlineData(7, "تقديم الخدمة")]
    public void The_seven_steps_are_numbered_as_in_the_policy_with_the_glossarys_words(int number, string arabic) =>
        Assert.Equal(arabic, ProcedureStepNames.Arabic((ProcedureStep)number));

    [Fact]
    public void Every_step_has_an_english_name()
    {
        Assert.Equal("Complete the registration", ProcedureStepNames.In(ProcedureStep.CompleteRegistration, "en"));
        Assert.Equal("Deliver the service", ProcedureStepNames.In(ProcedureStep.DeliverService, "en"));
        Assert.All(Enum.GetValues<ProcedureStep>(), step => Assert.False(string.IsNullOrWhiteSpace(ProcedureStepNames.English(step))));
    }

    [Fact]
    public void An_unknown_channel_has_no_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelNames.Arabic((Channel)99));
}
