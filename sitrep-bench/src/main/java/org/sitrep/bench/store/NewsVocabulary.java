package org.sitrep.bench.store;

import java.util.List;
import java.util.Locale;
import org.sitrep.bench.store.SyntheticNews.Source;
import org.sitrep.core.corpus.OutletKind;

/**
 * The fixed vocabulary of {@link SyntheticNews}: countries with their aliases and capitals, name
 * pools for people, international organisations with acronyms, outlets with their country, kind and
 * domain, and topic families (the words, allegations, quotations and figures a story of that kind
 * repeats). Immutable.
 */
final class NewsVocabulary {
  private NewsVocabulary() {}

  /**
   * A country: canonical name, the other names articles use for it (when there are any in common use), the adjective, the capital,
   * another city and the ISO 3166-1 alpha-2 code.
   */
  record Country(String name, List<String> aliases, String adjective, String capital, String city, String code) {}

  static final List<Country> COUNTRIES = List.of(
      new Country("North Korea", List.of("DPRK"), "North Korean", "Pyongyang", "Wonsan", "KP"),
      new Country("South Korea", List.of("ROK"), "South Korean", "Seoul", "Busan", "KR"),
      new Country("United States", List.of("US", "U.S.", "America"), "American", "Washington", "New York", "US"),
      new Country("United Kingdom", List.of("UK", "Britain"), "British", "London", "Manchester", "GB"),
      new Country("Russia", List.of("Russian Federation"), "Russian", "Moscow", "Vladivostok", "RU"),
      new Country("China", List.of("PRC"), "Chinese", "Beijing", "Shanghai", "CN"),
      new Country("Japan", List.of(), "Japanese", "Tokyo", "Osaka", "JP"),
      new Country("Germany", List.of(), "German", "Berlin", "Hamburg", "DE"),
      new Country("France", List.of(), "French", "Paris", "Marseille", "FR"),
      new Country("India", List.of("Bharat"), "Indian", "New Delhi", "Mumbai", "IN"),
      new Country("Nigeria", List.of(), "Nigerian", "Abuja", "Lagos", "NG"),
      new Country("South Africa", List.of(), "South African", "Pretoria", "Durban", "ZA"),
      new Country("Brazil", List.of(), "Brazilian", "Brasilia", "Sao Paulo", "BR"),
      new Country("Argentina", List.of(), "Argentine", "Buenos Aires", "Rosario", "AR"),
      new Country("Australia", List.of(), "Australian", "Canberra", "Sydney", "AU"),
      new Country("Canada", List.of(), "Canadian", "Ottawa", "Toronto", "CA"),
      new Country("Turkey", List.of("Turkiye"), "Turkish", "Ankara", "Istanbul", "TR"),
      new Country("Egypt", List.of(), "Egyptian", "Cairo", "Alexandria", "EG"),
      new Country("Indonesia", List.of(), "Indonesian", "Jakarta", "Surabaya", "ID"),
      new Country("Mexico", List.of(), "Mexican", "Mexico City", "Monterrey", "MX"),
      new Country("Ukraine", List.of(), "Ukrainian", "Kyiv", "Odesa", "UA"),
      new Country("Iran", List.of(), "Iranian", "Tehran", "Isfahan", "IR"),
      new Country("Saudi Arabia", List.of("KSA"), "Saudi", "Riyadh", "Jeddah", "SA"),
      new Country("Vietnam", List.of("Viet Nam"), "Vietnamese", "Hanoi", "Da Nang", "VN"),
      new Country("Philippines", List.of(), "Philippine", "Manila", "Cebu", "PH"),
      new Country("Pakistan", List.of(), "Pakistani", "Islamabad", "Karachi", "PK"),
      new Country("Kenya", List.of(), "Kenyan", "Nairobi", "Mombasa", "KE"),
      new Country("Poland", List.of(), "Polish", "Warsaw", "Gdansk", "PL"),
      new Country("Italy", List.of(), "Italian", "Rome", "Milan", "IT"),
      new Country("Israel", List.of(), "Israeli", "Jerusalem", "Haifa", "IL"));

  /** Given names; the first {@link #FEMALE} are women's. */
  static final String[] GIVEN = words("""
      Anna Maria Sofia Elena Yuki Min-ji Priya Amara Lucia Ingrid Fatima Olga Mei Hana Chiara Zanele Ngozi
      Leila Camila Marta Aiko Irina Nadia Sara Grace Ewa Ji-woo Ama Rosa Helga Valentina Noor Tamar Divya
      Paulina Chloe Adaeze Isabel Yasmin Svetlana
      David Pieter Lukas Hiroshi Min-ho Rahul Kwame Mateo Ivan Wei Omar Sergei Carlos Jan Takeshi Arjun
      Emeka Diego Yusuf Pavel Tomasz Rafael Kenji Dong-hyun Ravi Olusegun Andres Mehmet Dmitri Lars Giorgio
      Thabo Hamid Farid Jonas Marco Nikolai Aleksander Kofi Sipho Ahmed Chen Haruto Felipe Stefan Mikhail
      """);
  static final int FEMALE = 40;

  static final String[] SURNAMES = words("""
      Keller Novak Haddad Sato Tanaka Park Choi Lee Nakamura Petrov Ivanova Kowalski Nowak Schmidt Weber
      Fischer Moreau Lambert Dubois Rossi Bianchi Ferraro Okafor Adeyemi Nwosu Mensah Mbeki Dlamini Naidoo
      Sharma Gupta Iyer Reddy Khan Qureshi Malik Hussain Rahman Wang Zhou Liu Huang Zhang Nguyen Tran Pham
      Santos Oliveira Pereira Silva Gomez Fernandez Alvarez Romero Herrera Morales Castillo Ortega Yilmaz
      Kaya Demir Celik Sahin Cohen Levi Mizrahi Friedman Karimi Rahimi Hosseini Tehrani Mwangi Otieno
      Kamau Wanjiru Odhiambo Smith Johnson Brennan Walsh Murphy Carter Hughes Lindqvist Andersson Berg
      Larsen Hansen Nielsen Jensen Horvat Kovac Popescu Ionescu Georgiou Papadopoulos Alexiou Markovic
      Jovanovic Petrovic Volkov Sokolov Morozov Lebedev Kuznetsov Orlov Abe Kato Yamamoto Mori Ishikawa
      Han Jung Kang Cho Yoon Lim Shin Ahn Oh Seo Hwang Quispe Mamani Salazar Vargas Acosta Rojas Pacheco
      """);

  /** An international organisation and its acronym. */
  record Org(String name, String acronym) {}

  static final List<Org> ORGS = List.of(
      new Org("United Nations", "UN"), new Org("World Bank", "World Bank"),
      new Org("International Monetary Fund", "IMF"), new Org("World Trade Organization", "WTO"),
      new Org("European Union", "EU"), new Org("African Union", "AU"),
      new Org("North Atlantic Treaty Organization", "NATO"),
      new Org("Association of Southeast Asian Nations", "ASEAN"),
      new Org("Organization of the Petroleum Exporting Countries", "OPEC"),
      new Org("International Atomic Energy Agency", "IAEA"), new Org("International Committee of the Red Cross", "ICRC"),
      new Org("World Health Organization", "WHO"), new Org("World Food Programme", "WFP"),
      new Org("International Labour Organization", "ILO"), new Org("UN Refugee Agency", "UNHCR"),
      new Org("Asian Development Bank", "ADB"));

  /** Word parts of invented place-like names (companies, operations, accords). */
  static final String[] NAME_START = words("""
      Ar Bel Cor Dal El Fen Gar Hal Is Kal Lor Mar Nor Ost Pel Quen Ros Sal Tor Ul Val Wen Yar Zel Brin Drav
      Esk Hol Karn Mald
      """);
  static final String[] NAME_MIDDLE = {"", "a", "e", "i", "o", "an", "er", "il"};
  static final String[] NAME_END = words("""
      ba den dor ga holm ia ka lin mar mont na ra ske ton vik wick za by ford grad
      """);
  static final String[] COMPANY_KIND = words("Shipping Energy Holdings Steel Mining Telecom Logistics Pharma Motors Bank");

  static final List<Source> OUTLETS = List.of(
      new Source("Harbour Times", "GB", OutletKind.COMMERCIAL, "harbourtimes.co.uk"),
      new Source("Northern Wire", "GB", OutletKind.WIRE, "northernwire.co.uk"),
      new Source("Albion Broadcasting", "GB", OutletKind.PUBLIC_BROADCASTER, "albion-bc.co.uk"),
      new Source("Valley Post", "US", OutletKind.COMMERCIAL, "valleypost.us"),
      new Source("Capital Ledger", "US", OutletKind.COMMERCIAL, "capitalledger.us"),
      new Source("Continental Press", "US", OutletKind.WIRE, "continentalpress.us"),
      new Source("Prairie Herald", "CA", OutletKind.COMMERCIAL, "prairieherald.ca"),
      new Source("Seoul Morning", "KR", OutletKind.COMMERCIAL, "seoulmorning.kr"),
      new Source("Han River Daily", "KR", OutletKind.COMMERCIAL, "hanriverdaily.kr"),
      new Source("Yonhap Bridge", "KR", OutletKind.WIRE, "yonhapbridge.kr"),
      new Source("Chollima Voice", "KP", OutletKind.STATE_AFFILIATED, "chollimavoice.kp"),
      new Source("Tokyo Evening", "JP", OutletKind.COMMERCIAL, "tokyoevening.jp"),
      new Source("Island Courier", "JP", OutletKind.COMMERCIAL, "islandcourier.jp"),
      new Source("Rhine Observer", "DE", OutletKind.COMMERCIAL, "rhineobserver.de"),
      new Source("Berlin Report", "DE", OutletKind.PUBLIC_BROADCASTER, "berlinreport.de"),
      new Source("Seine Gazette", "FR", OutletKind.COMMERCIAL, "seinegazette.fr"),
      new Source("Agence Lumiere", "FR", OutletKind.WIRE, "agencelumiere.fr"),
      new Source("Delhi Chronicle", "IN", OutletKind.COMMERCIAL, "delhichronicle.in"),
      new Source("Ganges Times", "IN", OutletKind.COMMERCIAL, "gangestimes.in"),
      new Source("Lagos Sentinel", "NG", OutletKind.COMMERCIAL, "lagossentinel.ng"),
      new Source("Cape Mercury", "ZA", OutletKind.COMMERCIAL, "capemercury.co.za"),
      new Source("Pampas Journal", "AR", OutletKind.COMMERCIAL, "pampasjournal.ar"),
      new Source("Outback Standard", "AU", OutletKind.COMMERCIAL, "outbackstandard.au"),
      new Source("Kremlin Herald", "RU", OutletKind.STATE_AFFILIATED, "kremlinherald.ru"),
      new Source("Volga Wire", "RU", OutletKind.STATE_AFFILIATED, "volgawire.ru"),
      new Source("Huaxia Review", "CN", OutletKind.STATE_AFFILIATED, "huaxiareview.cn"),
      new Source("Bosphorus Daily", "TR", OutletKind.COMMERCIAL, "bosphorusdaily.tr"),
      new Source("Nile Courier", "EG", OutletKind.COMMERCIAL, "nilecourier.eg"),
      new Source("Java Post", "ID", OutletKind.COMMERCIAL, "javapost.id"),
      new Source("Dnipro Times", "UA", OutletKind.COMMERCIAL, "dniprotimes.ua"),
      new Source("Vistula Herald", "PL", OutletKind.COMMERCIAL, "vistulaherald.pl"),
      new Source("Nairobi Standard", "KE", OutletKind.COMMERCIAL, "nairobistandard.ke"));

  /**
   * A kind of story: its topic, the words its articles repeat, what its named thing is called
   * ("accord", "strike"), allegations made and denied, things people say, the unit of its figures
   * with their range, and its typical actions as (verb in the past, base form, object).
   */
  record Family(String topic, String[] words, String[] kinds, String[] allegations, String[] quotes, String unit,
      int low, int high, String[][] actions) {}

  static final List<Family> FAMILIES = List.of(
      family("trade dispute", "tariffs exports quotas customs duties imports steel shipments", "accord tariff-row customs-deal",
          "dumped steel below cost|broken the terms of the trade accord|blocked shipments at the border",
          "These tariffs hurt ordinary families|We will defend our exporters|The door to negotiation remains open",
          "tonnes", 2_000, 900_000, "imposed impose tariffs|signed sign agreement|suspended suspend imports"),
      family("border clashes", "troops artillery drills missiles border ceasefire patrols", "offensive ceasefire standoff",
          "fired artillery across the border|moved troops into the buffer zone|violated the ceasefire",
          "We will not be intimidated|Any provocation will be answered|Our soldiers acted in self-defence",
          "troops", 500, 60_000, "deployed deploy troops|fired fire missiles|shelled shell positions"),
      family("gas supply", "pipeline gas prices supply reserves tankers refinery", "pipeline gas-deal supply-cut",
          "cut supplies to push up prices|diverted gas meant for its neighbours|sabotaged the pipeline",
          "Energy must never be used as a weapon|Supplies will be restored within days|Prices will fall by winter",
          "barrels", 10_000, 5_000_000, "cut cut supplies|signed sign contract|raised raise prices"),
      family("election", "ballots turnout candidates polling recount campaign", "election recount runoff",
          "rigged the count in several districts|bought votes in rural areas|intimidated opposition monitors",
          "The people have spoken|Every vote must be counted|We will accept the result of a fair count",
          "votes", 5_000, 3_000_000, "won win seats|called call recount|conceded concede defeat"),
      family("floods", "floods rescue evacuation rainfall levees relief", "floods landslide cyclone",
          "ignored warnings about the levees|diverted relief funds|delayed the evacuation",
          "We are doing everything we can|The water came in the night|Help arrived far too late",
          "people", 200, 400_000, "evacuated evacuate residents|sent send aid|declared declare emergency"),
      family("outbreak", "outbreak vaccine clinics cases quarantine hospitals", "outbreak epidemic vaccine-drive",
          "hid the first cases|hoarded vaccine doses|falsified the case counts",
          "The situation is under control|Hospitals are overwhelmed|Vaccines are on their way",
          "cases", 50, 200_000, "confirmed confirm cases|shipped ship vaccines|imposed impose quarantine"),
      family("chip export controls", "chips semiconductors export-controls factories licences wafers", "chip-ban export-ban chip-plant",
          "smuggled restricted chips through third countries|stole chip designs|breached the export licences",
          "Technology controls protect our security|This is economic coercion|Our factories will keep running",
          "jobs", 300, 40_000, "banned ban exports|opened open factory|granted grant licences"),
      family("port strike", "strike dockworkers wages union terminals containers", "strike walkout lockout",
          "hired strikebreakers illegally|refused to negotiate in good faith|blocked the terminals",
          "We want a fair wage|The strike is costing the economy dearly|We will stay out until they listen",
          "workers", 500, 80_000, "walked walk out|blocked block terminals|offered offer raise"),
      family("nuclear talks", "inspections enrichment centrifuges inspectors reactor uranium", "nuclear-talks inspection-deal reactor",
          "enriched uranium beyond agreed limits|hid a second enrichment site|expelled the inspectors",
          "Our programme is peaceful|Inspectors must have full access|Diplomacy is the only way forward",
          "centrifuges", 100, 20_000, "inspected inspect site|expelled expel inspectors|resumed resume talks"),
      family("debt crisis", "debt bonds default bailout creditors restructuring", "bailout debt-deal default",
          "hid the true size of its debt|misused the bailout money|favoured foreign creditors",
          "We will honour our obligations|Austerity is not the answer|The markets have overreacted",
          "dollars", 100_000_000, 900_000_000, "approved approve bailout|missed miss payment|restructured restructure debt"),
      family("summit", "summit treaty talks delegation communique partnership", "summit treaty partnership",
          "secretly agreed to military cooperation|leaked the draft communique|broke the sanctions at the summit",
          "This is a truly historic day|Our countries have become partners|Nothing was agreed behind closed doors",
          "delegates", 20, 3_000, "signed sign treaty|met meet counterpart|hosted host summit"),
      family("migrant crisis", "migrants asylum border camps resettlement boats", "migrant-crisis camp-closure resettlement-plan",
          "pushed migrant boats back to sea|closed the camps without notice|sold residence permits",
          "These people are fleeing for their lives|Our borders must be respected|We cannot take more",
          "migrants", 100, 120_000, "rescued rescue migrants|closed close border|deported deport migrants"),
      family("bribery scandal", "bribery investigation prosecutors contracts indictment raids", "bribery-scandal procurement-probe",
          "paid bribes for public contracts|destroyed evidence before the raids|laundered the payments abroad",
          "I have done nothing wrong|No one is above the law|The investigation is politically motivated",
          "dollars", 50_000, 90_000_000, "arrested arrest officials|raided raid offices|charged charge executive"),
      family("climate pledge", "emissions coal targets climate-finance renewables carbon", "climate-pledge coal-phase-out carbon-tax",
          "missed its emissions targets|opened new coal mines in secret|double-counted climate finance",
          "The climate cannot wait|Our targets are ambitious and realistic|Rich nations must pay their share",
          "tonnes", 100_000, 900_000_000, "pledged pledge funds|closed close plants|announced announce targets"));

  private static Family family(String topic, String words, String kinds, String allegations, String quotes,
      String unit, int low, int high, String actions) {
    String[] acts = actions.split("\\|");
    String[][] parsed = new String[acts.length][];
    for (int i = 0; i < acts.length; i++) {
      parsed[i] = acts[i].split(" ", 3);
    }
    return new Family(topic, dashed(words), dashed(kinds), allegations.split("\\|"),
        quotes.split("\\|"), unit, low, high, parsed);
  }

  private static String[] dashed(String s) {
    String[] parts = words(s);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace('-', ' ');
    }
    return parts;
  }

  /**
   * Content words a story takes a few of as its own (what it is about beyond its topic): the words
   * that recur in its headlines and leads and set it apart from the other stories of its topic.
   */
  static final String[] STORY_WORDS = words("""
      harbour ferry cobalt pension bridge dam railway airport pipeline refinery reservoir quarry lithium
      copper nickel wheat rice maize coffee cocoa sugar cotton timber salmon tuna shrimp fertiliser diesel
      kerosene hydrogen uranium helium graphite bauxite tin zinc silver gold diamonds rubber palm soybeans
      barley sorghum cassava dairy poultry cattle vaccine insulin antibiotics ventilators masks hospital
      clinic school university curriculum textbooks teachers nurses doctors pilots miners farmers fishermen
      truckers dockers drivers students pensioners tenants landlords rents mortgages savings deposits loans
      bonds currency inflation subsidies tariffs quotas visas passports asylum refugees prisoners hostages
      journalists bloggers satellites drones radar submarines frigates tanks helicopters fighter jets
      missiles warheads rockets mines trenches bunkers checkpoints barracks garrison convoy blockade embargo
      sanctions assets oligarchs banks casinos stadium olympics tournament festival cathedral mosque temple
      monastery museum archive library manuscripts paintings statues ruins excavation glacier volcano
      earthquake tsunami drought wildfire locusts cholera measles malaria dengue typhoid smog emissions
      turbines solar batteries chargers smartphones chips servers cables broadband spectrum towers
      software hackers ransomware passwords database census ballots recount referendum constitution
      parliament senate judiciary tribunal verdict appeal amnesty pardon extradition bail warrant
      smuggling trafficking counterfeit narcotics cartels gangs militia rebels insurgents mercenaries
      peacekeepers monitors inspectors auditors regulators lobbyists unions strikes wages overtime layoffs
      factories warehouses shipyard steelworks smelter foundry mill bakery brewery vineyard orchard
      plantation ranch fishery canal locks tunnel highway motorway toll ferries tramway metro buses taxis
      bicycles scooters lorries containers cranes berths terminals customs border fence wall corridor
      enclave island archipelago peninsula delta estuary lagoon reef atoll strait gulf plateau valley
      province district township village slum suburb capital embassy consulate residence palace
      """);

  /** Roles of the four officials of each country, in person-index order, and their short titles. */
  static final String[] OFFICE = {"President", "Foreign Minister", "Defence Minister", "Finance Minister"};
  static final String[] OFFICE_SHORT = {"President", "Minister", "Minister", "Minister"};
  /** Roles of everyone else. */
  static final String[] ROLES = {"spokesperson", "analyst", "economist", "chief executive", "general",
      "senator", "mayor", "professor", "ambassador", "union leader", "governor", "prosecutor"};
  static final String[] ROLES_SHORT = {"", "", "", "", "General", "Senator", "Mayor", "Professor",
      "Ambassador", "", "Governor", ""};

  static String[] words(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  /** A lower-case slug for ids and URLs: "Anna Keller" is "anna-keller". */
  static String slug(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return b.substring(0, end);
  }
}
