# English stories for the forty-fifth held-out part (h45-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h44_en.py (tpl: "neos" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (transitboard, evcharge, termdates),
# which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h45-en-001", lang="en", tpl="neos", site="Auenbruck City Magazine", section="Getting around Auenbruck",
     date="2026-03-13", byline="Hannah Whitcombe",
     title="Tram line 7 now runs all the way to Kirchfeld",
     sub="The 2.4-kilometre extension opened on Saturday, four months behind schedule. Here is what changes for passengers.",
     caption="The first scheduled tram arrives at the new Kirchfeld terminus.", credit="Photo: Hannah Whitcombe",
     carry=["transitboard"],
     look=[("dropcap", "Forty years after the idea"), ("factbox", "The four new stops"),
           ("highlight", "For most passengers the change")],
     body="""
Forty years after the idea was first put to the city council, trams are running to Kirchfeld. The first scheduled service left Auenplatz at 5.12am on Saturday with eleven passengers on board, and by the afternoon the new stops were busier than the city transport company had expected.

The extension adds 2.4 kilometres of track to line 7 and cost 61 million euros, a quarter of it paid by the federal government. Building work closed the Kirchfelder Straße to through traffic for almost two years.

For most passengers the change is simple: the 41 bus, which used to run from the old terminus at Südbahnhof, no longer goes to Kirchfeld. Trams run every seven and a half minutes during the day and every fifteen minutes in the evening.

## The four new stops

- Gerberwiese, for the swimming pool
- Kirchfeld Schule
- Kirchfelder Markt
- Kirchfeld Endstelle, with a park-and-ride car park for 180 cars

The opening came four months late because a medieval cellar was found under the planned route at Gerberwiese. Archaeologists needed ten weeks to record it before the track could be laid.

Ilse Brandauer, who has lived in Kirchfeld since 1974, took the first tram with her granddaughter. "We waited for it so long that I had stopped believing in it," she said. "Now I can be in the old town in eighteen minutes."

Monthly season tickets for the whole city still cost 49 euros, and English-language timetables are available at the customer centre on Auenplatz.
"""),

dict(id="h45-en-002", lang="en", tpl="cms", section="Council", date="2026-02-24", byline="Imran Chaudhry",
     title="Forty new chargers for electric cars in Ravensworth car parks",
     sub="The council says the points will be installed by September and will be cheaper to use overnight.",
     caption="A council-run charger in the Castle Street car park.", credit="Photo: Imran Chaudhry",
     carry=["evcharge"],
     body="""
Drivers of electric cars in Ravensworth will have forty more places to charge by the autumn after the borough council approved a £620,000 scheme on Tuesday evening.

The new points will be installed in six council car parks. Most will be 22 kW chargers, which can fill a typical car in four to six hours, but four rapid chargers will go into the Castle Street car park for taxis and delivery vans.

**Where the chargers are**

- Castle Street: 10 points, four of them rapid
- Mill Lane: 8 points
- The leisure centre: 8 points
- Albion Road: 6 points
- Station car park: 4 points
- Northgate library: 4 points

About two thirds of the money comes from a government grant for councils. The operator, which will run the points for fifteen years, pays the rest and keeps part of the income.

Charging will cost 45p per unit between 7am and 11pm and 32p overnight. Drivers will be able to pay with a bank card at the charger, without downloading an app, although the operator's app will show which points are free.

Councillor Sandra Okoro, cabinet member for transport, said residents without a driveway had been left behind. "More than half of our households have nowhere to charge a car at home. This is for them," she said.

Opposition councillors supported the scheme but asked for chargers in the villages too. The council said it would look at sites in Elmby and Kirk Hatton next year.

Work in the first two car parks starts in May.
"""),

dict(id="h45-en-003", lang="en", tpl="portal", section="Education", date="2026-01-21", byline="Polly Greenhalgh",
     title="\"Six weeks is too long for some of our children\"",
     sub="Okehurst Primary is one of eight schools trying a four-week summer holiday next year. Its head teacher explains why.",
     caption="Head teacher Daniel Ashworth in the playground at Okehurst Primary.", credit="Photo: Polly Greenhalgh",
     carry=["termdates"],
     body="""
Eight primary schools in Okehurst and Fenn will shorten the summer holiday to four weeks from 2027 and add the two weeks to the autumn and spring half terms instead. The trust that runs them announced the change on Monday. Daniel Ashworth, head teacher of Okehurst Primary, answered our questions.

**Why change the summer holiday at all?**

Because we see what happens over six weeks. Children who do not read at home, or who do not get a proper meal when school is closed, come back in September and we spend half a term getting them back to where they were.

**Won't parents find it harder to book holidays?**

Some will, and we understand that. But the two extra weeks in October and February are cheaper times to go away. Several parents have already told us they are pleased.

**Childcare?**

That is the biggest worry. The trust will run a holiday club in all eight schools during the longer half terms, at £18 a day, with free places for families on free school meals.

**And the teachers?**

They get the same number of holidays. The union was consulted and did not object.

**What if it doesn't work?**

Then we will change it back. The trial runs for three years and will be looked at by the university.

The trust will hold two meetings for parents at Okehurst Primary, on 3 and 10 February at 6pm.
"""),

dict(id="h45-en-004", lang="en", tpl="storybody", section="News", date="2026-11-27", byline="Gemma Yardley",
     title="Bakery's hospice biscuits raise £11,000 in a month",
     sub="The family bakery on Tanner's Row sold more than 14,000 of them.",
     caption="Trays of iced biscuits at the Tanner's Row bakery.", credit="Photo: Gemma Yardley",
     low=0,
     body="""
Cookies are not usually news. But the iced ones sold at Pascoe's Bakery on Tanner's Row this November have raised £11,000 for the town's hospice, and the family behind the counter is still a little surprised.

The idea came from Jenna Pascoe, 16, who wanted to do something for the hospice that had cared for her grandfather. She suggested putting a small heart on each biscuit and giving 50p from every sale to St Cuthbert's Hospice.

Her father, Martin, expected to sell a few hundred. By the end of the first week the bakery had sold 3,000 and was icing biscuits until ten at night.

"People were buying a dozen at a time and coming back the next day," he said. "One gentleman bought sixty for his office and then came back because the office wanted more."

Local businesses joined in. The hardware shop next door gave away a biscuit with every purchase over £10, and two primary schools ordered them for their Christmas fairs.

The hospice said the money would pay for a nurse for three months. Its fundraising manager, Ruth Kellett, visited the bakery on Thursday to thank the family.

"Jenna has done something lovely for us," she said. "We had no idea one biscuit could go so far."

The bakery plans to sell the biscuits again next year, and says it will start icing them earlier.
"""),

dict(id="h45-en-005", lang="en", tpl="regional", section="Families", date="2026-06-18", byline="Colette Marsh",
     title="Summer holiday club doubles its places after waiting list grows",
     sub="The leisure centre's club will take 120 children a day this year, with cheaper places for families on low incomes.",
     caption="Children at last summer's holiday club at Tansley Dale leisure centre.", credit="Photo: Colette Marsh",
     carry=["termdates"],
     body="""
The holiday club at Tansley Dale leisure centre will take twice as many children this summer after almost 200 families were turned away last year.

The club, for children aged five to eleven, will have 120 places a day instead of 60. The leisure centre has taken over the sports hall and two classrooms at the neighbouring high school, which is closed during the holidays.

Centre manager Kieran Boyce said the waiting list had grown every year since the club opened in 2021. "Parents were queuing outside at six in the morning on the day bookings opened. We could not keep doing that to people," he said.

## What it costs

Places cost £28 a day, or £24 for a second child. Families who receive free school meals can book up to sixteen free days through the council's holiday activities scheme, which also pays for lunch.

## A week at the club

- Monday: swimming and team games
- Tuesday: forest school in Hollin Wood
- Wednesday: arts and crafts
- Thursday: a trip, this year to the Wenlow farm park
- Friday: sports day and a film

The club runs from 8am to 6pm on weekdays throughout the school holidays. Staff are qualified play workers and coaches, and at least two first aiders are on site every day.

Bookings open at 9am on Monday 29 June on the leisure centre's website and at reception.
"""),

dict(id="h45-en-006", lang="en", tpl="magazine", section="Motoring", date="2026-09-09", byline="Tom Everett",
     title="The pub that became a filling station for electric cars",
     sub="Since the Plough at Wenlow put in the village's only charger, landlord Alan Pryor has found himself with a new kind of customer.",
     caption="Alan Pryor beside the charger in the Plough's car park.", credit="Photo: Tom Everett",
     pull="They plug in, come in for a coffee, and quite often they stay for lunch",
     carry=["evcharge"],
     look=[("dropcap", "When Alan Pryor put a charger"), ("box", "Wenlow parish council")],
     body="""
When Alan Pryor put a charger for electric cars in the car park of the Plough at Wenlow, most of his regulars thought he had lost his mind. The nearest fast charger was eleven miles away, and there were exactly two electric cars in the village.

That was eighteen months ago. Today the charger is in use for most of the day, and Mr Pryor says it has changed his business.

"They plug in, come in for a coffee, and quite often they stay for lunch," he said. "People plan their journeys around it now. I get walkers, sales reps, a man who drives from Leeds to Cornwall every month."

The 50 kW charger cost £38,000, of which a rural business grant paid half. It takes card payments and costs 69p per unit, slightly less than the motorway services.

One of its most regular users is Wenlow's only taxi driver, Bev Holroyd, who changed to an electric car last spring. She charges at the Plough twice a day while she waits for bookings. "My fuel bill has gone from £600 a month to about £250. I'm not going back," she said.

Wenlow parish council is now talking to the operator about a second charger outside the village hall, so that residents without driveways can charge overnight.

Mr Pryor has had one complaint: a driver who left his car plugged in for nine hours while he walked the Wenlow Edge. "He did buy a very large dinner afterwards," he said.
"""),

dict(id="h45-en-007", lang="en", tpl="chunks", section="Transport", date="2026-04-30", byline="Rhian Tudor",
     title="Village bus 88 to run every hour from May after years of cuts",
     sub="The service between Coldharbour and the market town will also get a Sunday timetable for the first time since 2015.",
     caption="The 88 at the Coldharbour village green stop.", credit="Photo: Rhian Tudor",
     carry=["transitboard"], section_tag=True,
     body="""
The 88 bus between Coldharbour Reach and Castlemere will run every hour from 11 May, after the county council agreed to spend £310,000 a year on rural bus services.

For the past six years the route has had one bus every two hours, and nothing after 6pm. Passengers said that made it almost impossible to get to work or to hospital appointments without a car.

Under the new timetable, the first bus leaves Coldharbour at 6.40am and the last one leaves Castlemere at 10.15pm. On Sundays there will be a bus every two hours between 9am and 6pm.

The new weekday departures from Coldharbour village green are:

- 6.40am, then at 40 minutes past each hour until 6.40pm
- 8.05pm
- 9.35pm

Pauline Dacre, who started a petition for the service two years ago, said she cried when she heard the news. "I am 71 and I do not drive. For years I have had to choose between the doctor and the shops, because I could not do both in one day," she said. "Now I can."

The petition was signed by 1,400 people, more than half of the population of the five villages on the route.

The operator, Castlemere Coaches, will take on three extra drivers and use two new low-floor buses. A single fare stays at £2, and children under sixteen travel for £1.

Timetables are available from the village shop and the library.
"""),

dict(id="h45-en-008", lang="en", tpl="typo3", section="Heritage", date="2026-05-14", byline="Owain Prothero",
     title="Quarrymoor's steam crane lifts again after 58 years",
     sub="Volunteers spent six years restoring the 1903 crane that once loaded slate onto ships at the quay.",
     caption="The restored steam crane at Quarrymoor quay on Saturday.", credit="Photo: Owain Prothero",
     look=[("italic", "The crane was built in Leeds")],
     body="""
A steam crane that loaded slate onto ships at Quarrymoor quay for more than half a century lifted its first load since 1968 on Saturday, watched by several hundred people.

The crane, which can lift six tonnes, was restored by fourteen volunteers from the Quarrymoor Heritage Trust over six years. Most of the work was done in a shed behind the lifeboat station on Wednesday evenings and Saturdays.

The crane was built in Leeds in 1903 and worked at the quay until the last slate boat left in 1968. It was then left to rust, and by 2019 its jib had to be propped up with timber.

The trust's chairman, Gwyn Rowlands, a retired engineer, said the boiler had been the hardest part. "We had to make a new firebox from the original drawings, which we found in a museum in Wales. Nobody has made one of these for a hundred years," he said.

The restoration cost £240,000. Most of it came from a heritage grant, and the rest from local firms and a sponsored swim across the harbour.

On Saturday the crane lifted a wooden crate of slate, painted with the names of all the volunteers, from the quay onto a boat. Two of the people watching had worked on the crane as young men.

"It sounds exactly the same," said Emlyn Pritchard, 86. "I could hear it from the car park."

The crane will be in steam on the first Saturday of every month until October.
"""),

dict(id="h45-en-009", lang="en", tpl="hugo", section="Community", date="2026-08-05", byline="Fiona Lasseter",
     title="Photographers wanted for the Saltmarsh Point calendar",
     sub="The lifeboat station's 2027 calendar will be made up entirely of pictures taken by residents.",
     caption="Last year's winning picture: the lifeboat launching at dawn.", credit="Photo: Mark Tulley",
     carry=["gallery"],
     body="""
Amateur photographers at Saltmarsh Point have until the end of September to send in their pictures for next year's lifeboat station calendar.

The calendar has raised more than £4,000 a year for the station since 2019. This year, for the first time, all twelve pictures will be chosen from photos taken by residents and visitors.

The crew's fundraising officer, Leanne Carew, said the station had always used pictures from professional photographers who gave their time for free. "We realised that some of the best photos of the Point are taken by people who walk their dogs here every morning," she said.

Entrants can send up to three photos each. They must have been taken on the Point or within sight of it, and at least one month of the calendar will go to a picture taken by someone under 16.

The judges are Ms Carew, the coxswain, Nathan Pellow, and last year's winner, Mark Tulley, whose picture of the lifeboat launching at dawn was on the front cover.

Mr Tulley, a retired postman, took his picture on an old phone. "It is about being there at the right time, not about the camera," he said.

The chosen photos will be shown in the station's boathouse during the open day on 17 October, and the calendar will go on sale the same day for £8.

Photos can be emailed to the station or dropped off on a memory stick at the boathouse. For questions, contact Leanne Carew on 01632 960 377.
"""),
]
