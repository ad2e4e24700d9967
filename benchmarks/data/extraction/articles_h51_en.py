# English stories for the fifty-first held-out part (h51-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text; "[^n]" at the end of a paragraph is a Substack footnote mark, not story text).
# Fields as in articles_h50_en.py (tpl: "substackpub" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag, notes); "carry" names the
# residue families a page must carry, among them the three families new in this part (airmonitor, floodgauge,
# pollfinder), which are placed only on stories where a real site would print them; "notes" are the footnotes of a
# Substack post (not story text, as in make_heldout3.py).
ARTICLES = [
dict(id="h51-en-001", lang="en", tpl="substackpub", site="The Fenmoor Bulletin", kind="indie",
     section="Town", date="2026-10-06", byline="Harriet Quennell",
     title="The last bank in Fenmoor shuts its doors on Friday",
     sub="Lloyd & Barwick is leaving the High Street after 112 years. A shared banking hub in the old library will take its place, three days a week.",
     caption="The Lloyd & Barwick branch on Fenmoor High Street, which closes on Friday.", credit="Photo: Harriet Quennell",
     low=2,
     notes=["Lloyd & Barwick's own figures, given to the town council in July.",
            "The hub's hours may change after the first six months, the operator says."],
     look=[("bold", "What happens to the building?"), ("italic", "Thank you to everyone who wrote in")],
     body="""
Thank you to everyone who wrote in after last week's post about the bank. More than forty of you did, and a good many of the letters were about the same thing: how do I pay in the takings now?

Here is what I have found out.

Lloyd & Barwick will close its Fenmoor branch at 3pm on Friday. It has been on the corner of the High Street and Sheep Lane since 1914. The bank says fewer than 300 customers now use the counter in a typical week, down from about 1,100 before the pandemic.[^1]

## The hub

From 20 October a shared banking hub will open in the reading room of the old library on Church Walk. Customers of any of the big banks will be able to pay in cash and cheques, take out money and check their balance at a counter run by the Post Office.

On Tuesdays, Wednesdays and Thursdays a community banker from one of the five banks will also be there, on a rota.[^2]

Brenda Halsall, who runs the greengrocer's two doors down from the bank, said she would manage. "It's a walk up the hill with the cash bag instead of across the road. I'll live. It's the older ones I worry about."

What happens to the building?

Nobody knows yet. The bank owns the freehold and says it will be sold. The town council has written to ask for first refusal.

The cash machine outside will stay until the end of the year.

The hub opens on Monday 20 October, 10am to 3pm, Tuesday to Thursday 9am to 4pm, and Friday 10am to 1pm.
"""),

dict(id="h51-en-002", lang="en", tpl="wordpress", section="Politics", date="2026-05-11", byline="Callum Breary",
     title="Three polling stations move for Thursday's Hollins ward by-election",
     sub="Voters in two streets will cast their ballots in a scout hut after the church hall was sold.",
     caption="The Hollins Scout Hut on Tanner Street, which will be used as a polling station.", credit="Photo: Callum Breary",
     carry=["pollfinder"],
     look=[("dropcap", "Voters in the Hollins ward")],
     body="""
Voters in the Hollins ward of Kelbury will find three of their five polling stations in different buildings when they go to the by-election on Thursday.

The by-election was called after the death in March of Councillor Derek Oakes, who had represented the ward for nineteen years.

The returning officer said the changes were made because St Aidan's church hall has been sold and the infant school on Dale Road is having its roof replaced.

## Where the stations have moved

- St Aidan's church hall: now the Hollins Scout Hut, Tanner Street
- Dale Road Infant School: now the Methodist chapel, Dale Road
- Hollins Library: now the community centre on Bright Street

Polling cards sent out in April give the new addresses. Voters who have lost their card can still vote, as long as they go to the right station.

This is also the first election in the ward since voters were asked to show photo identification. A passport, a driving licence or a bus pass for older people are among the documents accepted.

Four candidates are standing: Aisha Darr for Labour, Martin Coyle for the Conservatives, Bernadette Lowe for the Liberal Democrats and Sam Pickersgill for the Greens.

Turnout at the last election in the ward was 27 per cent.

Polls are open from 7am to 10pm on Thursday, and the count will be held at the town hall on Friday morning.
"""),

dict(id="h51-en-003", lang="en", tpl="gutenberg", section="Environment", date="2026-01-19", byline="Meera Lindqvist",
     title="Wood burner smoke pushes Kelbury's winter pollution to a five-year high",
     sub="Readings in three residential streets broke the daily limit on eleven evenings in December.",
     caption="Chimney smoke over the rooftops of Orchard Vale on a still December evening.", credit="Photo: Meera Lindqvist",
     carry=["airmonitor"],
     look=[("dropcap", "Smoke from wood burners"), ("box", "The council's advice is")],
     body="""
Smoke from wood burners and open fires pushed air pollution in parts of Kelbury to its highest level for five years last month, according to figures from the council's own monitors.

Readings of fine particles in three residential streets in Orchard Vale broke the daily limit on eleven evenings in December. On the worst night, 14 December, the level was almost four times the limit at 9pm.

The monitors on the ring road, where traffic was blamed for the town's pollution for years, stayed below the limit on all but two days.

## A still, cold month

Dr Naomi Firth, who studies air quality at Kelbury University, said December had been unusually cold and still. "There was no wind to carry the smoke away. It just sat over the rooftops, and people were breathing it inside their own homes," she said.

Several residents sent photos to the council of smoke hanging in the streets at dusk. One, retired teacher Alan Corder, said he had stopped opening his bedroom window.

Orchard Vale is inside a smoke control area, where only approved stoves and dry fuel may be used. The council has never issued a fine.

The council's advice is to burn only wood with a moisture content below 20 per cent, to have chimneys swept every year and, on still winter evenings, not to light the stove at all if the home has other heating.

Councillor Sunita Bal, the cabinet member for the environment, said officers would start visiting streets with the highest readings next month. "This is about helping people burn less and burn better before we talk about fines," she said.
"""),

dict(id="h51-en-004", lang="en", tpl="drupal", site="Westmere District Council", kind="public",
     section="Council news", date="2026-02-09", byline="Westmere District Council press office",
     title="River Lode defences hold as water reaches its highest level since 2007",
     sub="Around 140 homes in Lodebridge were protected by the flood walls finished in 2021.",
     caption="The River Lode at Lodebridge town bridge on Sunday morning.", credit="Photo: Westmere District Council",
     carry=["floodgauge"],
     look=[("box", "Sandbags are available")],
     body="""
Flood defences along the River Lode in Lodebridge held through Saturday night as the river rose to its highest level since 2007.

The river peaked at 4.31 metres at the town bridge gauge at about 2am on Sunday, after 61 millimetres of rain fell on the hills above the town in 36 hours.

The flood walls and the demountable barrier on Mill Quay, finished in 2021 at a cost of £6.8 million, protected around 140 homes and 30 businesses that flooded in 2007.

Council leader Fiona Marsh thanked the crews who put up the barrier on Friday evening and stayed on the quay overnight. "In 2007 people in Mill Quay were carrying their furniture upstairs at midnight. This time they slept," she said.

## Roads still closed

- Ferry Lane, between Mill Quay and the A4073
- Meadow Road at the cricket ground
- The B4410 at Lode Farm, where the road is under about half a metre of water

Highways staff will inspect the roads before they reopen. Drivers are asked not to drive through floodwater or move road closure signs.

Sandbags are available from the council depot on Station Road between 8am and 6pm. Residents who need help to collect them should call the council.

The river is expected to fall slowly over the next two days, but more rain is forecast on Wednesday.

The council's emergency line, 01632 960 100, is staffed around the clock while warnings are in force.
"""),

dict(id="h51-en-005", lang="en", tpl="fusion", section="People", date="2026-06-25", byline="Nadia Orrell",
     title="Twenty-two years at the wheel of the mobile library",
     sub="Keith Darnley has driven the county's book van to 61 villages. He parks it for the last time next week.",
     caption="Keith Darnley in the mobile library at Upper Wyke.", credit="Photo: Nadia Orrell",
     look=[("factbox", "Where the van stops this summer")],
     body="""
Keith Darnley has driven the county's mobile library round the villages of the Wyke valley since 2004. Next Friday he retires, and the van goes with him: the council is replacing it with a smaller electric one.

**How many books have you handed over?**

The system says about 190,000 loans. I'd have guessed more. Some people take twelve at a time.

**Who uses it most?**

Older people who don't drive any more, and mums with little ones. And farmers in the winter. You'd be surprised how many farmers read crime novels.

**Any regulars?**

Mrs Pettifer at Upper Wyke has been waiting at the stop every other Tuesday since my first week. She's ninety-four now. She reads two westerns a fortnight and tells me what's wrong with them.

**And the worst day?**

Snow in 2010. I got stuck on Hoggs Hill for four hours with 3,000 books and a flask of tea.

**Will you miss it?**

Yes. It's not just books. Sometimes I'm the only person someone has spoken to all week.

**What's next?**

Reading, for a start. I've never had the time.

## Where the van stops this summer

- Upper Wyke, village green: Tuesdays, 10am to 11.30am
- Ashcott, the Bell car park: Tuesdays, 1pm to 2pm
- Nether Hayford, school gates: Thursdays, 2.30pm to 3.30pm

The new electric van will start its rounds on 6 July. The timetable stays the same.
"""),

dict(id="h51-en-006", lang="en", tpl="ghost", site="Cobbett Street Residents", kind="small",
     section="Neighbourhood", date="2026-03-02", byline="Maureen Aske",
     title="Our community fridge is open in the old phone box",
     sub="Food that would be thrown away is now on a shelf at the end of the street, free to anyone who needs it.",
     caption="The community fridge inside the phone box at the corner of Cobbett Street.", credit="Photo: Maureen Aske",
     low=2,
     look=[("callout", "Please do not leave anything")],
     body="""
Cookies from the church café, bread from Kowalski's bakery and veg boxes that were never collected: that was what went into the fridge on its first morning. By lunchtime it was empty.

The fridge stands in the old red phone box at the corner of Cobbett Street and Hope Row, which the residents' group bought from the phone company for £1 last year. Rob Hensley, who used to be an electrician, wired it up.

Anyone can take food. Anyone can leave food, as long as it is within its use-by date, wrapped and labelled.

Please do not leave anything that has been opened, cooked at home, or contains raw meat or fish. We have to throw those away.

Twelve volunteers check the fridge twice a day, clean it every evening and keep a log of temperatures, which the council's food safety team asked us to do.

Since it opened three weeks ago we have recorded about 340 kilos of food going in and out.

"I didn't want to be seen taking anything at first," one neighbour told us. "Then I saw the nurse from number 40 taking a loaf, and I thought, fair enough."

Kowalski's now drops off whatever is left at closing time on Saturdays.

We still need volunteers for the Sunday evening check. Contact Maureen on 07700 900 512 if you can help.
"""),

dict(id="h51-en-007", lang="en", tpl="nextjs", section="Sport", date="2026-04-27", byline="Josh Ingleby",
     title="Ashby Vale women win promotion at the first attempt",
     sub="The club's first women's team lost only one league game all season.",
     caption="Ashby Vale's captain Lucy Tanaka lifts the league shield at Millfield.", credit="Photo: Josh Ingleby",
     carry=["scores"],
     body="""
Ashby Vale's women's rugby team have won promotion in their first season, sealing the title with a 31-12 win over Castleford Harriers at Millfield on Saturday.

The team was only formed last summer, after a taster session that the club expected twelve players to attend. Forty-one turned up.

**A season in numbers**

They won eleven of their twelve league games and scored 58 tries. The only defeat was a 17-15 loss away to Pontefract in November.

Captain Lucy Tanaka, a physiotherapist who had never played before last June, said the team had surprised itself. "Half of us didn't know what a ruck was in September. Now we're going up," she said.

**The last three games**

- Ashby Vale 24 Selby Falcons 10
- Wetherby Ladies 7 Ashby Vale 29
- Ashby Vale 31 Castleford Harriers 12

Coach Danny Redfearn said the crowds had grown with the team. About 400 people watched on Saturday, and another 1,200 followed the club's livestream.

**Bigger trips ahead**

Next season the team will play in the regional second division, with longer trips to Hull and Scarborough. The club is looking for sponsors to pay for a minibus.

A junior girls' section for under-14s and under-16s will start training in September.

Training for new players is on Wednesdays at 7pm at Millfield. No experience is needed.
"""),

dict(id="h51-en-008", lang="en", tpl="table", section="Business", date="2026-09-04", byline="Ruth Pennock",
     title="Market hall reopens after two years and a £2.4 million restoration",
     sub="Twenty-two traders have signed up, seven of them new to the market.",
     caption="The restored roof of Halstow's Victorian market hall.", credit="Photo: Ruth Pennock",
     only=["correction"],
     look=[("br", "Rents will be frozen for the first year.")],
     correction="Correction: this article first gave the cost of the restoration as £4.2 million. The work cost £2.4 million.",
     body="""
Halstow's Victorian market hall reopened on Saturday after two years of restoration work, with queues at the doors before 9am.

The £2.4 million project replaced the cast-iron roof, which had been leaking since the 1990s, and put in new drains, lighting and a lift to the gallery.

Twenty-two traders have taken stalls, seven of them new to the market.

**Who is in the hall**

- Two butchers and a fishmonger, all of whom traded in the hall before it closed
- A cheese stall run by a dairy farm at Coldwell
- A bakery, a florist and a shoe repairer
- A Sri Lankan kitchen and a coffee stall in the gallery

Market manager Gail Overton said every stall was let and there was a waiting list of nine. "Two years ago we had eleven traders and buckets on the floor to catch the rain," she said.

The council paid for most of the work, with £900,000 from a national heritage fund.

Fishmonger Terry Lamb, who has traded in the hall for 38 years, spent the closure in a temporary unit in the car park. "It was cold and the customers couldn't find us. This is like coming home," he said.

Rents will be frozen for the first year.

The hall is open Tuesday to Saturday, 8am to 5pm, and on the first Sunday of each month for a makers' market.
"""),

dict(id="h51-en-009", lang="en", tpl="amp", section="Transport", date="2026-11-14", byline="Ollie Strand",
     title="Late-night bus to Kelbury returns after 2,000 sign petition",
     sub="The last bus from the city centre will leave at 11.40pm again from 1 December.",
     caption="A number 14 bus at Kelbury interchange.", credit="Photo: Ollie Strand",
     low=0,
     body="""
Subscribe to the bus company's text alerts, the driver told Jade Holroyd in April, because the late bus would not be coming back.

Seven months and a petition of 2,012 signatures later, it is.

From 1 December the last number 14 from the city centre to Kelbury will leave at 11.40pm on Thursdays, Fridays and Saturdays. Since the spring the last bus has left at 10.15pm.

Ms Holroyd, a nurse who finishes her late shift at the city hospital at 10pm, started the petition after she spent £28 on a taxi home three nights in a row.

"Nurses, bar staff, cleaners, kitchen porters. We are the ones who need the last bus, and we are the ones who can least afford a taxi," she said.

The operator, Pennine Link, said it had cut the service because too few people were using it. It has agreed to bring the later buses back for a six-month trial, with the county council paying half the cost.

Pennine Link's operations manager Stuart Gale said the trial would be judged on numbers. "If people use it, it stays," he said.

The county council said it would count passengers on every late journey and publish the figures each month.

The 11.40pm bus will stop at all stops to Kelbury interchange, arriving at 12.15am.
"""),
]
