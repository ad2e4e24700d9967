# English stories for the fifty-eighth held-out part (h58-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h56_en.py (tpl: "eleventy" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (marketday, policeteam, registrar),
# which are placed only on stories where a real site would print them.  On the eleventy pages, "tags" are the post's
# tags, "notes" its footnotes (marked "[^n]" at the end of a paragraph; not story text) and a block of lines
# starting with "| " is a story table (in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h58-en-001", lang="en", tpl="eleventy", site="The Wexcombe Weathercock", kind="small",
     section="Town", date="2026-03-05", byline="Rosalind Petch", tags=["market", "Buttercross", "town council"],
     title="Thursday market back on the Buttercross after eight months on the car park",
     sub="Twenty-three stalls returned to the resurfaced square this week. Pitch fees go up for the first time since 2019.",
     caption="The first Thursday market on the new paving of the Buttercross.", credit="Photo: Rosalind Petch",
     carry=["marketday"],
     notes=["Figures from the town council's capital budget report, November 2025.",
            "The market committee meets on the first Monday of the month at the Corn Exchange, and anyone can come along."],
     look=[("highlight", "The town council spent £410,000")],
     body="""
The Thursday market is back on the Buttercross. After eight months on the Station Road car park while the square was resurfaced, 23 stalls set up on the new paving at seven o'clock this week, and by nine the queue at the fish van reached the war memorial.

The town council spent £410,000 on the square, most of it on drainage. Traders had complained for years that rain ran straight under the stalls on the lower side.[^1]

## What's different on the square

- pitches are marked out with brass studs set into the stone
- there is a water tap and two power points by the Buttercross steps
- vans must be off the square by 3pm, an hour earlier than before
- the toilets in Church Lane open on market days again

## Pitch fees

The council has also changed the fees for the first time since 2019:

| Pitch | Until February | From March
| Standard three-metre stall | £18 | £20
| Double pitch | £32 | £36
| Van with awning | £40 | £40
| Charity or community table | free | free

Mandy Ruddle, who has sold cheese from the same corner for 17 years, said the car park had nearly finished some of the smaller traders. "Down there nobody walked past by accident. Up here they do," she said.

Ken Abara, who sells eggs and honey from his farm at Coldharbour, counted 140 customers by lunchtime, against about 60 on a good day on the car park.

The market committee wants at least six new stalls by the summer, and would most like a baker and someone selling plants.[^2]

The market runs every Thursday from 8am to 2pm.
"""),

dict(id="h58-en-002", lang="en", tpl="cms", section="Crime", date="2026-02-18", byline="Tamsin Oduya",
     title="'People tell you things when they know your face': a PCSO on six years of Fore Street",
     sub="Shoplifting reports on Orrinford's main street fell by a third this winter. We asked the officer who walks it.",
     caption="PCSO Bethan Cole on Fore Street, Orrinford.", credit="Photo: Tamsin Oduya",
     carry=["policeteam"],
     look=[("bold", "What does a normal shift look like?"), ("bold", "Why does that matter?"),
           ("bold", "What changed this winter?"), ("bold", "Do small things count?"), ("bold", "And the hardest part?")],
     body="""
Police community support officer Bethan Cole has walked Fore Street and the Lowfield estate in Orrinford for six years. Reports of shoplifting on the street fell by a third between November and January, and the traders give her much of the credit. We asked her how the job works.

What does a normal shift look like?

I start at the station at two, read what came in overnight, and then I'm out on foot until ten. I try to go into every shop at least once a week, even if it's only to say hello.

Why does that matter?

Because people tell you things when they know your face. Half of what we clear up starts with somebody saying "I didn't want to ring, but".

What changed this winter?

The shops set up a radio link, so when someone is caught on one camera the others know within a minute. We also moved the Thursday drop-in from the police station to the library, and three times as many people came.

Do small things count?

Yes. A broken fence, or a car that keeps turning up at odd hours, goes into the picture. If nobody reports it, as far as we're concerned it didn't happen.

And the hardest part?

Knowing a lot of the young lads by name and watching some of them go the wrong way anyway.

Cole's next drop-in at Orrinford library is on Thursday 12 March, from 10am to noon.
"""),

dict(id="h58-en-003", lang="en", tpl="legacy-br", section="Town Hall", date="2026-04-09", byline="Gideon Marsh-Oyelowo",
     title="Old council chamber licensed for weddings after £60,000 refit",
     sub="Hollowmere's panelled chamber, empty since 2021, will host civil ceremonies on Fridays and Saturdays from June.",
     caption="The old council chamber at Hollowmere Town Hall after its refit.", credit="Photo: Gideon Marsh-Oyelowo",
     carry=["registrar"],
     body="""
Couples will be able to marry in the old council chamber at Hollowmere Town Hall from June, after the room was licensed for civil ceremonies and given a £60,000 refit.

The chamber, with its oak panelling and a painted ceiling dating from 1898, has stood empty since the council moved its meetings to the new civic offices in 2021. Since then it has mostly been used to store chairs.

The county's registration service will hold ceremonies there on Fridays and Saturdays. The room seats 80 guests, against 24 in the small room at the Ashby Road offices, which will stay open for smaller weddings and for registering births and deaths.

**Booked up in four days**

The first weekend was taken within four days of the dates going online. Superintendent registrar Anjali Ferris said she had taken calls from couples who had met in the building, including a woman who had worked in the rates office there in the 1980s.

"It's a room most people in this town have sat in at some point, usually to complain about something. It's nice to give it a happier job," she said.

The money paid for new lighting, a ramp at the side entrance and the repair of two ceiling panels damaged by a leak in 2023.

Couples still have to give notice at least 29 days before the wedding. Evening ceremonies will be tried in the autumn if the summer goes well.
"""),

dict(id="h58-en-004", lang="en", tpl="portal", section="Environment", date="2026-01-21", byline="Caitlin Ambrose",
     title="Forty fruit trees planted on Hetherley's old bowling green",
     sub="Villagers can sponsor a tree for £25 and share the fruit when it comes.",
     caption="Volunteers planting plum trees on the old bowling green at Hetherley.", credit="Photo: Caitlin Ambrose",
     low=0,
     body="""
Share a tree, share the fruit: that is the idea behind the 40 apple, pear and plum trees planted on Saturday on the old bowling green at Hetherley.

The green has been unused since the bowls club folded in 2019 with eleven members left. The parish council bought the lease last year and asked the village what to do with it. An orchard won easily, ahead of a car park and a second play area.

About 70 people turned up with spades on a cold, bright morning. The trees are old local varieties, among them the Hetherley Pippin, an apple last grown commercially in the village before the Second World War. Cuttings came from a single tree in a garden on Back Lane.

Anyone can sponsor a tree for £25, which pays for its stake, guard and first two years of care. Sponsors get a small slate label and first pick of the fruit, though the orchard group warns that most trees will not crop properly for three or four years.

"We won't all be here to see them at their best. That's rather the point," said Gwen Halloran, 81, who planted a pear with her great-grandson.

The old bowls pavilion will be kept as a tool store and a shelter for the volunteers who will prune the trees each winter.
"""),

dict(id="h58-en-005", lang="en", tpl="regional", section="Business", date="2026-05-13", byline="Owain Prothero",
     title="Mill Street gets a greengrocer again after nine years without one",
     sub="Two brothers from a market-garden family have taken the empty shop beside the chemist.",
     caption="Sami and Idris Kaya outside their new shop on Mill Street.", credit="Photo: Owain Prothero",
     look=[("br", "Asparagus from the family's own beds")],
     body="""
For nine years, anyone in Carnbridge who wanted a pound of carrots without a supermarket trolley had to wait for the Saturday van. From Monday they can walk to Mill Street again.

Brothers Sami and Idris Kaya have taken the empty shop beside the chemist, which sold fruit and vegetables for half a century until Fred Gosling retired in 2017. Their family has grown vegetables on six acres at Pennant Cross since the 1990s.

"We sell most of it to restaurants already. Selling it to the people who live next to the field seemed overdue," said Idris, 34.

## Local first

The brothers say at least half of what they sell will come from within 20 miles, rising in the summer.

Asparagus from the family's own beds went on sale on the first morning and was gone by eleven.

Mill Street has lost a bank, a shoe shop and a bakery in the past five years, and the traders' association has been urging landlords to cut rents on long-empty units. The owner of the greengrocer's shop agreed a rent-free first six months.

## Open six days

The shop will be open from 8am to 5.30pm, Monday to Saturday, with a box delivery round to outlying villages on Wednesdays.
"""),

dict(id="h58-en-006", lang="en", tpl="magazine", section="Features", date="2026-06-20", byline="Felicity Warrender",
     title="Eight bells, twelve ringers and a waiting list: how St Aldhelm's found its new band",
     sub="A tower that nearly fell silent five years ago now has more learners than ropes.",
     caption="Ringers in the tower of St Aldhelm's, Kelsworth.", credit="Photo: Felicity Warrender",
     pull="You can't ring a bell on your own, and I think that's what people miss",
     look=[("dropcap", "Five years ago, the bells of St Aldhelm's"), ("italic", "The ringers will ring a quarter peal")],
     body="""
Five years ago, the bells of St Aldhelm's in Kelsworth rang on Sunday mornings only when four people could be found to ring them, and often they could not. Today the tower has twelve regular ringers, six learners and a waiting list.

The turnaround began with a poster in the village shop in 2021, put up by tower captain Harold Venn, then 79. It asked for anyone "aged 11 to 90 who can climb 64 steps and count to eight".

Nine people came to the first practice night. Seven are still ringing.

Learning takes time. New ringers spend weeks handling a single bell with the clapper tied before they are allowed to ring with the band. "It's like learning to drive, except the car weighs half a tonne and it's above your head," said Priya Lund, 38, who started in 2022 and now teaches.

Ringing, she says, suits people who want company without chatter. "You can't ring a bell on your own, and I think that's what people miss. Everybody in that room depends on everybody else for an hour."

The band has grown young. Its youngest member is 12; three are teenagers who follow their grandparents up the tower on Friday nights.

Venn, now 84, still rings the tenor on Sundays.

The ringers will ring a quarter peal on 4 July to mark the 250th anniversary of the treble bell.

Practice night is Friday from 7.30pm, and visitors are welcome to climb up and watch.
"""),

dict(id="h58-en-007", lang="en", tpl="quintype", section="Sport", date="2026-07-27", byline="Declan Ashworth",
     title="Lindow women win the county cup in their first final",
     sub="A last-over run-out sealed a four-run win over Fairford at Beck Lane.",
     caption="Lindow's players celebrate the winning run-out at Beck Lane.", credit="Photo: Declan Ashworth",
     carry=["scores"],
     body="""
Lindow Cricket Club's women won the county T20 cup at Beck Lane on Sunday, beating Fairford by four runs in the club's first final at any level.

Fairford needed nine from the last over with three wickets left. Seventeen-year-old Maisie Duckworth conceded a four from her second ball, then ran out the last two batters in three deliveries, the final one with a direct hit from the edge of the circle.

"I didn't look at the scoreboard once in that over. I'm glad I didn't," she said.

Lindow made 131 for 6 after being put in, built around a stand of 58 between captain Ruth Okafor, who made 47, and opener Jas Bhamra.

Lindow's women's team was set up only three years ago, after a softball festival attracted 30 mothers of junior players to the ground. Eleven of that first group still play.

The club's chairman, Neville Stroud, said the side had trained through the winter in a school sports hall lent by Lindow High. "They've earned everything they've got. Most of them hadn't held a bat four years ago," he said.

The team now goes into the regional finals in August, and the club is raising money for the trip with a quiz night at the pavilion on Friday 7 August.
"""),

dict(id="h58-en-008", lang="en", tpl="typo3", section="Leisure", date="2026-03-25", byline="Harriet Llewellyn",
     title="Abbeyfield pool reopens after its roof is rebuilt",
     sub="The baths closed for fourteen months after a beam was found to be rotten.",
     caption="The main pool at Abbeyfield Baths on reopening day.", credit="Photo: Harriet Llewellyn",
     avoid=["newsletter"],
     body="""
Abbeyfield Baths reopened on Saturday after fourteen months, and the first swimmers were in the water at 7am, a quarter of an hour before the official opening time.

The baths closed in January last year after a routine survey found that one of the timber beams holding up the roof over the main pool had rotted where it met the wall. The district council spent £2.3 million replacing the roof and the pool's heating.

**A queue at the door**

About 40 swimmers were waiting outside when the doors opened. Among them was Len Fairbrother, 88, who has swum a kilometre there three mornings a week since 1979.

"I've been driving to Castlebury for a year. Forty minutes each way for a swim. I'd have waited outside all night if they'd asked," he said.

The council's leisure manager, Kiran Dhaliwal, said more than 600 people had booked lessons before the reopening, after the pool sent its newsletter to former members.

**What's new**

The roof now has glass panels along the ridge, so the main pool has daylight for the first time. The learner pool has a moveable floor, which means it can be raised for toddlers and lowered for aqua fitness classes.

Prices are unchanged. Adult swims cost £4.80 and children under five swim free.

The pool is open from 7.15am to 9pm on weekdays and from 8am to 6pm at weekends.
"""),

dict(id="h58-en-009", lang="en", tpl="hugo", section="Transport", date="2026-08-11", byline="Morgan Treharne",
     title="Villages lose their Sunday bus as the 14 is cut back",
     sub="Four villages on the hill route will have no bus at all on Sundays from September.",
     caption="The 14 bus at the stop outside Nether Ashby church.", credit="Photo: Morgan Treharne",
     look=[("italic", "We know this will be hard for people")],
     body="""
Four villages on the hill road between Ashby Market and Tolcombe will have no Sunday bus from 6 September, after the county council cut back the route 14 contract to save £86,000 a year.

The 14 is the only public transport for Nether Ashby, Crowholt, Langridge and Upper Tolcombe. On weekdays it will still run every two hours. On Saturdays it drops from six journeys to four.

The council says its survey found an average of nine passengers on each Sunday journey.

Passengers who spoke to us named what they will lose:

1. the only way to visit relatives in Tolcombe Community Hospital on a Sunday
2. the late-morning bus that takes churchgoers from Crowholt to the minster
3. the last bus home for Sunday shift workers at the Ashby Market distribution park

We know this will be hard for people, said councillor Nadia Reeve, who chairs the transport committee. She said the council would try a bookable minibus on Sunday afternoons if enough villages asked for one.

Tessa Arlott, who is 73 and does not drive, said the minibus "only works if you can book the day before, and if someone answers the phone".

Anyone who relied on the Sunday 14 can contact the council's passenger transport team on 01632 960 214 or by writing to County Hall.
"""),
]
