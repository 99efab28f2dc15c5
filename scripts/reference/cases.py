"""Writes crates/peacekeeping-data/reference/cases.json: the partnerships the field cites,
their frictions and a joint exercise, each fact with the source it was checked against
(stored copies of the pages named in each citation, read on 2026-11-27).

Run from the workspace root: python3 scripts/reference/cases.py
Standard library only. The records are in the format of docs/dataset-format.md.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/peacekeeping-data/reference/cases.json"
C="2026-11-27"
def src(id, kind, title, publisher, citation, published=None, reliability="B"):
    d={"id":id,"kind":kind,"title":title,"publisher":publisher,"citation":citation}
    if published: d["published"]=published
    d["consulted"]=C; d["reliability"]=reliability
    return d
sources=[
 src("ipi-peacekeeping-database","research-dataset",
     "IPI Peacekeeping Database: uniformed personnel contributions by country, mission, personnel type and sex (file Gender.Full.csv)",
     "International Peace Institute (Providing for Peacekeeping project)",
     "Perry, C. and Smith, A. C. (2013), 'Trends in Uniformed Contributions to UN Peacekeeping: A New Dataset, 1991-2012', IPI; compiled from the UN's monthly reports of contributions by country and mission; file from the public repository IPIDataLab/TCC-DataScraper, commit 936f28e6",
     reliability="A"),
 src("cases-unsoa-mandate","official-document","UNSOA Mandate","United Nations Support Office for AMISOM",
     "https://unsoa.unmissions.org/unsoa-mandate (stored copy)", reliability="A"),
 src("cases-unsos-mandate","official-document","UNSOS Mandate","United Nations Support Office in Somalia",
     "https://unsos.unmissions.org/unsos-mandate (stored copy): S/RES/2245 (2015), adopted on 9 November 2015, established UNSOS, replacing UNSOA", reliability="A"),
 src("cases-eu-council-amisom-2022","official-document","EU support to the African Union Mission in Somalia: Council approves further support under the European Peace Facility","Council of the European Union",
     "Press release of 7 July 2022, as reproduced at https://www.wired-gov.net (stored copy): the EU is the largest direct contributor to AMISOM/ATMIS, close to EUR 2.3 billion since 2007", published="2022-07-07", reliability="A"),
 src("cases-ipi-paying-for-amisom","academic","Paying for AMISOM: Are Politics and Bureaucracy Undermining the AU's Largest Peace Operation?","IPI Global Observatory",
     "https://theglobalobservatory.org/2017/01/amisom-african-union-peacekeeping-financing/ (stored copy)", published="2017-01-11"),
 src("cases-poland-mod-kfor","official-document","KFOR","Ministry of National Defence of the Republic of Poland",
     "https://gov.pl/web/national-defence/kfor (stored copy): non-NATO countries contributing troops to KFOR include Austria and Switzerland"),
 src("cases-kfor-entry","media","KFOR entered Kosovo on 12 June 1999","Wikipedia contributors",
     "Article 'Kosovo Force', stored copies (e.g. https://askwikinow.com/view_html.php?q=Kosovo_Force); also infocenter.gov.ge 'NATO's role in the Kosovo conflict'", reliability="C"),
 src("cases-unsc-2100-press","official-document","Security Council establishes peacekeeping force for Mali effective 1 July, unanimously adopting resolution 2100 (2013)","United Nations Security Council (meetings coverage, 6952nd meeting)",
     "https://reliefweb.int/report/mali/un-send-peacekeepers-risky-mali-conflict (stored copy); with Watchlist, 'Security Council agrees to create new UN peacekeeping mission for Mali': the resolution authorizes French troops to intervene in support of MINUSMA", published="2013-04-25", reliability="A"),
 src("cases-barkhane-leaves-mali","media","The last soldiers of Operation Barkhane left Mali on 15 August 2022","RFI; French armed forces statement as reported by Tribune Online (16 August 2022)",
     "https://tribuneonlineng.com/french-troops-fully-withdraw-from-mali/ (stored copy); RFI report as reproduced by pressreview24.com", published="2022-08-16"),
 src("cases-mali-asks-withdrawal","media","Mali calls for withdrawal of UN mission 'without delay'","The National (Adla Massoud); also TRT World and Sahelien.com, 16 June 2023",
     "https://www.thenationalnews.com/world/2023/06/16/mali-calls-for-withdrawal-of-un-mission-without-delay (stored copy): Foreign Minister Abdoulaye Diop to the Security Council on 16 June 2023", published="2023-06-16"),
 src("cases-un-au-framework-2017","official-document","UN-AU leaders sign Framework for Enhancing Partnership in Peace and Security and stress strengthening their partnership","African Union Commission",
     "https://au.int/en/node/32383 (stored copy): signed in New York on 19 April 2017 by the UN Secretary-General and the AUC Chairperson; also UN Secretary-General's remarks of 19 April 2017 (peacekeeping.un.org)", published="2017-04-21", reliability="A"),
 src("cases-lancaster-house-2010","academic","Tenth Anniversary of the Lancaster House Treaties, 2 November 2020","Revue Défense Nationale",
     "https://defnat.com/e-RDN/vue-article_en.php?carticle=10863&cidrevue=834 (stored copy): France and the United Kingdom signed the Lancaster House Treaties on 2 November 2010; also the Wikipedia article 'Lancaster House Treaties' (stored copies)"),
 src("cases-african-lion-2024","official-document","African Lion 2024 (DVIDS images 8221433 and 8431411)","U.S. Army Southern European Task Force, Africa / Defense Visual Information Distribution Service",
     "https://www.dvidshub.net/image/8431411/load-fly-drop-african-lion-2024 (stored copy): AL24, U.S. Africa Command's premier joint exercise, ran from 19 April to 31 May 2024 across Ghana, Morocco, Senegal and Tunisia", published="2024-05-20"),
]
def party(a, role, standing=None):
    d={"actor":a,"role":role}
    if standing: d["standing"]=standing
    return d
partnerships=[
 {"id":"un-au-joint-framework-2017","name":"Joint UN-AU Framework for Enhanced Partnership in Peace and Security","kind":"un-regional",
  "parties":[party("UN","participant"),party("AU","participant")],
  "domains":["security-provision","mediation"],
  "instruments":[{"kind":"framework-agreement","title":"Joint United Nations-African Union Framework for Enhanced Partnership in Peace and Security","signed":"2017-04-19"}],
  "period":{"start":"2017-04-19"},
  "sources":["cases-un-au-framework-2017"]},
 {"id":"lancaster-house-2010","name":"France-United Kingdom defence and security co-operation (Lancaster House treaties)","kind":"bilateral",
  "parties":[party("FRA","participant"),party("GBR","participant")],
  "domains":["security-provision","training","equipment","technology"],
  "instruments":[{"kind":"treaty","title":"Treaty for Defence and Security Co-operation","signed":"2010-11-02"}],
  "period":{"start":"2010-11-02"},
  "sources":["cases-lancaster-house-2010"]},
 {"id":"amisom-au-un-eu","name":"AMISOM: the AU-UN-EU partnership in Somalia","kind":"multilateral",
  "parties":[party("AU","lead"),party("UN","supporting"),party("EU","supporting")],
  "domains":["security-provision","logistics","funding"],
  "instruments":[{"kind":"resolution","title":"S/RES/1863 (2009): logistics support package for AMISOM (UNSOA)","signed":"2009-01-16"},
                 {"kind":"resolution","title":"S/RES/2245 (2015): UNSOS replaces UNSOA","signed":"2015-11-09"}],
  "missions":["AMISOM"],
  "period":{"start":"2009-01-16"},
  "responsibilities":[
    {"actor":"AU","domain":"security-provision","description":"leads AMISOM"},
    {"actor":"UN","domain":"logistics","description":"logistics support package through UNSOA (S/RES/1863 (2009)), from 2015 through UNSOS (S/RES/2245 (2015))"},
    {"actor":"EU","domain":"funding","description":"pays troop allowances (African Peace Facility, then European Peace Facility); close to EUR 2.3 billion to AMISOM/ATMIS since 2007"}],
  "sources":["unsc-res-1863-2009","unsc-res-2245-2015","cases-unsoa-mandate","cases-unsos-mandate","cases-eu-council-amisom-2022","cases-ipi-paying-for-amisom"]},
 {"id":"unmik-kfor-1244","name":"International civil and security presences in Kosovo: UNMIK and KFOR under resolution 1244","kind":"un-regional",
  "parties":[party("UN","participant"),party("NATO","participant")],
  "forms":["co-deployed"],
  "domains":["security-provision","reconstruction","policing"],
  "instruments":[{"kind":"resolution","title":"S/RES/1244 (1999)","signed":"1999-06-10"}],
  "missions":["UNMIK","KFOR"],
  "period":{"start":"1999-06-10"},
  "responsibilities":[
    {"actor":"UN","domain":"reconstruction","description":"international civil presence (UNMIK): interim administration"},
    {"actor":"NATO","domain":"security-provision","description":"international security presence (KFOR), entered Kosovo on 12 June 1999"}],
  "sources":["unsc-res-1244-1999","cases-kfor-entry"]},
 {"id":"kfor-partners","name":"KFOR: a NATO-led force with non-NATO partner nations","kind":"multilateral",
  "parties":[party("NATO","lead"),party("AUT","participant"),party("CHE","participant")],
  "forms":["co-deployed"],
  "domains":["security-provision"],
  "missions":["KFOR"],
  "period":{"start":"1999-06-12"},
  "sources":["cases-poland-mod-kfor","cases-kfor-entry"]},
 {"id":"minusma-france","name":"MINUSMA and the parallel French forces in Mali (Serval, then Barkhane)","kind":"bilateral",
  "parties":[party("UN","participant"),party("FRA","supporting")],
  "domains":["security-provision"],
  "instruments":[{"kind":"resolution","title":"S/RES/2100 (2013): French troops authorized to intervene in support of MINUSMA","signed":"2013-04-25"}],
  "missions":["MINUSMA"],
  "period":{"start":"2013-07-01","end":"2022-08-15"},
  "responsibilities":[
    {"actor":"FRA","domain":"security-provision","description":"authorized to intervene in support of MINUSMA; the last Barkhane troops left Mali on 15 August 2022"}],
  "sources":["cases-unsc-2100-press","cases-barkhane-leaves-mali"]},
 {"id":"unamid-au-un","name":"UNAMID: the African Union-United Nations hybrid operation in Darfur","kind":"hybrid",
  "parties":[party("AU","lead"),party("UN","lead")],
  "domains":["security-provision"],
  "instruments":[{"kind":"resolution","title":"S/RES/1769 (2007): UNAMID authorized under Chapter VII","signed":"2007-07-31"},
                 {"kind":"resolution","title":"S/RES/2559 (2020): UNAMID's mandate terminated as of 31 December 2020","signed":"2020-12-22"}],
  "missions":["UNAMID"],
  "period":{"start":"2007-07-31","end":"2020-12-31"},
  "sources":["unsc-res-1769-2007","unsc-res-2559-2020"]},
 {"id":"afisma-minusma","name":"Mali: the hand-over from the African-led AFISMA to the UN's MINUSMA","kind":"un-regional",
  "parties":[party("ECOWAS","participant"),party("UN","participant")],
  "domains":["security-provision"],
  "instruments":[{"kind":"resolution","title":"S/RES/2085 (2012): AFISMA authorized","signed":"2012-12-20"},
                 {"kind":"resolution","title":"S/RES/2100 (2013): MINUSMA established, taking over from AFISMA on 1 July 2013","signed":"2013-04-25"}],
  "missions":["AFISMA","MINUSMA"],
  "period":{"start":"2013-04-25","end":"2013-07-01"},
  "sources":["unsc-res-2085-2012","unsc-res-2100-2013"]},
 {"id":"misca-minusca","name":"Central African Republic: the hand-over from the AU's MISCA to the UN's MINUSCA","kind":"un-regional",
  "parties":[party("AU","participant"),party("UN","participant")],
  "domains":["security-provision"],
  "instruments":[{"kind":"resolution","title":"S/RES/2127 (2013): MISCA authorized","signed":"2013-12-05"},
                 {"kind":"resolution","title":"S/RES/2149 (2014): MINUSCA established, with transfer of authority from MISCA on 15 September 2014","signed":"2014-04-10"}],
  "missions":["MISCA","MINUSCA"],
  "period":{"start":"2014-04-10","end":"2014-09-15"},
  "sources":["unsc-res-2127-2013","unsc-res-2149-2014"]},
 {"id":"minusma-mali","name":"MINUSMA and its host state, Mali","kind":"bilateral",
  "parties":[party("UN","lead"),party("MLI","participant")],
  "domains":["security-provision"],
  "instruments":[{"kind":"resolution","title":"S/RES/2100 (2013)","signed":"2013-04-25"}],
  "missions":["MINUSMA"],
  "period":{"start":"2013-07-01","end":"2023-12-31"},
  "sources":["unsc-res-2100-2013","unsc-res-2690-2023","cases-unsc-2100-press","cases-mali-asks-withdrawal"]},
]
frictions=[
 {"id":"amisom-allowance-cut-2016","partnership":"amisom-au-un-eu","kind":"resource-dispute","severity":"high","observed":"2016-01-01",
  "actors":["EU","AU"],
  "description":"From January 2016 the EU, which paid the allowances of AMISOM troops, cut its payment by 20%, from USD 1,028 to USD 822 per soldier per month; with delayed payments, this set the AU, troop contributors and the EU against each other",
  "sources":["cases-ipi-paying-for-amisom"]},
 {"id":"mali-minusma-withdrawal-2023","partnership":"minusma-mali","kind":"consent-breakdown","severity":"critical","observed":"2023-06-16",
  "actors":["MLI","UN"],
  "description":"Mali's foreign minister Abdoulaye Diop asked the Security Council for MINUSMA's withdrawal 'without delay'; the Council ended the mandate on 30 June 2023 (S/RES/2690 (2023)) and the mission withdrew by 31 December 2023",
  "sources":["cases-mali-asks-withdrawal"]},
]
trainings=[
 {"id":"african-lion-2024","name":"African Lion 2024","kind":"exercise","organizers":["USA","MAR"],
  "participants":["USA","MAR","GHA","SEN","TUN"],
  "period":{"start":"2024-04-19","end":"2024-05-31"},
  "locations":["MAR","GHA","SEN","TUN"],
  "focus":["interoperability"],
  "sources":["cases-african-lion-2024"]},
]
# Who took part in AMISOM and ATMIS, and from when (issue 14), checked on 2026-12-07 in
# the stored copies of the pages each citation names. A start is the day the source gives
# for the first contingent's arrival or the contributor's joining; a participation ends
# with the operation where no source dates a departure before it. Left out for want of a
# day in the sources read: Sierra Leone's battalion in AMISOM (April 2013 to January
# 2015), the police contributors (Uganda's first formed unit July 2012, Nigeria's 2012,
# Ghana's first formed unit November 2020, individual officers of Ghana, Kenya, Zambia,
# Zimbabwe, the Gambia), AUSSOM's contributors (allocations agreed in 2025; Egypt's
# troops not deployed by January 2026; Burundi's stay contested).
R="2026-12-07"
def src14(id, kind, title, publisher, citation, published=None, reliability="B"):
    d=src(id, kind, title, publisher, citation, published, reliability)
    d["consulted"]=R
    return d
sources+=[
 src14("cases-reuters-amisom-uganda-2007","media","First AU peacekeepers arrive in Mogadishu","Mail & Guardian (Reuters)",
     "https://mg.co.za/article/2007-03-06-first-au-peacekeepers-arrive-in-mogadishu/: on Tuesday 6 March 2007 16 Ugandan soldiers landed at Mogadishu airport, the first AU peacekeepers in Somalia (Malawi's and Nigeria's pledged troops had not come)", published="2007-03-06"),
 src14("cases-bbc-amisom-burundi-2007","media","Burundi troops arrive in Somalia","BBC News (copy at newssniffer.co.uk)",
     "https://newssniffer.co.uk/articles/86328/versions/197245: an advance party of about 100 Burundian soldiers flew into Mogadishu on 23 December 2007 (Reuters, https://www.hiiraan.org/news4/2007/Dec/5324/burundi_sends_92_more_peacekeepers_to_somalia.aspx: 92 more on 24 December; an AFP text dates the first arrival 24 December)"),
 src14("cases-newvision-amisom-djibouti-2011","media","Djibouti bolsters peacekeepers in Somalia","New Vision",
     "https://www.newvision.co.ug/news/1004341/djibouti-bolsters-peacekeepers-somalia: an AMISOM statement, a 100-strong advance party of Djiboutian troops arrived on 20 December 2011, 800 more to follow: the third troop contributor"),
 src14("cases-afp-amisom-kenya-2012","media","Kenya troops integrated into AU Somalia mission","Hiiraan Online (AFP)",
     "http://hiiraan.com/news4/2012/jun/24380/kenya_troops_integrated_into_au_somalia_mission.aspx: Kenya's defence minister signed the legal framework integrating its troops in Somalia into AMISOM at the AU's headquarters in Addis Ababa on Saturday 2 June 2012 (the day recorded); a ceremony in Nairobi on 6 July 2012 marked the 4,664 Kenyan personnel joining (defenceWeb, https://www.defenceweb.co.za/joint/diplomacy-a-peace/kenyan-troops-join-african-union-mission-in-somalia/)"),
 src14("cases-ethiopia-amisom-2014","official-document","Ethiopian troops formally join AMISOM","Embassy of Ethiopia in Brussels",
     "https://ethiopianembassy.be/?p=1404: the Ethiopian forces in Somalia formally joined AMISOM on 22 January 2014 (4,395 troops, Capital, http://capitalethiopia.com/2014/01/28/ethiopian-troops-join-au-force-in-somalia/)", reliability="A"),
 src14("cases-atmis-military-component","official-document","Military component","African Union Transition Mission in Somalia",
     "https://atmis-au.org/en/military-component: ATMIS's troop-contributing countries from 1 April 2022, when it replaced AMISOM, are Uganda, Burundi, Kenya, Ethiopia and Djibouti (AMISOM's five at its end)", reliability="A"),
]
# Actors beyond states and organizations (issue 14): UN agencies and departments, the
# ICRC and MSF, each with the day it was established where a source gives one; their
# roles in the cases are listed in docs/datasets.md, not yet recorded as partnerships.
sources+=[
 src14("cases-icrc-geneva","official-document","Somalia: ICRC news release of 15 September 2009","International Committee of the Red Cross",
     "https://www.icrc.org/eng/resources/documents/news-release/2009-and-earlier/somalia-news-150909.htm: datelined Geneva (ICRC), the seat of the committee", reliability="A"),
 src14("cases-icrc-founding","media","9 February: the Committee of Five","roter-kreis.de",
     "https://roter-kreis.de/9._Februar: the Geneva Public Welfare Society set up a committee of five on 9 February 1863, which at its first meeting on 17 February 1863 made itself the International Committee for Relief to the Wounded, later the ICRC (17 February also http://piglix.com/piglix/International_Red_Cross; Egypt Independent gives 16 February)", reliability="C"),
 src14("cases-msf-history","official-document","Our history","Médecins Sans Frontières (South Asia)",
     "https://msfsouthasia.org/our-history: MSF was officially created on 22 December 1971 by 300 volunteers, among them 13 founding doctors and journalists", reliability="A"),
 src14("cases-unhcr-statute","official-document","Statute of the Office of the United Nations High Commissioner for Refugees (with UNHCR's introductory note)","UNHCR (text at docslib.org)",
     "https://docslib.org/doc/7185360/statute-of-the-office-of-the-united-nations-high-commissioner-for-refugees: the Statute adopted by General Assembly resolution 428 (V) of 14 December 1950, the office set up as of 1 January 1951 by resolution 319 (IV) of 3 December 1949 (https://www.refworld.org/legal/resolution/unga/1949/en/12071); UNHCR's UK pages give 14 December 1950 as its establishment", reliability="A"),
 src14("cases-unicef-57-i","official-document","Resolution 51/192 of the General Assembly (1996), recalling resolution 57 (I)","United Nations General Assembly (text at the University of Minnesota Human Rights Library)",
     "http://www1.umn.edu/humanrts/resolutions/51/192GA1996.html: resolution 57 (I) of 11 December 1946 established the United Nations International Children's Emergency Fund", reliability="A"),
 src14("cases-undp-2029-xx","official-document","Resolution 2029 (XX): consolidation of the Special Fund and the Expanded Programme of Technical Assistance in a United Nations Development Programme","United Nations General Assembly (German text at studylibde.com)",
     "https://studylibde.com/doc/7225001/a-res-2029--xx----the-united-nations: adopted on 22 November 1965; the merger took effect on 1 January 1966 (UNESCO archives, https://atom.archives.unesco.org/undp-3)", reliability="A"),
 src14("cases-wfp-1961","official-document","ECOSOC resolution recalling General Assembly resolution 1714 (XVI) and FAO Conference resolution 1/61","United Nations Economic and Social Council (text at radicali.it)",
     "http://old.radicali.it/search_view.php?id=20512: the World Food Programme was established by FAO Conference resolution 1/61 of 24 November 1961 and General Assembly resolution 1714 (XVI) of 19 December 1961, the later of the two parallel decisions (the day recorded); it began operating in January 1963 as a three-year experiment (WFP, https://www.wfp.org/node/34)", reliability="A"),
 src14("cases-ocha-46-182","official-document","Resolution 46/182, which created the humanitarian system, turns twenty-five","UN Office for the Coordination of Humanitarian Affairs",
     "http://www.unocha.org/top-stories/all-stories/resolution-46182-which-created-humanitarian-system-turns-twenty-five: General Assembly resolution 46/182 of 19 December 1991 led to the Department of Humanitarian Affairs (1992, https://press.un.org/en/1997/19970819.iha633.html), reorganized as OCHA in 1998 (the day not found: no existence recorded)", reliability="A"),
 src14("cases-unmas-1997","official-document","United Nations Mine Action Service (Landmine Monitor 1999, appendix)","UN Mine Action Service (Landmine Monitor archive)",
     "http://archives.the-monitor.org/index.php/publications/display?url=lm/1999/appendices/unmas.html: UNMAS was set up in October 1997 as the UN's focal point for mine action (no day: no existence recorded)", reliability="A"),
]
def actor(aid, name, kind, srcs, start=None, country=None, aliases=()):
    a={"id":aid,"name":name,"kind":kind}
    if aliases: a["aliases"]=list(aliases)
    if country: a["country"]=country
    if start: a["existence"]={"start":start}
    a["sources"]=srcs
    return a
actors=[
 actor("ICRC","International Committee of the Red Cross","humanitarian-agency",["cases-icrc-founding","cases-icrc-geneva"],"1863-02-17","CHE",["CICR"]),
 actor("MSF","Médecins Sans Frontières","ngo",["cases-msf-history"],"1971-12-22",aliases=["Doctors Without Borders"]),
 actor("UNHCR","Office of the United Nations High Commissioner for Refugees","un-agency",["cases-unhcr-statute"],"1950-12-14"),
 actor("UNICEF","United Nations Children's Fund","un-agency",["cases-unicef-57-i"],"1946-12-11"),
 actor("UNDP","United Nations Development Programme","un-agency",["cases-undp-2029-xx"],"1965-11-22"),
 actor("WFP","World Food Programme","un-agency",["cases-wfp-1961"],"1961-12-19"),
 actor("OCHA","United Nations Office for the Coordination of Humanitarian Affairs","un-department",["cases-ocha-46-182"]),
 actor("UNMAS","United Nations Mine Action Service","un-department",["cases-unmas-1997"]),
]
# Frictions and a joint exercise of the cases (issue 14), checked on 2026-12-07 in the
# stored copies of the pages each citation names. Severity is the dataset's grade of the
# source's account (low: reported, no effect on operations; moderate: an operation or a
# person removed; high: operations restricted or suspended).
sources+=[
 src14("cases-france24-salgado-2022","media","Mali expels UN peacekeeping mission spokesman","France 24 (AFP)",
     "https://www.france24.com/en/live-news/20220720-mali-expels-un-peacekeeping-mission-spokesman: on 20 July 2022 Mali gave MINUSMA's spokesman Olivier Salgado 72 hours to leave the country"),
 src14("cases-janes-rotations-2022","media","France completes Mali withdrawal","Janes",
     "https://janescom-stg.sitefinity.cloud/ (stored copy of the Janes article on France's withdrawal from Mali): 49 Ivorian soldiers arrested on 10 July 2022; Mali suspended the rotations of MINUSMA's contingents on 14 July 2022; Germany suspended its reconnaissance and CH-53 flights (reported 12 August 2022)"),
 src14("cases-scr-mali-2023-01","academic","Mali: briefing and consultations (What's in Blue, 26 January 2023)","Security Council Report",
     "https://www.securitycouncilreport.org/whatsinblue/2023/01/mali-briefing-and-consultations-10.php: restrictions on MINUSMA's air and ground movements significantly hampered the mission", published="2023-01-26"),
 src14("cases-reuters-ngefa-2023","media","Mali expels U.N. mission's human rights chief","Reuters (via Nasdaq)",
     "https://www.nasdaq.com/articles/mali-expels-u.n.-missions-human-rights-chief: on 5 February 2023 Mali declared Guillaume Ngefa, director of MINUSMA's human rights division, persona non grata with 48 hours to leave (France condemned it on 6 February, https://www.diplomatie.gouv.fr/en/country-files/mali/news/article/mali-expulsion-of-the-director-of-minusma-s-human-rights-section-feb-6-2023)"),
 src14("cases-xinhua-bounti-2021","media","UN report says French airstrike in Mali killed 19 civilians at wedding","Xinhua",
     "http://xinhuanet.com/english/africa/2021-03/31/c_139847703.htm: a MINUSMA report published on 30 March 2021 found that the French airstrike of 3 January 2021 near Bounti killed 19 civilians at a wedding; France expressed numerous reservations about its method (also BBC, https://africa.com/france-missed-the-mark-in-mali-strike/)"),
 src14("cases-afp-chinooks-2021","media","UK minister stresses Anglo-French solidarity in Mali trip","Eurafrica (AFP)",
     "https://new.eurafrica.info/2021/03/10/uk-minister-stresses-anglo-french-solidarity-in-mali-trip: on 10 March 2021 the UK's Armed Forces Minister James Heappey said the RAF's Chinooks in Mali were '100 percent' a Barkhane asset, not to be diverted to the UK's troops in MINUSMA save for urgent medical evacuation, while France pressed its allies to do more (by January 2022 the RAF listed support to the UK's reconnaissance group among the Chinooks' missions, https://www.raf.mod.uk/news/articles/life-with-the-raf-chinook-detachment-in-mali/)", published="2021-03-10"),
 src14("cases-defensenews-griffin-strike-2016","media","Franco-British exercise Griffin Strike: lessons on command and communications","Defense News",
     "https://www.defensenews.com/global/2016/04/22/: RAF Air Vice Marshal Paul Atherton said on 21 April 2016 that British verbal orders and French written orders had caused confusion over who was to do what, and that one land-to-sea link needed six nodes, four firewalls and three satellites (also https://strategypage.com/htmw/htlead/20160510.aspx)", reliability="C"),
 src14("cases-griffin-rise-2015","official-document","France and Britain conclude joint military exercise","Embassy of France in the United Kingdom",
     "https://uk.ambafrance.org/France-and-Britain-conclude-joint-military-exercise: Griffin Rise 2015, the Combined Joint Expeditionary Force's exercise, ran from 3 to 17 June 2015, commanded from Mont-Valérien, the land component at Creil, the air component at Lyon, HMS Ocean at sea; 1,200 personnel", reliability="A"),
]
def friction(fid, partnership, kind, severity, observed, actors, description, srcs):
    return {"id":fid,"partnership":partnership,"kind":kind,"severity":severity,"observed":observed,
            "actors":actors,"description":description,"sources":srcs}
frictions+=[
 friction("lancaster-griffin-strike-orders-2016","lancaster-house-2010","communication-barrier","low","2016-04-21",["GBR","FRA"],
     "During exercise Griffin Strike, British verbal orders and French written orders caused confusion over who was to do what, and one land-to-sea link needed six nodes, four firewalls and three satellites (RAF Air Vice Marshal Paul Atherton)",
     ["cases-defensenews-griffin-strike-2016"]),
 friction("lancaster-chinooks-mali-2021","lancaster-house-2010","resource-dispute","moderate","2021-03-10",["GBR","FRA"],
     "The UK's minister said the RAF's three Chinooks in Mali served Barkhane alone, not the UK's own troops in MINUSMA save for medical evacuation, while France pressed its allies to do more",
     ["cases-afp-chinooks-2021"]),
 friction("minusma-france-bounti-2021","minusma-france","divergent-interests","moderate","2021-03-30",["UN","FRA"],
     "A MINUSMA report found that the French airstrike of 3 January 2021 near Bounti killed 19 civilians at a wedding; France expressed numerous reservations about its method",
     ["cases-xinhua-bounti-2021"]),
 friction("mali-minusma-rotations-2022","minusma-mali","consent-breakdown","high","2022-07-14",["MLI","UN"],
     "After 49 Ivorian soldiers were arrested at Bamako airport on 10 July 2022, Mali suspended the rotations of MINUSMA's contingents",
     ["cases-janes-rotations-2022"]),
 friction("mali-minusma-spokesman-2022","minusma-mali","consent-breakdown","moderate","2022-07-20",["MLI","UN"],
     "Mali gave MINUSMA's spokesman Olivier Salgado 72 hours to leave the country",
     ["cases-france24-salgado-2022"]),
 friction("mali-minusma-restrictions-2023","minusma-mali","consent-breakdown","high","2023-01-26",["MLI","UN"],
     "Restrictions on MINUSMA's air and ground movements significantly hampered the mission, as reported ahead of the Council's briefing",
     ["cases-scr-mali-2023-01"]),
 friction("mali-minusma-ngefa-2023","minusma-mali","consent-breakdown","high","2023-02-05",["MLI","UN"],
     "Mali declared Guillaume Ngefa, director of MINUSMA's human rights division, persona non grata with 48 hours to leave",
     ["cases-reuters-ngefa-2023"]),
]
trainings+=[
 {"id":"griffin-rise-2015","name":"Griffin Rise 2015","kind":"exercise","organizers":["FRA","GBR"],
  "participants":["FRA","GBR"],
  "period":{"start":"2015-06-03","end":"2015-06-17"},
  "locations":["FRA"],
  "focus":["interoperability"],
  "sources":["cases-griffin-rise-2015"]},
]
# Joint exercises of peace and security operations (issue 14), checked on 2026-12-07 in
# the stored copies of the pages each citation names. Participants are those a source
# names (observers left out); where it gives only a count ("28 nations") the list is
# partial and the citation says so. Organizers: the U.S. command and the anchor host.
sources+=[
 src14("cases-african-lion-2022","official-document","African Lion 2022 (U.S. Africa Command release; DVIDS video 847772)","U.S. Africa Command (via AllAfrica) / DVIDS",
     "https://allafrica.com/stories/202206130248.html and https://www.dvidshub.net/video/847772: AL22 ran from 6 to 30 June 2022 in Morocco, Ghana, Senegal and Tunisia, with Brazil, Chad, France, Italy, the Netherlands, Spain and the United Kingdom among 28 nations and NATO (a partial list); Israel observed", reliability="A"),
 src14("cases-african-lion-2025","official-document","African Lion 2025 (DVIDS image 9058097)","Defense Visual Information Distribution Service",
     "https://www.dvidshub.net/image/9058097: AL25 ran from 14 April to 23 May 2025; in Morocco Cameroon, Cabo Verde, Djibouti, France, the Gambia, Ghana, Guinea-Bissau, Hungary, Israel, Kenya, the Netherlands, Nigeria, Portugal, Morocco, the United Kingdom and the United States; in Tunisia Egypt, Ghana, Kenya, Libya, Nigeria, Spain, Tunisia and the United States; in Ghana Benin, Côte d'Ivoire, Ghana, Liberia, Senegal, Togo and the United States; in Senegal Côte d'Ivoire, Mauritania, the Netherlands, Senegal and the United States; observers Belgium, the DR Congo, Equatorial Guinea, India, Qatar and the Republic of Congo (left out)", reliability="A"),
 src14("cases-flintlock-2019","official-document","Flintlock 2019 opens in Burkina Faso","U.S. Africa Command",
     "https://africom-web-app.azurewebsites.net/article/31543: Flintlock 2019 ran from 18 February to 1 March 2019 in Burkina Faso with an outstation in Mauritania; participants as the State Department listed them (https://sahel-intelligence.com/13129, grade C): Algeria, Benin, Burkina Faso, Cameroon, Cabo Verde, Chad, Ghana, Guinea, Guinea-Bissau, Mali, Mauritania, Morocco, Niger, Nigeria, Senegal, Tunisia, Austria, Belgium, the Czech Republic, Denmark, France, Italy, Japan, the Netherlands, Norway, Poland, Portugal, Spain, Switzerland, the United Kingdom and the United States", reliability="A"),
 src14("cases-flintlock-2020","official-document","Mauritania to host Flintlock 2020 exercise","U.S. Embassy in Mauritania",
     "https://mr.usembassy.gov/mauritania-to-host-flintlock-2020-exercise/: Flintlock 2020 from 17 to 28 February 2020 in Mauritania (Atar, Nouakchott, Kaédi) and Senegal (Thiès); Benin, Burkina Faso, Cameroon, Chad, Cabo Verde, Côte d'Ivoire, Ghana, Guinea, Mali, Mauritania, Morocco, Niger, Nigeria, Senegal and Togo with Austria, Belgium, Brazil, Canada, the Czech Republic, France, Germany, Italy, Japan, the Netherlands, Norway, Poland, Portugal, Spain, the United Kingdom and the United States", reliability="A"),
 src14("cases-flintlock-2023","official-document","Flintlock 2023 (DVIDS news 439952)","Defense Visual Information Distribution Service",
     "https://www.dvidshub.net/news/439952: Flintlock 2023 from 1 to 15 March 2023 in Ghana and Côte d'Ivoire, 29 nations (named by https://northafricapost.com/?p=65858, grade C): Burkina Faso, Cabo Verde, Cameroon, Chad, Côte d'Ivoire, Ghana, Libya, Mauritania, Niger, Nigeria, Senegal, South Africa, Togo, Morocco, Tunisia, Austria, Belgium, Brazil, Canada, the Czech Republic, Denmark, France, Germany, Italy, the Netherlands, Poland, Spain, the United Kingdom and the United States", reliability="A"),
 src14("cases-shared-accord-2018","official-document","Shared Accord 2018 multilateral exercise","U.S. Embassy in Rwanda",
     "https://rw.usembassy.gov/shared-accord-multilateral-exercises/: Shared Accord 2018 from 14 to 30 August 2018 at the Rwanda Military Academy, Gako, 15 nations and 3 international organizations on a UN peacekeeping scenario; 13 named by The New Times (https://www.newtimes.co.rw/news/rdf-overcome-terror, grade B): Angola, Botswana, Gabon, Germany, Madagascar, Malawi, Morocco, the Netherlands, the Republic of Congo, Rwanda, Senegal, the United States and Zambia (a partial list)", reliability="A"),
 src14("cases-justified-accord-2017","official-document","Justified Accord 2017 (STAND-TO!, 16 March 2017)","U.S. Army",
     "https://www.army.mil/standto/archive/2017/03/16/: a tabletop exercise from 20 to 24 March 2017 at the Peace Support Training Centre, Addis Ababa, with Djibouti, Ethiopia, Kenya, Rwanda, Somalia, Uganda, France, Germany, Italy, the Netherlands, the United Kingdom and the United States", reliability="A"),
 src14("cases-justified-accord-2024","official-document","Justified Accord 2024 (SETAF-Africa article 31155)","U.S. Army Southern European Task Force, Africa",
     "https://www.setaf-africa.army.mil/article/31155 (also https://www.dvidshub.net/news/455100): from 26 February to 7 March 2024 in Kenya (Nairobi, Nanyuki), 23 nations, among them the United States, Kenya, Uganda, Rwanda, Somalia, Djibouti, the United Kingdom and Tanzania, with Dutch and Italian planners (a partial list)", reliability="A"),
 src14("cases-khaan-quest-2024","official-document","Khaan Quest 2024 (DVIDS news 477301)","Defense Visual Information Distribution Service",
     "https://www.dvidshub.net/news/477301: Khaan Quest 2024, UN peacekeeping training co-hosted by Mongolia and U.S. Indo-Pacific Command at the Five Hills Training Area, opened on 27 July and closed on 8 August 2024, with the United States, Australia, Canada, China, Egypt, Germany, Hungary, Indonesia, Japan, Nepal, Pakistan, the Philippines, Qatar, the Republic of Korea, Saudi Arabia, Singapore, Türkiye, the United Kingdom and Viet Nam", reliability="A"),
 src14("cases-garuda-canti-dharma-2022","official-document","Garuda Canti Dharma II","U.S. Department of State (DipNote)",
     "https://www.state.gov/dipnote-garuda-canti-dharma-ii: the Global Peace Operations Initiative's exercise with Indonesia at its peacekeeping training centre in Sentul, from 18 to 31 July 2022 (also https://pmpp-tni.mil.id/?p=7388), with Argentina, Australia, Bangladesh, Canada, Fiji, Japan, Malaysia, Mongolia, Nepal, New Zealand, the Philippines, the Republic of Korea, South Africa, Sri Lanka, Thailand and Viet Nam", reliability="A"),
 src14("cases-amani-africa-2015","official-document","Amani Africa II field training exercise","Economic Community of West African States",
     "http://old22.ecowas.int/?p=7544: the African Standby Force's field training exercise from 19 October to 8 November 2015 at the South African Army's Combat Training Centre, Lohatla (the exercise ended on Friday 6 November, the closing ceremony was on 8 November, SAnews, https://www.sanews.gov.za/africa/largest-au-military-exercise-kicks); SADC the lead regional community; named contributors South Africa, Nigeria, Angola and Kenya (a partial list)", reliability="A"),
]
def exercise(tid, name, organizers, participants, start, end, locations, focus, srcs):
    return {"id":tid,"name":name,"kind":"exercise","organizers":organizers,
            "participants":sorted(set(participants)),"period":{"start":start,"end":end},
            "locations":locations,"focus":focus,"sources":srcs}
trainings+=[
 exercise("african-lion-2022","African Lion 2022",["USA","MAR"],
     "BRA TCD FRA ITA NLD ESP GBR USA MAR GHA SEN TUN".split(),"2022-06-06","2022-06-30",
     ["MAR","GHA","SEN","TUN"],["interoperability"],["cases-african-lion-2022"]),
 exercise("african-lion-2025","African Lion 2025",["USA","MAR"],
     ("CMR CPV DJI FRA GMB GHA GNB HUN ISR KEN NLD NGA PRT MAR GBR USA "
      "EGY LBY ESP TUN BEN CIV LBR SEN TGO MRT").split(),"2025-04-14","2025-05-23",
     ["MAR","TUN","GHA","SEN"],["interoperability"],["cases-african-lion-2025"]),
 exercise("flintlock-2019","Flintlock 2019",["USA","BFA"],
     ("DZA BEN BFA CMR CPV TCD GHA GIN GNB MLI MRT MAR NER NGA SEN TUN "
      "AUT BEL CZE DNK FRA ITA JPN NLD NOR POL PRT ESP CHE GBR USA").split(),"2019-02-18","2019-03-01",
     ["BFA","MRT"],["interoperability"],["cases-flintlock-2019"]),
 exercise("flintlock-2020","Flintlock 2020",["USA","MRT"],
     ("BEN BFA CMR TCD CPV CIV GHA GIN MLI MRT MAR NER NGA SEN TGO "
      "AUT BEL BRA CAN CZE FRA DEU ITA JPN NLD NOR POL PRT ESP GBR USA").split(),"2020-02-17","2020-02-28",
     ["MRT","SEN"],["interoperability"],["cases-flintlock-2020"]),
 exercise("flintlock-2023","Flintlock 2023",["USA","GHA","CIV"],
     ("BFA CPV CMR TCD CIV GHA LBY MRT NER NGA SEN ZAF TGO MAR TUN "
      "AUT BEL BRA CAN CZE DNK FRA DEU ITA NLD POL ESP GBR USA").split(),"2023-03-01","2023-03-15",
     ["GHA","CIV"],["interoperability"],["cases-flintlock-2023"]),
 exercise("shared-accord-2018","Shared Accord 2018",["USA","RWA"],
     "AGO BWA GAB DEU MDG MWI MAR NLD COG RWA SEN USA ZMB".split(),"2018-08-14","2018-08-30",
     ["RWA"],["pre-deployment","interoperability"],["cases-shared-accord-2018"]),
 exercise("justified-accord-2017","Justified Accord 2017",["USA"],
     "DJI ETH KEN RWA SOM UGA FRA DEU ITA NLD GBR USA".split(),"2017-03-20","2017-03-24",
     ["ETH"],["command-and-staff"],["cases-justified-accord-2017"]),
 exercise("justified-accord-2024","Justified Accord 2024",["USA","KEN"],
     "USA KEN UGA RWA SOM DJI GBR TZA NLD ITA".split(),"2024-02-26","2024-03-07",
     ["KEN"],["interoperability"],["cases-justified-accord-2024"]),
 exercise("khaan-quest-2024","Khaan Quest 2024",["MNG","USA"],
     "MNG USA AUS CAN CHN EGY DEU HUN IDN JPN NPL PAK PHL QAT KOR SAU SGP TUR GBR VNM".split(),"2024-07-27","2024-08-08",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2024"]),
 exercise("garuda-canti-dharma-2022","Garuda Canti Dharma 2022",["IDN","USA"],
     "IDN USA ARG AUS BGD CAN FJI JPN MYS MNG NPL NZL PHL KOR ZAF LKA THA VNM".split(),"2022-07-18","2022-07-31",
     ["IDN"],["pre-deployment"],["cases-garuda-canti-dharma-2022"]),
 exercise("amani-africa-2015","Amani Africa II",["AU","SADC","ZAF"],
     "ZAF NGA AGO KEN".split(),"2015-10-19","2015-11-08",
     ["ZAF"],["interoperability"],["cases-amani-africa-2015"]),
]
# MINUSMA's support to the G5 Sahel Joint Force (issue 14), checked on 2026-12-07.
sources+=[
 src14("cases-unsc-2391-press","official-document","Security Council requests Secretary-General to conclude technical agreement for support to G5 Sahel Joint Force (SC/13112)","United Nations",
     "https://press.un.org/en/2017/sc13112.doc.htm: resolution 2391 (2017) of 8 December 2017 asked for a technical agreement between the UN, the EU and the G5 Sahel for MINUSMA's operational and logistical support to the Joint Force, the UN to be reimbursed through an EU-coordinated mechanism; the force reached initial operating capability on 17 October 2017", published="2017-12-08", reliability="A"),
 src14("cases-sg-report-g5-2018","official-document","Report of the Secretary-General on the Joint Force of the Group of Five for the Sahel (S/2018/432)","United Nations Secretary-General (text at docslib.org)",
     "https://docslib.org/doc/1545709: the technical agreement between the UN, the EU and the G5 Sahel was signed in Brussels on 23 February 2018; MINUSMA provides medical evacuation, fuel, water and rations, UN engineering equipment and help preparing the force's bases, to its units in Mali only; a separate EU-UN agreement transfers the funds (the EU's delegation agreement of EUR 10 million, https://africa-eu-partnership.org/en/projects/eu-support-g5-sahel-joint-force)", reliability="A"),
]
partnerships+=[
 {"id":"minusma-g5-sahel","name":"MINUSMA's support to the G5 Sahel Joint Force, funded by the EU","kind":"multilateral",
  "parties":[party("G5S","participant"),party("UN","supporting"),party("EU","supporting")],
  "domains":["logistics","funding"],
  "instruments":[{"kind":"resolution","title":"S/RES/2391 (2017): support to the G5 Sahel Joint Force","signed":"2017-12-08"},
                 {"kind":"mou","title":"Technical agreement between the United Nations, the European Union and the G5 Sahel","signed":"2018-02-23"}],
  "missions":["MINUSMA","FC-G5S"],
  "period":{"start":"2018-02-23","end":"2023-06-30"},
  "responsibilities":[
    {"actor":"UN","domain":"logistics","description":"MINUSMA's medical evacuation, fuel, water, rations, engineering equipment and help preparing bases for the Joint Force's units in Mali"},
    {"actor":"EU","domain":"funding","description":"reimburses the UN through an EU-coordinated mechanism"}],
  "sources":["cases-unsc-2391-press","cases-sg-report-g5-2018","unsc-res-2690-2023"]},
]
# Lessons learned of the cases (issue 14), from the reviews and studies their citations
# name, checked on 2026-12-07; each dated by its report's day where the source gives one
# (a month or a year only: undated, the citation says when). Paraphrased, never quoted at
# length.
sources+=[
 src14("cases-ipi-unsoa-2017","academic","UN Support to Regional Peace Operations: Lessons from UNSOA","International Peace Institute (Paul D. Williams)",
     "https://www.ipinst.org/2017/02/un-support-regional-peace-ops-unsoa: February 2017"),
 src14("cases-un-sc-12079","official-document","Briefing of the Under-Secretary-General for Field Support on UNSOA's strategic review (SC/12079)","United Nations",
     "https://www.un.org/press/en/2015/sc12079.doc.htm: 14 October 2015", published="2015-10-14", reliability="A"),
 src14("cases-ipi-paying-for-amisom-2017","academic","Paying for AMISOM: Are Politics and Bureaucracy Undermining the AU's Largest Peace Operation?","IPI Global Observatory (Paul D. Williams)",
     "https://theglobalobservatory.org/2017/01/amisom-african-union-peacekeeping-financing/: 11 January 2017", published="2017-01-11"),
 src14("cases-un-unamid-review-2014","official-document","Special report of the Secretary-General on UNAMID (S/2015/163), on the strategic review of 2014 (S/2014/138, 25 February 2014)","United Nations Secretary-General",
     "https://reliefweb.int/report/sudan/special-report-secretary-general-african-union-united-nations-hybrid-operation-darfur: the review, with the AU in its assessment team, named three impediments", reliability="A"),
 src14("cases-ipi-darfur-transition-2019","academic","Navigating Crisis and Opportunity: The Peacekeeping Transition in Darfur","International Peace Institute (Daniel Forti)",
     "https://csf-sudan.org/library/navigating-crisis-and-opportunity-the-peacekeeping-transition-in-darfur/: December 2019"),
 src14("cases-epon-minusma-2019","academic","Assessing the Effectiveness of the United Nations Mission in Mali (MINUSMA), EPON report 4/2019","Effectiveness of Peace Operations Network (NUPI, SIPRI)",
     "https://docslib.org/doc/681786 (also https://wathi.org/debat-id/wathinotes-paix-et-securite/assessing-the-of-the-united-nations-mission-in-mali-minusma): April 2019"),
 src14("cases-ipi-minusma-lessons-2024","academic","Emerging Lessons from MINUSMA's Experience in Mali","International Peace Institute, Stimson Center and Security Council Report",
     "https://www.ipinst.org/2024/07/emerging-lessons-from-minusmas-experience-in-mali: 30 July 2024, from a workshop of 13 June 2024", published="2024-07-30"),
 src14("cases-un-kosovo-2004-07","official-document","Report of the Secretary-General on the United Nations Interim Administration Mission in Kosovo (S/2004/613)","United Nations Secretary-General (text at docslib.org)",
     "https://docslib.org/doc/10244790/security-council-distr-general-30-july-2004: 30 July 2004", published="2004-07-30", reliability="A"),
 src14("cases-icg-collapse-in-kosovo-2004","academic","Collapse in Kosovo (Europe Report 155)","International Crisis Group",
     "http://balkanwitness.glypx.com/crisisgroup-collapse-in-kosovo.htm: 22 April 2004", published="2004-04-22"),
]
def lesson(lid, kind, text, date, partnerships, missions, domains, srcs):
    l={"id":lid,"kind":kind,"text":text}
    if date: l["date"]=date
    l.update({"partnerships":partnerships,"missions":missions,"domains":domains,"sources":srcs})
    return l
lessons=[
 lesson("amisom-logistics-control","lesson-learned",
     "Supporting a regional force from outside it, the UN's rules proved too slow and rigid for dispersed troops in sustained manoeuvre warfare: control of logistics should not be separated from control of operations, and AU and UN planning need closer links",
     None,["amisom-au-un-eu"],["AMISOM"],["logistics"],["cases-ipi-unsoa-2017"]),
 lesson("amisom-unsoa-overstretch","lesson-learned",
     "UNSOA's resources did not keep pace with its tasks: its clients grew from one to five, the personnel it supported from 8,000 to 33,000 and its area from 100 to over 400,000 square kilometres",
     "2015-10-14",["amisom-au-un-eu"],["AMISOM"],["logistics"],["cases-un-sc-12079"]),
 lesson("amisom-stipend-arrears","lesson-learned",
     "The EU's 20% cut of troop allowances and the long delays in paying them politicised relations between the AU, the troop contributors and the EU: a regional operation needs predictable funding",
     "2017-01-11",["amisom-au-un-eu"],["AMISOM"],["funding"],["cases-ipi-paying-for-amisom-2017"]),
 lesson("unamid-three-impediments","lesson-learned",
     "The strategic review of the hybrid operation named three impediments: the host government's lack of cooperation, capability shortfalls of troop and police contingents, and poor coordination inside the mission and with the UN country team",
     "2014-02-25",["unamid-au-un"],["UNAMID"],["security-provision"],["cases-un-unamid-review-2014"]),
 lesson("unamid-transition","lesson-learned",
     "The hybrid mission's transition was unusually hard: it was not integrated with the UN country team and began before a peace agreement; joint political engagement of the UN and AU councils and sustained financing were the priorities",
     None,["unamid-au-un"],["UNAMID"],["mediation","funding"],["cases-ipi-darfur-transition-2019"]),
 lesson("minusma-state-centred","lesson-learned",
     "A mandate of tasks in support of a state that some communities see as predatory, and a force that stayed in its camps and convoys, limited the mission's reach; putting politics first means engaging beyond the government and the signatory armed groups",
     None,["minusma-mali"],["MINUSMA"],["security-provision","mediation"],["cases-epon-minusma-2019"]),
 lesson("minusma-consent-and-resources","lesson-learned",
     "With no peace to keep, two coups and eroding host consent, a mission's mandate must be matched to its resources and rest on political consensus and partnerships",
     "2024-07-30",["minusma-mali"],["MINUSMA"],["security-provision"],["cases-ipi-minusma-lessons-2024"]),
 lesson("kosovo-march-2004-crisis","lesson-learned",
     "After the violence of March 2004, UNMIK's review called for a better flow of crisis information, the safety of staff, action by law enforcement and coordination with Kosovo's provisional institutions",
     "2004-07-30",["unmik-kfor-1244"],["UNMIK","KFOR"],["intelligence-sharing","policing"],["cases-un-kosovo-2004-07"]),
 lesson("kosovo-riots-exposed","lesson-learned",
     "The riots of March 2004 exposed the civil and security presences as weak and cost KFOR its aura of invincibility: the international presence had to be reshaped",
     "2004-04-22",["unmik-kfor-1244"],["UNMIK","KFOR"],["security-provision"],["cases-icg-collapse-in-kosovo-2004"]),
]
def took_part(who, mission, start, end, srcs, component="military"):
    period={"start":start}
    if end: period["end"]=end
    return {"contributor":who,"mission":mission,"component":component,
            "period":period,"sources":srcs}
participations=[
 took_part("UGA","AMISOM","2007-03-06","2022-03-31",["cases-reuters-amisom-uganda-2007","cases-atmis-military-component"]),
 took_part("BDI","AMISOM","2007-12-23","2022-03-31",["cases-bbc-amisom-burundi-2007","cases-atmis-military-component"]),
 took_part("DJI","AMISOM","2011-12-20","2022-03-31",["cases-newvision-amisom-djibouti-2011","cases-atmis-military-component"]),
 took_part("KEN","AMISOM","2012-06-02","2022-03-31",["cases-afp-amisom-kenya-2012","cases-atmis-military-component"]),
 took_part("ETH","AMISOM","2014-01-22","2022-03-31",["cases-ethiopia-amisom-2014","cases-atmis-military-component"]),
]+[took_part(who,"ATMIS","2022-04-01","2024-12-31",["cases-atmis-military-component"]) for who in ["UGA","BDI","KEN","ETH","DJI"]]
# Capacity building, Kosovo's division of tasks, the United Kingdom in Mali, civil-military
# coordination and technology (issue 14), checked on 2026-12-07 in the stored copies of the
# pages each citation names.
sources+=[
 # The EU's training missions as capacity building of local institutions.
 src14("cases-eu-council-eutm-mali-launch","official-document","EU training mission in Mali launched","Council of the European Union",
     "http://www.consilium.europa.eu/homepage/highlights/eu-training-mission-in-mali-launched: the Foreign Affairs Council launched EUTM Mali on 18 February 2013 (Council Decision 2013/87/CFSP), an advance party having reached Bamako on 8 February, about 500 staff; Council Decision 2013/34/CFSP of 17 January 2013 (https://www.legislation.gov.uk/eudn/2013/34/contents) gives it military and training advice to the Malian Armed Forces, with no combat role", published="2013-02-18", reliability="A"),
 src14("cases-eutm-mali-end-2024","media","EU winds down its military training mission in Mali","The Defense Post (9 May 2024), Abamako and UNN, quoting the EEAS and the High Representative",
     "https://thedefensepost.com/2024/05/09/eu-mali-military-training-2/: the member states decided not to extend EUTM Mali's mandate beyond 18 May 2024; the High Representative wrote the next day that the mission, ended on 18 May 2024, had trained more than 20,000 members of the Malian Armed Forces (https://unn.ua/en/news/eu-winds-down-its-military-training-mission-eutm-in-mali)", published="2024-05-09"),
 src14("cases-uk-eutm-mali-2013","media","UK troops to join EU training mission in Mali","Defence Viewpoints (the Ministry of Defence's announcement of 18 February 2013)",
     "http://defenceviewpoints.co.uk/ (article 4067): a UK team of 40 (21 of the 1st Battalion the Royal Irish Regiment, 12 mortar and artillery trainers, 4 headquarters staff, 3 Foreign Office civilians) and 6 Irish trainers, on the mission's launch day", published="2013-02-18", reliability="C"),
 src14("cases-eutm-mali-ddr-2016","official-document","Council Decision 2013/34/CFSP as amended by Decision (CFSP) 2016/446 of 23 March 2016 (consolidated text)","Council of the European Union (EUR-Lex)",
     "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A02013D0034-20170608: EUTM Mali to support the disarmament, demobilisation and reintegration process, upon Malian request and in coordination with MINUSMA", published="2016-03-23", reliability="A"),
 src14("cases-eeas-eucap-sahel-mali-2019","official-document","EUCAP Sahel Mali marks its fourth anniversary with a strengthened mandate","European External Action Service",
     "https://eeas.europa.eu/csdp-missions-operations/eucap-sahel-mali/56603/: since 2015 EUCAP Sahel Mali has trained more than 5,600 police, gendarmerie and national guard officers, 2,900 of them in 2018; launched on 15 January 2015 (Decision (CFSP) 2015/76); Council Decision 2014/219/CFSP of 15 April 2014 set it up to support Mali's internal security forces; Switzerland takes part under an agreement with the EU (Swiss foreign ministry statement, https://www.thenigerianvoice.com/news/213114)", published="2019-01-16", reliability="A"),
 src14("cases-eu-council-eutm-somalia-launch","official-document","Council adopts decision on the launch of EUTM Somalia (press release 8208/10)","Council of the European Union (copy at zoetendal.wordpress.com)",
     "https://zoetendal.wordpress.com/2010/04/05/council-adopts-decision-on-the-launch-of-eutm-somalia/: Decision 2010/197/CFSP of 31 March 2010 launches EUTM Somalia on 7 April 2010, training mainly in Uganda, in close cooperation with the UN, the AU, AMISOM and the United States (the EEAS factsheet of April 2016 says 10 April 2010)", published="2010-03-31", reliability="B"),
 src14("cases-eutm-somalia-2017","official-document","EUTM-S: inauguration ceremony of the training course for the Flame 2nd light infantry company","EU Training Mission Somalia",
     "https://www.eutm-somalia.eu/eutm-s-inauguration-ceremony-of-training-course-for-the-flame-2nd-light-infantry-company/: more than 5,500 Somali soldiers trained; 15 instructors from Italy, Spain, Germany, Portugal, the Netherlands, Sweden and Finland, with AMISOM's help (4 October 2017); Serbia has taken part since 2012 with more than 130 medical staff (Serbian Ministry of Defence, https://www.mod.gov.rs/eng/22514)", published="2017-10-04", reliability="A"),
 src14("cases-eeas-eutm-rca","official-document","EUTM-RCA visits the military infrastructures of Bouar camp; About EUTM RCA","European External Action Service",
     "https://eeas.europa.eu/headquarters/headquarters-homepage_en/84609/: EUTM RCA has trained over 6,000 soldiers, men and women, of the Central African Armed Forces (1 September 2020); launched on 16 July 2016 by Decision (CFSP) 2016/1137 (the EEAS's About page); contributors on 1 February 2017 (B2, https://www.bruxelles2.eu/en/2017/02/georgians-provide-defense-force-deutm-rca/, grade B): France 50, Georgia 35, Belgium 27, Spain 20, Portugal 10, Sweden 8, Serbia 6, Romania 4, Austria 3, Poland 2", published="2020-09-01", reliability="A"),
 # Kosovo: the division of tasks under resolution 1244.
 src14("cases-unmik-pillars-1999","official-document","UNMIK: the mission's first days (fact sheet of the UN Spokesman; report of the Secretary-General S/1999/672 of 12 June 1999 and S/1999/779 of 12 July 1999)","United Nations (archive copy at phdn.org)",
     "https://phdn.org/archives/www.ess.uwe.ac.uk/Kosovo/Kosovo-Closure14.htm: four components: interim civil administration (UN), humanitarian affairs (UNHCR), reconstruction (EU), institution building (OSCE); humanitarian affairs ended at the end of June 2000 (Italian Ministry of Defence, https://www.difesa.it/operazionimilitari/op-int-concluse/kosovounmik/default/32666.html)", published="1999-06-12", reliability="A"),
 src14("cases-osce-mik-1999","official-document","OSCE Mission in Kosovo (Permanent Council Decision No. 305)","Organization for Security and Co-operation in Europe",
     "http://www.osce.org/kosovo/43378 and https://reliefweb.int/report/serbia/osce-mission-kosovo: PC.DEC/305 of 1 July 1999 established the Mission from that day as a distinct component of UNMIK, leading on institution- and democracy-building and human rights", published="1999-07-01", reliability="A"),
 src14("cases-eu-pillar-iv-2008","media","UNMIK and the end of its pillar IV","Bruxelles2 (quoting the Secretary-General's notes of June-July 2008)",
     "https://www.bruxelles2.eu/en/2008/07/lonure-setsthespotsoflaminukaukosovo/: the European Commission would end, as of 30 June 2008, its financing of UNMIK's pillar IV, decided without consulting UN Headquarters, leaving UNMIK unable to replace the experts it paid (the passage was not found in the text of S/2008/354 read)", published="2008-07-01"),
 src14("cases-eulex-begins-2008","official-document","EULEX: operations begun on 9 December 2008; full operational capability on 6 April 2009","EULEX Kosovo",
     "https://eulex-kosovo.eu/sr/news/000159.php: EULEX began operations on 9 December 2008 under the UN's overall authority and status-neutral framework (presidential statement S/PRST/2008/44 of 26 November 2008, http://www.un.org/press/en/2008/sc9512.doc.htm, on the Secretary-General's report S/2008/692 of 24 November 2008)", published="2009-04-06", reliability="A"),
 src14("cases-hrw-kosovo-2004","academic","Failure to Protect: Anti-Minority Violence in Kosovo, March 2004","Human Rights Watch",
     "https://www.hrw.org/reports/2004/kosovo0704/6.htm (July 2004): KFOR, UNMIK police and the Kosovo Police Service almost completely lost control for about 48 hours on 17-18 March 2004; German KFOR commanders in Prizren refused requests for help from their UNMIK police counterparts; a KFOR spokesman answered on 26 July 2004 that KFOR had not failed (dpa)"),
 # The United Kingdom in Mali and the CJEF.
 src14("cases-hcws867-chinooks-2018","official-document","Written statement HCWS867: UK support to French operations in the Sahel","UK Parliament (Ministry of Defence)",
     "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statement/Commons/2018-07-18/HCWS867/: three RAF CH-47 Chinooks; all aircraft and personnel have now deployed (18 July 2018); the helicopters arrived in Mali on 18 July (Air & Cosmos); British personnel not to be involved in combat operations (HCWS413, 18 January 2018)", published="2018-07-18", reliability="A"),
 src14("cases-cjef-foc-2020","official-document","Joint Anglo-French statement on the anniversary of the Lancaster House treaties","French Ministry of the Armed Forces and UK Ministry of Defence (copy at defense-aerospace.com)",
     "https://www.defense-aerospace.com/articles-view/release/3/214092/: on 2 November 2020 the two ministers announced the Combined Joint Expeditionary Force's full operating capability (over 10,000 personnel, gov.uk)", published="2020-11-02", reliability="A"),
 src14("cases-griffin-strike-2019","official-document","Griffin Strike 2019: a major Franco-British amphibious exercise off Scotland","French Ministry of the Armed Forces",
     "https://archives.defense.gouv.fr/operations/ponctuelles/autres-operations/griffin-strike-2019-manoeuvre-amphibie-franco-britannique-majeure-au-large-de-l-ecosse.html: tactical phase from Monday 7 October to 18 October 2019 off Glasgow, about 2,000 personnel, qualifying the CJEF's maritime command (with NATO's Joint Warrior; Naval Today, 24 October 2019)", reliability="A"),
 src14("cases-griffin-strike-2016","official-document","France-UK defence ties: ambition, credibility, interoperability","Embassy of France in the United Kingdom",
     "https://uk.ambafrance.org/France-UK-defence-ties-ambition-credibility-interoperability: Griffin Strike, 10 to 23 April 2016, the CJEF's full validation exercise (forcesoperations.com gives 14 to 23 April, about 5,500 troops, 2,040 of them French); on Salisbury Plain, with the headquarters at RAF St Mawgan, the Bristol Channel and Pembrokeshire (British Army, 19 April 2016)", reliability="A"),
 # Civil-military coordination and technology.
 src14("cases-amisom-ocha-cmcoord-2014","official-document","AMISOM and OCHA issue guidelines for civil-military coordination in Somalia","Ethiopian Ministry of Foreign Affairs (copy at topicsexpress.com); the guidelines' draft at vdocuments.net",
     "http://www.topicsexpress.com/News-AMISOM-and-OCHA-issue-guidelines-for-civil-military-topic-999541833406393: the Special Representative for AMISOM (Sidikou) and the UN's Humanitarian Coordinator (Lazzarini) launched the Somalia Country Specific Humanitarian Civil-Military Coordination Guidelines on Monday 24 November 2014 (the draft is dated 24 November 2014)", published="2014-11-24", reliability="C"),
 src14("cases-un-news-monusco-uas-2013","official-document","UN launches unmanned surveillance aircraft to better protect civilians in vast DR Congo","UN News",
     "https://news.un.org/en/story/2013/12/456942: the UN's first unmanned aerial vehicles, launched in Goma on 3 December 2013; two began trial flights (Naharnet); Falco aircraft of Selex ES (Finmeccanica, Italy) under a commercial contract signed in July 2013 (defenceWeb, https://www.defenceweb.co.za/aerospace/aerospace-aerospace/drc-drones-take-to-the-sky-for-the-first-time/)", published="2013-12-03", reliability="A"),
 src14("cases-heron-minusma-2016","media","German Herons fully operational in Mali","defenceWeb",
     "https://www.defenceweb.co.za/aerospace/aerospace-aerospace/german-herons-fully-operational-in-mali/: Germany's Heron 1 unmanned aircraft flew their first operational mission for MINUSMA from Gao on 1 November 2016, three aircraft and two ground stations (https://usm.journal-aviation.com/actualites-defense-espace/lallemagne-va-envoyer-des-heron-1-au-mali-20160706.html); full operational capability reported to the UN on 1 February 2017"),
]
actors+=[
 {"id":"SELEX-ES","name":"Selex ES","kind":"private-sector","country":"ITA","sources":["cases-un-news-monusco-uas-2013"]},
]
# A programme's participants are those that take part throughout: the host state whose
# institutions it builds. The contributors the sources name at one date (the UK's team in
# EUTM Mali at its launch, EUTM RCA's ten contributors of 1 February 2017) are in the
# citations, not listed as participants for the programme's whole period.
def programme(tid, name, organizers, participants, start, end, locations, focus, institutions, srcs):
    t={"id":tid,"name":name,"kind":"programme","organizers":organizers,
       "participants":sorted(set(participants)),"period":{"start":start}}
    if end: t["period"]["end"]=end
    t.update({"locations":locations,"focus":focus,"institutions":institutions,"sources":srcs})
    return t
def built(kind, country, description):
    return {"kind":kind,"country":country,"description":description}
trainings+=[
 programme("eutm-mali","EU Training Mission in Mali (EUTM Mali)",["EU"],["MLI"],"2013-02-18","2024-05-18",["MLI"],[],
     [built("military","MLI","the Malian Armed Forces (FAMa): more than 20,000 of their members trained by the mission's end on 18 May 2024, as the High Representative wrote")],
     ["cases-eu-council-eutm-mali-launch","cases-eutm-mali-end-2024","cases-uk-eutm-mali-2013"]),
 programme("eucap-sahel-mali","EU Capacity Building Mission in Mali (EUCAP Sahel Mali)",["EU"],["MLI"],"2015-01-15",None,["MLI"],["policing"],
     [built("police","MLI","Mali's police, gendarmerie and national guard: more than 5,600 officers trained from 2015 to January 2019, 2,900 of them in 2018")],
     ["cases-eeas-eucap-sahel-mali-2019"]),
 programme("eutm-somalia","EU Training Mission in Somalia (EUTM Somalia)",["EU"],["SOM"],"2010-04-07",None,["UGA"],[],
     [built("military","SOM","the Somali National Army: more than 5,500 soldiers trained by 4 October 2017")],
     ["cases-eu-council-eutm-somalia-launch","cases-eutm-somalia-2017"]),
 programme("eutm-rca","EU Training Mission in the Central African Republic (EUTM RCA)",["EU"],["CAF"],"2016-07-16",None,["CAF"],[],
     [built("military","CAF","the Central African Armed Forces (FACA): over 6,000 soldiers, men and women, trained by 1 September 2020")],
     ["cases-eeas-eutm-rca"]),
 exercise("griffin-strike-2016","Griffin Strike 2016",["FRA","GBR"],["FRA","GBR"],"2016-04-10","2016-04-23",["GBR"],
     ["interoperability","command-and-staff"],["cases-griffin-strike-2016"]),
 exercise("griffin-strike-2019","Griffin Strike 2019",["FRA","GBR"],["FRA","GBR"],"2019-10-07","2019-10-18",["GBR"],
     ["interoperability","command-and-staff"],["cases-griffin-strike-2019"]),
]
partnerships+=[
 {"id":"eutm-mali-minusma","name":"EUTM Mali's support to disarmament, demobilisation and reintegration in coordination with MINUSMA","kind":"un-regional",
  "parties":[party("EU","participant"),party("UN","participant")],
  "domains":["capacity-building"],
  "instruments":[{"kind":"resolution","title":"Council Decision (CFSP) 2016/446 amending Decision 2013/34/CFSP on EUTM Mali","signed":"2016-03-23"}],
  "missions":["EUTM-Mali","MINUSMA"],
  "period":{"start":"2016-03-23","end":"2023-12-31"},
  "responsibilities":[
    {"actor":"EU","domain":"capacity-building","description":"EUTM Mali supports the disarmament, demobilisation and reintegration process on Mali's request, in coordination with MINUSMA (to MINUSMA's end)"}],
  "sources":["cases-eutm-mali-ddr-2016","unsc-res-2690-2023"]},
 {"id":"eutm-somalia-amisom","name":"EUTM Somalia in close cooperation with AMISOM","kind":"un-regional",
  "parties":[party("EU","participant"),party("AU","participant")],
  "domains":["capacity-building","training"],
  "instruments":[{"kind":"resolution","title":"Council Decision 2010/197/CFSP launching EUTM Somalia","signed":"2010-03-31"}],
  "missions":["EUTM-Somalia","AMISOM"],
  "period":{"start":"2010-04-07","end":"2022-03-31"},
  "responsibilities":[
    {"actor":"EU","domain":"training","description":"trains the Somali National Army (first in Uganda), in close cooperation with the UN, the AU and AMISOM (to AMISOM's end)"}],
  "sources":["cases-eu-council-eutm-somalia-launch","cases-eutm-somalia-2017"]},
 {"id":"unmik-unhcr-humanitarian","name":"UNMIK's humanitarian component, led by UNHCR","kind":"civil-military",
  "parties":[party("UN","lead"),party("UNHCR","participant")],
  "forms":["embedded"],
  "domains":["humanitarian-assistance"],
  "instruments":[{"kind":"resolution","title":"S/RES/1244 (1999): the international civil presence, in the four components of the Secretary-General's report S/1999/672 of 12 June 1999","signed":"1999-06-10"}],
  "missions":["UNMIK"],
  "period":{"start":"1999-06-12","end":"2000-06-30"},
  "responsibilities":[
    {"actor":"UNHCR","domain":"humanitarian-assistance","description":"humanitarian affairs (UNMIK's first component) until the end of June 2000"}],
  "sources":["cases-unmik-pillars-1999","unsc-res-1244-1999"]},
 {"id":"unmik-osce","name":"UNMIK's institution-building component: the OSCE Mission in Kosovo","kind":"un-regional",
  "parties":[party("UN","lead"),party("OSCE","participant")],
  "forms":["embedded"],
  "domains":["capacity-building","policing"],
  "instruments":[{"kind":"resolution","title":"OSCE Permanent Council Decision No. 305 (PC.DEC/305): the OSCE Mission in Kosovo","signed":"1999-07-01"}],
  "missions":["UNMIK"],
  "period":{"start":"1999-07-01"},
  "responsibilities":[
    {"actor":"OSCE","domain":"capacity-building","description":"institution- and democracy-building and human rights, police and judicial training, elections, as a distinct component of UNMIK"}],
  "sources":["cases-osce-mik-1999","cases-unmik-pillars-1999"]},
 {"id":"unmik-eu-reconstruction","name":"UNMIK's reconstruction and economic development component, led by the EU","kind":"un-regional",
  "parties":[party("UN","lead"),party("EU","participant")],
  "forms":["embedded"],
  "domains":["reconstruction","funding"],
  "instruments":[{"kind":"resolution","title":"S/RES/1244 (1999): the international civil presence, in the four components of the Secretary-General's report S/1999/672 of 12 June 1999","signed":"1999-06-10"}],
  "missions":["UNMIK"],
  "period":{"start":"1999-06-12","end":"2008-06-30"},
  "responsibilities":[
    {"actor":"EU","domain":"reconstruction","description":"reconstruction and economic development (UNMIK's fourth pillar), financed by the European Commission until 30 June 2008"}],
  "sources":["cases-unmik-pillars-1999","cases-eu-pillar-iv-2008","unsc-res-1244-1999"]},
 {"id":"unmik-eulex","name":"EULEX Kosovo under the UN's overall authority and status-neutral framework","kind":"un-regional",
  "parties":[party("UN","participant"),party("EU","participant")],
  "domains":["policing"],
  "instruments":[{"kind":"resolution","title":"S/PRST/2008/44: the Security Council welcomes the Secretary-General's report S/2008/692","signed":"2008-11-26"}],
  "missions":["UNMIK","EULEX-Kosovo"],
  "period":{"start":"2008-12-09"},
  "responsibilities":[
    {"actor":"EU","domain":"policing","description":"EULEX took over police, justice and customs tasks from UNMIK from 9 December 2008 (full operational capability on 6 April 2009)"}],
  "sources":["cases-eulex-begins-2008"]},
 {"id":"amisom-ocha-cmcoord","name":"Humanitarian civil-military coordination in Somalia: AMISOM and OCHA","kind":"civil-military",
  "parties":[party("AU","participant"),party("OCHA","participant")],
  "domains":["humanitarian-assistance"],
  "instruments":[{"kind":"exchange-of-letters","title":"Somalia Country Specific Humanitarian Civil-Military Coordination Guidelines, issued jointly","signed":"2014-11-24"}],
  "missions":["AMISOM"],
  "period":{"start":"2014-11-24","end":"2022-03-31"},
  "sources":["cases-amisom-ocha-cmcoord-2014"]},
]
frictions+=[
 friction("kosovo-march-2004-kfor-unmik-police","unmik-kfor-1244","communication-barrier","high","2004-03-17",["NATO","UN"],
     "In the riots of 17-18 March 2004, KFOR, UNMIK police and the Kosovo Police Service almost completely lost control for about 48 hours; in Prizren, German KFOR commanders refused their UNMIK police counterparts' requests for help (Human Rights Watch; KFOR denied having failed)",
     ["cases-hrw-kosovo-2004"]),
 friction("unmik-pillar-iv-funding-2008","unmik-eu-reconstruction","resource-dispute","moderate","2008-06-30",["EU","UN"],
     "The European Commission ended its financing of UNMIK's reconstruction pillar as of 30 June 2008, decided, the Secretary-General wrote, without consulting UN Headquarters, leaving UNMIK unable to replace the experts it had paid",
     ["cases-eu-pillar-iv-2008"]),
]
contributions=[
 {"contributor":"GBR","mission":"Barkhane","date":"2018-07-18","what":{"asset":{"capability":"helicopters","quantity":3}},"source":"cases-hcws867-chinooks-2018"},
 {"contributor":"SELEX-ES","mission":"MONUSCO","date":"2013-12-03","what":{"asset":{"capability":"isr-drones","quantity":2}},"source":"cases-un-news-monusco-uas-2013"},
 {"contributor":"DEU","mission":"MINUSMA","date":"2016-11-01","what":{"asset":{"capability":"isr-drones","quantity":3}},"source":"cases-heron-minusma-2016"},
]
sources+=[
 src14("cases-unsc-2746-2024","official-document","Security Council resolution 2746 (2024): MONUSCO authorized to support the SADC Mission in the DR Congo","United Nations Security Council (press release SC/15785)",
     "https://press.un.org/en/sc15785.doc.htm: adopted on 6 August 2024, authorizing MONUSCO to support SAMIDRC; the SADC Summit of 13 March 2025 terminated SAMIDRC's mandate (SADC communiqué, https://diramakini.co.tz/2025/03/communique-of-extraordinary-summit-of.html)", published="2024-08-06", reliability="A"),
]
partnerships+=[
 {"id":"monusco-samidrc","name":"MONUSCO's support to the SADC Mission in the DR Congo","kind":"un-regional",
  "parties":[party("SADC","lead"),party("UN","supporting")],
  "instruments":[{"kind":"resolution","title":"S/RES/2746 (2024): MONUSCO authorized to support SAMIDRC","signed":"2024-08-06"}],
  "missions":["MONUSCO","SAMIDRC"],
  "period":{"start":"2024-08-06","end":"2025-03-13"},
  "sources":["cases-unsc-2746-2024"]},
]
# The CJEF's full operating capability, an instrument of the Lancaster House co-operation.
next(p for p in partnerships if p["id"]=="lancaster-house-2010")["instruments"].append(
 {"kind":"exchange-of-letters","title":"Joint statement: the Combined Joint Expeditionary Force at full operating capability","signed":"2020-11-02"})
next(p for p in partnerships if p["id"]=="lancaster-house-2010")["sources"].append("cases-cjef-foc-2020")
# France and the United Kingdom's frictions, the UK in MINUSMA, KFOR's partner contingents,
# and lessons of the AU, the EU and the UN's Kosovo review (issue 14), checked on
# 2026-12-07 in the stored copies of the pages each citation names.
sources+=[
 src14("cases-reuters-aukus-2021","media","France cancels defence meeting with Britain amid submarine row","Reuters (copy at Yahoo Finance); The Guardian, as reported by ANSA",
     "https://ca.finance.yahoo.com/news/1-france-cancels-defence-meeting-201158504.html: Paris, 19 September 2021: France cancelled the meeting of its armed forces minister Florence Parly with the UK defence secretary Ben Wallace planned for that week, and the Franco-British Council's defence conference was put off (its co-chair: 'postponed to a later date'), after the AUKUS pact of 15 September; a UK official called it a postponement (Politico, 20 September 2021)", published="2021-09-19"),
 src14("cases-guardian-libya-2011","media","Libya: France and Britain at odds over NATO's role","The Guardian",
     "https://www.theguardian.com/world/2011/mar/22/sarkozy-nato-libya-france: 22 March 2011: President Sarkozy opposed handing command of the Libya operation to NATO and the French representative walked out of the North Atlantic Council on Monday 21 March; diplomats said he had angered Britain and the United States by announcing French aircraft airborne before telling his partners", published="2011-03-22"),
 src14("cases-europe1-carriers-2012","media","Avion de combat : Paris déçu du choix de la GB","Europe 1",
     "https://www.europe1.fr/international/Avion-de-combat-Paris-decu-du-choix-de-la-GB-825176: on 11 May 2012, the day after the UK chose the F-35B short take-off jet for its carriers, the French foreign ministry's spokesman said the choice risked limiting the two navies' carrier cooperation, which France regretted", published="2012-05-11"),
 src14("cases-hcws413-caveat-2018","official-document","Written statement HCWS413 and the Prime Minister's office on the UK-France summit","UK Parliament; Rotor & Wing (19 January 2018)",
     "https://www.rotorandwing.com/2018/01/19/uk-send-chinooks-bolster-french-counterterrorism-efforts-mali/: the UK would send three Chinooks to support France in Mali, British personnel not to be involved in combat operations (18 January 2018, the Sandhurst summit); a French defence blog judged in May 2020 that they had almost no caveats (https://lemamouth.blogspot.com/2020/05/thank-you.html)", published="2018-01-18", reliability="A"),
 src14("cases-uk-lrrg-minusma","official-document","UK deploys troops to Mali; Camp Bagnold gifting to the UN (written statement HCWS196)","UK Government and Parliament (copies at urdupoint.com and parallelparliament.co.uk)",
     "the government's statement of 3 December 2020: the main body of the Long Range Reconnaissance Group arrived in Mali on Wednesday [2 December 2020], the rest to follow on 8 December, 250 troops and a support element of 50 (Hansard, 3 December 2020); HCWS196 of 18 January 2024: the UK contributed to MINUSMA from December 2020 to February 2023 (the end recorded on the last day of that month, by the dataset's convention); the early withdrawal was announced on 14 November 2022 (Hansard)", published="2024-01-18", reliability="A"),
 src14("cases-russia-kfor","media","Russian troops in Kosovo: arrival and withdrawal","Associated Press (26 June 1999); NATO (2 July 2003); ITAR-TASS via Wikinews (23 July 2003)",
     "https://apnews.com/1ffec6344c177cf5d3bb8223aa3c85dc: about 200 Russian troops from Bosnia took Slatina airport at Pristina on 12 June 1999; NATO held a farewell ceremony for the Russian contingent in Pristina on 2 July 2003 (https://www.nato.int/docu/update/2003/07-july/e0702a.htm); ITAR-TASS: the last of ten troop trains left on 23 July and the commander with 50 troops were to fly out on 24 July 2003, the end recorded (an announced day)"),
 src14("cases-austria-kfor","official-document","Austrian KFOR contingent (AUCON)","Austrian Armed Forces; a contingent history (yumpu.com copy)",
     "https://www.bmlv.gv.at/ausle/kfor/index.shtml: the Council of Ministers decided on 25 June 1999 and the National Council approved on 1 July 1999; a contingent history has the advance party at Camp Casablanca on 24 June 1999 (https://www.yumpu.com/de/document/view/19031367/untitled-ogstat/11, the start recorded); still deployed", reliability="B"),
 src14("cases-sweden-kfor","official-document","Homecoming soldiers thanked; the last Swedish troop contribution leaves the Balkans","Swedish Armed Forces",
     "https://www.forsvarsmakten.se/sv/aktuellt/2009/10/hemkomna-soldater-tackades/: the first Swedish soldiers entered Kosovo on 25 October 1999; the troop contribution ended in October 2013 (https://www.forsvarsmakten.se/sv/aktuellt/2013/10/sista-svenska-truppinsatsen-lamnar-balkan/), staff officers remaining, so the participation is open", reliability="A"),
 src14("cases-moldova-kfor","official-document","Moldovan peacekeepers deployed to Kosovo","Ministry of Defence of the Republic of Moldova",
     "https://army.md/?lng=3&action=show&cat=122&obj=2565: after Parliament's decision of 1 November 2013, 41 Moldovan troops flew to Kosovo on 8 March 2014 and their flag was raised on 10 March 2014; still deployed", published="2014-03-10", reliability="A"),
 src14("cases-eca-sr-15-2018","official-document","Special report 15/2018: Strengthening the capacity of the internal security forces in Niger and Mali: only limited and slow progress","European Court of Auditors",
     "https://www.eca.europa.eu/sites/ep/en/Pages/DocItem.aspx?did=46030 (press release of 14 June 2018; the report at https://docslib.org/doc/11209281/)", published="2018-06-14", reliability="A"),
 src14("cases-au-madeira-2017","official-document","2017 was hugely successful, challenges still lurk, says AU Special Representative","African Union Mission in Somalia (ReliefWeb)",
     "https://reliefweb.int/report/somalia/2017-was-hugely-successful-challenges-still-lurk-says-au-special-representative: 21 December 2017, the Special Representative Francisco Madeira", published="2017-12-21", reliability="A"),
 src14("cases-un-eide-2004","official-document","Letter of the Secretary-General of 17 November 2004 transmitting the comprehensive review of Kosovo by Kai Eide (S/2004/932)","United Nations Secretary-General (summary by Global Policy Forum, 26 August 2004)",
     "S/2004/932 of 30 November 2004; https://www.globalpolicy.org/security/issues/kosovo1/2004/0826reversal.htm: the review, conveyed on 6 August 2004, found the international effort static, inward-looking and fragmented and recommended faster transfer of powers to Kosovo's institutions", published="2004-11-30", reliability="A"),
 src14("cases-borrell-2023","media","Borrell: the EU learned from Mali and the Central African Republic","Agenzia Nova and EFE, reporting the High Representative's keynote at the Schuman Security and Defence Forum",
     "https://eeas.europa.eu/eeas/schuman-security-and-defence-forum-keynote-speech-high-representativevice-president-josep-borrell_en: 21 March 2023; the passage on equipment was read in the press reports (agenzianova.com, 21 March 2023), not in the EEAS page's excerpt", published="2023-03-21"),
]
frictions+=[
 friction("lancaster-libya-command-2011","lancaster-house-2010","divergent-interests","moderate","2011-03-21",["FRA","GBR"],
     "Over Libya, France opposed handing political leadership of the operation to NATO and its representative walked out of the North Atlantic Council; Britain, which wanted NATO to lead, was angered, as it had been when France announced its aircraft airborne before telling its partners",
     ["cases-guardian-libya-2011"]),
 friction("lancaster-carriers-f35b-2012","lancaster-house-2010","divergent-interests","low","2012-05-11",["FRA","GBR"],
     "The UK's switch to the F-35B short take-off jet for its carriers, which France said risked limiting the two navies' carrier cooperation, a cooperation the Lancaster House treaties had put forward",
     ["cases-europe1-carriers-2012"]),
 friction("lancaster-chinook-caveat-2018","lancaster-house-2010","national-caveats","low","2018-01-18",["GBR","FRA"],
     "The UK sent its three Chinooks to support France's Barkhane on condition that British personnel would not be involved in combat operations, a caveat French sources later judged slight",
     ["cases-hcws413-caveat-2018"]),
 friction("lancaster-aukus-2021","lancaster-house-2010","divergent-interests","moderate","2021-09-19",["FRA","GBR"],
     "After the AUKUS pact cost France its Australian submarine contract, France called off its defence minister's meeting with the UK defence secretary and the Franco-British Council's defence conference",
     ["cases-reuters-aukus-2021"]),
]
participations+=[
 took_part("GBR","MINUSMA","2020-12-02","2023-02-28",["cases-uk-lrrg-minusma"]),
 took_part("RUS","KFOR","1999-06-12","2003-07-24",["cases-russia-kfor"]),
 took_part("AUT","KFOR","1999-06-24",None,["cases-austria-kfor"]),
 took_part("SWE","KFOR","1999-10-25",None,["cases-sweden-kfor"]),
 took_part("MDA","KFOR","2014-03-08",None,["cases-moldova-kfor"]),
]
# KFOR's contributing nations over time (issue 14, a search of 2026-12-07): the day the
# first troops entered Kosovo where a source gives it; else, said in the citation, the day
# the first troops left home or came under KFOR's command. A start or end known only by its
# month is recorded as the month's last day (the dataset's convention: present by then, or
# until then); an end known only as "gone by" a dated report is recorded as that report's
# day. Nations whose participation was seen without a month, or only as a government's
# decision or announcement, are listed in docs/datasets.md, not recorded.
sources+=[
 src14("cases-kfor-entry-1999","media","NATO troops enter Kosovo (AP and others, 12-13 June 1999)","Associated Press (Lubbock Avalanche-Journal) and national defence pages",
     "British paratroops and Gurkhas were the first NATO soldiers into Kosovo on 12 June 1999 (03:05 GMT), with U.S. Task Force Falcon's advance elements, French and German troops the same day (http://lubbockonline.com/stories/061399/wor_061399071.shtml); the Bundeswehr's first KFOR forces crossed on 12 June 1999 (the Bundestag's decision of 11 June); Italy's contingent entered at midnight of 12 June and reached Pec on 14 June (Agenzia Nova, 20 September 2019, https://www.agenzianova.com/); all five still contribute in 2025", published="1999-06-13"),
 src14("cases-kfor-france-2014","media","Le dernier contingent français quitte le Kosovo","French press (farewell ceremony at Camp de Lattre de Tassigny)",
     "8 February 2014: farewell ceremony of the last 320 French soldiers of KFOR, ending France's participation begun on 12 June 1999; France rejoined with troops in January 2024 (no day seen, not recorded)", published="2014-02-08"),
 src14("cases-kfor-netherlands","official-document","The Netherlands in KFOR","vredesmissies.nl and the Dutch Ministry of Defence",
     "the first Dutch KFOR personnel (four forward air controllers) entered Kosovo with German troops on 12 June 1999; the artillery and engineer battalions were withdrawn by 8 August 2000 (the end recorded); staff at NATO's headquarters stayed to early 2017 and the Netherlands rejoined in April 2025 (no days seen, not recorded)"),
 src14("cases-kfor-spain","media","Spain's KFOR contingent","Spanish press",
     "22 June 1999: the first 1,200 troops of the Legion's brigade 'Rey Alfonso XIII' set off for Kosovo (the day they left Spain, the start recorded); 19 September 2009: the last 88 Spanish personnel landed at Getafe"),
 src14("cases-kfor-belgium","media","La mission belge au Kosovo se termine; derniers militaires belges rentrés du Kosovo","VRT (deredactie.be)",
     "the first Belgian troops of the BELUKOS battalion left Belgium on 9 August 1999 (the start recorded; http://deredactie.be/cm/vrtnieuws.francais/infos/1.577516); the last 14 left Kosovo 'this Wednesday' in a report of Thursday 1 April 2010, 31 March 2010 (https://www.vrt.be/vrtnws/fr/2010/04/01/derniers_militairesbelgesrentresdukosovo-1-749687/); Belgium rejoined in April 2025 (no day, not recorded)", published="2010-04-01"),
 src14("cases-kfor-portugal","official-document","Portugal in KFOR","Portuguese Armed Forces General Staff (EMGFA) and Portuguese press",
     "6 July 1999: the first 13 Portuguese special-operations officers left for Kosovo (the start recorded); 28 April 2017: the last day of Portuguese operational activity in KFOR (EMGFA; a later article gives 1999-2019); Portugal rejoined in September 2024 (no day, not recorded)"),
 src14("cases-kfor-denmark","media","Danish KFOR contingent","Danish press",
     "31 July 1999: the first Danish advance party, 286 soldiers, arrived at camp 'Holger Danske'; still contributing (a guard platoon and staff in 2025)"),
 src14("cases-kfor-norway","official-document","KFOR marks the completion of Norway's contribution","NATO KFOR",
     "Norwegian special forces entered Pristina in the night to 12 June 1999 with the British; a ceremony at KFOR's headquarters on 28 August 2020 marked the completion of Norway's contribution (a Norwegian source says 31 August 2020)", published="2020-08-28"),
 src14("cases-kfor-turkey","media","Turkish troops leave for Kosovo","Turkish press",
     "1 July 1999: the first Turkish troops left a base in Ankara for Kosovo by road (the start recorded); still contributing (a commando battalion in 2023)", published="1999-07-01"),
 src14("cases-kfor-czechia","official-document","The Czech contingent in KFOR","Czech Ministry of Defence",
     "12 July 1999: the 6th reconnaissance company (126 soldiers) came under the KFOR commander's operational control (the start recorded; its entry into Kosovo not dated); still contributing"),
 src14("cases-kfor-slovakia","media","Slovakia in KFOR","The Slovak Spectator, Blic, Eurasia Review, and a report citing KFOR",
     "September 1999: the first unit of about 40 Slovak engineers arrived, with the Austrian battalion (recorded as 30 September 1999, the month's last day); parliament approved the withdrawal on 26 October 2010 and the last soldiers left in November 2010 (Blic, 19 November: by the end of that week; recorded as 30 November 2010); Slovakia rejoined with a flag-raising at KFOR's headquarters on 14 May 2025 (https://balkan.news-pravda.com/world/2025/05/14/82543.html)"),
 src14("cases-kfor-croatia","official-document","Croatia in KFOR","Croatian Ministry of Defence",
     "1 July 2009: the first Croatian contingent, 20 troops with two Mi-17 helicopters, sent to KFOR under the Sabor's decision; still contributing", reliability="A"),
 src14("cases-kfor-estonia","media","Estonian Defence Forces conclude participation in NATO-led Kosovo mission","ERR News",
     "https://news.err.ee/873992/: Estonia in KFOR since November 1999 (ESTPATROL-1, 10 soldiers; recorded as 30 November 1999); the exit ceremony at KFOR's headquarters on Tuesday 30 October 2018, the last Estonian serviceman leaving (KFOR's page, https://jfcnaples.nato.int/kfor/, reports the ceremony)", published="2018-10-30"),
 src14("cases-kfor-slovenia","official-document","Kosovo","Slovenian Armed Forces",
     "https://www.slovenskavojska.si/en/in-the-service-of-peace/international-operations-and-missions/kosovo/: the first members of the Slovenian Armed Forces deployed to Kosovo in January 2000 (recorded as 31 January 2000), within other nations' units until Slovenia's own battalion of February 2007; still contributing", reliability="A"),
 src14("cases-kfor-bulgaria","official-document","KFOR","Bulgarian Joint Forces Command",
     "https://jfc.armf.bg/Kosovo/45:160.html: a Bulgarian engineer-construction platoon began its participation with the 1st Dutch engineer battalion in February 2000 (recorded as 29 February 2000); still contributing", reliability="A"),
 src14("cases-kfor-romania","media","Romania has 55 soldiers in KFOR","România Liberă",
     "Romania's presence in KFOR began in March 2000 with psychological-operations officers (recorded as 31 March 2000); still contributing (an infantry company added in October 2023)"),
 src14("cases-kfor-ireland","official-document","Ireland in KFOR","The Irish Times; RTÉ; Government of Ireland",
     "a 104-strong Irish transport company arrived at Camp Clarke, Lipljan, in August 1999 (recorded as 31 August 1999); the main contingent stood down on 15 April 2010 (RTÉ), about 12 Irish personnel remain (gov.ie), so the participation is open"),
 src14("cases-kfor-ukraine","media","Ukraine in KFOR","RIA Novosti citing Ukraine's Ministry of Defence; Reuters; Sputnik Serbia",
     "Ukraine's contingent (a helicopter detachment and a special company) took part in KFOR from 1 September 1999 (Ukraine's Ministry of Defence; it landed at Skopje on 22 August); its return was announced on 3 August 2022 (Reuters) and its members were reported gone by 17 October 2022 (the end recorded, https://sputnikportal.rs/amp/20221017/)"),
 src14("cases-kfor-armenia","media","Armenian peacekeepers in Kosovo","News Armenia; RFE/RL (Azatutyun)",
     "Armenia's first peacekeeping platoon (34) served in KFOR within the Greek battalion from 12 February 2004 (https://newsarmenia.am/) until February 2012 (recorded as 29 February 2012), when most of the Greek battalion left; 35 Armenian soldiers flew to Kosovo on 6 July 2012 (https://www.azatutyun.am/a/24637547.html), still contributing", published="2012-07-06"),
 src14("cases-kfor-georgia","media","Georgia's peacekeepers in Kosovo","Wikipedia (the first deployment); Georgian and Russian press (the withdrawal)",
     "the first Georgian platoon (34) left for Kosovo on 31 August 1999 (a Wikipedia page only, grade C; the start recorded); Georgia's 180 peacekeepers were flown home on 15-16 April 2008, the withdrawal complete on 16 April 2008", reliability="C"),
 src14("cases-kfor-azerbaijan","official-document","KFOR Chronicle 2002/10; reports of Azerbaijan's withdrawal","NATO KFOR; AFP; TimeTürk",
     "an Azerbaijani platoon served with the Turkish battalion in Dragaš from September 1999 (NATO's KFOR Chronicle; recorded as 30 September 1999); Azerbaijan's parliament voted on 4 March 2008 to withdraw it, and it had withdrawn by 17 April 2008 (the end recorded, https://www.timeturk.com/tr/2008/04/17/azerbaycan-kosova-daki-askerlerini-cekti.html)"),
 src14("cases-kfor-mongolia","official-document","Mission overview","Peace Support Operations Training Center of Mongolia",
     "https://www.psotc.gov.mn/en/2021/06/03/mission-overview-2/: a Mongolian infantry platoon served in KFOR with the Belgian company from October 2005 to October 2007 (recorded as 31 October 2005 and 31 October 2007), two contingents", reliability="A"),
 src14("cases-kfor-iceland","media","The Nordic Countries and the European Security and Defence Policy (p. 335)","Oxford University Press (a copy at yumpu.com)",
     "the Iceland Crisis Response Unit ran Pristina airport under KFOR from October 2002 to April 2004 (recorded as 31 October 2002 and 30 April 2004)", reliability="B"),
 src14("cases-kfor-north-macedonia","official-document","First contingent of the Army of North Macedonia leaves for KFOR","Ministry of Defence of North Macedonia",
     "1 November 2020: the first contingent, 44 soldiers, left Tetovo barracks for Kosovo (the start recorded); still contributing", published="2020-11-01", reliability="A"),
]
participations+=[
 took_part(who,"KFOR","1999-06-12",None,["cases-kfor-entry-1999"]) for who in ["USA","GBR","DEU","ITA"]
]+[
 took_part("FRA","KFOR","1999-06-12","2014-02-08",["cases-kfor-entry-1999","cases-kfor-france-2014"]),
 took_part("NLD","KFOR","1999-06-12","2000-08-08",["cases-kfor-netherlands"]),
 took_part("NOR","KFOR","1999-06-12","2020-08-28",["cases-kfor-norway"]),
 took_part("ESP","KFOR","1999-06-22","2009-09-19",["cases-kfor-spain"]),
 took_part("TUR","KFOR","1999-07-01",None,["cases-kfor-turkey"]),
 took_part("PRT","KFOR","1999-07-06","2017-04-28",["cases-kfor-portugal"]),
 took_part("CZE","KFOR","1999-07-12",None,["cases-kfor-czechia"]),
 took_part("DNK","KFOR","1999-07-31",None,["cases-kfor-denmark"]),
 took_part("BEL","KFOR","1999-08-09","2010-03-31",["cases-kfor-belgium"]),
 took_part("IRL","KFOR","1999-08-31",None,["cases-kfor-ireland"]),
 took_part("GEO","KFOR","1999-08-31","2008-04-16",["cases-kfor-georgia"]),
 took_part("UKR","KFOR","1999-09-01","2022-10-17",["cases-kfor-ukraine"]),
 took_part("SVK","KFOR","1999-09-30","2010-11-30",["cases-kfor-slovakia"]),
 took_part("AZE","KFOR","1999-09-30","2008-04-17",["cases-kfor-azerbaijan"]),
 took_part("EST","KFOR","1999-11-30","2018-10-30",["cases-kfor-estonia"]),
 took_part("SVN","KFOR","2000-01-31",None,["cases-kfor-slovenia"]),
 took_part("BGR","KFOR","2000-02-29",None,["cases-kfor-bulgaria"]),
 took_part("ROU","KFOR","2000-03-31",None,["cases-kfor-romania"]),
 took_part("ISL","KFOR","2002-10-31","2004-04-30",["cases-kfor-iceland"]),
 took_part("ARM","KFOR","2004-02-12","2012-02-29",["cases-kfor-armenia"]),
 took_part("MNG","KFOR","2005-10-31","2007-10-31",["cases-kfor-mongolia"]),
 took_part("HRV","KFOR","2009-07-01",None,["cases-kfor-croatia"]),
 took_part("ARM","KFOR","2012-07-06",None,["cases-kfor-armenia"]),
 took_part("MKD","KFOR","2020-11-01",None,["cases-kfor-north-macedonia"]),
 took_part("SVK","KFOR","2025-05-14",None,["cases-kfor-slovakia"]),
]
# Joint exercises for peace operations by year (issue 14, a search of 2026-12-07): the
# African Lion, Flintlock, Accord (Shared, Southern, Justified, Unified Focus), Khaan Quest,
# Garuda, Shanti Prayas, Shanti Doot, Shantir Ogrosena and Viking series, with their days,
# hosts, organizers and the participants the sources name (observers left out; a partial
# list is said in the citation). Where sources disagree on a day, the citation names both
# and the organizer's or host's day is recorded. Exercises found without both days (Khaan
# Quest 2012, 2019, 2022, 2025; Garuda Shield 2010; Shanti Prayas 2017) or without a named
# participating nation (Amani Africa I, 2010; Viking 2008) are left out.
sources+=[
 src14("cases-african-lion-2019","media","African Lion 2019","U.S. military and government pages; news",
     "https://www.gktoday.in/exercise-african-lion-2019-conducted-between-morocco-and-united-states/ (16 Mar-7 Apr); https://en.bladi.net/major-morocco-military-exercise-african-lion-2019-kicks-off-multiple-regions,54855.html (until 7 Apr; participants; AFRICOM+FAR organisers); https://www.blogbeforeflight.net/2019/03/exercise-african-lion-19-morocco-tunisia.html (copy of U.S. release: ends on or about 3 Apr; Tunisia spoke; MARFOREUR/AF lead): 16th edition; Morocco (Agadir, Tifnit, Tan-Tan, Tata, Ben Guerir) with a Tunisia spoke. FAR statement: units/observers from five other countries namely Canada, Spain, UK, Senegal, Tunisia (with US and Morocco). End disputed: FAR/press 'until 7 April'; U.S. release: U.S. forces end 'on or about April 03'.; organizers as named: U.S. Africa Command, U.S. Marine Corps Forces Europe and Africa, Royal Moroccan Armed Forces", reliability="B"),
 src14("cases-african-lion-2021","official-document","African Lion 2021","U.S. military and government pages; news",
     "https://www.dvidshub.net/audio/66699/african-lion-2021-overall (hosts, 7-18 June, nine nations+NATO); https://www.dvidshub.net/image/6693272/african-lion-2021-observer-conference (same); https://sahara-news.org/4099-african-lion-21-exercise-kicks-off-in-morocco-tunisia-senegal.html (17th iteration, AFRICOM statement): 17th iteration; 'more than 7,000 participants from nine nations and NATO' - only hosts and US named: at least these 4. (a partial list: the participants the sources name); organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF)", reliability="A"),
 src14("cases-african-lion-2023","media","African Lion 2023","U.S. military and government pages; news",
     "https://www.urdupoint.com/en/world/about-8000-troops-from-18-countries-particip-1694006.html (AFRICOM statement: 13 May-18 June, 18 nations); https://www.jpost.com/international/article-745525 (13 May-18 June; Israel); https://www.dvidshub.net/audio/74910/exercise-african-lion-23-interview-afn-radio (13 May-16 June); https://www.zimbabweonlinenews.com/african-lion-2023-kicks-off-in-tunisia/ (TAP: Tunisia part to 6 June): 18 nations, ~8,000 personnel; at least these 6 named (Israel first active IDF participation). End disputed: AFRICOM statement (as quoted by Sputnik/JPost/defbrief) 13 May-18 June; DVIDS AFN item says 13 May-16 June. Tunisian MoD: Tunisia portion 16 May-6 June. (a partial list: the participants the sources name); organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF)", reliability="B"),
 src14("cases-flintlock-2018","media","Flintlock 2018","U.S. military and government pages; news",
     "https://www.laminute.info/afrique-lusafricom-annonce-flintlock-2018/ (APO copy of U.S. Embassy Burkina Faso: 9-20 April, hosts, full list); https://newsobservatory.com/international-military-exercises-against-terrorism-in-niger/ (until 20 April; 8 African + 12 Western): Hosted by Niger with training outstations in Burkina Faso and Senegal. U.S. Embassy Burkina Faso statement lists 8 African and 12 Western participants; a second report independently says 'eight African countries and twelve Western countries', hence treated as complete. A news report says drills 'began Wednesday' and last until 20 April.; organizers as named: U.S. Africa Command", reliability="B"),
 src14("cases-flintlock-2022","official-document","Flintlock 2022","U.S. military and government pages; news",
     "https://ci.usembassy.gov/flintlock-2022-begins-next-week-in-cote-divoire/ (15-28 Feb, host, participants); https://www.urdupoint.com/en/world/us-10-african-partners-to-conduct-drills-in-1464738.html (AFRICOM statement copy): Statement says 'more than 10 African partner and allied nations' and that participants 'include' these 10: at least 10. (a partial list: the participants the sources name); organizers as named: U.S. Africa Command", reliability="A"),
 src14("cases-flintlock-2024","media","Flintlock 2024","U.S. military and government pages; news",
     "https://www.dvidshub.net/news/471112/opening-ceremonies-officially-kick-off-exercise-flintlock-24 (13 May, GHA+CIV, ~30 nations); https://www.defenceweb.co.za/land/land-land/exercise-flintlock-2024-gets-underway-in-west-africa/ (13 May start, conclude 24 May); https://sofrep.com/index.php/news/flintlock-24-u-s-africa-commands-largest-special-ops-exercise-conducted-in-cote-divoire (ran through 24 May); http://businessghana.com/site/news/General/306785/Ghana-Cote-d-Ivoire-host-international-joint-military-exercise (36 countries incl. Togo, Burkina Faso, Tunisia, Norway, Denmark, USA, UK): Opening ceremonies 13 May in Accra and Cote d'Ivoire; concluded 24 May. 'Nearly 30' nations (DVIDS/defenceWeb) vs '36 countries' (Ghanaian press): at least these 9 named. (a partial list: the participants the sources name); organizers as named: U.S. Special Operations Command Africa (SOCAFRICA), U.S. Africa Command, Ghana Armed Forces", reliability="B"),
 src14("cases-flintlock-2025","media","Flintlock 2025","U.S. military and government pages; news",
     "https://yop.l-frii.com/500-soldats-des-forces-speciales-de-38-pays-debarquent-bientot-en-cote-divoire-la-raison (24 Apr-14 May, 38 countries); https://yessouan.ci/Exercise-militaire-FLINTLOCK-2025-38-pays-reunis-en-Cote-d-Ivoire_a3346.html (opened Thu 24 April, until 14 May); http://french.china.org.cn/foreign/txt/2025-04/24/content_117843082.htm (Xinhua: until 14 May; list of 23 countries): Jacqueville special-forces base; ~500-600 personnel from 38 nations (17 African, 15 Western, 4 observers): at least these 25. Xinhua (French) lists Libya among 2025 participants, but AFRICOM (Oct 2025, via Stars and Stripes) presents Libya's inclusion in Flintlock 26 as a first - contradiction. (a partial list: the participants the sources name); organizers as named: U.S. Special Operations Command Africa (SOCAFRICA), Cote d'Ivoire Armed Forces", reliability="B"),
 src14("cases-shared-accord-2013","official-document","Shared Accord 2013","U.S. military and government pages; news",
     "https://www.dvidshub.net/news/printable/116934 (24 Jul-7 Aug, participants); https://www.defenceweb.co.za/joint/diplomacy-a-peace/exercise-shared-accord-an-american-view/ (until 7 Aug); https://www.defenceweb.co.za/sa-defence/sa-defence-sa-defence/shared-accord-moves-into-final-preparation-stages/ (kicks off 24 Jul, ends 5 Aug): Near Port Elizabeth, Eastern Cape; ~700 U.S. and >3,000 SANDF. Bilateral. End disputed: DVIDS/U.S. 'July 24 through Aug. 7'; SANDF spokesman (pre-exercise) 'ends on August 5'.; organizers as named: U.S. Army Africa, South African National Defence Force", reliability="A"),
 src14("cases-shared-accord-2017","media","Shared Accord 2017","U.S. military and government pages; news",
     "https://africanews.it/english/u-s-army-africa-and-101st-airborne-division-to-participate-in-exercise-shared-accord-2017 (APO copy of U.S. release: 17 Jul-3 Aug); https://www.defenceweb.co.za/joint/diplomacy-a-peace/first-arrivals-for-exercise-shared-accord-reported/ (17 Jul-4 Aug): SA Army Combat Training Centre, Lohatla; 'over 1000 military personnel from the U.S. and South Africa'; formerly Southern Accord. End disputed: U.S. Army Africa release 3 Aug; defenceWeb 17 July to 4 August.; organizers as named: U.S. Africa Command, U.S. Army Africa, South African National Defence Force", reliability="B"),
 src14("cases-shared-accord-2022","media","Shared Accord 2022","U.S. military and government pages; news",
     "https://www.defenceweb.co.za/featured/ex-shared-accord-up-and-running-after-five-year-break/ (5 July-28 July); https://www.defenceweb.co.za/land/land-land/medical-and-tactical-exercises-the-main-components-of-ex-shared-accord-2022/ (tactical 12-28 Jul, medical 5-26 Jul); https://www.iol.co.za/news/south-africa/kwazulu-natal/us-army-conducting-a-month-long-joint-military-exercise-with-sandf-in-kzn-adb8ee89-a648-420f-95ac-3a626f55b836 (SANDF: Tuesday to end of month); http://independentonsaturday.co.za/dailynews/news/sandf-sets-the-record-straight-on-the-us-militarys-presence-in-sa-a33b4850-ab7a-451c-a71d-dcae10d91c0f (between the two militaries): Richards Bay/KwaZulu-Natal and AFB Bloemspruit; 'an exercise between the two militaries' (SANDF). Dates vary by component: mobilisation 3 July; humanitarian part 5-26 July (or to 28 July); tactical part 12-28 July; demobilisation from 28 July; SANDF: 'from Tuesday [5 July] until the end of the month'. Recorded as 5-28 July.; organizers as named: South African National Defence Force, U.S. Army Southern European Task Force, Africa (SETAF-AF)", reliability="B"),
 src14("cases-southern-accord-2012","media","Southern Accord 2012","U.S. military and government pages; news",
     "https://www.army.mil/article/84903/ceremony_kicks_off_southern_accord_12_in_botswana (opening 1 Aug; BWA+USA); https://www.globalsecurity.org/military/ops/southern-accord.htm (1-17 Aug 2012); https://www.defenceweb.co.za/joint/diplomacy-a-peace/africom-commander-closes-exercise-southern-accord-praising-us-botswana-partnership/: Thebephatshwa Air Base; ~700 BDF and ~700 U.S.; peacekeeping, HA/DR, aeromedical evacuation. Opening ceremony 1 Aug (army.mil); announced for 1-17 Aug (GlobalSecurity summary); AFRICOM commander closed it (defenceWeb, day not given).; organizers as named: U.S. Army Africa, U.S. Africa Command, Botswana Defence Force", reliability="B"),
 src14("cases-southern-accord-2024","official-document","Southern Accord 2024","U.S. military and government pages; news",
     "https://www.dvidshub.net/image/8588761/us-botswana-conduct-engineer-and-logistics-exchange-southern-accord-2024 (Aug 5-15); https://publicnow.com/view/F6373F3D19D454E69C69558C65DBC971BFE2B795 (Army release: concluded; Aug 5-15); https://lbnntv.com/?p=115554 (5-16 Aug): Bilateral; Gaborone, Thebephatshwa AB, Shoshong. DVIDS/Army: Aug 5-15; planning-conference report: 5-16 August. AFRICOM/Army closing pages mis-type the year as 2025.; organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF), Botswana Defence Force", reliability="A"),
 src14("cases-justified-accord-2018","official-document","Justified Accord 2018","U.S. military and government pages; news",
     "https://www.setaf-africa.army.mil/article/28786/justified-accord-2018-opening-ceremony (18-29 June 2018, Jinja, 10 countries): Ugandan Rapid Deployment Capability Center, Jinja; 'nearly 200 participants from 10 different countries' plus ICRC and UNMAS - countries not named beyond host and U.S. (a partial list: the participants the sources name); organizers as named: U.S. Army Africa", reliability="A"),
 src14("cases-justified-accord-2019","official-document","Justified Accord 2019","U.S. military and government pages; news",
     "https://www.setaf-africa.army.mil/article/29259/justified-accord-2019-commences-in-ethiopia (opened 15 July; 12 nations); https://www.dvidshub.net/news/334011/exercise-justified-accord-2019-concludes (ended 30 July; same 12); https://www.cnbcafrica.com/apo/2019/08/16/joint-military-exercise-justified-accord-2019-strengthens-partner-networks-and-peacekeeping-operations/ (15-30 July); https://fanabc.com/english/2019/07/ethiopia-us-launch-joint-military-exercise/ (different list): CPX at Peace Support Training Center, Addis Ababa; FTX at Hurso near Dire Dawa. AFRICOM: '12 participating nations' listed. Ethiopian state media (Fana) gives a different list (adds Germany, Kenya, Rwanda; omits Ethiopia/US) and calls it a 16-day exercise.; organizers as named: U.S. Africa Command, U.S. Army Africa, Ethiopian National Defense Force", reliability="A"),
 src14("cases-justified-accord-2022","official-document","Justified Accord 2022","U.S. military and government pages; news",
     "https://setaf-africa.army.mil/article/30290/over-20-militaries-complete-justified-accord-exercise-ends-in-kenya (28 Feb-18 Mar); https://taarifa.rw/rdf-officers-other-ranks-conclude-multinational-military-exercise-in-kenya/ (28 Feb-17 Mar; RDF took part); https://www.dvidshub.net/news/412647/setaf-af-plans-justified-accord-22-exercise-kenya (planners from U.S., Kenya, Rwanda, Uganda): First time in Kenya (IPSTC Nairobi; KDF School of Infantry, Isiolo); 'over 20 countries', >800 personnel, AU and NATO. Closing ceremony 18 March (SETAF-AF); Rwandan report says 28 Feb-17 March. Rwanda and Uganda named as planners/participants: at least 4. (a partial list: the participants the sources name); organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF)", reliability="A"),
 src14("cases-justified-accord-2023","official-document","Justified Accord 2023","U.S. military and government pages; news",
     "https://dvidshub.net/news/439751/justified-accord-23-culminates-with-closing-ceremonies-kenya (Feb 10-24; 20 countries); https://www.dvidshub.net/news/438183/usafricoms-exercise-justified-accord-2023-begins-kenya (Feb 10-23); https://adf-magazine.com/justified-accord-prepares-a-region-for-a-variety-of-risks (13-23 Feb; DJI, RWA, KDF, UPDF + observers); https://www.boursorama.com/videos/actualites/kenya-le-plus-grand-exercice-militaire-d-afrique-sous-l-egide-des-etats-unis-95a0171bb07a5a9ed7b8d3b029767e67 (RWA, DJI, UGA, KEN; ends 24 Feb): Nairobi and Isiolo, spoke locations Uganda, Djibouti, Somalia; ~1,000 from 20 countries. Observers Belgium, Botswana, Brazil, Madagascar, Netherlands, Tanzania (not in list). Days disputed: DVIDS preview 10-23 Feb; DVIDS closing 'conducted from Feb. 10-24'; ADF magazine 13-23 Feb; France 24: to end 24 Feb. (a partial list: the participants the sources name); organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF), Kenya Defence Forces", reliability="A"),
 src14("cases-justified-accord-2025","official-document","Justified Accord 2025","U.S. military and government pages; news",
     "https://www.dvidshub.net/news/490428/justified-accord-2025-enhances-multinational-crisis-response-readiness-hones-warfighting-capabilities (Feb 10-21; hosts); https://www.dvidshub.net/news/490612/justified-accord-2025-enhances-multinational-crisis-response-readiness-hones-warfighting-capabilities (Botswana, Somali Danab); https://www.setaf-africa.army.mil/article/31485/newest-major-non-nato-ally-kenya-us-begin-planning-justified-accord-2025 (scheduled Feb 10-21, 2025); https://thesudantimes.com/africa/us-military-and-partners-engage-in-major-exercise-in-kenya/ (15 nations incl. Kenya, Uganda, Tanzania): ~1,300 personnel from 'over 15 countries'; Kenya's fourth consecutive year as host; at least these 7 named (Somali Danab, UK 11th SFAB, Botswana Defence Force, Uganda, Tanzania). (a partial list: the participants the sources name); organizers as named: U.S. Africa Command, U.S. Army Southern European Task Force, Africa (SETAF-AF), Kenya Defence Forces", reliability="A"),
 src14("cases-unified-focus-2017","official-document","Unified Focus 2017","U.S. military and government pages; news",
     "https://www.army.mil/article/189302/unified_focus_2017_tabletop_exercise_brings_multinational_collaboration_to_cameroon (24-28 April); https://africom-web-app.azurewebsites.net/article/28836/exercise-unified-focus-2017-kicks-off-in-cameroon (opened 24 April; 10 nations listed); https://www.dvidshub.net/video/521737/unified-focus-2017-builds-collaboration-cameroon (April 24-28): Inaugural tabletop exercise for the Lake Chad Basin Multinational Joint Task Force, Douala Naval Base; 'almost 100 participants from a total of 10 nations' - all 10 named; plus UN OCHA, USAID, ICRC, CIVIC.; organizers as named: U.S. Africa Command, U.S. Army Africa", reliability="A"),
 src14("cases-khaan-quest-2007","media","Khaan Quest 2007","U.S. military and government pages; news",
     "http://ubpost.blogspot.com/2007/07/khan-quest-2007-multi-national-military.html (UB Post: 1-16 Aug; participants; GPOI): Five Hills (Tavan Tolgoi); field exercise 'nine countries including' 7 named + US (+host); observers Russia, China, Japan; CPX 1-10 Aug with 19 MPAT nations. Co-financed by State Dept GPOI. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Pacific Command, GPOI (co-financing)", reliability="B"),
 src14("cases-khaan-quest-2014","media","Khaan Quest 2014","U.S. military and government pages; news",
     "https://mongoliaeconomy.blogspot.com/2014/07/us-military-conducts-exercises-in.html (June 20-July 1; participants); https://www.nationalguard.mil/News/Article/576044/alaska-national-guard-continues-partnership-with-mongolian-armed-forces/ (until July 1); https://thediplomat.com/2014/07/mongolia-hosts-exercise-khaan-quest-2014 (opening June 24; 23 countries): 12th iteration; ~1,000 troops, 23 nations participating or observing (observers Belarus, China, India, Kazakhstan, Russia, Tajikistan). Start disputed: blog says 'held from June 20-July 1'; The Diplomat says opening ceremony June 24 (the U.S. Army release is datelined June 24 and says the ceremony was 'Friday'). National Guard: until July 1. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Army Pacific, U.S. Marine Corps Forces Pacific", reliability="B"),
 src14("cases-khaan-quest-2015","official-document","Khaan Quest 2015","U.S. military and government pages; news",
     "https://mn.usembassy.gov/exercise-khaan-quest-2015/ (June 20-July 1; invitees); http://english.chinamil.com.cn/news-channels/china-military-news/2015-07/02/content_6567479.htm (June 20; closing July 1; 23 countries); https://dvidshub.net/news/168727/khaan-quest-concludes-multinational-relationships-flourish (closing June 30; 22 nations); https://www.belvpo.com/53841.html/ (participant list): 13th iteration; scheduled June 20-July 1 (U.S. Embassy); China Military: opened June 20, closing July 1; DVIDS: closing June 30. 20 named (Belarus report); counts differ: 23 (Xinhua/ChinaMil) vs 22 (DVIDS). China's first time. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Pacific Command", reliability="A"),
 src14("cases-khaan-quest-2016","media","Khaan Quest 2016","U.S. military and government pages; news",
     "https://news.mn/r/234120/ (planned 22 May-4 June; 47 countries); http://theubposts.com/khaan-quest-military-exercise-commences/ (launch; 46 named); https://dvidshub.net/news/199953/khaan-quest-2016-officially-ends-with-closing-ceremony (GPOI capstone; >40 nations; closing, day not shown): Planned 22 May-4 June (MAF); UB Post: launched on 22 May ('yesterday' in 23 May article), '47 countries, including' 46 named. DVIDS: 'more than 40 nations'; served as the GPOI capstone event. End day is the planned one only. (a partial list: the participants the sources name); organizers as named: Mongolian Ministry of Defence / Mongolian Armed Forces, U.S. Pacific Command, U.S. Marine Forces, GPOI", reliability="B"),
 src14("cases-khaan-quest-2017","official-document","Khaan Quest 2017","U.S. military and government pages; news",
     "https://www.pacom.mil/Media/News/News-Article-View/Article/1264291/khaan-quest-2017-opening-ceremony/ (July 23-Aug 5); https://www.pacom.mil/Media/News/News-Article-View/Article/1272275/exercise-khaan-quest-2017-caps-off-with-conclusive-closing-ceremony/ (closed Aug 5; >26 nations): 15th iteration; 'more than 26 nations', >1,200 participants; no list seen beyond host and co-sponsor. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Pacific Command", reliability="A"),
 src14("cases-khaan-quest-2018","official-document","Khaan Quest 2018","U.S. military and government pages; news",
     "http://eng.chinamil.com.cn/CHINA_209163/TopStories_209189/8062390.html (June 14-28; 26 countries); https://www.pacom.mil/Media/News/News-Article-View/Article/1567219/closing-ceremony-wraps-up-khaan-quest-2018/ (closing June 28; 17 other nations); https://www.pacom.mil/Media/News/News-Article-View/Article/1566029/mongolian-armed-forces-host-khaan-quest-2018-peacekeeping-field-training-exerci/ (FTX June 14-28); http://www.oananews.org/content/news/politics/president-opens-multinational-peacekeeping-exercise-%E2%80%9Ckhaan-quest%E2%80%9D (Montsame: June 14; 26 countries): Five Hills; Xinhua/Montsame: 26 countries (first time Bhutan, Qatar); PACOM closing: MAF hosted '17 other nations'; PACOM FTX story: seven nations in the FTX. At least 7 named. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Pacific Command", reliability="A"),
 src14("cases-khaan-quest-2023","media","Khaan Quest 2023","U.S. military and government pages; news",
     "https://www.army.mil/article/267736/usarpac_kicks_off_khaan_quest_23_in_mongolia (opening June 19; 26 countries); https://asianewstoday.com/multinational-peacekeeping-exercise-kicks-off-in-mongolia/ (Xinhua: June 19, until July 2; 25 countries); https://www.republicworld.com/india-news/general-news/indian-army-joins-multinational-peacekeeping-exercise-ex-khaan-quest-2023-in-mongolia-articleshow.html (19 June-2 July); https://www.tribuneindia.com/news/nation/despite-tensions-india-us-china-joint-drill-in-mongolia-518565 (Japan, Australia): 19th edition; counts differ: 25 (Xinhua), 26 (army.mil), 'almost 20'/'over 20' (Indian press/MoD). Laos first time. (a partial list: the participants the sources name); organizers as named: Mongolian Armed Forces, U.S. Army Pacific, U.S. Indo-Pacific Command", reliability="B"),
 src14("cases-garuda-shield-2009","official-document","Garuda Shield 2009 (GPOI capstone)","U.S. military and government pages; news",
     "http://www.army.mil/article/22841/Exercise_Garuda_Shield_2009_opens_in_Indonesia/ (opened June 16; nine nations); http://www.army.mil/article/24055/Exercise_Garuda_Shield_09_closes_in_Indonesia/ (closing June 29; GPOI capstone); http://www.thejakartapost.com/news/2009/06/17/20-countries-join-peacekeeping-training.html (until June 29; US, Australia, Germany, Italy, Mongolia): TNI-AD Infantry Training Center, Cipatat near Bandung; served as the GPOI capstone. Counts differ: ~1,000 soldiers from nine nations (army.mil) vs >500 from 20 countries (Jakarta Post) vs 'more than 20 nations taking part or observing'. (a partial list: the participants the sources name); organizers as named: Indonesian Army (TNI-AD), U.S. Pacific Command / U.S. Army Pacific, GPOI", reliability="A"),
 src14("cases-garuda-canti-dharma-2014","media","Garuda Canti Dharma 2014","U.S. military and government pages; news",
     "https://nasional.sindonews.com/berita/892959/14/tni-as-gelar-latma-operasi-perdamaian-dunia-terbesar (19 Aug-1 Sep; 26 countries; list); https://news.detik.com/berita/d-2670432/negara-peserta-puji-latihan-gabungan-operasi-perdamaian-dunia-di-bogor (STS 19-22 Aug; participants); https://blogs.state.gov/stories/2014/10/20/garuda-canti-darma-indonesia-serving-peace (GPOI capstone; 21 countries); https://bergelora.com/angkatan-laut-as-tinjau-latihan-pasukan-perdamaian/ (21 countries): PMPP Sentul, Bogor; 14 days from 19 Aug to 1 Sept (Sindonews); its senior training seminar ran 19-22 Aug with 18 participants (Philippines, Australia named there). Counts differ: 26 countries/756 personnel (Sindonews) vs 21 countries/800 peacekeepers (State Dept blog; TNI release). (a partial list: the participants the sources name); organizers as named: Indonesian National Armed Forces (TNI) / PMPP, U.S. Pacific Command, GPOI", reliability="B"),
 src14("cases-shanti-prayas-2013","media","Shanti Prayas II (2013)","U.S. military and government pages; news",
     "https://www.texasnepal.com/multinational-army-exercise-to-be-held-in-nepal/ (18 Mar-7 Apr 2013; GPOI): Birendra Peace Operations Training Centre (BPOTC), Panchkhal; 'Nepal, the United States, and several other nations' (U.S. Embassy Kathmandu statement) - others not named. (a partial list: the participants the sources name); organizers as named: Nepali Army, U.S. Pacific Command, GPOI", reliability="B"),
 src14("cases-shanti-prayas-2024","media","Shanti Prayas IV (2024)","U.S. military and government pages; news",
     "https://www.newsdrum.in/international/multinational-military-exercise-kicks-off-in-nepal-3869886 (PTI: 20 Feb, till 4 March; 19 countries; GPOI); https://currentaffairs.adda247.com/multinational-military-exercise-shanti-prayas-iv-commences-in-kathmandu/ (20 Feb-4 Mar; co-hosts); https://examguru.co.in/current-affairs/article/multinational-military-exercise-shanti-prayas-four (list of 19); https://theannapurnaexpress.com/story/47656/ (editions 2000, 2013, 2017): Opened at Nepali Army HQ, training at BPOTC; 1,125 personnel from 19 countries; the 19 named by a current-affairs site (count matches). Fourth edition (after 2000, 2013, 2017).; organizers as named: Nepali Army, U.S. Indo-Pacific Command, GPOI", reliability="B"),
 src14("cases-shanti-doot-2018","media","Shanti Doot-4 (2018)","U.S. military and government pages; news",
     "https://www.pacom.mil/Media/News/News-Article-View/Article/1451230/un-peacekeepers-open-exercise-shanti-doot-4-in-bangladesh/ (opening Feb 26; GPOI); http://today.thefinancialexpress.com.bd/metro-news/multi-country-military-exercise-shantidoot-begins-february-26-1519488557/?date=25-02-2018 (Feb 26-Mar 12; 32 countries listed); https://today.thefinancialexpress.com.bd/print/multinational-exercise-shanti-doot-4-begins-1519668408 (until March 12): BIPSOT, Rajendrapur; GPOI multinational peacekeeping event; '32 different countries' all listed (bdnews24 via FE). Earlier Shanti Doot editions 2002, 2008, 2012 (not dated here).; organizers as named: Bangladesh Army / BIPSOT, U.S. Pacific Command, GPOI", reliability="B"),
 src14("cases-shantir-ogrosena-2021","media","Shantir Ogrosena 2021","the host's armed forces; news",
     "https://www.netindian.in/news/international/south-asia/multinational-military-exercise-shantir-ogrosena-culminates-in-bangladesh (Indian MoD: 4-12 April; participants/observers); https://shramjeevijournalist.com/opening-ceremony-of-multinational-military-exercise-shantir-ogroshena-2021 (commenced 4 April, to 12 April): Bangabandhu Senanibas; theme 'Robust Peace Keeping Operations'; troops from 4 countries; observers USA, UK, Russia, Turkey, Saudi Arabia, Kuwait, Singapore (not in list). Not described as GPOI-supported.; organizers as named: Bangladesh Army", reliability="B"),
 src14("cases-viking-2018","official-document","Viking 18","the host's armed forces; news",
     "https://fba.se/en/how-we-work/cooperation-in-peace-operationsny-sida/questions-and-answers-about-viking/ (16-26 April 2018); https://forsvarsmakten.se/en/news/2018/04/welcome-to-viking-18 (sites; organisers); https://www.alliansfriheten.se/slut-pa-en-framgangsrik-och-givande-viking-18-forsvarsmakten-se/ (60 countries; site countries): Led from Enkoping with Karlskrona, Kungsangen, Uppsala; co-operating exercise sites in Brazil, Bulgaria, Finland, Ireland, Serbia; ~2,500 people, 80 organisations, 60 countries (only site countries named). (a partial list: the participants the sources name); organizers as named: Swedish Armed Forces, Folke Bernadotte Academy, Swedish Police Authority, Swedish Defence University", reliability="A"),
 src14("cases-viking-2022","official-document","Viking 22","the host's armed forces; news",
     "https://www.forsvarsmakten.se/en/news/2022/03/viking-22-the-worlds-largest-international-computer-aided-staff-exercise/ (starts 28 March); http://www.ma.edu.mk/?vesti=%D0%BF%D1%80%D0%B5%D1%82%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D0%BA-%D0%BE%D0%B4-%D0%B2%D0%BE%D0%B5%D0%BD%D0%B0%D1%82%D0%B0-%D0%B0%D0%BA%D0%B0%D0%B4%D0%B5%D0%BC%D0%B8%D1%98%D0%B0-%D0%B4%D0%B5%D0%BB&lang=en (N. Macedonia Military Academy: 28 Mar-6 Apr); https://www.sss.fi/2022/04/puolustusvoimien-komentaja-vierailee-viking-22-harjoituksessa-ruotsissa/ (Finland ~240 personnel): Computer-aided multinational staff exercise, Enkoping (+Uppsala, Karlskrona, Kungsangen); nine locations in six countries; 'more than 50 nations' and 70 civilian organisations: at least Sweden, Finland (~240 personnel), North Macedonia named. (a partial list: the participants the sources name); organizers as named: Swedish Armed Forces, Swedish Defence University, United States (co-operation)", reliability="A"),
]
trainings+=[
 exercise("african-lion-2019","African Lion 2019",["USA", "MAR"],
     "CAN ESP GBR MAR SEN TUN USA".split(),"2019-03-16","2019-04-07",
     ["MAR", "TUN"],["interoperability"],["cases-african-lion-2019"]),
 exercise("african-lion-2021","African Lion 2021",["USA"],
     "MAR SEN TUN USA".split(),"2021-06-07","2021-06-18",
     ["MAR", "TUN", "SEN"],["interoperability"],["cases-african-lion-2021"]),
 exercise("african-lion-2023","African Lion 2023",["USA"],
     "GHA ISR MAR SEN TUN USA".split(),"2023-05-13","2023-06-18",
     ["GHA", "MAR", "SEN", "TUN"],["interoperability"],["cases-african-lion-2023"]),
 exercise("flintlock-2018","Flintlock 2018",["USA"],
     "AUT BEL BFA CAN CMR DEU DNK ESP GBR ITA MLI MRT NER NGA NLD NOR POL SEN TCD USA".split(),"2018-04-09","2018-04-20",
     ["NER", "BFA", "SEN"],["interoperability"],["cases-flintlock-2018"]),
 exercise("flintlock-2022","Flintlock 2022",["USA"],
     "CAN CIV CMR FRA GBR GHA NER NLD NOR USA".split(),"2022-02-15","2022-02-28",
     ["CIV"],["interoperability"],["cases-flintlock-2022"]),
 exercise("flintlock-2024","Flintlock 2024",["USA", "GHA"],
     "BFA CIV DNK GBR GHA NOR TGO TUN USA".split(),"2024-05-13","2024-05-24",
     ["GHA", "CIV"],["interoperability"],["cases-flintlock-2024"]),
 exercise("flintlock-2025","Flintlock 2025",["USA", "CIV"],
     "CIV CZE DEU DZA ESP FRA GBR HUN ITA JOR JPN LBY MAR MRT NLD NOR POL PRT SOM SVK TCD TUR TZA USA ZMB".split(),"2025-04-24","2025-05-14",
     ["CIV"],["interoperability"],["cases-flintlock-2025"]),
 exercise("shared-accord-2013","Shared Accord 2013",["USA", "ZAF"],
     "USA ZAF".split(),"2013-07-24","2013-08-07",
     ["ZAF"],["interoperability"],["cases-shared-accord-2013"]),
 exercise("shared-accord-2017","Shared Accord 2017",["USA", "ZAF"],
     "USA ZAF".split(),"2017-07-17","2017-08-03",
     ["ZAF"],["interoperability"],["cases-shared-accord-2017"]),
 exercise("shared-accord-2022","Shared Accord 2022",["ZAF", "USA"],
     "USA ZAF".split(),"2022-07-05","2022-07-28",
     ["ZAF"],["interoperability", "medical"],["cases-shared-accord-2022"]),
 exercise("southern-accord-2012","Southern Accord 2012",["USA", "BWA"],
     "BWA USA".split(),"2012-08-01","2012-08-17",
     ["BWA"],["pre-deployment", "humanitarian-assistance"],["cases-southern-accord-2012"]),
 exercise("southern-accord-2024","Southern Accord 2024",["USA", "BWA"],
     "BWA USA".split(),"2024-08-05","2024-08-15",
     ["BWA"],["interoperability"],["cases-southern-accord-2024"]),
 exercise("justified-accord-2018","Justified Accord 2018",["USA"],
     "UGA USA".split(),"2018-06-18","2018-06-29",
     ["UGA"],["pre-deployment"],["cases-justified-accord-2018"]),
 exercise("justified-accord-2019","Justified Accord 2019",["USA", "ETH"],
     "BDI BRA CAN DJI ETH FRA GBR ITA NLD SOM UGA USA".split(),"2019-07-15","2019-07-30",
     ["ETH"],["pre-deployment", "command-and-staff"],["cases-justified-accord-2019"]),
 exercise("justified-accord-2022","Justified Accord 2022",["USA"],
     "KEN RWA UGA USA".split(),"2022-02-28","2022-03-18",
     ["KEN"],["pre-deployment"],["cases-justified-accord-2022"]),
 exercise("justified-accord-2023","Justified Accord 2023",["USA", "KEN"],
     "DJI KEN RWA UGA USA".split(),"2023-02-10","2023-02-24",
     ["KEN"],["pre-deployment"],["cases-justified-accord-2023"]),
 exercise("justified-accord-2025","Justified Accord 2025",["USA", "KEN"],
     "BWA GBR KEN SOM TZA UGA USA".split(),"2025-02-10","2025-02-21",
     ["KEN", "DJI", "TZA"],["pre-deployment"],["cases-justified-accord-2025"]),
 exercise("unified-focus-2017","Unified Focus 2017",["USA"],
     "BEN CMR FRA GBR ITA NER NGA NLD TCD USA".split(),"2017-04-24","2017-04-28",
     ["CMR"],["command-and-staff", "civil-military-coordination"],["cases-unified-focus-2017"]),
 exercise("khaan-quest-2007","Khaan Quest 2007",["MNG", "USA"],
     "BGD BRN IDN KHM KOR LKA MNG TON USA".split(),"2007-08-01","2007-08-16",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2007"]),
 exercise("khaan-quest-2014","Khaan Quest 2014",["MNG", "USA"],
     "AUS CAN DEU FRA GBR IND JPN KOR MNG NZL USA".split(),"2014-06-20","2014-07-01",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2014"]),
 exercise("khaan-quest-2015","Khaan Quest 2015",["MNG", "USA"],
     "AUS BGD BLR CAN CHN CZE DEU FRA GBR IDN IND JPN KOR MNG PAK POL RUS TJK TUR USA".split(),"2015-06-20","2015-07-01",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2015"]),
 exercise("khaan-quest-2016","Khaan Quest 2016",["MNG", "USA"],
     "AUS BFA BGD BIH BLR CAN CHL CHN CZE DEU FJI FRA GBR GTM HND HUN IDN IND JPN KEN KGZ KHM KOR LKA MNG MWI MYS NOR NPL NZL PAK PER PHL POL QAT ROU RUS SGP SLV SWE TJK TON TZA URY USA VNM".split(),"2016-05-22","2016-06-04",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2016"]),
 exercise("khaan-quest-2017","Khaan Quest 2017",["MNG", "USA"],
     "MNG USA".split(),"2017-07-23","2017-08-05",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2017"]),
 exercise("khaan-quest-2018","Khaan Quest 2018",["MNG", "USA"],
     "BTN CHN DEU MNG QAT RUS USA".split(),"2018-06-14","2018-06-28",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2018"]),
 exercise("khaan-quest-2023","Khaan Quest 2023",["MNG", "USA"],
     "AUS CAN CHN IND JPN KOR LAO MNG USA".split(),"2023-06-19","2023-07-02",
     ["MNG"],["pre-deployment"],["cases-khaan-quest-2023"]),
 exercise("garuda-shield-2009","Garuda Shield 2009 (GPOI capstone)",["IDN", "USA"],
     "AUS DEU IDN ITA MNG USA".split(),"2009-06-16","2009-06-29",
     ["IDN"],["pre-deployment"],["cases-garuda-shield-2009"]),
 exercise("garuda-canti-dharma-2014","Garuda Canti Dharma 2014",["IDN", "USA"],
     "AUS BGD CAN DEU FRA GBR IDN JPN KHM KOR MNG MYS NPL PHL SGP USA VNM".split(),"2014-08-19","2014-09-01",
     ["IDN"],["pre-deployment"],["cases-garuda-canti-dharma-2014"]),
 exercise("shanti-prayas-2013","Shanti Prayas II (2013)",["NPL", "USA"],
     "NPL USA".split(),"2013-03-18","2013-04-07",
     ["NPL"],["pre-deployment"],["cases-shanti-prayas-2013"]),
 exercise("shanti-prayas-2024","Shanti Prayas IV (2024)",["NPL", "USA"],
     "BGD BRA BTN CAN CHN DZA FJI GBR IDN IND JPN KHM MDV MYS NPL PAK RWA UKR USA".split(),"2024-02-20","2024-03-04",
     ["NPL"],["pre-deployment"],["cases-shanti-prayas-2024"]),
 exercise("shanti-doot-2018","Shanti Doot-4 (2018)",["BGD", "USA"],
     "AUS BEN BGD BIH CAN FJI GBR GHA IDN JOR JPN KAZ KGZ KHM KOR LKA MNG MWI MYS NER NGA NPL NZL PAK PER PHL RWA SEN SLE TZA USA VNM".split(),"2018-02-26","2018-03-12",
     ["BGD"],["pre-deployment"],["cases-shanti-doot-2018"]),
 exercise("shantir-ogrosena-2021","Shantir Ogrosena 2021",["BGD"],
     "BGD BTN IND LKA".split(),"2021-04-04","2021-04-12",
     ["BGD"],["pre-deployment", "protection-of-civilians"],["cases-shantir-ogrosena-2021"]),
 exercise("viking-2018","Viking 18",["SWE"],
     "BGR BRA FIN IRL SRB SWE".split(),"2018-04-16","2018-04-26",
     ["SWE", "BRA", "BGR", "FIN", "IRL", "SRB"],["command-and-staff", "civil-military-coordination"],["cases-viking-2018"]),
 exercise("viking-2022","Viking 22",["SWE"],
     "FIN MKD SWE".split(),"2022-03-28","2022-04-06",
     ["SWE"],["command-and-staff", "civil-military-coordination"],["cases-viking-2022"]),
]

# The AU's and the UN's reviews of AMISOM (issue 14, a search of 2026-12-07): the ten-year
# lessons exercise the AU Peace and Security Council asked for on 6 September 2016, and the
# AU-UN joint reviews of 2017 and 2018, each as the pages read give its findings.
sources+=[
 src14("cases-amisom-ten-year-lessons-2017","media","Report: Ten-year AMISOM lessons learned conference","Training for Peace (NUPI), ACCORD and the African Peace Support Trainers' Association",
     "the Nairobi workshop of 9-10 March 2017 (https://www.trainingforpeace.org/, 10 March 2017; https://www.accord.org.za/?p=35245), held for the AU Commission Chairperson's report on ten years of AMISOM that the Peace and Security Council had asked for at its 622nd meeting of 6 September 2016, grouped the lessons at four levels: whether mandates and resources fit the mission (political), the AU Commission's strategic management, command and control and the integration of the military, police and civilian components (operational), and the exit through a hand-over to Somali forces; the report posted on 29 June 2017 (https://peacekeepingtm.wordpress.com/2017/06/29/report-ten-year-amisom-lessons-learned-conference/)", published="2017-03-10"),
 src14("cases-au-psc-700-2017","official-document","Communiqué of the 700th meeting of the Peace and Security Council on Somalia","African Union Peace and Security Council",
     "https://www.peaceau.org/en/article/communique-of-the-700th-psc-meeting-on-somalia: on 12 July 2017 the Council took note of the Chairperson's report on the AU-UN joint review of AMISOM and of the ten-year lessons learned report; the review recommended a gradual and phased reduction and reorganization of AMISOM, which resolution 2372 (2017) of 30 August 2017 took up with AMISOM's first drawdown (SC/12972, a copy at africanculturedirect.blogspot.com)", published="2017-07-12", reliability="A"),
 src14("cases-au-psc-782-2018","official-document","Communiqué of the 782nd meeting of the Peace and Security Council (Nouakchott)","African Union Peace and Security Council",
     "the Council, meeting on 27 June 2018, took note of the Chairperson's report on the AU-UN joint review of AMISOM of May 2018 and endorsed Somalia's Transition Plan, tying the transition to the challenges the operational readiness assessment of Somalia's forces found (the Special Representative, Michael Keating: the transition needs reform of Somalia's forces and a transformation of AMISOM, as Xinhua reported); resolution 2431 (2018) of 30 July 2018 set the hand-over to Somali forces by December 2021 (Xinhua, July 30; SC/13339 for the rollover of 15 May 2018 that waited for the review)", published="2018-06-27", reliability="A"),
]
lessons+=[
 lesson("amisom-ten-year-lessons","lesson-learned",
     "Ten years of AMISOM taught lessons at four levels: whether the mandate and resources fit the mission, the AU Commission's strategic management, the command and control and integration of the military, police and civilian components, and the need to plan the exit as a hand-over to Somali forces",
     "2017-03-10",["amisom-au-un-eu"],["AMISOM"],["capacity-building","security-provision"],["cases-amisom-ten-year-lessons-2017"]),
 lesson("amisom-joint-review-2017","lesson-learned",
     "The AU-UN joint review of 2017 recommended reducing and reorganizing AMISOM gradually and in phases; the Security Council took it up with AMISOM's first drawdown, to 21,626 uniformed personnel by the end of 2017",
     "2017-07-12",["amisom-au-un-eu"],["AMISOM"],["security-provision","capacity-building"],["cases-au-psc-700-2017"]),
 lesson("amisom-joint-review-2018","lesson-learned",
     "After the AU-UN joint review of 2018, the AU tied AMISOM's future to Somalia's Transition Plan and to the shortfalls the readiness assessment of Somalia's forces had found; the UN's envoy said the transition needed reform of those forces and a transformation of AMISOM itself",
     "2018-06-27",["amisom-au-un-eu"],["AMISOM"],["security-provision","capacity-building"],["cases-au-psc-782-2018"]),
]
lessons+=[
 lesson("eucap-sahel-slow-progress","lesson-learned",
     "The EU's capacity-building missions in Niger and Mali strengthened the internal security forces only slowly and not sustainably: two-year mandates and yearly budgets, posts member states left unfilled, no planned exit and procedures unsuited to the field held them back; the Mali mission drew on the Niger mission's experience",
     "2018-06-14",[],["EUCAP-Sahel-Mali","EUCAP-Sahel-Niger"],["capacity-building","policing"],["cases-eca-sr-15-2018"]),
 lesson("amisom-funding-and-training","lesson-learned",
     "After ten years, the AU's head of mission named unpredictable funding and the uncoordinated training of Somalia's forces by its many partners as the challenges still facing AMISOM, and called for synchronised training",
     "2017-12-21",["amisom-au-un-eu","eutm-somalia-amisom"],["AMISOM"],["funding","training"],["cases-au-madeira-2017"]),
 lesson("kosovo-eide-review-2004","lesson-learned",
     "The comprehensive review after March 2004 found the international presences' effort static, inward-looking and fragmented, and asked for faster transfer of powers to Kosovo's institutions, with urgent attention to Serbs' security, returns and decentralisation",
     "2004-11-30",["unmik-kfor-1244","unmik-osce"],["UNMIK","KFOR"],["security-provision","capacity-building"],["cases-un-eide-2004"]),
 lesson("eu-training-without-equipment","lesson-learned",
     "The EU's High Representative said the EU had learned in the Central African Republic and Mali that training missions not backed by equipment for the partner forces left room for others (the Wagner group) to exploit: train and equip together",
     "2023-03-21",[],["EUTM-Mali","EUTM-RCA"],["training","equipment"],["cases-borrell-2023"]),
]
# The UN's targets for the share of women among uniformed personnel (issue 14), checked on
# 2026-12-07: the 2028 targets of the Uniformed Gender Parity Strategy 2018-2028 (found on
# the page of the Elsie Initiative Fund, a UN multi-partner trust fund, and in news; the
# UN's own strategy page read did not show them) and the Global Effort's 20% of UN police
# by 2014. Not recorded: the strategy's yearly interim targets (only a copy of a UN page
# gives 2021's: 8% of troops, 18% of individual military personnel) and resolution 2242
# (2015)'s aim of doubling the numbers of women in military and police contingents in
# five years (a ratio, not a share).
sources+=[
 src14("cases-ugps-2028","official-document","UN strategies: the Uniformed Gender Parity Strategy 2018-2028","Elsie Initiative Fund for Uniformed Women in Peace Operations (a UN multi-partner trust fund)",
     "https://elsiefund.org/un-strategies-eifund/: by 2028, 15% women in military contingents, 25% among military observers and staff officers, 20% in formed police units, 30% among individual police officers (also https://globalnewspakistan.com/ur/2020/05/30/un-celebrates-women-in-peace-keeping-on-international-un-peacekeeping-day/); the UN: the strategy, launched in 2018, sets annual targets for each category of uniformed personnel (https://peacekeeping.un.org/en/uniformed-gender-parity-strategy-2018-2018-full-text), and women's share of uniformed personnel rose from 4.9% in 2018 to 10.1% in June 2025 (https://www.un.org/tr/node/235367)"),
 src14("cases-un-global-effort-2009","media","Efforts to increase number of female police bearing fruit","The Nigerian Voice (citing the UN Information Centre)",
     "https://www.thenigerianvoice.com/news/35537/efforts-to-increase-number-of-female-police-bearing-fruit-s.html: the UN's Global Effort, launched in August 2009, to raise the share of women in UN police to 20% by 2014, from about 8% (also the Department of Peacekeeping Operations' item of 9 June 2010, http://www.un.int/wcm/content/site/portal/cache/offonce/home/pid/17800, and UN News via Scoop, 20 October 2009)"),
]
def women(tid, categories, share, by, description, srcs):
    return {"id":tid,"set_by":"UN","categories":categories,"share":share,"by":by,
            "description":description,"sources":srcs}
gender_targets=[
 women("un-police-2014",["formed-police-units","individual-police"],0.2,"2014-12-31",
     "The Global Effort (August 2009): 20% women in UN police by 2014",["cases-un-global-effort-2009"]),
 women("ugps-troops-2028",["troops"],0.15,"2028-12-31",
     "Uniformed Gender Parity Strategy 2018-2028: 15% women in military contingents by 2028",["cases-ugps-2028"]),
 women("ugps-staff-observers-2028",["staff-officers","experts-on-mission"],0.25,"2028-12-31",
     "Uniformed Gender Parity Strategy 2018-2028: 25% women among military observers and staff officers by 2028",["cases-ugps-2028"]),
 women("ugps-fpu-2028",["formed-police-units"],0.2,"2028-12-31",
     "Uniformed Gender Parity Strategy 2018-2028: 20% women in formed police units by 2028",["cases-ugps-2028"]),
 women("ugps-ipo-2028",["individual-police"],0.3,"2028-12-31",
     "Uniformed Gender Parity Strategy 2018-2028: 30% women among individual police officers by 2028",["cases-ugps-2028"]),
]
# Frictions in the order they were observed (the order queries return them in).
frictions.sort(key=lambda f: (f["observed"], f["id"]))
doc={"format":"peacekeeping-dataset","version":1,"sources":sources,"actors":actors,"partnerships":partnerships,"frictions":frictions,"trainings":trainings,"lessons":lessons,"participations":participations,"contributions":contributions,"gender_targets":gender_targets}
open(OUT,'w').write(json.dumps(doc,indent=2,ensure_ascii=False)+"\n")
