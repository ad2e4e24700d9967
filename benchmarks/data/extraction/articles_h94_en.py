# English stories for the ninety-fourth held-out part (h94-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h92_en.py (tpl: "bolt" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, watch, tags); "carry" names the
# residue families a page must carry, among them the three families new in this part (schoolappeals, kidseatfree,
# museumdays), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h94-en-001", lang="en", tpl="bolt", site="Kestleigh Gazette",
     section="Education", date="2026-04-17", byline="Harriet Quayle",
     title="Ninety-one families refused places at Oxley Cross Primary",
     sub="The village school had more first-choice applications for Reception than any other primary in the county.",
     caption="Parents waiting at the gates of Oxley Cross Primary School.", credit="Photo: Kestleigh Gazette",
     tags=["Oxley Cross Primary School", "school places", "Brantwell valley"],
     carry=["schoolappeals"],
     look=[("factbox", "Places at a glance"), ("italic", "\u201cWe can see the playground"), ("bold", "There is no room to build.")],
     body="""
Oxley Cross Primary School has turned away 91 families who named it as their first choice for a Reception place in September, the highest number of refusals at any primary school in the county this year.

The school, rated outstanding at its last two inspections, has 60 places. Figures published by the county council on national offer day show that it received 214 applications, 151 of them as a first preference.

## Places at a glance

- 60 Reception places for September
- 151 first-preference applications
- 38 places given to brothers and sisters of current pupils
- 22 places given by distance, the furthest to a home 0.61 miles from the gate

Parents on the edge of the village say the catchment has shrunk so quickly that children born within sight of the school are now being sent three miles away.

\u201cWe can see the playground from our kitchen window and we still didn't get in.\u201d

That was how Keeley Armitage put it. Her daughter Isla has been offered a place at Saltmarsh End Primary, a school the family did not list, and she intends to appeal.

**Why the numbers rose**

Headteacher Graham Iveson said the school had not changed its admissions rules. He put the rise down to the 140 homes built off Mill Lane since 2022 and to young families moving out of Kestleigh.

The county council said every child in the area had been offered a place at one of their preferences, and that 93 per cent of children across the county got their first choice.

There is no room to build.

The school stands on a narrow plot between the church and the main road, and the council ruled out an extra classroom when it last reviewed places in 2023. A spokesperson said it would look at the village's numbers again in the autumn.

The council's admissions team will hold a drop-in session for refused families at Kestleigh library on Tuesday 21 April, from 3pm to 6.30pm.
"""),

dict(id="h94-en-002", lang="en", tpl="nextjs",
     section="Cost of living", date="2026-07-23", byline="Owen Latchford",
     title="Cafés and pubs offer free children's meals as holiday food bills climb",
     sub="Families say the six-week break costs far more than term time, when their children get school lunches.",
     caption="Children's lunches being served at a café on Kestleigh market square.", credit="Photo: Owen Latchford",
     carry=["kidseatfree"],
     body="""
Cookies and a carton of juice used to see Dani Pryor's three children through a summer afternoon. This year, she says, even that has become a stretch.

Like thousands of parents in the Brantwell valley, Dani relies on free school meals during term time. When the schools break up on Friday, those lunches stop for six weeks, and a family of five can spend an extra \u00a340 to \u00a360 a week on food.

"The summer holidays are the most expensive weeks of my year, and that's before anybody asks to go anywhere," she said.

A growing number of cafés and pubs in Kestleigh are trying to help by giving children a free meal when an adult eats, and in a few cases with no purchase at all.

Sandra Ellwood, who runs the Copper Kettle on the market square, started her offer three summers ago with a tray of sandwiches. Last August she served more than 1,100 children's lunches.

"Nobody has to explain themselves. You come in, you sit down, the children eat," she said.

The valley's food bank says the holiday weeks are its busiest time of year outside Christmas. Its manager, Priya Santer, said families coming for the first time most often asked for:

- breakfast cereal and milk
- bread and something to put in a sandwich
- fruit that children will actually eat
- toiletries, which no voucher scheme covers

The county council's holiday activities programme, paid for by the government, gives free places with a hot meal to children on free school meals, but only for four days a week over four weeks.

Dani has booked her two youngest into the programme at Oxley Cross for the last fortnight of August. "It's a start," she said.
"""),

dict(id="h94-en-003", lang="en", tpl="medium",
     section="Culture", date="2026-05-09", byline="Ruth Okafor",
     title="A Roman floor comes home: the Dunmere mosaic is back on show",
     sub="Lifted from a farmer's field in 1962 and kept in crates for forty years, the mosaic has a gallery of its own again.",
     caption="Conservators laying the last section of the mosaic in the new gallery.", credit="Photo: Ruth Okafor",
     carry=["museumdays"],
     body="""
For most of the last forty years, the best-preserved Roman floor in the Brantwell valley has been stored in 23 wooden crates in a warehouse behind Kestleigh bus station. This weekend it goes back on show.

The mosaic, about five metres by four, was found in 1962 when a farmer at Dunmere ploughed into a layer of red and white tiles. Archaeologists lifted it in sections, and it was displayed at Kestleigh Museum until the gallery roof began to leak in 1986.

## Putting it back together

Conservators from a specialist firm in Bristol spent fourteen months cleaning the sections and relaying them on new panels. The work cost \u00a3380,000, most of it from a national heritage grant, with \u00a345,000 raised by the Friends of Kestleigh Museum.

Chief conservator Anneliese Brock said about a tenth of the tesserae, the small cubes of stone, had come loose over the years. "Every one of them was numbered in 1962. That is the only reason we could put them back where they belong," she said.

## What it shows

The floor shows a hunting scene around a central circle of dolphins, and is thought to have come from the dining room of a villa built around AD 300.

Curator Tom Haldane said the museum had been asked about the mosaic almost every week since it was packed away. "People remember being brought here by their grandparents and told not to step on it," he said.

Visitors may photograph the mosaic, but not with flash, and a raised walkway lets them see the whole floor at once.

The museum on Priory Street is open Tuesday to Sunday, from 10am to 4pm.
"""),

dict(id="h94-en-004", lang="en", tpl="generatepress", site="Brantwell Voice",
     section="Schools", date="2026-04-24", byline="Joel Marsh",
     title="Brantwell Meadows families told there is no school place within walking distance",
     sub="Parents on the new estate say the primary school they were promised is still a fenced-off field.",
     caption="The land set aside for a primary school at Brantwell Meadows.", credit="Photo: Joel Marsh",
     carry=["schoolappeals"],
     body="""
When Amira and Leon Dacosta bought their house at Brantwell Meadows in 2023, the sales brochure showed a primary school at the end of their road. Three years on, the land is still fenced off and their son has been offered a Reception place four miles away.

They are one of 37 families on the estate who did not get any of their preferred schools this month, according to figures the council released to the Brantwell Voice.

**A school still on paper**

The developer agreed in 2021 to hand over the land and \u00a32.9 million towards a one-form-entry school once 400 homes had been sold. The 400th home was sold last summer, but the council has not yet chosen a trust to run the school or applied for planning permission.

A council spokesperson said the school was "expected to open no earlier than September 2028" and that the nearest schools with spare places were in Kestleigh.

**What families have been offered**

For September, the council has offered families on the estate:

- a free bus pass to the allocated school for children under eight
- a place on the waiting list of every school they applied for
- a meeting with the admissions team before any appeal hearing

Amira Dacosta said a bus pass solved nothing for a four-year-old. "He'd be on a bus for forty minutes each way. He still has a nap after lunch," she said.

Residents' association chair Colin Bragg said the estate had been "sold as a village and built as a cul-de-sac". The association has started a petition asking the council to put temporary classrooms on the site, and sends updates to residents in a newsletter that goes to 480 homes.

The petition has 612 signatures and will be handed to the council's cabinet on 7 May.
"""),

dict(id="h94-en-005", lang="en", tpl="kadence", site="Hathercombe Post",
     section="Community", date="2026-08-06", byline="Megan Toller",
     title="St Oswald's café feeds 300 a week and lets diners pay what they can",
     sub="Volunteers at the church hall say more working families are coming through the door.",
     caption="Volunteers serving lunch at the St Oswald's community café.", credit="Photo: Megan Toller",
     carry=["kidseatfree"],
     look=[("br", "Bakeries drop off")],
     body="""
On a Wednesday lunchtime the queue at St Oswald's church hall in Hathercombe reaches the door. There is soup, a hot main course and a pudding, and nobody is told what to pay.

The community café opened three years ago to use food from supermarkets that would otherwise be thrown away. It now serves about 300 meals a week over three days, and its volunteers say the people coming in have changed.

"At the start it was mostly older people living alone. Now it's families, and a lot of them are working," said coordinator Bev Ashdown.

Diners put what they can afford into a wooden box by the till. Last year the box took just over \u00a39,000, which paid for gas, electricity and the ingredients that are not given.

Most of the food comes from two supermarkets in Kestleigh and from allotment holders in Pellow Green.

Bakeries drop off their unsold bread at the end of each day.

During the school holidays children eat free on every day the café is open, and the volunteers add a breakfast session on Tuesday mornings.

Fourteen-year-old Jasmine Reilly, who helps in the kitchen in the holidays, said she first came with her mum and stayed to wash up. "Now I do the puddings," she said.

The café has 41 volunteers on its rota and needs more drivers to collect food. It does not advertise: most people hear about it from friends or follow its page on Facebook.

The café is open on Tuesday, Wednesday and Friday from 11.30am to 2pm at St Oswald's hall, Church Lane.
"""),

dict(id="h94-en-006", lang="en", tpl="squarespace", site="Pellow Green Allotment Society", kind="small",
     section="Society news", date="2026-03-27", byline="The committee",
     title="Thirty-one years of marrows and minutes: our secretary signs off",
     sub="Joan Pettifer is stepping down after running the society since 1995. We asked her about it.",
     caption="Joan Pettifer on her plot at the Pellow Green allotments.", credit="Photo: Pellow Green Allotment Society",
     body="""
After 31 years as secretary of the Pellow Green Allotment Society, Joan Pettifer will hand over the minute book at the annual meeting next month. She has worked plot 14 since 1989 and has no intention of giving that up. We sat down with her in the shed.

**How did you end up as secretary?**

Nobody else put their hand up. The old secretary moved to Wales in 1995 and the chairman looked straight at me. I said yes for one year.

**What has changed most on the site?**

The waiting list. When I started we had plots standing empty and we practically paid people to take them. Now there are 58 names on the list, and some of them will wait four years.

**Any feuds?**

Two, both about water butts. I'm not naming anyone.

**What are you proudest of?**

The raised beds by the gate. We built them in 2011 so that people in wheelchairs could garden, and two of our members still use them every week.

**Advice for your successor?**

Keep the meetings short and the tea strong. And never agree to judge the marrows at the show.

**And what happens to plot 14?**

It stays mine. There's forty years of compost in that soil.

The annual meeting is on Thursday 16 April at 7.30pm in Pellow Green village hall. Members who would like to stand for the committee should contact the chairman before 9 April.
"""),

dict(id="h94-en-007", lang="en", tpl="brightspot",
     section="Transport", date="2026-09-15", byline="Daniel Oduya",
     title="Saltmarsh End chain ferry to stop for six weeks of repairs",
     sub="The crossing carries about 900 people a day in summer.",
     caption="The chain ferry crossing the Brant at Saltmarsh End.", credit="Photo: Daniel Oduya",
     body="""
The chain ferry across the River Brant at Saltmarsh End will stop running for six weeks from 2 November while its chains and slipways are replaced.

The crossing, which has run in one form or another since the 1840s, saves drivers a 17-mile detour through Kestleigh. In summer it carries around 900 people a day, most of them on foot or on bikes.

## Worn chains

Inspectors found last spring that the two chains the ferry pulls itself along had worn thinner than the safe limit in several places. The county council, which owns the ferry, has ordered new chains from a foundry in the Midlands at a cost of \u00a3214,000.

Ferry master Alan Greaves said the old chains had been in use since 2009. "That's seventeen years in salt water. It's about what you'd expect," he said.

## Getting across in the meantime

The council will run a free minibus between the two slipways every hour from 7am to 7pm. Cyclists will be able to put their bikes on a trailer behind it.

Shopkeepers on the south bank are worried. Lorna Pike, who runs the general store at Saltmarsh End, said about a third of her customers came over on the ferry. "November is quiet anyway. Six weeks without the ferry could be the difference for us," she said.

The council said it had picked November because it is the quietest month on the crossing, and that the work would be finished before the Christmas market in Kestleigh.

Updated timetables for the replacement minibus will be posted at both slipways from 19 October.
"""),

dict(id="h94-en-008", lang="en", tpl="wordpress",
     section="Villages", date="2026-02-19", byline="Fiona Blakey",
     title="Dunmere's last red phone box becomes a defibrillator station",
     sub="Villagers bought the kiosk from BT for \u00a31 and raised the money for the equipment themselves.",
     caption="The converted phone box on Dunmere's main street.", credit="Photo: Fiona Blakey",
     carry=["correction"],
     correction="Correction, 20 February: an earlier version of this story said the kiosk was put up in 1958. It was installed in 1961.",
     look=[("dropcap", "The red telephone box on Dunmere")],
     body="""
The red telephone box on Dunmere's main street has not taken a call since 2014, but it may now save a life.

Villagers have fitted it with a defibrillator, a first aid kit and a light that comes on at dusk, after buying the kiosk from BT for \u00a31 under a scheme that lets communities adopt unused phone boxes.

The kiosk was installed in 1961 and is one of the last of its kind in the valley. It had been left to rust since the line was cut.

Parish councillor Mark Tilsley said the nearest defibrillator had been at the doctors' surgery in Oxley Cross, three miles away and locked at night. "If someone collapses in Dunmere, the ambulance could be twenty minutes. Those first few minutes are everything," he said.

The village raised \u00a31,850 in two months through a quiz night, a cake stall and a collection tin at the pub. A local builder repainted the box and replaced two cracked panes for nothing.

The defibrillator is registered with the ambulance service, so anyone who rings 999 for someone in cardiac arrest nearby will be given the code that opens the cabinet.

Retired nurse Sheila Marriott, who organised the fundraising, will run free sessions on how to use it. "It talks you through every step. You can't get it wrong by trying," she said.

The first session is in the village hall on Saturday 7 March at 10am, and places can be booked at the bar of the Dunmere Arms.
"""),

dict(id="h94-en-009", lang="en", tpl="storybody",
     section="Coast", date="2026-03-11", byline="Graham Pellow",
     title="Sea wall path at Saltmarsh End reopens after storm repairs",
     sub="Walkers can use the whole coast path again after eight months of work.",
     caption="The repaired path on top of the sea wall at Saltmarsh End.", credit="Photo: Graham Pellow",
     only=["correction"],
     correction="This article was amended on 12 March 2026 to correct the length of the repaired path, which is 420 metres, not 240 metres as we first reported.",
     body="""
The coast path along the sea wall at Saltmarsh End has reopened, eight months after the January storms tore away its surface and left the wall beneath it cracked.

The repaired section runs for 420 metres between the lifeboat station and the old salt pans. It was fenced off after waves lifted paving slabs weighing more than a tonne and dropped them on the beach.

The Environment Agency, which looks after the wall, said engineers had filled the cracks, rebuilt the top of the wall in concrete and laid a new path with a rougher surface that should be less slippery in the wet.

Walkers had been sent inland along the main road, which has no pavement for most of its length.

"We've had people walking in the road with pushchairs. That was the part that worried us," said parish council chair Brian Lowe.

The work cost \u00a31.6 million and was paid for from a national fund for coastal defences.

Dog walker Pam Hutchings, who has used the path every morning for twenty years, was among the first to try the new section. "It's smoother than it's ever been. The dogs don't know what to make of it," she said.

New benches will be put in at two viewpoints in the spring, and the agency plans to plant marram grass on the dunes at the western end.
"""),
]
