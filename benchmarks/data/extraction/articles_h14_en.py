# English stories for the fourteenth held-out part (h14-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst / subtitle; shown by the blogger (as the blog's post summary in the
# page's meta only), medium, sanity, blox, hugo and nextjs templates, never body).
ARTICLES = [
dict(id="h14-en-001", lang="en", tpl="blogger", section="Village life", date="2026-02-17", byline="Ruth Ambler",
     title="The village hall is warm again: how we paid for the heat pump",
     sub="Fourteen months, two grants and one very long quiz night.",
     caption="The new heat pump behind the hall kitchen.", credit="(photo: Ruth Ambler)",
     body="""
For the first time since the old oil boiler gave up in November 2024, the Thornby Cross village hall was warm enough on Saturday for the toddler group to take their coats off.

The new air-source heat pump was switched on last Tuesday by the hall's longest-serving committee member, Doris Lyle, who is 91 and has booked the hall for the Wednesday whist drive since 1978.

## Where the money came from

The whole job, including new radiators and insulation in the loft, cost £38,400. It was paid for in four parts:

- £18,000 from the district council's community energy fund;
- £9,500 from a wind farm community grant;
- £6,200 raised by villagers, mostly at the quiz nights;
- £4,700 from the hall's own reserves.

Read the committee minutes from last winter and you get a sense of how close it came. In January the hall lost two regular bookings, a pilates class and a church group, because people were sitting in hats and gloves.

The treasurer, Graham Pell, said the committee had been in contact with three installers before choosing a firm from Oakworth that had done a similar job for a chapel.

"We went for the one who came to look at the loft first."

## What it costs to run

Early readings suggest the hall will spend about £90 a month on electricity for heating, against more than £200 a month for oil in the last full winter.

The committee plans to put solar panels on the south roof next year if another grant comes through. The toddler group, meanwhile, has asked whether it can stay an extra half hour.
"""),

dict(id="h14-en-002", lang="en", tpl="wordpress", section="Courts", date="2026-03-04", byline="Kieran Walsh",
     title="Tree surgeon fined £12,000 for felling protected oak in nesting season",
     sub="",
     caption="The stump of the felled oak on Mill Hill Road.", credit="Photo: Kieran Walsh",
     body="""
A tree surgeon who cut down a 200-year-old oak protected by a preservation order, while a pair of tawny owls were nesting in it, has been fined £12,000.

Darren Coles, 47, of Ashbrook, admitted breaching the tree preservation order and recklessly disturbing a nesting bird when he appeared at Halverton Magistrates' Court.

The court heard that Coles had been hired by the new owners of a house on Mill Hill Road who wanted more light in their garden. He told them the oak was diseased and had to come down.

## "No sign of disease"

An arboricultural officer for the borough council examined the trunk after the felling in April and found no sign of decay or disease.

Neighbours had called the council when the chainsaws started, but by the time an officer arrived the crown had already been taken down. One neighbour, Patricia Hume, said she had watched the owls from her kitchen window for three springs.

"I saw one fly off with the first branch."

Magistrates heard that Coles had checked the council's online map of protected trees but had looked at the wrong address. His solicitor said he had not seen the nest until the tree was on the ground.

Share the blame as he might, the chairman of the bench told him, a professional was expected to know the rules better than his customers did.

Coles was also ordered to pay £2,400 in costs. The homeowners were not prosecuted but have agreed to plant two replacement oaks.
"""),

dict(id="h14-en-003", lang="en", tpl="sanity", section="Technology", date="2026-01-20", byline="Priya Sandhu",
     title="Car maker told to stop passing drivers' braking data to insurers",
     sub="Regulator finds owners were never clearly asked whether their driving could be scored.",
     caption="The Velora app's driving score screen.", credit="Photo: Velora Motors",
     body="""
A car maker has been ordered to stop sending data about how its customers drive to insurance companies, after the data protection regulator found that owners had not given valid consent.

Velora Motors collected readings from the cars of about 140,000 UK owners, including how hard they braked, how fast they accelerated and how often they drove after midnight. It passed scores based on the readings to two insurers.

Several owners found out only when their renewal quotes went up. One, a nurse from Leeds who works night shifts, saw her premium rise by £310.

## "Buried in the set-up screen"

The regulator said the option to share driving data was switched on by default and was described in the car's set-up screen as "connected services to improve your experience".

"Nobody reading that would think it meant their insurer was watching them brake," the regulator's report says.

Velora must now:

- stop sharing driving scores with any third party;
- ask every owner separately, in plain words, before sharing resumes;
- delete the data already sent, and confirm it has been deleted by the insurers.

The regulator also criticised the company's website, which set tracking cookies before visitors had made a choice on its cookie banner.

Velora said it "respected the decision" and had already paused the data sharing in November. It has 28 days to show how it will comply.

Owners who think their insurance was affected can ask their insurer which data it used to set the price.
"""),

dict(id="h14-en-004", lang="en", tpl="blox", section="Sport", date="2025-08-26", byline="Colin Marsh",
     title="Bowls: 87-year-old wins county singles title at his 41st attempt",
     sub="Stan Whitlow first entered the championship in 1982.",
     caption="Stan Whitlow on the green at Farnley Park.", credit="Colin Marsh",
     body="""
Stan Whitlow first entered the county singles bowls championship in 1982, the year he retired from the railway. On Sunday, at his 41st attempt, he won it.

Whitlow, 87, beat a player almost sixty years younger, 28-year-old Josh Kerrigan, by 21 shots to 17 in the final at Farnley Park.

He had reached the semi-finals five times, most recently in 2009, but had never got further.

## A long road

Follow his record back through the club's scorebooks and the story is mostly one of narrow defeats. He lost the 1994 semi-final on the last end and the 2003 semi-final after leading 19-12.

"I'd stopped thinking about winning it," he said. "I just enjoy the afternoons."

Kerrigan, who plays for the county side, said his opponent had read the green better than anyone he had played all season.

"He put every wood where he wanted it."

Whitlow's club, Farnley Park, said membership had risen from 38 to 61 in two years after it cut the annual subscription to £60 and started free Friday taster sessions.

The club's secretary, Eileen Frost, said the new members had given the older players a reason to keep coming. Three of them had travelled to watch the final.

Whitlow will now represent the county in the national championship in September. Asked about his plans, he said he would be practising every morning:

- an hour on the green before breakfast;
- a walk with the dog;
- no cake at the club until the competition is over.
"""),

dict(id="h14-en-005", lang="en", tpl="nextjs", section="Science", date="2025-11-11", byline="Dr Helen Crewe",
     title="Lichens return to city-centre trees as air quality improves, survey finds",
     sub="Volunteers recorded 23 species on trees where there were four in 2006.",
     caption="Lichen on a plane tree in Castle Square.", credit="Photo: Lichen Watch",
     body="""
Lichens that cannot survive in polluted air have returned to trees in the centre of Harbridge, according to a survey carried out by volunteers over the summer.

The volunteers recorded 23 species on 120 trees in the city centre. When the same trees were surveyed in 2006, they found four.

Lichens take much of what they need from the air and rain, which makes them sensitive to pollution. Several of the species found this year are known to disappear where nitrogen dioxide levels are high.

## What the volunteers found

The survey, run by the local natural history society, found that:

1. species sensitive to nitrogen were present on trees in 14 of the 20 streets checked;
2. the richest trees were in the parks and the quieter residential streets;
3. two streets next to the inner ring road still had almost none.

Pictures from the survey have been shared online with the credit line "Photo: Lichen Watch, Harbridge 2025", and the society has asked anyone who uses them to keep it.

Listen to the older members of the society and they will tell you how bare the trees used to be. Margaret Oduya, who took part in both surveys, remembers finding only a grey crust on most of them.

"Now there are little orange and yellow rosettes everywhere," she said.

The council said the results matched its own monitoring, which shows nitrogen dioxide in the city centre has fallen by about 40% since 2010.

The society plans to repeat the survey every five years.
"""),

dict(id="h14-en-006", lang="en", tpl="cms", section="Health", date="2026-02-03", byline="Amina Rashid",
     title="Maternity unit's night-time phone line takes 4,000 calls in first year",
     sub="Midwives answer questions from new parents between 10pm and 6am.",
     caption="Midwife Claire Ennis on the night line.", credit="Photo: Wenford General Hospital",
     body="""
A phone line that lets new parents speak to a midwife in the middle of the night has taken more than 4,000 calls in its first year, Wenford General Hospital says.

The line is staffed by two midwives between 10pm and 6am. Parents can call in the six weeks after their baby is born, whether the baby was born at the hospital or not.

The most common reasons for calling were:

- feeding problems;
- a baby who would not stop crying;
- worries about a mother's own stitches or bleeding.

About one call in twelve ended with the family being asked to come in or to call an ambulance.

## Fewer trips to A&E

The hospital said visits to its emergency department by babies under six weeks old had fallen by 18% since the line opened.

Listen to the recordings the midwives are allowed to use for training and you hear how many calls start with an apology. Parents often say they are sorry to bother anyone at that hour.

"That is exactly when we want them to ring," said Claire Ennis, one of the midwives who set up the service.

In several cases the midwives stayed in contact with a family for an hour or more while a feeding problem was sorted out.

One father who called at 3am said: "She talked me through it like she had all night."

The line costs about £310,000 a year. The hospital says it will keep it running at least until 2028.
"""),

dict(id="h14-en-007", lang="en", tpl="semantic", section="Transport", date="2025-10-14", byline="Neil Sutcliffe", low=0,
     title="Step-free access arrives at Elmbury station after 22-year campaign",
     sub="Two lifts and a new footbridge open on Monday.",
     caption="The new footbridge at Elmbury station.", credit="Photo: Neil Sutcliffe",
     body="""
Passengers at Elmbury station will be able to reach both platforms without using stairs from Monday, when two lifts and a new footbridge open.

Until now, anyone who could not manage the 38 steps of the Victorian bridge had to travel on to the next station and come back on a train in the other direction to reach the southbound platform.

The campaign for step-free access began in 2003, when a group of parents with pushchairs collected 1,100 signatures. The first request for funding was turned down in 2006.

## Three attempts

Two later bids failed before the station was included in a national accessibility programme in 2022. The work cost £7.8m and took 14 months.

Gwen Padgett, who uses a wheelchair and joined the campaign in 2011, was among the first to try the lifts on a preview day last week.

"I've been rehearsing this trip in my head for fourteen years."

The old footbridge will stay open. Network managers said it would be repainted in its original colours in the spring.

The campaign group is planning a party on the platform on Saturday. Its chairman, Alan Burke, said the members would now turn their attention to the station car park, which has no dropped kerb:

- a proper drop-off bay by the entrance;
- a dropped kerb from the car park to the ticket office;
- a bench on the southbound platform.

"We're not going anywhere," he said.
"""),

dict(id="h14-en-008", lang="en", tpl="storybody", section="Education", date="2026-01-13", byline="Fiona Gilchrist",
     title="College launches dry-stone walling course as wallers run short",
     sub="",
     caption="Students repairing a wall above Kelder.", credit="Photo: Dalesend College",
     body="""
A rural college is to train dry-stone wallers after farmers and national park rangers warned that there were too few left to repair the walls that cross the uplands.

Dalesend College's course starts in April and runs one day a week for a year. Twelve places are available, and the fees will be covered by a heritage grant for anyone who commits to working in the area afterwards.

The national park authority estimates that about a third of the walls in its area are in poor condition, and that fewer than 40 professional wallers work in the county.

## Learning from the old hands

The course will be taught by Tom Alderson, who has been walling for 46 years and still works most days.

Share a lunch break with him on a hillside and he will explain that every wall is two walls leaning on each other, tied together with long stones he calls throughs.

"You can't learn it from a book. You learn it from your back."

Students will spend most of their time on real repairs. The college has agreed with three farms to rebuild stretches that have fallen down in the last two winters.

## Who is applying

The college said it had received 31 applications in the first week, from school leavers to a retired police officer. Half came from people who already worked outdoors.

A farmer who has offered a length of wall for the students, Ian Metcalfe, said he had waited two years for a waller to come out to him.

"If it takes a course, it takes a course."
"""),

dict(id="h14-en-009", lang="en", tpl="ghost", section="From the editor", date="2026-03-12", byline="Joe Marlowe",
     site="The Fenmouth Letter",
     title="We're printing a paper again: 2,000 copies, once a month",
     sub="Why a newsletter that lives in your inbox is going back to ink.",
     caption="Proofs of the first issue on the kitchen table.", credit="Photo: Joe Marlowe",
     body="""
Three years ago I started the Fenmouth Letter because the town no longer had a paper. This spring we are going to print one.

From April, a 16-page edition will come out on the first Friday of every month. We will print 2,000 copies and leave them in the library, the surgery, both pubs and the launderette. It will be free.

Why go back to paper? Because about a third of the town does not read anything online, and those are often the people most affected by what the council decides.

## How it will be paid for

The printing will cost about £900 an issue. We will pay for it with:

- ads from local businesses, limited to four pages;
- a grant from the town's community trust for the first year;
- some of the money paying members already give us.

Subscribe, if you have not already, and you will still get everything by email first, as you do now. Nothing that is free online will go behind a paywall.

## What will be in it

Most of the paper will be the stories we have already sent out that month, shortened, plus the planning applications, the events listings and the letters page that members keep asking for.

Follow the launch on the website, where we will post a list of where to pick up a copy.

"It's the first time I'll be able to hand my mum a copy," said Sana Qureshi, who writes our council reports.

We will review it after six issues. If it is not working, we will say so.
"""),
]
