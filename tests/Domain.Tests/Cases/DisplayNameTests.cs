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

    [Fact]
    public void An_unknown_channel_has_no_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelNames.Arabic((Channel)99));
}
