# English stories for the seventy-third held-out part (h73-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h72_en.py (tpl: "methode" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (bridgelifts, hosepipeban, schoolbus),
# which are placed only on stories where a real site would print them.  On the methode pages the "sub" is the
# standfirst (printed in the story header, not in the truth), "caption" / "credit" belong to the lead image and
# "body_caption" to the image component the editor placed in the body; "tags" is the story's tag list.
ARTICLES = [
dict(id="h73-en-001", lang="en", tpl="methode", site="The Harwick Mercury", section="Transport", date="2026-05-07",
     byline="Gareth Pendry", tags=["Harwick Swing Bridge", "Marram Ship Canal"],
     title="Harwick Swing Bridge back in service after 14 months and £6.2m of repairs",
     sub="The 1894 bridge over the Marram Ship Canal reopened to traffic at dawn. Boat owners and drivers have been given a new timetable of openings.",
     caption="The first cars cross the reopened bridge shortly after 6am.", credit="Photo: Gareth Pendry",
     body_caption="Engineers testing the new hydraulic rams in March.",
     carry=["bridgelifts"],
     look=[("italic", "\u201cShe turned like a dancer.\u201d"), ("factbox", "The bridge in numbers")],
     body="""
Drivers crossed Harwick Swing Bridge on Thursday morning for the first time since March last year, when a cracked bearing forced engineers to fix it in the open position.

The 132-year-old bridge carries about 11,000 vehicles a day across the Marram Ship Canal between the town centre and the north shore. While it was shut, the detour through Tolley Lane added up to 25 minutes to journeys at rush hour.

The repairs, paid for by the county council and the canal trust, replaced the worn central bearing, the hydraulic rams that push the deck round and all of the control gear in the keeper's cabin.

Bridge keeper Alan Moffat, who has operated the bridge for 19 years, was at the controls for the first test swing on Tuesday night.

\u201cShe turned like a dancer.\u201d

He said the old machinery had needed coaxing. "Some days you could hear it complain from the pub."

## Fewer openings at rush hour

Under a new agreement with the canal trust, the bridge will not swing for leisure boats between 7.30am and 9am or between 4.30pm and 6pm on weekdays. Commercial vessels still have priority at any time.

Boat owners have been asked to book openings through the trust's harbour office.

## The bridge in numbers

- 1894: the year it first opened
- 870 tonnes: the weight of the moving deck
- 90 seconds: the time it takes to swing fully open
- 4,100: openings in a typical year

The council says it will publish the day's planned openings on its travel pages each morning. Please allow extra time on the approach roads this weekend while the last barriers are removed.
"""),

dict(id="h73-en-002", lang="en", tpl="regional", section="Environment", date="2026-07-21", byline="Niamh Corless",
     title="Hosepipe ban for 900,000 Mere Water customers from Friday",
     sub="The water company says reservoirs are at their lowest July levels since 1976.",
     caption="The exposed bank of Marram Reservoir last week.", credit="Photo: Niamh Corless",
     carry=["hosepipeban"],
     body="""
Share a bath, skip the car wash and leave the lawn to go brown: that is the message from Mere Water, which will bring in a hosepipe ban for 900,000 customers on Friday.

The company said its three main reservoirs were between 37 and 52 per cent full, against an average of about 80 per cent for the time of year. Rainfall since April has been less than half the usual amount.

It is the first ban in the area since 2018.

**What is banned**

Under a temporary use ban, customers must not use a hosepipe to:

- water gardens or allotments
- clean cars, boats or caravans
- fill paddling pools or ponds
- clean patios, walls or windows

Watering cans and buckets filled from the tap are still allowed, as is water from water butts.

**Who is exempt**

Blue Badge holders and some customers on the company's priority services register can apply to be exempt. Businesses that use water as part of their trade, such as car washes and garden centres, are not covered.

Mere Water's operations director, Rhona Kettlewell, said the company had fixed 1,400 leaks since May. "We know people will ask about our pipes before their hoses, and that is fair."

Anyone who breaks the ban can be fined up to £1,000, though the company said it had never taken a customer to court.

The ban will stay in place until reservoir levels recover, which could take until the autumn.
"""),

dict(id="h73-en-003", lang="en", tpl="legacy-br", section="Education", date="2026-09-02", byline="Tom Aske",
     title="Fennick Green children get their school bus back after parents' campaign",
     sub="The county council had cut the service in July, saying the walking route to Harwick Academy was safe.",
     caption="Parents and children at the Fennick Green stop on the first morning.", credit="Photo: Tom Aske",
     carry=["schoolbus"],
     body="""
Forty-one children from the hamlet of Fennick Green caught a school bus on Tuesday morning, seven weeks after the county council said they would have to walk.

The council withdrew the free service in July after a review concluded that the 2.9-mile route to Harwick Academy was an "available walking route", which means children living along it are not entitled to free transport.

Parents disagreed. The route includes a stretch of the B1174 with no pavement and a 60mph limit, and a footpath across two fields that floods every winter.

**A walk with the councillors**

In August, the parents' group invited three councillors to walk the route with them at 7.45am, the time their children would have to leave home.

Councillor Imran Baig, the cabinet member for education, said he had changed his mind halfway along the main road. "A lorry passed close enough to move my coat. I would not send my own children that way."

The council has now reclassified the route and reinstated the bus for at least two years while it looks at building a footpath.

**Getting on board**

Parents do not need to reapply. Passes issued before July are valid again, and new pupils will receive theirs by post.

Katie Longstaff, who started the campaign, said the parents would keep the group going. "We will follow the footpath plans closely."

The bus leaves Fennick Green at 7.52am and returns from the academy at 3.25pm.
"""),

dict(id="h73-en-004", lang="en", tpl="portal", section="People", date="2026-07-15", byline="Lucy Varga",
     title="'Thirty-one years with a stick and a smile': Saltcote's lollipop man hangs up his coat",
     sub="Ron Elphick has helped children across the road outside St Aidan's Primary since 1995.",
     caption="Ron Elphick at his crossing on Marram Road.", credit="Photo: Lucy Varga",
     low=0,
     body="""
Ron Elphick took his post outside St Aidan's Primary in Saltcote in September 1995. On Friday, aged 77, he will see the children across Marram Road for the last time. We met him at the school gate.

**How did you come to be a lollipop man?**

I saw a card in the newsagent's window. I had been made redundant from the boatyard and my wife said I needed something to get me out of the house.

**How many children have you crossed?**

The head worked it out once. Something like 300,000 crossings. Some of the first ones now bring their own children.

**Any near misses on Marram Road?**

Two or three. A van that did not stop in 2003. I banged on his bonnet with the stick. He stopped after that.

**Wet days?**

You get wet. The coat is good but the rain off the lake comes sideways.

**Which part of the job will you miss?**

The cheek. The children tell you everything. Who has a new baby, whose dog was sick on the carpet, who did not do their homework.

**And the stick?**

The school wants to put it in a glass case in the hall. I said it should go to whoever takes over. It still works.

**Has anyone taken over?**

Not yet. The council is advertising. It is 40 minutes in the morning and 40 in the afternoon, and you get a proper coat.

**And on Monday morning?**

Fishing. I have not been fishing on a weekday morning for 31 years.
"""),

dict(id="h73-en-005", lang="en", tpl="cms", section="Community", date="2026-06-12", byline="Hamid Sarwar",
     title="Marram's Victorian lido reopens with its diving board restored",
     sub="The open-air pool closed in 2021 when its filters failed.",
     caption="Swimmers on the first morning at Marram Lido.", credit="Photo: Hamid Sarwar",
     only=["correction"],
     correction="Correction, 13 June: an earlier version of this article said the pool was 50 metres long. It is 55 yards long.",
     body="""
Swimmers queued from 6am on Saturday as Marram Lido opened its gates for the first time in five years.

The open-air pool, built in 1898 on the shore of the mere, closed in 2021 when its filtration system failed. A community group raised £1.1 million to repair it, with the rest of the £2.4 million bill paid by the town council and a lottery grant.

The 55-yard pool is now heated to 24C by a heat pump and solar panels on the roof of the changing rooms.

The biggest cheer of the morning was for the diving board. The concrete tower, demolished in 1989 on safety grounds, has been rebuilt to its original design, with a lower board for children.

Former lifeguard June Attwell, 81, was the first up the steps. "I used to tell people off for running on this side. Today I nearly ran myself."

The lido will be open from 6.30am to 8pm every day until the end of September, and at weekends in October. An adult swim costs £5.50 and children under five swim free.

The community group is still looking for volunteers to help with cleaning and the cafe. It also plans to open the pool for a winter swim on New Year's Day.

Season tickets can be bought at the kiosk on Lido Road or from the town council's offices.
"""),

dict(id="h73-en-006", lang="en", tpl="magazine", section="Features", date="2026-10-03", byline="Bethan Lowry",
     title="The Tolley Vale orchard where every apple has a name",
     sub="Volunteers have planted 212 old varieties on a field that was once a rubbish tip.",
     caption="Volunteers picking apples at Tolley Vale community orchard.", credit="Photo: Bethan Lowry",
     pull="Every one of these trees was nearly lost",
     carry=["calendar"],
     look=[("dropcap", "On a Saturday morning in October"), ("box", "Anyone can pick")],
     body="""
On a Saturday morning in October, the field at the end of Tolley Lane smells of cider. Thirty volunteers are working along the rows with ladders and crates, and a girl of about six is reading out the labels on the trees.

"Bloody Ploughman. Keswick Codlin. Sops in Wine."

The community orchard was planted in 2011 on an old council tip, capped with clay and left to grass. Today it holds 212 varieties of apple, most of them from the north of England and many of them rare.

Its founder, retired science teacher Philip Oakes, spent years tracking down old trees in farmyards and back gardens. He took cuttings and grafted them at home.

"Every one of these trees was nearly lost," he said. "Some of them were down to a single old tree in somebody's hedge."

Anyone can pick. The orchard asks only that visitors leave the labelled trees at the far end for the grafting group, and take no more than they can carry.

This year's crop is the biggest yet, helped by a warm spring. The volunteers expect to press about 2,000 litres of juice, some of which will be turned into cider by a brewery in Harwick.

The orchard holds its apple day on Sunday 12 October from 11am to 4pm, with tastings, a pressing demonstration and an expert who will try to name apples that visitors bring from their own gardens.
"""),

dict(id="h73-en-007", lang="en", tpl="nextjs", section="Transport", date="2026-03-19", byline="Declan Firth",
     title="Tolley Lane lift bridge to close for a fortnight while its motors are replaced",
     sub="The bridge will be fixed in the raised position so boats can pass, but drivers face a 4-mile diversion.",
     caption="The Tolley Lane lift bridge in the raised position.", credit="Photo: Declan Firth",
     carry=["bridgelifts"],
     look=[("bold", "The boats come first.")],
     body="""
The lift bridge on Tolley Lane will be closed to traffic for two weeks from Monday while engineers replace the electric motors that raise and lower it.

The bridge carries a single lane of traffic controlled by lights over the Marram Ship Canal. It is lifted about 4,000 times a year, most of them in summer.

Its two motors date from 1974. The canal trust said one had failed twice in February, leaving the deck stuck halfway up for more than an hour on both occasions.

The boats come first.

Under the canal's rules, the bridge will be fixed in the raised position during the work, so that commercial vessels can keep using the canal. Pedestrians and cyclists will be able to cross on a temporary footbridge.

Drivers will be diverted via Harwick Swing Bridge, adding about 4 miles to the journey between Tolley Vale and the north shore. Bus route 22 will also be diverted.

**Why March?**

The trust said it had chosen March because it was the quietest month on the canal. "If we leave it until May we lose 600 boat passages," said its engineer, Sally Drinkwater.

Residents of the houses nearest the bridge have been warned of noise between 8am and 6pm on weekdays, when a crane will lift the old motors out.

The work is due to finish on 3 April. The trust has promised to contact residents and businesses along the diversion route if it overruns.
"""),

dict(id="h73-en-008", lang="en", tpl="gutenberg", section="Business", date="2026-11-18", byline="Ellie Fairburn",
     title="Volunteer-run shop in Eastmere celebrates ten years behind the counter",
     sub="The village shop was saved by residents who bought shares at £25 each.",
     caption="Volunteers at the till of Eastmere Community Shop.", credit="Photo: Ellie Fairburn",
     look=[("box", "More than 300 people own a share")],
     body="""
Eastmere Community Shop was ten years old on Tuesday, and its volunteers marked the day the way they mark every other: by opening at 7am for the papers.

The shop was saved in 2016 when the last owners retired and nobody bought the business. Residents held a meeting in the village hall and agreed to buy it themselves.

More than 300 people own a share, most of them worth £25. None of them has ever been paid a dividend, and none of them has asked for one.

Today the shop employs one full-time manager, Deborah Hume, and relies on a rota of 64 volunteers. The oldest is 89 and still does the Thursday afternoon shift.

## What it sells

Alongside bread, milk and newspapers, the shop stocks eggs from two farms in the village, honey from the allotments and cookies baked by a woman on Church Street, which sell out most mornings.

It also runs a post office counter three days a week, after the village post office closed in 2019.

## Keeping going

Turnover last year was £312,000. Ms Hume said rising energy bills had been the hardest part of the past two years.

"We turned the fridges down, we put doors on the chillers and we asked people to bring their own bags. Every bit helped."

The shop's committee is looking for new volunteers, especially for early mornings. Anyone interested can leave their name at the till.
"""),

dict(id="h73-en-009", lang="en", tpl="quintype", section="Countryside", date="2026-08-24", byline="Robbie Gaunt",
     title="Sheepdog trials return to the north shore after a 20-year gap",
     sub="Fifty-eight handlers and their dogs competed on a hill farm above Eastmere.",
     caption="A border collie guides sheep towards the pen.", credit="Photo: Robbie Gaunt",
     carry=["gallery"],
     look=[("highlight", "Nobody in the crowd spoke.")],
     body="""
Nobody in the crowd spoke. On the hillside above them, a black and white collie called Nell was bringing five sheep through a gap in a hurdle with about a metre to spare.

The North Shore Sheepdog Trials returned on Saturday for the first time since 2006, on a farm above Eastmere, with 58 handlers from across the north of England and southern Scotland.

Each dog had 12 minutes to gather five sheep from the far end of the field, bring them through two sets of hurdles and pen them, with its handler allowed only whistles and calls.

The trials stopped in 2006 when the farmer who hosted them retired. This year's event was organised by his granddaughter, Carys Holt, who now farms the same land.

"My grandad used to let me ring the bell at the end of each run," she said. "I wanted my own children to see it."

**A local winner**

The open class was won by Dougie Pattinson of Tolley Vale with his dog Jess, who lost only six points. It was his first win in 30 years of competing.

About 1,500 people attended, more than the organisers expected, and the car park in the bottom field was full by 11am.

The organisers plan to hold the trials again next August and are looking for volunteers to help with parking.
"""),
]
