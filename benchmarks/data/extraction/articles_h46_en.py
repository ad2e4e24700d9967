# English stories for the forty-sixth held-out part (h46-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h44_en.py (tpl: "magnolia" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (gritting, swimtimes, visiting), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h46-en-001", lang="en", tpl="magnolia", site="Alpvale Today", section="Alpvale region", date="2026-02-17",
     byline="Nadia Frutiger",
     title="Brennwil hospital scraps fixed visiting slots on most of its wards",
     sub="From 1 March relatives can come at any time between 11am and 8pm on the medical, surgical and orthopaedic wards.",
     caption="The surgical ward on the third floor of Brennwil Regional Hospital.", credit="Photo: Nadia Frutiger / Alpvale Today",
     inset=("The main entrance of the hospital on Spitalstrasse.", "Photo: Alpvale Today"),
     carry=["visiting"],
     look=[("dropcap", "Relatives of patients at Brennwil"), ("factbox", "What changes on 1 March"),
           ("highlight", "The hospital says it will review")],
     body="""
Relatives of patients at Brennwil Regional Hospital will be able to visit at any time between 11am and 8pm from 1 March, after the hospital dropped the two fixed visiting slots it has used since 2020.

The change applies to the medical, surgical and orthopaedic wards, which together have 212 beds. The intensive care unit, the maternity ward and the children's ward keep their own arrangements.

Chief nursing officer Regula Imboden said the fixed slots had caused queues at the lifts and in the car park at 2pm and 6pm every day. "Families were rushing in at the same moment and rushing out again an hour later. That helps nobody, least of all the patients," she said.

A survey of 640 patients last autumn found that nearly three quarters wanted longer hours. Staff were more cautious, and several nurses asked for doctors' rounds and mealtimes to be protected.

## What changes on 1 March

- Visits possible from 11am to 8pm every day
- No more than two people at a bedside at once
- A quiet hour after lunch on the surgical ward, from 1pm to 2pm
- Children under 12 must come with an adult

The hospital says it will review the rules after six months. Ward managers can still limit visits to a patient who is very ill or infectious.

Patient representative Hanspeter Gisler welcomed the decision. "For anyone who works, a visit at two in the afternoon was simply impossible. Now a son can come straight after his shift," he said.

The cafeteria on the ground floor will stay open until 7.30pm to match the longer hours.
"""),

dict(id="h46-en-002", lang="en", tpl="cms", section="Travel", date="2026-01-20", byline="Owen Metcalfe",
     title="Black ice blamed for eleven crashes on the Harrowdale moor roads",
     sub="Rain washed the salt off the priority routes before temperatures fell again before dawn.",
     caption="A jack-knifed lorry on the climb out of Thorsby on Tuesday morning.", credit="Photo: Owen Metcalfe",
     carry=["gritting"], section_tag=True,
     body="""
Eleven crashes were reported on roads across the Harrowdale moors between 5am and 9am on Tuesday, as rain falling on frozen ground turned into a sheet of black ice.

Police said no one was seriously hurt, but two people were taken to hospital in Skelbridge as a precaution after a car left the B6270 near Crook Gill and came to rest on its roof in a field.

A lorry jack-knifed on the climb out of Thorsby at 6.40am and blocked both lanes for almost three hours. Its driver said the road had looked "completely normal, just wet" until his trailer started to slide.

**What went wrong with the salt**

The county's highways team said all priority routes had been treated on Monday evening, but heavy rain after midnight washed much of the salt away before the temperature dropped again.

"Salt needs time to work and it needs to stay on the road. Last night the weather took it off us," said winter maintenance manager Alison Rudd. Crews went back out at 4am and again at 7am.

The roads closed for part of the morning were:

- the B6270 between Crook Gill and Low Row
- Fell Lane from Thorsby to the A684
- the Coldside road over Hartlington Moor

All three had reopened by lunchtime. The Met Office has issued a yellow warning for ice until 10am on Wednesday, and the council has asked drivers to keep off the moor roads before dawn unless their journey is essential.

Schools in Thorsby and Low Row opened two hours late.
"""),

dict(id="h46-en-003", lang="en", tpl="typo3", section="Sport", date="2026-02-07", byline="Lauren Pickavance",
     title="Fenmoor Leisure Centre pool reopens after a £2.4m refit",
     sub="More than 300 swimmers came through the doors on the first morning. We asked the manager what has changed.",
     caption="The first length in the refitted main pool on Saturday morning.", credit="Photo: Lauren Pickavance",
     carry=["swimtimes"],
     body="""
The main pool at Fenmoor Leisure Centre reopened on Saturday after fourteen months of work, with a new roof, new changing rooms and a moveable floor that can make the water deeper or shallower.

The £2.4 million refit was paid for by the district council and a national sports grant. More than 300 swimmers came through the doors on the first morning. We asked the centre manager, Kieran Mottram, what has changed.

**Why did it take so long?**

When we took the old roof off, we found the steel underneath was in a worse state than anyone had thought. That added four months.

**What is the moveable floor for?**

It means we can teach a five-year-old in the same pool where the swimming club trains. At the touch of a button the floor rises to 60 centimetres for lessons, then drops to two metres for the club.

**Prices?**

An adult swim stays at £4.90. Under-16s swim free at weekends until Easter.

**Busy?**

Very. Our lessons waiting list had 410 children on it when we closed. We have added 30 classes a week to work through it.

**And the café?**

Opens next month. The coffee machine is still in its box.

The learner pool and the sauna will reopen in April, when the second phase of the work is finished. The centre is open from 6.30am to 10pm on weekdays and from 8am to 6pm at weekends.
"""),

dict(id="h46-en-004", lang="en", tpl="regional", section="Sport", date="2026-03-02", byline="Gareth Lumley",
     title="Carrow Athletic knock league leaders out of the county cup",
     sub="A header in the 88th minute from a 19-year-old centre-half sent the Blues into the semi-finals.",
     caption="Carrow's Jordan Ebanks celebrates his late winner at Mill Meadow.", credit="Photo: Gareth Lumley",
     carry=["scores"],
     look=[("italic", "\"I just shut my eyes")],
     body="""
Carrow Athletic are into the semi-finals of the county senior cup after a 2-1 win over league leaders Saltmarsh Town at Mill Meadow on Saturday.

The winner came two minutes from time, when 19-year-old centre-half Jordan Ebanks rose above two defenders to head in a corner from Danny Firth.

"I just shut my eyes and went for it. I didn't see it go in, I only heard the noise," Ebanks said afterwards.

Saltmarsh, who are eleven points clear at the top of the Eastern Counties First Division, had taken the lead after 23 minutes through Callum Rix. Carrow equalised just before half-time when the visitors' goalkeeper spilled a long-range shot from Sam Achterberg.

A crowd of 612, the biggest at Mill Meadow for six seasons, saw Saltmarsh hit the post twice in the second half. Fans who could not get in followed the game on the club's volunteer radio commentary.

Carrow manager Terry Hollins, who took over in November with the side fourth from bottom, said the result showed how far the squad had come.

"Three months ago we couldn't string three passes together. Today we deserved it," he said.

Saltmarsh boss Ray Quinlan was less impressed with the pitch than with the hosts. "It's a cup tie. You get what you get," he said.

The semi-final draw will be made at the county FA's offices on Thursday evening. The matches are due to be played on 28 March.
"""),

dict(id="h46-en-005", lang="en", tpl="portal", section="Community", date="2026-04-09", byline="Helen Gathercole",
     title="Parish newsletter celebrates 50 years and 600 issues",
     sub="The Oxton Messenger has been typed, folded and delivered by hand every month since April 1976.",
     caption="Editors past and present with the first and the 600th issue.", credit="Photo: Helen Gathercole",
     low=0,
     body="""
Subscriptions cost nothing, the paper is delivered by hand, and in fifty years it has never missed a month.

The Oxton Messenger, the parish newsletter for three villages south of the river, published its 600th issue this week. The first was typed on a borrowed typewriter by the vicar's wife, Doreen Hailes, in April 1976 and ran to four pages.

It now has 24 pages, a print run of 1,150 and a team of 38 volunteers who fold, staple and deliver it to every house in Oxton, Little Sarne and Westley Green.

Current editor Martin Pagett said the contents had hardly changed. "Church services, the bin collections, the WI, the football results and a recipe. People complain if the recipe is missing," he said.

There have been only five editors. Mrs Hailes, now 91, still writes a short column about the village's history for every issue.

The newsletter is paid for by adverts from local businesses, which cost from £12 a month. An online version was tried in 2019 and dropped the following year after it was downloaded fewer than 40 times a month.

"People like something to put on the kitchen table," Mr Pagett said.

A special issue with pages from every decade will be on sale for £2 at the May fair, with the money going to the village hall roof fund.

Copies of the 600th issue are free at the post office, St Botolph's Church and the Crown.
"""),

dict(id="h46-en-006", lang="en", tpl="sanity", section="What's on", date="2026-05-12", byline="Priya Sandhu",
     title="A year on the estuary wins the Kenmouth photography prize",
     sub="Retired pilot Gwen Hollis photographed the same stretch of mud and water every week for twelve months.",
     caption="One of the 52 pictures in Gwen Hollis's winning series.", credit="Photo: Gwen Hollis",
     carry=["gallery"],
     look=[("dropcap", "For a year, Gwen Hollis"), ("bold", "\"The estuary never looks")],
     body="""
For a year, Gwen Hollis walked to the same bench above the Kenmouth estuary every Sunday morning and took one photograph. The 52 pictures have won this year's Kenmouth Camera Club open prize.

The series shows the mudflats in fog, in snow, under a heatwave sky and at a spring tide so high it reached the bench. Mrs Hollis, 71, a retired airline pilot, said she had never entered a competition before.

"The estuary never looks the same twice. I wanted to prove it to myself," she said.

The judges chose her entry from 340 submitted by 96 photographers. Chief judge Aled Prydderch said the work was "patient in a way that almost nobody is any more".

Mrs Hollis used the same camera, the same lens and the same spot for every frame. She did not share any of the photos online while the project was running, because she did not want comments to change what she was doing.

The second prize went to 15-year-old Finn Catterall for pictures of his grandfather's allotment, and the third to Rahel Tesfaye for a series on the night shift at the town's bakery.

All the shortlisted work is on show at the Harbour Gallery until 14 June. Entry is free, and the gallery is open from 10am to 4pm, Tuesday to Sunday.
"""),

dict(id="h46-en-007", lang="en", tpl="hugo", section="Transport", date="2026-03-24", byline="Tom Ridsdale",
     title="Route 44 bus saved after villagers collect 2,300 signatures",
     sub="The county council has found £96,000 to keep the service running for at least two more years.",
     caption="Campaigners hand the petition to councillors at County Hall.", credit="Photo: Tom Ridsdale",
     look=[("bold", "Under the new contract")],
     body="""
The only bus linking five villages in the Arden valley with the market town of Helmsford will keep running, after a campaign by residents persuaded the county council to find the money.

The route 44 service was due to end in April when its operator, Greenway Coaches, said it could no longer run it without a subsidy. Campaigners collected 2,300 signatures in six weeks, more than the combined population of the five villages.

On Monday the council's cabinet agreed to spend £96,000 a year to keep the route going for at least two years.

Campaign organiser Bernadette Flood, 68, who does not drive, said she had cried when she heard. "For some of us that bus is the doctor, the bank and the supermarket," she said.

Under the new contract the service will run less often in the middle of the day, but there will be an extra early journey so that people can get to work in Helmsford by 8am.

The new timetable from Helmsford bus station:

- 7.05am, calling at all villages
- 10.15am
- 1.30pm
- 5.40pm, the last bus back

The council said passenger numbers would be reviewed every six months and that the route could be cut again if fewer than 40 people a day used it.

Greenway Coaches said it would take on two extra drivers.
"""),

dict(id="h46-en-008", lang="en", tpl="medium", site="Notes from Ockley Marsh", kind="indie", section="Village life", date="2026-06-03",
     byline="Rosalind Tapper",
     title="What a year of selling cookies from a garden gate taught me",
     sub="An honesty box, a cool bag and 4,000 biscuits later.",
     caption="The cookie stall on the garden wall in Ockley Marsh.", credit="Photo: Rosalind Tapper",
     body="""
Cookies were never supposed to become a business. Last June I put a dozen oat and raisin biscuits in a box on the garden wall with a jam jar for money, because I had baked too many and my neighbours had stopped answering the door.

A year later the stall has sold a little over 4,000 cookies. I have learned more about my village from that jam jar than from twenty years of living in it.

## People are honest, mostly

In twelve months the jar has come up short perhaps six times. Once it came up long: somebody left a £20 note and a drawing of a dog. I never found out who.

## Regulars are everything

The school run buys on Mondays and Fridays. The man who walks two greyhounds at 6am always takes exactly two. A group of cyclists on Sunday mornings will clear the whole box if I let them, so now I don't.

## The council will find you

In March a very polite environmental health officer knocked on my door. I am now registered as a food business, with a hygiene certificate from an online course and a fridge thermometer I check twice a day.

## Small things are enough

The stall makes about £30 a week after ingredients. It pays for the flour and for my bus pass, and it means somebody stops at my gate almost every hour.

If you are passing through Ockley Marsh, the box is out from Thursday to Sunday until it is empty.
"""),

dict(id="h46-en-009", lang="en", tpl="ucoz", site="Upper Wenlow Village Website", kind="small", section="Village news", date="2026-04-21",
     byline="wenlow_admin",
     title="Quiz night raises £1,140 for the new hall kitchen",
     sub="",
     caption="Teams at the spring quiz in Upper Wenlow Village Hall.", credit="Photo: Upper Wenlow Village Hall committee",
     carry=["calendar"],
     body="""
Thank you to everyone who came to the spring quiz on Saturday. Sixteen teams squeezed into the hall, and between the entry fees, the raffle and the bar we raised £1,140 towards the new kitchen.

The winners, for the third year running, were The Usual Suspects from Orchard Close, who scored 87 out of 100. The wooden spoon went to the bell ringers, who blamed the music round.

A special thank you to Brian and Sheila Cottam for setting the questions, to the Lamb and Flag for lending us glasses, and to Mrs Pryce for the enormous pile of sandwiches.

The kitchen fund now stands at £7,860. The hall committee needs £11,500 in total to replace the cooker, the sink units and the old water heater, which has been making alarming noises since Christmas.

Coming up in the hall this spring:

- Thursday 7 May, 7.30pm: parish meeting
- Saturday 16 May, 10am to noon: plant sale and coffee morning
- Friday 29 May, 7pm: film night with fish and chips, tickets £9

If you would like to help with any of these, or you have a gazebo we could borrow for the plant sale, please ring Janet on 01632 960 774.
"""),
]
