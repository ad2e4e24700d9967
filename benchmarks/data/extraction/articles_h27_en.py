# English stories for the twenty-seventh held-out part (h27-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "textpattern" is new in this part, the others are layouts of earlier parts),
# low (fixed generic residue count), only (fixed residue families), carry (residue families the page must carry:
# the three families new in this part, and the earlier ones that need a reason in the story, are only placed where
# a real site would put them), choose (a fixed wording of a family's pool, by index), avoid (families the story's
# site would not print next to it), site (fixed site name), sub (standfirst / subtitle; shown by the templates that
# have one, never body), standfirst (the fusion / chunks subheadline), pull (the magazine layout's pull quote: a
# sentence of the story, repeated), watch (the broadcaster layout's two video titles), categories (the textpattern
# article's two categories), correction (the wording of the correction line, where a page carries one).
# The textpattern story is typed in Textile, whose output turns straight quotes, apostrophes and dashes into
# typographic ones: its text is written here as the reader sees it (curly quotes, en dashes).
ARTICLES = [
dict(id="h27-en-001", lang="en", tpl="textpattern", site="The Lidden Valley Packet", section="News", date="2026-05-06",
     byline="Ruth Allardyce",
     title="Mill Street footbridge to close for six months from June",
     sub="Engineers found corrosion in the 1930s steel frame during a routine inspection in January.",
     caption="The Mill Street footbridge over the River Lidden.", credit="Photo: Ruth Allardyce",
     categories=["Roads and transport", "Brackwater"],
     carry=["map"], choose={"map": 0},
     body="""
BRACKWATER – The footbridge that carries Mill Street over the River Lidden will close on 2 June for six months while its steel frame is replaced, the county council has confirmed.

Engineers found corrosion in the 1930s structure during a routine inspection in January. The bridge is used by about 1,400 people a day, according to a count taken in March, many of them pupils walking to Brackwater Academy.

## What changes for walkers

While the bridge is shut, people on foot will be sent along signed routes:

- north via the Tanner’s Yard crossing, adding about eight minutes;
- south via Station Road and the level crossing, adding about twelve minutes;
- a free minibus between the two ends of the bridge on school days, from 7.30am to 9am and from 2.45pm to 4.30pm.

The council’s cabinet member for highways, Gordon Achebe, said the work could not wait.

“We will not take chances with a bridge that children cross twice a day,” he said.

## Cost and timing

The work is expected to cost £1.9 million, paid for from the council’s bridges budget. A temporary crossing was considered and rejected because the riverbanks are too soft to take the weight of a crane.

Traders on the east side of the river are worried. Priya Lomax, who runs the Lidden Bakery, said half her morning trade came over the bridge.

“Six months is a whole summer,” she said.

The council has published a map of the diversions on its website and will put printed copies in the library and the leisure centre. Residents can also ask questions at a drop-in session at the Corn Exchange on 14 May between 4pm and 7pm.
"""),

dict(id="h27-en-002", lang="en", tpl="storybody", section="Harrowfield", date="2026-02-11", byline="Tom Kerridge-Wells",
     title="Inquest hears lorry driver could not see cyclist at junction",
     sub="Dr Anwen Price, 34, died at the junction of Quarry Road and Belling Way on her way to work.",
     caption="Flowers were left at the junction after the crash.", credit="Photo: Harrowfield News Online",
     carry=["warning", "helpline"], choose={"warning": 1, "helpline": 0},
     body="""
An inquest has heard that a lorry driver turning left at a busy junction in Harrowfield could not see the cyclist who was killed beneath his trailer.

Dr Anwen Price, 34, a hospital pharmacist, died at the junction of Quarry Road and Belling Way on 9 October last year. She was cycling to work.

The hearing at Harrowfield Coroner's Court was told that the lorry's mirrors met the legal standard but left a blind spot along the nearside of the cab.

## What the driver said

The driver, Keith Lowther, 58, told the court he had checked his mirrors twice before turning.

"I didn't see her. I will never stop thinking about that," he said.

A collision investigator, PC Dominic Hale, said the lorry had been travelling at about 9mph. He said a camera system fitted to newer vehicles would probably have shown Dr Price on a screen in the cab.

## Family's call

Dr Price's husband, Owen, read a statement outside the court. He asked the council to:

- install separate traffic lights for cyclists at the junction;
- ban left turns by heavy goods vehicles at peak times;
- publish the results of its own road-safety review.

"She did everything right," he said.

The senior coroner, Margaret Oyelaran, recorded a conclusion of death by road traffic collision. She said she would write to the Department for Transport about blind-spot cameras, in what is known as a prevention of future deaths report.

Harrowfield Council said it would respond within 56 days.
"""),

dict(id="h27-en-003", lang="en", tpl="cms", section="Health", date="2026-04-22", byline="Nisha Raghavan",
     title="Rural patients twice as likely to wait a fortnight for a GP",
     sub="Analysis of appointment data for the county's 46 practices.",
     caption="A waiting room at a rural surgery.", credit="Photo: Nisha Raghavan",
     carry=["chart", "series"], choose={"series": 0},
     body="""
Patients registered with rural GP surgeries in the county are twice as likely as those in towns to wait more than two weeks for an appointment, according to figures analysed by the Courier.

In the year to March, 31% of appointments at the county's 19 rural practices were booked more than 14 days ahead. In the 27 town practices the figure was 15%.

The numbers come from monthly appointment data that every surgery in England reports to the NHS. We compared each practice with its own figures from 2022 and with the national average.

## Why rural surgeries struggle

Three practices in the north of the county have lost a partner in the last two years and not replaced them. Dr Lucy Fenwick, who runs the surgery in Cray Bottom on her own, said recruitment was the main problem.

"I advertised four times. One person applied," she said.

Rural practices also tend to have older patients, who need more appointments. The proportion of patients over 75 is 13% in rural practices and 8% in towns.

## What patients can do

The integrated care board, which plans health services in the county, suggests patients who cannot get a timely appointment:

- ask their pharmacist, who can now treat seven common conditions without a GP;
- use the out-of-hours service by phone or online;
- ask the surgery about phone and video appointments, which are often available sooner.

The board said it was paying for two new salaried GP posts in the north of the county from September.
"""),

dict(id="h27-en-004", lang="en", tpl="regional", section="Saltby", date="2026-01-27", byline="Gareth Pinnock",
     title="Seafront cafe owners fight plan to charge for parking",
     sub="Traders say winter visitors from nearby villages will stay away.",
     caption="Free parking on Saltby seafront could end in April.", credit="Picture: Gareth Pinnock",
     carry=["map"], choose={"map": 2},
     body="""
Cafe and shop owners in Saltby have started a petition against plans to introduce parking charges along the town's seafront for the first time.

The district council wants to charge £1.50 an hour, up to a maximum of £8 a day, in 320 spaces between the harbour and the lifeboat station from April. Parking there has always been free.

## Why the council wants charges

The council says the money, about £260,000 a year, would pay for toilets, beach cleaning and a seasonal warden. Cllr Hazel Dunmore, who leads on the environment, said visitors should contribute.

"Residents are paying for the upkeep of a beach that everyone uses," she said.

Residents of Marine Terrace and the streets behind it would be able to subscribe to a permit scheme at £45 a year. The council has drawn up a map showing which streets would be covered.

## Traders' worries

The petition, started by Colin Ashworth of the Driftwood Cafe, had 2,100 signatures by Friday. He said most of his customers in winter were older people from nearby villages who drove in for a coffee and a walk.

"They will just go somewhere else," he said.

Traders have asked the council to consider:

- making the first hour free;
- no charges between November and February;
- a discount for blue badge holders on top of the existing free spaces.

The consultation closes on 12 February. The plans will go to the council's cabinet in March.
"""),

dict(id="h27-en-005", lang="en", tpl="magazine", section="Makers", date="2026-03-14", byline="Imogen Thackray",
     title="The saddler who still stitches every seam by hand",
     sub="Frank Dinsdale has made saddles in the same Kettlewick workshop for 47 years.",
     caption="Frank Dinsdale at his bench in Kettlewick.", credit="Photograph: Imogen Thackray",
     pull="A machine would be quicker, but a machine doesn't know the horse",
     carry=["series"], choose={"series": 1}, avoid=["poll"],
     body="""
In a stone workshop behind the market square in Kettlewick, Frank Dinsdale is stitching a girth strap with two needles and a length of waxed linen thread. He has been doing the same thing, six days a week, for 47 years.

Dinsdale, 68, is one of fewer than 30 saddlers in the country still making saddles entirely by hand. A new one takes him about 60 hours and costs from £3,200.

"A machine would be quicker, but a machine doesn't know the horse," he says.

## Learning the trade

He left school at 16 and was taken on by the saddler who then had the workshop, Walter Crabtree, who paid him £12 a week. For the first year he was not allowed near a saddle. He cut straps, cleaned tools and swept the floor.

"Walter said you learn leather with a broom first," he says.

He bought the business in 1989 and has trained three apprentices since. Two are still in the trade, one in Yorkshire and one in New Zealand.

## Orders from far away

Most of his customers are riders within 50 miles, but since his granddaughter put photos of his work on social media, orders have come from Ireland, Germany and Texas. He now has a waiting list of 14 months.

He does not plan to stop. What he would like is one more apprentice, and he knows what to look for:

- patience;
- strong hands;
- someone who does not mind the smell of dubbin.

"I'll know them when I see them," he says.
"""),

dict(id="h27-en-006", lang="en", tpl="squarespace", site="Holloway Community Orchard", section="News", date="2026-10-13",
     byline="Margaret Oduya",
     title="Apple day raises £1,240 for new trees",
     sub="Twelve local varieties will be planted this winter.",
     caption="Pressing juice at the orchard on Saturday.", credit="Photo: Dev Sandhu",
     low=2,
     correction="Correction: an earlier version of this post said planting day was on Saturday. It is on Sunday 30 November.",
     body="""
Thank you to everyone who came to our apple day on Saturday. More than 400 people walked through the gate, and between the juice stall, the raffle and the cake table we raised £1,240.

That money will pay for twelve new trees this winter, all of them local varieties that had almost disappeared from the county's gardens.

## What we pressed

Our volunteers pressed 380 litres of juice from fruit grown in the orchard and brought in by neighbours. The best-sellers were:

- Kingston Black, sharp enough to make you blink;
- Ashmead's Kernel, which sold out by noon;
- a mixed "hedge blend" from windfalls.

The children's cookie-decorating table, run by the Year 5 class from St Barnabas, used up three kilos of icing sugar.

"Best day of the year," said one of our youngest helpers.

## Photos and thanks

Many of you have asked about photos. Margaret has put a selection on the noticeboard by the shed, and you are welcome to share them, but please ask before posting pictures of other people's children.

Special thanks to Ellis Farm for lending the press, and to Ruth and Dev for four hours on the till.

## Next dates

Planting day is Sunday 30 November from 10am. Bring gloves and a spade if you have one. If you would like to sponsor a tree, the donation is £60 and your name goes on a label.
"""),

dict(id="h27-en-007", lang="en", tpl="semantic", section="Courts", date="2026-06-17", byline="Caroline Mbeki", low=0,
     title="Former bowls club treasurer admits stealing £38,000",
     sub="Derek Ambrose made 94 payments to his own account over six years.",
     caption="Westhollow Magistrates' Court.", credit="Photo: Caroline Mbeki",
     body="""
A former treasurer of a bowls club in Westhollow has admitted stealing more than £38,000 from its accounts over six years.

Derek Ambrose, 71, of Linden Close, pleaded guilty at Westhollow Magistrates' Court on Tuesday to one count of fraud by abuse of position.

The court heard that he transferred money from the Westhollow Park Bowling Club's account to his own in 94 separate payments between 2019 and 2025, most of them under £500.

## How it came to light

The theft was discovered in March when a new treasurer, Sandra Obi, noticed that the club's bank statements did not match the figures in the annual report.

"The club nearly folded because of this," she told the court.

Prosecutor Jennifer Hale said Ambrose had used the money to cover gambling debts. He had been treasurer for 14 years and was trusted by members, she said.

## Sent to the crown court

Magistrates said their sentencing powers were not sufficient and sent the case to Westhollow Crown Court for sentence on 3 July. Ambrose was granted bail on conditions including:

- living at his home address;
- not contacting members of the club;
- surrendering his passport.

The club has since moved to online banking with two signatories for every payment. Members who want to help the club recover can contact the secretary by email at secretary@westhollowbowls.example or by phone on 01632 960544.
"""),

dict(id="h27-en-008", lang="en", tpl="typo3", site="Carrick Sound Harbour Trust", section="News", date="2026-03-05",
     byline="Fiona MacAskill",
     title="Trust approves new pontoon for island ferry",
     sub="The £4.6 million floating pontoon will let the Inchmurran ferry berth at any state of the tide.",
     caption="The north quay at low water.", credit="Photo: Carrick Sound Harbour Trust",
     carry=["funding"], choose={"funding": 2},
     body="""
The Carrick Sound Harbour Trust has approved a £4.6 million floating pontoon at the north quay, which will let the island ferry berth at any state of the tide.

At present the ferry to Inchmurran can only use the quay for about three hours either side of high water. At low tide passengers are taken out by tender, and in bad weather sailings are often cancelled.

## What will be built

The plans approved by the trust's board on Thursday include:

- a 60-metre steel pontoon held in place by four piles;
- a covered walkway linking the pontoon to the quay;
- a new waiting room with toilets and a ticket office.

Work is due to start in October and take about ten months.

"This is the biggest change to the harbour since the breakwater was built," said the trust's chief executive, Alasdair Munro.

## How it is paid for

Most of the money, £3.9 million, comes from the government's Islands Connectivity Fund. The trust will borrow the rest and repay it from berthing fees over 20 years.

Ferry users have welcomed the decision. Morag Sinclair, who lives on Inchmurran and works in the town, said she had missed 11 days of work last winter because of cancelled sailings.

"It will change our lives," she said.

The trust will hold a public meeting about the building work at the harbour office on 22 May.
"""),

dict(id="h27-en-009", lang="en", tpl="medium", section="Getting around", date="2026-07-02", byline="Phoebe Lister",
     title="Volunteer drivers fill the gap left by cancelled bus route",
     sub="Since the 47 stopped running, a rota of 23 retired drivers has taken villagers to 1,100 hospital appointments.",
     caption="Volunteer driver Alan Briggs outside Oakhurst village hall.", credit="Photo: Phoebe Lister",
     body="""
When the 47 bus between Oakhurst and the district hospital was withdrawn last April, Jean Maddox thought she would have to give up her weekly eye treatment.

"I sat at the kitchen table and cried," she said.

Instead, a neighbour gave her a phone number for the Oakhurst Community Car Scheme. Since then, volunteer drivers have taken her to 41 appointments.

## How the scheme works

The scheme started with four drivers in 2019 and now has 23, most of them retired. Passengers book at least two days ahead and pay 45p a mile, which goes to the driver to cover fuel. Anyone without a car can use it, but hospital trips come first.

In the last year the drivers have:

- made 1,100 trips to hospitals and clinics;
- covered just under 31,000 miles;
- turned down 86 requests because no driver was free.

## Running on goodwill

Coordinator Phil Garside said demand had tripled since the bus was withdrawn. He spends most mornings on the phone matching passengers with drivers.

"We need more drivers, especially on Mondays," he said.

The scheme gets a £3,000 grant from the parish council for insurance and phone bills. It sends a newsletter to volunteers every month and is looking for donations to buy a second wheelchair-accessible car.

The county council said it had no plans to restore the bus, which it said carried an average of six passengers a journey.
"""),
]
