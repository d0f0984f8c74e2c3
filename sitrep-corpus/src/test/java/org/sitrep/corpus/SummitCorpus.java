package org.sitrep.corpus;

import static org.sitrep.core.model.EntityType.COUNTRY;
import static org.sitrep.core.model.EntityType.ORGANIZATION;
import static org.sitrep.core.model.EntityType.PERSON;

import java.util.List;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.ClaimStatus;

/**
 * A small corpus on the June 2024 Putin-Kim summit in Pyongyang and the container-shipment claim:
 * outlets from KR, KP, US, CN, RU and IN, wire reprints, a denial, and two unrelated stories
 * (a Seoul-Beijing meeting with two officials named Cho; trash balloons in June and again in August).
 */
public final class SummitCorpus {
  private SummitCorpus() {}

  static final String YONHAP_BODY_1 = "SEOUL, June 19 (Yonhap) -- Russian President Vladimir Putin arrived in Pyongyang early"
      + " Wednesday for a two-day state visit, his first trip to North Korea in 24 years. Putin was greeted at the"
      + " airport by North Korean leader Kim Jong-un, and the two leaders are expected to sign a new treaty on"
      + " military cooperation.";
  static final String YONHAP_BODY_2 = "South Korea's Defense Minister Shin Won-sik said earlier this year that North Korea"
      + " has shipped about 6,700 containers of munitions to Russia since last August. The presidential office of"
      + " Yoon Suk Yeol said it would closely watch the summit, calling the deepening military ties a threat to"
      + " regional security and a violation of U.N. Security Council resolutions.";
  static final String YONHAP_BODY_3 = "Kim Jong-un visited the Vostochny cosmodrome in Russia's Far East in September last"
      + " year, where he met Putin and toured the launch facilities. Analysts in Seoul warned that the alliance with"
      + " Washington must respond to the reckless arms dealing between the two pariah states.";

  public static List<Article> articles() {
    return List.of(
        Doc.of("yna-1", "Yonhap", "https://en.yna.co.kr/view/AEN20240619000351315", "2024-06-19T02:10:00Z",
                "Putin arrives in Pyongyang for first visit in 24 years",
                YONHAP_BODY_1, YONHAP_BODY_2, YONHAP_BODY_3)
            .credit("Yonhap")
            .entity("e1", "Vladimir Putin", PERSON, List.of("Putin"), List.of("Russian President"))
            .entity("e2", "Kim Jong-un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "Shin Won-sik", PERSON, List.of(), List.of("Defense Minister"))
            .entity("e4", "Yoon Suk Yeol", PERSON, List.of(), List.of())
            .entity("e5", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e6", "Russia", COUNTRY, List.of(), List.of())
            .claim("has shipped about 6,700 containers", "Shin Won-sik", ClaimStatus.REPORTED)
            .quantity("about 6,700 containers", 6700, "containers", true)
            .time("early Wednesday", "2024-06-19")
            .time("September last year", "2023-09")
            .event("arrive", List.of("Vladimir Putin"), "Pyongyang", "2024-06-19", "Pyongyang",
                "arrived in Pyongyang early")
            .event("meet", List.of("Kim Jong-un", "Vladimir Putin"), null, "2023-09", "Vostochny cosmodrome",
                "visited the Vostochny cosmodrome")
            .build(),
        // a reprint: new headline, same body, trailing credit line, no credit metadata
        Doc.of("kt-1", "Korea Times", "https://www.koreatimes.co.kr/www/nation/2024/06/103_377041.html",
                "2024-06-19T05:00:00Z", "Russia's Putin lands in North Korea as allies watch",
                YONHAP_BODY_1, YONHAP_BODY_2, YONHAP_BODY_3, "Source: Yonhap")
            .entity("e1", "Vladimir Putin", PERSON, List.of("Putin"), List.of("Russian President"))
            .entity("e2", "Kim Jong-un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "Shin Won-sik", PERSON, List.of(), List.of("Defense Minister"))
            .entity("e4", "Yoon Suk Yeol", PERSON, List.of(), List.of())
            .entity("e5", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e6", "Russia", COUNTRY, List.of(), List.of())
            .claim("has shipped about 6,700 containers", "Shin Won-sik", ClaimStatus.REPORTED)
            .quantity("about 6,700 containers", 6700, "containers", true)
            .event("arrive", List.of("Vladimir Putin"), "Pyongyang", "2024-06-19", "Pyongyang",
                "arrived in Pyongyang early")
            .build(),
        // an independent Korean report of the same event, different wording
        Doc.of("kh-1", "The Korea Herald", "https://www.koreaherald.com/view.php?ud=20240619000612",
                "2024-06-19T09:30:00Z", "Putin in Pyongyang: Seoul wary as Kim rolls out red carpet",
                "Russian President Vladimir Putin landed in Pyongyang on Wednesday, where Kim Jong-un welcomed him"
                    + " with a lavish ceremony on Kim Il Sung Square. It is Putin's first visit to the North since 2000.",
                "President Yoon has vowed to strengthen the alliance with the United States in response. Yoon Suk-yeol"
                    + " told aides that any military cooperation breaching U.N. sanctions would face a firm response.",
                "Seoul's Defense Minister Shin Won-sik has said North Korea shipped some 6,700 containers of"
                    + " munitions to Russia, enough for millions of artillery shells used in the war against Ukraine.")
            .entity("e1", "Vladimir Putin", PERSON, List.of("Putin"), List.of("Russian President"))
            .entity("e2", "Kim Jong-un", PERSON, List.of(), List.of())
            .entity("e3", "Yoon Suk-yeol", PERSON, List.of("President Yoon"), List.of("President"))
            .entity("e4", "Shin Won-sik", PERSON, List.of(), List.of("Defense Minister"))
            .entity("e5", "North Korea", COUNTRY, List.of("the North"), List.of())
            .entity("e6", "Russia", COUNTRY, List.of(), List.of())
            .claim("shipped some 6,700 containers", "Shin Won-sik", ClaimStatus.REPORTED)
            .quantity("some 6,700 containers", 6700, "containers", true)
            .event("arrive", List.of("Vladimir Putin"), "Pyongyang", "2024-06-19", "Pyongyang",
                "landed in Pyongyang on Wednesday")
            .build(),
        Doc.of("kcna-1", "KCNA", "http://www.kcna.kp/en/article/q/5e4b3e1c.kcmsd", "2024-06-20T00:00:00Z",
                "Respected Comrade Kim Jong Un holds talks with Putin",
                "Respected Comrade Kim Jong Un, General Secretary of the Workers' Party of Korea, held talks with"
                    + " Vladimir Putin, President of the Russian Federation, in Pyongyang. The two leaders signed the"
                    + " Treaty on Comprehensive Strategic Partnership, opening a new era of invincible friendship and"
                    + " solidarity between the two peoples.",
                "Kim Jong Un said the treaty is a peaceful and defensive one that will contribute to peace and"
                    + " stability in the region. Kim Yo Jong, a vice department director of the Central Committee,"
                    + " attended the welcome ceremony.",
                "The DPRK categorically denied the false report that it shipped munitions containers to Russia,"
                    + " calling it a fabrication by the hostile forces seeking to tarnish the friendship.")
            .credit("KCNA")
            .entity("e1", "Kim Jong Un", PERSON, List.of(), List.of("General Secretary of the Workers' Party of Korea"))
            .entity("e2", "Vladimir Putin", PERSON, List.of(), List.of("President of the Russian Federation"))
            .entity("e3", "Kim Yo Jong", PERSON, List.of(), List.of("vice department director of the Central Committee"))
            .entity("e4", "North Korea", COUNTRY, List.of("DPRK"), List.of())
            .entity("e5", "Russia", COUNTRY, List.of("Russian Federation"), List.of())
            .quote("a peaceful and defensive one", "Kim Jong Un", "General Secretary")
            .claim("categorically denied the false report", "DPRK", ClaimStatus.DENIED)
            .event("sign", List.of("Kim Jong Un", "Vladimir Putin"), "Treaty on Comprehensive Strategic Partnership",
                null, "Pyongyang", "signed the Treaty on Comprehensive Strategic Partnership")
            .build(),
        Doc.of("tass-1", "TASS", "https://tass.com/politics/1805073", "2024-06-19T13:00:00Z",
                "Putin, Kim Jong Un sign comprehensive strategic partnership treaty",
                "PYONGYANG, June 19. /TASS/. Russian President Vladimir Putin and Kim Jong Un, Chairman of the State"
                    + " Affairs of the DPRK, signed a treaty on comprehensive strategic partnership in Pyongyang on"
                    + " Wednesday.",
                "Putin said the agreement is a breakthrough document that provides for mutual assistance in case of"
                    + " aggression against one of the parties. \"Today's agreement is a truly breakthrough document,\""
                    + " Putin told reporters.",
                "Kremlin spokesman Dmitry Peskov dismissed Western reports that North Korea shipped munitions"
                    + " containers to Russia as baseless. The Russian leader praised the warm friendship and mutual"
                    + " respect between the two countries.")
            .credit("TASS")
            .entity("e1", "Vladimir Putin", PERSON, List.of("Putin"), List.of("Russian President"))
            .entity("e2", "Kim Jong Un", PERSON, List.of(), List.of("Chairman of the State Affairs of the DPRK"))
            .entity("e3", "Dmitry Peskov", PERSON, List.of(), List.of("Kremlin spokesman"))
            .entity("e4", "North Korea", COUNTRY, List.of("DPRK"), List.of())
            .entity("e5", "Russia", COUNTRY, List.of(), List.of())
            .quote("Today's agreement is a truly breakthrough document,", "Vladimir Putin", "Russian President")
            .claim("dismissed Western reports", "Dmitry Peskov", ClaimStatus.DISPUTED, "Dmitry Peskov")
            .event("sign", List.of("Vladimir Putin", "Kim Jong Un"), "treaty on comprehensive strategic partnership",
                "2024-06-19", "Pyongyang", "signed a treaty on comprehensive strategic partnership")
            .build(),
        Doc.of("ap-1", "AP", "https://apnews.com/article/russia-north-korea-putin-kim-summit-1", "2024-06-19T14:00:00Z",
                "Putin and Kim sign mutual defense pact as both face Western isolation",
                "SEOUL, South Korea (AP) -- Russian President Vladimir Putin and North Korean leader Kim Jong Un"
                    + " signed a mutual defense pact on Wednesday, pledging to help each other if attacked, as both"
                    + " rogue states face growing isolation from the West.",
                "U.S. officials say North Korea has shipped more than 10,000 containers of munitions to Russia for"
                    + " use in Ukraine. Secretary of State Antony Blinken called the deal a dangerous escalation.",
                "\"This is a reckless move by two pariah states,\" Blinken said. Washington and its alliance partners"
                    + " in Seoul and Tokyo condemned the pact as a threat to regional security.")
            .credit("AP")
            .entity("e1", "Vladimir Putin", PERSON, List.of(), List.of("Russian President"))
            .entity("e2", "Kim Jong Un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "Antony Blinken", PERSON, List.of("Blinken"), List.of("Secretary of State"))
            .entity("e4", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e5", "Russia", COUNTRY, List.of(), List.of())
            .quote("This is a reckless move by two pariah states,", "Antony Blinken", "Secretary of State")
            .claim("has shipped more than 10,000 containers", "U.S. officials", ClaimStatus.REPORTED)
            .quantity("more than 10,000 containers", 10000, "containers", true)
            .event("sign", List.of("Vladimir Putin", "Kim Jong Un"), "mutual defense pact", "2024-06-19", null,
                "signed a mutual defense pact")
            .build(),
        // a reprint of the AP story with a new headline and a trailing credit
        Doc.of("wapo-1", "Washington Post", "https://www.washingtonpost.com/world/2024/06/19/putin-kim-pact/",
                "2024-06-19T15:20:00Z", "Russia and North Korea pledge mutual defense in Pyongyang summit",
                "SEOUL, South Korea (AP) -- Russian President Vladimir Putin and North Korean leader Kim Jong Un"
                    + " signed a mutual defense pact on Wednesday, pledging to help each other if attacked, as both"
                    + " rogue states face growing isolation from the West.",
                "U.S. officials say North Korea has shipped more than 10,000 containers of munitions to Russia for"
                    + " use in Ukraine. Secretary of State Antony Blinken called the deal a dangerous escalation.",
                "\"This is a reckless move by two pariah states,\" Blinken said. Washington and its alliance partners"
                    + " in Seoul and Tokyo condemned the pact as a threat to regional security.",
                "(AP)")
            .credit("Associated Press")
            .entity("e1", "Vladimir Putin", PERSON, List.of(), List.of("Russian President"))
            .entity("e2", "Kim Jong Un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "Antony Blinken", PERSON, List.of("Blinken"), List.of("Secretary of State"))
            .entity("e4", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e5", "Russia", COUNTRY, List.of(), List.of())
            .quote("This is a reckless move by two pariah states,", "Antony Blinken", "Secretary of State")
            .claim("has shipped more than 10,000 containers", "U.S. officials", ClaimStatus.REPORTED)
            .quantity("more than 10,000 containers", 10000, "containers", true)
            .event("sign", List.of("Vladimir Putin", "Kim Jong Un"), "mutual defense pact", "2024-06-19", null,
                "signed a mutual defense pact")
            .build(),
        Doc.of("gt-1", "Global Times", "https://www.globaltimes.cn/page/202406/1314541.shtml", "2024-06-20T08:00:00Z",
                "Putin's Pyongyang visit a normal exchange between sovereign states: Chinese FM",
                "Chinese Foreign Ministry spokesperson Lin Jian said on Thursday that the exchanges between Russia"
                    + " and the DPRK during Putin's visit to Pyongyang are bilateral arrangements between two"
                    + " sovereign states. \"China is glad to see Russia and the DPRK develop normal relations,\" Lin"
                    + " Jian said.",
                "Chinese experts said the treaty signed by Vladimir Putin and Kim Jong-un is a rational choice by"
                    + " two countries under Western pressure, and that the US should reflect on its own hegemony"
                    + " rather than hype a so-called threat. The US bloc politics and sanctions are the root cause of"
                    + " tension on the peninsula, the experts said.")
            .entity("e1", "Lin Jian", PERSON, List.of(), List.of("Chinese Foreign Ministry spokesperson"))
            .entity("e2", "Vladimir Putin", PERSON, List.of("Putin"), List.of())
            .entity("e3", "Kim Jong-un", PERSON, List.of(), List.of())
            .entity("e4", "Russia", COUNTRY, List.of(), List.of())
            .entity("e5", "North Korea", COUNTRY, List.of("DPRK"), List.of())
            .quote("China is glad to see Russia and the DPRK develop normal relations,", "Lin Jian", "spokesperson")
            .claim("are bilateral arrangements between two sovereign states", "Lin Jian", ClaimStatus.ASSERTED)
            .build(),
        Doc.of("ians-1", "IANS", "https://ianslive.in/putin-kim-sign-pact", "2024-06-19T16:00:00Z",
                "Putin, Kim sign strategic partnership pact; New Delhi watches closely",
                "Russian President Vladimir Putin and North Korean leader Kim Jong-un signed a comprehensive"
                    + " strategic partnership agreement in Pyongyang on Wednesday, which includes a mutual defence"
                    + " clause, according to Russian state media.",
                "New Delhi, which has close ties with both Moscow and Seoul, is watching the development closely,"
                    + " officials said. India has maintained a balanced position on the Ukraine conflict and"
                    + " continues to buy Russian oil.")
            .credit("IANS")
            .entity("e1", "Vladimir Putin", PERSON, List.of(), List.of("Russian President"))
            .entity("e2", "Kim Jong-un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "India", COUNTRY, List.of("New Delhi"), List.of())
            .event("sign", List.of("Vladimir Putin", "Kim Jong-un"), "comprehensive strategic partnership agreement",
                "2024-06-19", "Pyongyang", "signed a comprehensive")
            .build(),
        Doc.of("np-1", "NationPress", "https://www.nationpress.com/international/putin-kim-sign-pact",
                "2024-06-19T18:00:00Z", "Russia, North Korea seal strategic partnership in Pyongyang",
                "Russian President Vladimir Putin and North Korean leader Kim Jong-un signed a comprehensive"
                    + " strategic partnership agreement in Pyongyang on Wednesday, which includes a mutual defence"
                    + " clause, according to Russian state media.",
                "New Delhi, which has close ties with both Moscow and Seoul, is watching the development closely,"
                    + " officials said. India has maintained a balanced position on the Ukraine conflict and"
                    + " continues to buy Russian oil. (IANS)")
            .credit("IANS")
            .entity("e1", "Vladimir Putin", PERSON, List.of(), List.of("Russian President"))
            .entity("e2", "Kim Jong-un", PERSON, List.of(), List.of("North Korean leader"))
            .entity("e3", "India", COUNTRY, List.of("New Delhi"), List.of())
            .event("sign", List.of("Vladimir Putin", "Kim Jong-un"), "comprehensive strategic partnership agreement",
                "2024-06-19", "Pyongyang", "signed a comprehensive")
            .build(),
        // an unrelated story: two officials named Cho
        Doc.of("kh-2", "The Korea Herald", "https://www.koreaherald.com/view.php?ud=20240613000700",
                "2024-06-13T03:00:00Z", "Foreign Minister Cho Tae-yong meets Chinese counterpart Wang Yi in Beijing",
                "Foreign Minister Cho Tae-yong met Chinese Foreign Minister Wang Yi in Beijing on Thursday to discuss"
                    + " supply chains and a possible visit by Xi Jinping. Cho Hyun, a former vice foreign minister,"
                    + " said the meeting restored high-level dialogue between Seoul and Beijing.",
                "Cho Tae-yong asked Wang to play a constructive role on the Korean Peninsula.")
            .entity("e1", "Cho Tae-yong", PERSON, List.of("Cho"), List.of("Foreign Minister"))
            .entity("e2", "Wang Yi", PERSON, List.of("Wang"), List.of("Chinese Foreign Minister"))
            .entity("e3", "Cho Hyun", PERSON, List.of(), List.of("former vice foreign minister"))
            .entity("e4", "Xi Jinping", PERSON, List.of(), List.of())
            .event("meet", List.of("Cho Tae-yong", "Wang Yi"), null, "2024-06-13", "Beijing", "met Chinese Foreign Minister")
            .build(),
        Doc.of("cd-1", "China Daily", "https://www.chinadaily.com.cn/a/202406/13/WS666a.html", "2024-06-13T10:00:00Z",
                "Wang Yi meets ROK Foreign Minister Cho Tae-yong in Beijing",
                "Foreign Minister Wang Yi met visiting Republic of Korea Foreign Minister Cho Tae-yong in Beijing on"
                    + " Thursday. Wang said China and the ROK should strengthen cooperation on supply chains.",
                "Cho said Seoul values its partnership with Beijing.")
            .entity("e1", "Wang Yi", PERSON, List.of("Wang"), List.of("Foreign Minister"))
            .entity("e2", "Cho Tae-yong", PERSON, List.of("Cho"), List.of("Republic of Korea Foreign Minister"))
            .event("meet", List.of("Wang Yi", "Cho Tae-yong"), null, "2024-06-13", "Beijing", "met visiting Republic")
            .build(),
        // the same topic weeks apart: two stories
        Doc.of("yna-2", "Yonhap", "https://en.yna.co.kr/view/AEN20240602000200", "2024-06-02T01:00:00Z",
                "N. Korea sends trash balloons across border again",
                "SEOUL, June 2 (Yonhap) -- North Korea sent hundreds of balloons carrying trash and manure across"
                    + " the border overnight, the Joint Chiefs of Staff said, the second such launch in a week.")
            .credit("Yonhap")
            .entity("e1", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e2", "Joint Chiefs of Staff", ORGANIZATION, List.of("JCS"), List.of())
            .build(),
        Doc.of("kt-2", "Korea Times", "https://www.koreatimes.co.kr/www/nation/2024/06/103_375900.html",
                "2024-06-02T06:00:00Z", "North Korea launches more trash balloons toward South",
                "North Korea launched hundreds more balloons filled with trash and manure toward the South overnight,"
                    + " the Joint Chiefs of Staff said on Sunday, days after the first wave of trash balloons.")
            .entity("e1", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e2", "Joint Chiefs of Staff", ORGANIZATION, List.of(), List.of())
            .build(),
        Doc.of("yna-3", "Yonhap", "https://en.yna.co.kr/view/AEN20240824000100", "2024-08-24T01:00:00Z",
                "N. Korea sends trash balloons across border again",
                "SEOUL, Aug. 24 (Yonhap) -- North Korea floated about 100 trash balloons across the border on"
                    + " Saturday, the Joint Chiefs of Staff said, resuming the campaign after a pause of several weeks.")
            .credit("Yonhap")
            .entity("e1", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e2", "Joint Chiefs of Staff", ORGANIZATION, List.of("JCS"), List.of())
            .build());
  }
}
