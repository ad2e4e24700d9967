# English stories for the seventy-first held-out part (h71-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h70_en.py (tpl: "chorus" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (foodrecall, heritagedays,
# traderdirectory), which are placed only on stories where a real site would print them.  On the chorus pages the
# "sub" is the entry summary (the dek), "caption" / "credit" belong to the lead image of the entry hero and
# "body_caption" to the image the editor placed in the body.
ARTICLES = [
dict(id="h71-en-001", lang="en", tpl="chorus", site="Eastmoor Curbside",
     section="Neighborhoods", date="2026-09-10", byline="Hattie Gallagher",
     title="Twenty-six Eastmoor buildings will open their doors for heritage weekend",
     sub="A Victorian pumping station, a Quaker meeting house and the attic of the old corn exchange are among the places you can walk into for free.",
     caption="The beam engine at Quarry Lane pumping station, which will run under steam on Saturday.", credit="Photo: Hattie Gallagher",
     body_caption="Volunteers polishing the brass rails of the engine house gallery.",
     carry=["heritagedays"],
     look=[("italic", "\u201cPeople walk past it every day and never look up.\u201d"), ("br", "The engine will run every hour from 11am.")],
     body="""
Twenty-six buildings across Eastmoor will open to the public this weekend, the largest number since the town joined the national heritage open days scheme nine years ago.

Most are free and need no booking. A handful, including the clock room of the old corn exchange, can only take small groups up a narrow stair and have to be reserved.

## Steam at Quarry Lane

The headline attraction is the Quarry Lane pumping station, where a group of retired engineers has spent four winters getting the 1884 beam engine to turn again.

The engine will run every hour from 11am.

Trust chair Colin Ashdown said the volunteers had replaced 140 rivets and rebuilt the boiler feed pump by hand. "We found the original drawings in a biscuit tin in the foreman's office," he said.

## Off the usual route

Several buildings are opening for the first time:

- the Friends' meeting house on Tanner Row, built in 1702
- the former fire station on Dock Street, now a bicycle workshop
- the Co-operative Society's board room above the Market Street shop

\u201cPeople walk past it every day and never look up.\u201d

That is Priya Ramsden, who manages the corn exchange and will lead the clock room tours. She said the painted ceiling in the upstairs hall had been hidden under polystyrene tiles until 2019.

Organisers are asking visitors to follow the signs rather than their phones, because two of the venues share an entrance with a car park.

Maps are available at the library on Bridge Street from Thursday.
"""),

dict(id="h71-en-002", lang="en", tpl="wordpress", section="Business", date="2026-03-03", byline="Owen Carbury",
     title="Millgate bakery recalls seeded loaves after sesame left off label",
     sub="The family firm supplies eleven shops and two school kitchens. No one has reported being ill.",
     caption="Loaves cooling on racks at the Carbury Lane bakery.", credit="Photo: Owen Carbury",
     carry=["foodrecall"],
     look=[("dropcap", "A family bakery in Millgate")],
     body="""
A family bakery in Millgate has recalled three of its seeded loaves after discovering that the labels did not mention sesame, which can cause a severe reaction in people who are allergic to it.

Hollis & Daughter, which has baked on Carbury Lane since 1961, said the problem came from a new label printer installed in January. The recipe had not changed, but the allergen line dropped off when the labels were redesigned.

The loaves affected are the Harvest Seeded, the Five Grain Bloomer and the small Seeded Tin, sold in the bakery's own shop, in eleven independent shops and delis, and to two primary school kitchens.

## A customer spotted it

The mistake was noticed by a mother whose eight-year-old son is allergic to sesame. She read the label in a corner shop on Fell Road, knew the bread had always contained seeds, and rang the bakery.

"She was very calm about it, which was more than we were," said Anna Hollis, who runs the bakery with her father. "We stopped every delivery within the hour."

The county's trading standards team confirmed it had been told on Friday and that the firm had acted quickly. Nobody has reported being unwell.

Customers with a sesame allergy who have bought any of the three loaves should not eat them. They can return them to the shop where they bought them for a full refund, with or without a receipt.

Anyone else can eat the bread safely.
"""),

dict(id="h71-en-003", lang="en", tpl="amp", section="People", date="2026-11-02", byline="Ruth Penwarden",
     title="Forty years at the top of the town hall tower: the man who winds the clock",
     sub="Every Monday since 1986 Dennis Rowell has climbed 112 steps to wind the Scarlby town hall clock by hand. He hands over the key at Christmas.",
     caption="Dennis Rowell with the winding handle in the clock room.", credit="Photo: Ruth Penwarden",
     low=0,
     body="""
Every Monday morning since the spring of 1986, Dennis Rowell has climbed the 112 steps of Scarlby town hall tower and wound the clock by hand. At Christmas he will give the winding key to his successor, a 29-year-old apprentice joiner called Kian Leathley. We met him in the clock room.

**How long is a winding, start to finish?**

Forty minutes for the going train and the strike, if my arms are good. Three hundred turns of the handle, give or take.

**Has the clock ever stopped on you?**

Twice. Once in the snow of 1991, when the oil went thick, and once when a pigeon got into the motion work. The pigeon was fine. The clock was not.

**Worst night up there?**

The night of the storm in 2014. The whole tower was humming and I could hear the hands being pushed by the wind. I sat with it until two in the morning.

**Do people notice when it is wrong?**

Within minutes. The taxi drivers on the rank outside set their watches by it. If it is slow they ring the council, and the council rings me.

**Will you miss the tower?**

I will miss the view. From the louvres you can see the sea on one side and the moors on the other. Nobody else in Scarlby gets to see that every week.

**And Kian?**

He is steady and he listens. I have told him to talk to it. He thinks I am joking.

Dennis will wind the clock for the last time on 21 December.
"""),

dict(id="h71-en-004", lang="en", tpl="table", section="Heritage", date="2026-06-18", byline="Amrit Bhogal",
     title="Almshouses built for widowed weavers are restored for new tenants",
     sub="The six cottages on Chantry Walk had stood empty for a decade.",
     caption="The restored almshouses on Chantry Walk.", credit="Photo: Amrit Bhogal",
     only=["correction"],
     correction="Correction, 19 June: this story originally said the almshouses were built in 1712. They were built in 1727, as the date stone above the pump shows.",
     body="""
Six almshouses built for the widows of Thornleigh handloom weavers are ready for new tenants after a two-year restoration that cost just over \u00a31.1 million.

The single-storey cottages on Chantry Walk were put up in 1727 by a wool merchant, Josiah Pickles, whose will asked that they house "poor women of honest life who have lost their husbands to the loom or the fever".

They have been empty since 2016, when the charity that owns them decided they could not be let again without new roofs, damp courses and bathrooms.

## Lime, not cement

The builders had to undo a repair from the 1970s, when the stone had been pointed with hard cement that trapped water in the walls. It was picked out by hand and replaced with lime mortar.

The cottages still have their original stone sinks, which have been kept in the kitchens as planters.

The trust's chair, Margaret Oldroyd, said the charity had been flooded with inquiries. "We have had 64 applications for six homes," she said.

## Who can live there

The rules have changed since 1727. The trust now lets the cottages to anyone over 60 with a local connection and modest savings, men as well as women.

The first tenants will move in at the end of July. The trust will hold an open afternoon on Saturday from 2pm to 4pm for anyone who wants to look around.
"""),

dict(id="h71-en-005", lang="en", tpl="semantic", section="Consumer", date="2026-02-12", byline="Lewis Mackintosh",
     title="Trusted trader scheme passes 300 firms after a winter of doorstep roofing scams",
     sub="Trading standards say calls about cold-callers doubled between November and January.",
     caption="A trading standards officer checking a roofer's van on Ferrybank Road.", credit="Photo: Lewis Mackintosh",
     carry=["traderdirectory"],
     look=[("italic", "\u201cThey were on the roof before I had my slippers on.\u201d")],
     body="""
More than 300 local firms have now signed up to the council-backed trusted trader scheme in Ferrybank, after a winter in which trading standards received twice the usual number of complaints about doorstep callers.

Most of the complaints were about roofers who knocked on doors in November and December, claiming to have spotted loose tiles, and then demanded thousands of pounds for work that was either unnecessary or never finished.

One woman in her eighties on Harland Avenue paid \u00a36,400 in cash for a job that an independent surveyor later valued at \u00a3350.

\u201cThey were on the roof before I had my slippers on.\u201d

She asked not to be named. Her son, who contacted the council, said the men had driven her to the bank.

## How a firm gets on the list

To join, a business has to pass checks on its insurance, its complaints history and its finances, and agree to let customers rate its work. Ratings are published unedited, including bad ones.

Senior trading standards officer Joanne Pettigrew said the scheme was not a guarantee, but it gave people somewhere to start.

"If somebody turns up unannounced and says it has to be done today, that is your answer," she said. "A proper tradesperson will give you a written quote and let you think about it."

## Warning signs

- a caller who says they just happened to be passing
- a price that changes once work has started
- a request for cash, or a lift to the bank

Anyone worried about a caller can ring the council's doorstep crime line on 0800 496 0712.
"""),

dict(id="h71-en-006", lang="en", tpl="storybody", section="Sport", date="2026-08-24", byline="Dominic Fairhurst",
     title="Holby Bridge cricketers win first league title in 61 years",
     sub="A last-wicket stand of 38 sealed the championship at Gresley Park.",
     caption="Holby Bridge players celebrate on the pavilion steps.", credit="Photo: Dominic Fairhurst",
     carry=["scores"],
     body="""
Holby Bridge Cricket Club won the Dales Valley League first division on Saturday for the first time since 1965, thanks to a last-wicket partnership that nobody at Gresley Park will forget soon.

Chasing 187 to beat second-placed Ormsby, the visitors slumped to 149 for nine. Number ten Ellis Varley, a 17-year-old who had never scored more than 12 in a league match, joined the club's 54-year-old groundsman, Barry Naylor.

They put on 38 together.

Naylor, who has prepared the Holby Bridge pitch for 23 seasons, hit the winning runs with a slog over midwicket that landed in a hedge. The ball has not been found.

**A season of close finishes**

Holby Bridge won eleven of their eighteen matches, four of them by two wickets or fewer. Captain Sunil Akhtar said the side had learned to stay calm.

"We lost every close game last year," he said. "This year we just kept believing someone would stay in."

Their best performers over the season:

- Sunil Akhtar: 642 runs, including two centuries
- Joe Brindley: 41 wickets at 13.2
- Barry Naylor: 9 runs, one hedge

The club's last title-winning side, from 1965, had only two surviving members. Both were at the ground, and one of them, 88-year-old Stanley Crowther, presented the trophy.

Holby Bridge hold a junior taster session every Friday at 6pm, and the bar will be open.
"""),

dict(id="h71-en-007", lang="en", tpl="hugo", section="Business", date="2026-05-21", byline="Naomi Kettering",
     title="Kettleby electrician named trader of the year by the people she rewired",
     sub="Customers of the county's trusted trader scheme voted for Bethan Lowery after a year without a single complaint.",
     caption="Bethan Lowery in her van outside a job on Sorrel Close.", credit="Photo: Naomi Kettering",
     carry=["traderdirectory"],
     body="""
An electrician who started her business from a spare bedroom five years ago has been voted trader of the year by customers of the county's trusted trader scheme.

Bethan Lowery, 34, from Kettleby, received 211 reviews last year and an average score of 9.9 out of ten. She is the first woman to win the award in the scheme's twelve years.

The votes come from customers, not from the council. Each one has to be checked against a real job before it counts.

## From spare room to two vans

Bethan trained at Kettleby college after leaving a job in a call centre. She now employs two apprentices and has just bought a second van.

Much of her work is for older people who want a tradesperson they can trust in their home. Several reviews mentioned that she took her boots off at the door, and one said she had fixed a doorbell for nothing because she was passing.

"I just do things the way I would want them done at my nan's," she said.

## The runners-up

The other names on the shortlist were:

1. Gary Pennock, a roofer from Old Hollin
2. Sanjay and Meera Doshi, who run a plumbing firm in Weldon
3. Frank Attwood, a locksmith in Kettleby town centre

The scheme's manager, Imogen Clare, said complaints about members had fallen for the third year in a row.

Bethan said she would spend the \u00a3500 prize on a new set of test equipment. Her apprentices have asked for a kettle for the van.
"""),

dict(id="h71-en-008", lang="en", tpl="drupal", section="Community", date="2026-04-07", byline="Saskia Brennan",
     title="Mobile library returns to six villages after two-year gap",
     sub="A converted horsebox will stop at each village once a fortnight.",
     caption="The new mobile library parked on Wrayton green.", credit="Photo: Saskia Brennan",
     carry=["calendar"],
     look=[("box", "The horsebox carries about 1,800 books")],
     body="""
Six villages in the upper Wray valley have a library service again, two years after the county withdrew its last mobile library van because it could not find a driver.

The new service runs from a converted horsebox, towed by a pick-up truck, and is staffed by a librarian and a team of volunteer drivers recruited through the parish councils.

It made its first stop on Tuesday morning on Wrayton village green, where a queue of 23 people had formed before it arrived.

The horsebox carries about 1,800 books, a box of jigsaws and a printer. Readers can order any book in the county's catalogue and collect it two weeks later.

Librarian Heather Mounsey said the most requested books on the first day were large-print crime novels and a guide to keeping hens.

## The timetable

The library will visit each village once every two weeks:

- Wrayton, green, Tuesdays 9.30am to 11am
- Low Crag, chapel car park, Tuesdays 11.45am to 1pm
- Birkby, outside the post office, Tuesdays 2pm to 3.30pm
- Sedcombe, Fox and Hounds car park, Wednesdays 10am to 11.30am
- Hawes End, school gates, Wednesdays 1pm to 2pm
- Nether Wray, village hall, Wednesdays 2.45pm to 4pm

Councillor Donald Thwaite said the horsebox had cost \u00a338,000, much less than a purpose-built vehicle.

The service is still looking for two more drivers with a licence to tow. Anyone interested can contact the library at Wray Bridge.
"""),

dict(id="h71-en-009", lang="en", tpl="ucoz", site="Little Hadstock Village Website", kind="small", section="Village news",
     date="2026-07-14", byline="hadstock_webmaster",
     title="Pond-dipping platform opens on the village green",
     sub="Children from the school were first to try the new platform at Hadstock pond.",
     caption="Children at the new dipping platform.", credit="Photo: Brian Cottee",
     carry=["gallery"],
     low=1,
     body="""
The new pond-dipping platform on Little Hadstock green was opened on Saturday afternoon by the oldest and youngest members of the Pond Group, 91-year-old Vera Stubbings and four-year-old Alfie Marsh, who cut the ribbon together with a pair of garden shears.

The platform was built over three weekends in June by volunteers, using oak from the fallen tree at Church Farm. It has a rail on three sides and a low gate so that children can kneel at the water's edge safely.

Class 2 from the village school had a go on Monday morning. They found:

- two great diving beetles
- a lot of water boatmen
- one smooth newt, which was put back

The Pond Group would like to thank everyone who gave money at the spring fair, which raised \u00a3640 towards the timber and fixings, and Brian Cottee, who took all the photos on this website and many more besides.

Nets and trays are kept in the box by the bench. Please rinse them and put them back after use.

The Pond Group meets on the first Sunday of the month at 10am by the bench. New members are always welcome, and you do not need to know anything about ponds.
"""),
]
