# English stories for the ninety-seventh held-out part (h97-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h96_en.py (tpl: "jnews" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, wire); "carry" names the
# residue families a page must carry, among them the three families new in this part (streettrees, taxilicensing,
# waterrefill), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h97-en-001", lang="en", tpl="jnews", site="Brannock Valley Post",
     section="Environment", date="2026-10-21", byline="Harriet Fenwick",
     title="Kestleby sets out to plant a thousand street trees in five years",
     sub="The first 180 go in this winter on the Pit Lane estate and Moor Road, and residents are asked to sponsor the rest.",
     caption="Moor Road, Kestleby, where the first trees will be planted.", credit="Harriet Fenwick",
     tags=["Kestleby trees", "Pit Lane estate"],
     carry=["streettrees"],
     look=[("dropcap", "Kestleby Town Council wants a tree")],
     body="""
Kestleby Town Council wants a tree outside every fifth front door by 2031, and it is asking residents to help pay for them.

The council agreed on Monday to plant 1,000 street trees over the next five years, starting with 180 this winter on the Pit Lane estate and along Moor Road, where a survey found fewer than one tree for every fifty homes.

## Where the first trees will go

Officers have drawn up a shortlist of streets with pavements wide enough and no cables or pipes in the way. The first winter's planting will cover:

- Pit Lane and the four closes off it
- Moor Road between the fire station and the railway bridge
- the car park behind the Wheatsheaf
- the edge of the Ashby Ridge playing field

Each tree costs about \u00a3420 to buy, plant and protect for its first three years. The council has found money for 600 of them from its own budget and a woodland grant; the rest, it hopes, will be sponsored by households, schools and businesses.

\u201cPeople keep telling us they want greener streets,\u201d said Councillor Hannah Brightwell, who chairs the environment committee. \u201cThis is the chance to put a name to one.\u201d

Not everyone is convinced. Residents on Moor Road said roots had lifted the pavement there before, and asked who would sweep up the leaves. The council said it would choose species with deep roots and small leaves, and that street cleaning would be stepped up in the autumn.

Planting starts in the last week of November. Volunteers are needed to water the new trees through their first summer; the council says a bucket a week is enough.
"""),

dict(id="h97-en-002", lang="en", tpl="regional",
     section="Transport", date="2026-03-31", byline="Owen Raistrick",
     title="Kestleby taxi fares could rise by nearly a tenth in first review since 2019",
     sub="Drivers say fuel and insurance have outrun the meter; pensioners warn that taxis are how many of them reach the doctor.",
     caption="The taxi rank outside Kestleby station.", credit="Owen Raistrick",
     carry=["taxilicensing"],
     look=[("bold", "The night tariff would start an hour earlier")],
     body="""
Taxi fares in Kestleby could rise by almost a tenth this summer after the district council opened its first review of the tariff in seven years.

Drivers asked for the increase in a petition signed by 212 of the district's 290 licensed drivers. They say fuel, insurance and the cost of replacing ageing cars have all risen faster than the meter.

Under the proposal, the flag fall would go up from \u00a33.20 to \u00a33.50, and each mile after the first would cost \u00a32.40 instead of \u00a32.20. A typical four-mile journey from the station to the hospital would rise from \u00a39.80 to about \u00a310.70.

The night tariff would start an hour earlier, at 11pm.

\u201cWe have kept our prices the same through two fuel spikes,\u201d said Imran Sadiq, who has driven a hackney carriage in the town for 22 years and chairs the Kestleby Taxi Association. \u201cNobody can run a car on 2019 money.\u201d

Passenger groups are less keen. Margaret Oldroyd, of the Brannock Valley Pensioners' Forum, said many older residents used taxis to reach GP appointments because the bus service had been cut back.

\u201cFor some people this is not a treat, it's how they get to the doctor,\u201d she said.

The council's licensing committee will weigh up the responses in June. Anyone who wants to comment has until 30 April to write to the licensing office at the Town Hall or contact the council through its website.
"""),

dict(id="h97-en-003", lang="en", tpl="hugo",
     section="Weather", date="2026-07-14", byline="Priya Lockwood",
     title="Old fountains flow again as Kestleby braces for third heatwave",
     sub="Three Victorian fountains are back in use and a dozen shops will fill water bottles for free.",
     caption="The fountain in Kestleby market place, back in use.", credit="Priya Lockwood",
     carry=["waterrefill"],
     look=[("highlight", "Drinking fountains have been switched back on")],
     body="""
Drinking fountains have been switched back on in Kestleby for the first time in a decade. The Brannock valley is bracing for its third heatwave of the summer.

The Met Office has issued an amber heat health alert for the region until Sunday, with temperatures forecast to reach 33C on Friday.

The town council has reconnected three Victorian fountains, in the market place, in the memorial gardens and outside the library, and twelve caf\u00e9s and shops have signed up to fill water bottles for free.

Newsagent Dev Mistry, whose shop on Bridge Street has a blue sticker in the window, said he had filled more than forty bottles by lunchtime on Tuesday. \u201cA lot of them were builders,\u201d he said. \u201cOne chap came back three times.\u201d

Health visitors are asking people to keep an eye on elderly neighbours and on babies, who can become dehydrated quickly.

The advice from the valley's public health team is simple:

- drink plenty of water through the day, thirsty or not
- keep curtains closed on the sunny side of the house
- stay out of the garden between 11am and 3pm
- do not leave children or pets in a parked car, even for a minute

Brannock Valley Leisure has kept the outdoor pool at Ashby Ridge open until 8pm for the rest of the week.
"""),

dict(id="h97-en-004", lang="en", tpl="newspack", site="The Tuckasee Ledger",
     section="Schools", date="2026-05-29", byline="Marisol Beaumont",
     title="After 31 years at Fifth and Maple, Harlan Springs' crossing guard hangs up her vest",
     sub="Dolores Whitcomb has walked about 6,000 children across the road. Her last shift is Friday.",
     caption="Dolores Whitcomb at the corner of Fifth Street and Maple Avenue.", credit="Marisol Beaumont",
     low=0,
     tags=["crossing guards", "Maple Avenue Elementary"],
     body="""
Dolores Whitcomb has stopped traffic at the corner of Fifth Street and Maple Avenue twice a day since 1995. She has seen three principals, two new school buildings and, by her own count, about 6,000 children across the road. Her last shift is Friday. We asked her about it.

**Whose idea was it that you take the Maple Avenue corner?**

My youngest was in second grade and the guard on this corner quit in October. The principal asked at pickup if anybody could do mornings. I said I could do a week.

**What has changed since then?**

The cars are bigger and the drivers are in more of a hurry. Everybody is looking at a phone. Kids haven't changed one bit. They still want to tell you about their dog.

**Were there ever any close calls?**

A pickup truck ran the sign in 2009. I pulled a boy back by his backpack. His mother still sends me a Christmas card.

**What will you miss most about the corner?**

The high fives. Some of those kids are parents now, and their children high-five me too.

**And what happens after Friday?**

Sleeping past six. My daughter wants me to come to Tucson for the winter, so I might.

The school district is holding a send-off for Whitcomb at Maple Avenue Elementary on Friday at 3:15 p.m. Families are invited to bring a card.
"""),

dict(id="h97-en-005", lang="en", tpl="wagtail", site="Brannock District Council", kind="public",
     section="Environment", date="2026-02-17", byline="Communications team",
     title="Replanting of Station Road avenue in Felling Cross to start in March",
     sub="Forty trees, most of them grown from cuttings of the felled limes, will line the road again.",
     caption="Station Road, Felling Cross, before the limes were felled.", credit="Brannock District Council",
     carry=["streettrees"],
     body="""
Work to replant Station Road in Felling Cross will begin next month, eighteen months after the avenue's 34 lime trees were felled.

The trees, planted in 1921 as a war memorial, were removed in October 2024 after a survey found that most had decay in their trunks and that several were at risk of falling onto the road.

The decision caused anger in the village, and the council promised at the time that every tree would be replaced.

The council will now plant 40 trees along the road, six more than were lost. Most will be small-leaved limes grown from cuttings taken from the old avenue before it was felled, so that the new trees share the original trees' genes. The rest will be field maples, which cope better with hot summers.

Councillor Peter Aske, cabinet member for the environment, said: \u201cWe know how much the old avenue meant to Felling Cross. We have taken the time to get this right.\u201d

A new memorial stone listing the names of the 34 soldiers remembered by the original trees will be placed at the station end of the avenue. Families of the men named on the stone have been invited to a dedication service on Remembrance Sunday.

Residents who want to know more can come to a drop-in session at Felling Cross village hall on Saturday 14 March, from 10am to 1pm.

Photos of the avenue taken in its first summer, in 1922, will be on show at the session.
"""),

dict(id="h97-en-006", lang="en", tpl="umbraco", site="Brannock Evening Telegraph",
     section="Brannock villages", date="2026-09-12", byline="Callum Ridsdale",
     title="Wolvey Green shop reopens with 214 villagers as its owners",
     sub="Shares of \u00a350 each saved the only shop for four miles, and forty volunteers keep it open.",
     caption="The community shop in the old forge on Church Lane.", credit="Callum Ridsdale",
     look=[("italic", "\u201cYou can't have a natter with a delivery van,\u201d")],
     body="""
The only shop in Wolvey Green reopened on Saturday, nine months after it closed, with 214 of the village's residents as its owners.

Villagers raised \u00a361,000 by selling \u00a350 shares after the previous owners retired and could not find a buyer. A further \u00a320,000 came from a rural community fund.

The shop, in the old forge on Church Lane, sells groceries, local bread and eggs, and has a post office counter two mornings a week.

**Run by volunteers**

Only the manager, Kirsty Hallam, is paid. Forty volunteers cover the rest of the rota, from the 7am newspaper round to Saturday afternoons.

\u201cI thought we'd struggle to find ten,\u201d said Ms Hallam. \u201cWe had to start a waiting list.\u201d

The nearest other shop is four miles away in Kestleby, and the bus runs only twice a day.

Edna Pilling, who is 90 and was first through the door, said she had missed the chat as much as the milk.

\u201cYou can't have a natter with a delivery van,\u201d she said.

The shop is open from 7am to 6pm on weekdays, and from 8am to 1pm at weekends.
"""),

dict(id="h97-en-007", lang="en", tpl="joomla4",
     section="Business", date="2026-11-06", byline="Owen Raistrick",
     title="Kestleby taxi firms turn away weekend fares as driver numbers fall by a third",
     sub="Only 276 drivers are licensed in the district, and new ones wait months for their checks.",
     caption="A taxi office on Bridge Street, Kestleby.", credit="Owen Raistrick",
     carry=["taxilicensing", "correction"],
     correction="Correction: this article first said the district had 312 licensed drivers before the pandemic. The figure was 412.",
     body="""
Taxi firms in Kestleby say they are turning away dozens of bookings every weekend because there are not enough drivers to take them.

The number of licensed drivers in the district has fallen from 412 before the pandemic to 276 today, according to figures from the council's licensing office. Many older drivers retired during the lockdowns and did not come back, and new applicants wait up to four months for their checks and the local knowledge test.

At Brannock Cars, the town's biggest firm, controller Sophie Lund said her phones were busiest between 11pm and 2am on Fridays and Saturdays, when she had half as many cars as she needed.

\u201cWe're telling people it'll be an hour, and some of them just start walking,\u201d she said. \u201cThat worries me.\u201d

Hospital staff finishing late shifts have also struggled to get home, the Brannock Valley NHS trust said.

The council says it will now hold the knowledge test every fortnight rather than once a month, and has cut the time it takes to process a licence from sixteen weeks to ten. It is also considering paying part of the cost of the medical for new drivers.

\u201cWe want more drivers, but they still have to be safe and they still have to know the town,\u201d said licensing manager Rob Heald.
"""),

dict(id="h97-en-008", lang="en", tpl="legacy-br",
     section="Arts", date="2026-06-19", byline="Bernadette Cawood",
     title="Felling Cross Silver Band plays on new instruments for the first time since 1966",
     sub="A lottery grant and a sponsored blow paid for 22 cornets, horns, baritones and basses.",
     caption="The band's new cornets on the schoolroom table.", credit="Bernadette Cawood",
     look=[("italic", "\u201cWe were fighting the instruments every rehearsal,\u201d")],
     body="""
Felling Cross Silver Band will march through the village on Sunday with instruments younger than its youngest player for the first time since 1966.

The band has bought 22 new cornets, horns, baritones and basses after winning \u00a338,000 from the National Lottery and raising a further \u00a39,000 with concerts, quiz nights and a sponsored blow at the garden centre.

Some of the old instruments were older than the band's oldest member, 84-year-old euphonium player Harold Brookes, who joined as a boy of nine.

**A sound worth hearing**

Musical director Jenna Clough said the old instruments had been patched so many times that some notes could no longer be played in tune.

\u201cWe were fighting the instruments every rehearsal,\u201d she said. \u201cNow the players can just play.\u201d

The old instruments will not go to waste. Six will be lent to the junior band, which has twelve members aged eight to fifteen, and the rest will be sold for \u00a31 to a band in Zambia.

The band rehearses on Tuesday and Thursday evenings in the Methodist schoolroom and is always looking for new players, whatever their age or experience.

Sunday's parade leaves the Miners' Arms at 2pm. Anyone who wants to follow the band's summer concerts will find the dates in the Felling Cross parish newsletter.
"""),

dict(id="h97-en-009", lang="en", tpl="wordpress",
     section="Business", date="2026-04-16", byline="Priya Lockwood",
     title="Daylight returns to Kestleby market hall after \u00a32.1m restoration",
     sub="Builders found a glass roof hidden under slate since the 1950s.",
     caption="The restored glass roof of Kestleby market hall.", credit="Priya Lockwood",
     low=0, only=["correction"],
     correction="Correction: an earlier version of this story said the market hall was built in 1887. It opened in 1878.",
     look=[("factbox", "The hall in numbers"), ("box", "The hall is open on Tuesdays")],
     body="""
Kestleby's Victorian market hall reopened on Thursday after two years of repairs that cost \u00a32.1m and uncovered a forgotten glass roof.

The hall, built in 1878, closed in 2024 when inspectors found rot in the timbers holding up its roof. When builders took the roof apart they found that a second, older roof of glass panels had been hidden under slate since the 1950s.

The glass has been restored, and the hall is lit by daylight for the first time in seventy years.

## The hall in numbers

- 1878: the hall opens, selling butter, eggs and cloth
- 1954: the glass roof is covered with slate
- 38 stalls, up from 26 before the repairs
- 4,200 glass panes cleaned or replaced

Twenty-nine traders have signed up, among them a cheesemonger, two bakers, a bike repairer and a stall selling second-hand records.

Stallholder Nadia Rahman, who sells spices, said the light had changed everything. \u201cIt used to feel like a cellar,\u201d she said. \u201cNow people come in just to look up.\u201d

**Market days**

The hall is open on Tuesdays, Thursdays and Saturdays from 8am to 4pm, with a craft market on the first Sunday of the month.
"""),
]
