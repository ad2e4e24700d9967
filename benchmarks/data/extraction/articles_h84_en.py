# English stories for the eighty-fourth held-out part (h84-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h82_en.py (tpl: "framer" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (lifeguardpatrols, foodcaddies,
# streetnaming), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h84-en-001", lang="en", tpl="framer", site="Wrenmouth Coast Community News", kind="community",
     section="Coast", date="2026-04-21", byline="Tamsin Penrose",
     title="Lifeguards back on three Wrenmouth beaches for a full summer",
     sub="For six years only one beach had a patrol, and only at weekends. This year Saltinge and Corran Bay get lifeguards every day.",
     caption="New lifeguards training at Corran Bay in April.", credit="Photo: Tamsin Penrose",
     carry=["lifeguardpatrols"],
     look=[("bold", "Nobody failed the swim."), ("br", "Each had to swim 400 metres"),
           ("italic", "\u201cWe would rather spend our summer bored than busy.\u201d")],
     body="""
Lifeguards will be back on the sand at Wrenmouth, Saltinge and Corran Bay from the late May bank holiday, after the district council agreed to pay for a full season of patrols for the first time since 2019.

For the last six summers only Wrenmouth's main beach has had lifeguards, and then only at weekends in July and August.

## Why this summer

Councillors voted for the extra \u00a386,000 after a summer in which the coastguard was called to Saltinge eleven times, more than to any other beach in the district.

Two of those calls were for children on inflatables blown out past the groyne.

"It only takes a gust off the cliff and they are two hundred metres out before anyone notices," said Nadia Pellow, who runs the surf life saving club at Corran Bay.

## Twenty-two new recruits

The club has trained 22 new lifeguards over the winter in the pool at Tollbridge leisure centre. The youngest is 16, the oldest a retired fire officer of 63.

Each had to swim 400 metres in under seven and a half minutes and pass a beach first-aid course.

Nobody failed the swim.

Harry Kemble, 17, from Hessock, signed up after watching the Wrenmouth lifeguards pull a paddleboarder out of a rip current last August.

"I was standing on the slipway eating chips. I thought, I want to be the one who can do that," he said.

Ms Pellow said the club's hope for the season was simple.

\u201cWe would rather spend our summer bored than busy.\u201d

The club is still looking for helpers for its junior sessions on Sunday mornings. Anyone interested can contact the club through the noticeboard at the Corran Bay beach caf\u00e9.
"""),

dict(id="h84-en-002", lang="en", tpl="amp", section="People", date="2026-03-18", byline="Owen Killigrew",
     title="Thirty-five years of tides: Wrenmouth's harbour master steps ashore",
     sub="Gerald Tresize took charge of the quay when it still had a fish market and eleven trawlers.",
     caption="Gerald Tresize on the quay at Wrenmouth.", credit="Photo: Owen Killigrew",
     low=0,
     body="""
Gerald Tresize became harbour master at Wrenmouth in 1991, when the quay still had a fish market and eleven working trawlers. He retires at the end of the month. We asked him about 35 years of tides, boats and parking arguments.

**What did the job involve when you started?**

Mostly fish. I'd be down at four to see the boats in, sort out the berths and make sure nobody blocked the ice plant. The paperwork fitted in one drawer.

**And these days?**

Mostly yachts and paddleboards. There are three trawlers left. Half my day is answering emails about moorings, and the other half is telling people not to jump off the harbour wall.

**Do they listen?**

Some do. The ones who don't usually come out of the water a lot quieter than they went in.

**Any storms you won't forget?**

February 2014. The sea came over the quay and took the harbour office door clean off its hinges. We found it a week later on the beach at Saltinge.

**What will you miss about the quay?**

The early mornings. There's an hour before anybody else is about when the harbour belongs to you and the gulls.

**And what won't you miss at all?**

The car park. Thirty-five years and I never found a way to make forty spaces hold ninety cars.

His successor, Alison Venning, takes over on 1 April. A farewell is being held at the Mariners' Institute on Friday evening, and everyone who has ever tied up at Wrenmouth is welcome.
"""),

dict(id="h84-en-003", lang="en", tpl="fusion", section="Environment", date="2026-05-12", byline="Rhiannon Stacey",
     title="Kitchen caddies for 41,000 homes as weekly food collections begin",
     sub="Food waste will go to a digester near Tollbridge. Black bins move to every three weeks.",
     caption="A stack of the new kitchen caddies at the council depot.", credit="Photo: Rhiannon Stacey",
     carry=["foodcaddies"],
     look=[("factbox", "The new service in figures")],
     body="""
Every household in the district will be given a kitchen caddy and a larger outdoor bin for food waste this summer, as weekly food collections start across the Wrenmouth coast.

The council says food makes up about a third of what residents throw away in their black bins. From 6 July it will be collected separately every week and taken to an anaerobic digestion plant near Tollbridge, where it will be turned into gas and fertiliser.

## The new service in figures

- 41,000 households will get a caddy
- 7 new collection lorries, each with two compartments
- 2,300 tonnes of food waste expected in the first year
- \u00a31.9 million from the government towards the cost

Deliveries of the caddies begin next week in Wrenmouth and Saltinge and will reach the villages by the end of June. Flats with shared bins will get communal food bins instead.

Black-bin collections will move to every three weeks once the food service is running, which has worried some residents.

"Three weeks in August with nappies in the bin is not something I'm looking forward to," said Karen Doble, a mother of three from Hessock.

The council's cabinet member for the environment, Stephen Rowe, said households with young children or medical waste could ask for a larger black bin.

"The more food goes in the caddy, the less there is to smell in the black bin," he said.

Residents are asked not to put the caddies out until a letter arrives with their first collection date.
"""),

dict(id="h84-en-004", lang="en", tpl="ghost", section="Community", date="2026-02-09", byline="Morwenna Hext",
     title="Beach huts on Saltinge promenade to be let by lottery",
     sub="A waiting list of more than 900 names, some dating from 2004, has been scrapped.",
     caption="The south promenade huts at Saltinge.", credit="Photo: Morwenna Hext",
     look=[("callout", "Huts may not be slept in overnight")],
     body="""
Forty-two beach huts on Saltinge's south promenade will be let by lottery this spring, after the council abandoned a waiting list that had grown to more than 900 names.

Some people on the list had been waiting since 2004. Others had died, and their relatives had kept paying the \u00a315 yearly fee to hold their place.

Under the new system, anyone living in the district can enter the draw for \u00a310. The winners will rent a hut for five years and cannot enter again until their tenancy ends.

Huts may not be slept in overnight, sublet to holidaymakers or fitted with gas heaters, and tenants must repaint them in one of the four approved colours every five years.

Pauline Yeo, who has been on the list for 19 years, said she was disappointed but understood the decision.

"My mother had one in the sixties. I'd hoped to get the same one, number 17, but I'll put my name in the hat like everybody else," she said.

Councillor Ray Tonkin said the old list had become "a queue nobody could ever reach the front of".

The draw will be made in public at the Saltinge pavilion on 14 March and streamed on the council's website. Those who paid to stay on the old list will have their fees refunded.

Entries close on 28 February.
"""),

dict(id="h84-en-005", lang="en", tpl="semantic", section="Tollbridge", date="2026-06-16", byline="Ellis Carne",
     title="New Tollbridge streets to carry the names of a 1953 lifeboat crew",
     sub="Pupils chose the names for four roads on the Marram Fields estate after researching the rescue of the coaster Carrowmore.",
     caption="Pupils from Tollbridge Primary with the museum's photograph of the 1953 crew.", credit="Photo: Ellis Carne",
     carry=["streetnaming"],
     look=[("italic", "\u201cEvery time a delivery driver reads those signs, somebody's story gets told again.\u201d")],
     body="""
Four streets on the new Marram Fields estate in Tollbridge are to be named after the lifeboat crew who rescued 23 people from the coaster Carrowmore in January 1953.

The names were chosen by pupils at Tollbridge Primary, who researched the rescue with the help of the town museum, and have been put forward by the council.

If there are no objections, the estate's roads will be called Penhale Way, Joseph Rowe Close, Annie Lugg Walk and Carrowmore Road.

Annie Lugg was not part of the crew. She was the wife of the head launcher, and she kept a lamp burning on the slipway for fourteen hours so the boat could find its way home.

"She's the one the children wanted most," said head teacher Owen Pascoe.

Some residents of the neighbouring Fernside estate had asked for the streets to carry the names of the fields they replaced, such as Long Ley and Blackaway.

The developer has agreed to use the field names for the estate's footpaths and play area instead.

The lifeboat's present coxswain, Daniel Trethewey, whose grandfather was the Carrowmore's bowman, spoke at the museum when the names were announced.

\u201cEvery time a delivery driver reads those signs, somebody's story gets told again.\u201d

The first families are due to move into Marram Fields in October.
"""),

dict(id="h84-en-006", lang="en", tpl="storybody", section="Business", date="2026-08-04", byline="Kerensa Bolitho",
     title="Harbour chip shop reopens eleven months after fire",
     sub="The Golden Haddock on Quay Street was gutted last September. Its owners rebuilt it almost by hand.",
     caption="Queue outside the Golden Haddock on its first evening back.", credit="Photo: Kerensa Bolitho",
     only=["correction"],
     correction="This article was changed on 5 August. The fire happened in September 2025, not October as first reported.",
     body="""
The queue outside the Golden Haddock on Quay Street stretched past the lifeboat station on Saturday evening as the chip shop opened its doors again, eleven months after a fryer fire gutted the building.

Nobody was hurt in the fire last September, but the kitchen, the counter and the flat upstairs were destroyed.

Owners Dave and Lorna Angove, who have run the shop for 22 years, did much of the rebuilding themselves, with help from their son, a joiner.

"The insurance paid for the walls and the roof. Everything you can see inside, the three of us built," Mr Angove said.

The new shop has a smaller counter, a separate room for the fryers and a fire suppression system above them that the couple say cost more than their first car.

Their six staff were kept on through the winter, working at a mobile van on the seafront that the Wrenmouth Traders' Association lent them.

Regular customer Bill Hosking, 84, was first through the door.

"Cod, chips and a pickled egg. Same as 1971. It tastes the same, and that's all I wanted," he said.

Mrs Angove said the hardest part had been telling customers, week after week, that they did not yet know when they would reopen.

The Golden Haddock is open from noon until 9pm, Tuesday to Sunday.
"""),

dict(id="h84-en-007", lang="en", tpl="table", section="Planning", date="2026-09-29", byline="Jago Penberthy",
     title="Council turns down 'Ocean Vista Boulevard' for a street half a mile from the sea",
     sub="The developer of a 60-home scheme at Hessock wanted names that would help sell the houses. The parish council had other ideas.",
     caption="The site of the Hessock housing scheme, looking inland.", credit="Photo: Jago Penberthy",
     carry=["streetnaming"],
     body="""
A developer's request to name a new road at Hessock "Ocean Vista Boulevard" has been refused by the district council, which said the street had neither a view of the ocean nor the width of a boulevard.

The road will serve 60 homes being built on farmland on the inland side of the village, about half a mile from the coast.

**What the developer wanted**

Tregarrow Homes had put forward three names: Ocean Vista Boulevard, Sunset Reach and The Sandpipers.

In its application the company said the names would "reflect the coastal lifestyle" of the new homes.

**What the parish wanted**

Hessock Parish Council objected to all three and suggested names from the 1840 tithe map instead, including Goonhilly Meadow, Crows Acre and Well Park.

Parish clerk Wendy Jolly said the village had seen enough made-up names.

"We already have a Mariners Court that is nowhere near the water and a Harbour View you cannot see the harbour from. People laugh at them," she said.

**What happens next for Hessock**

The council's rules say new street names should avoid duplication in the postal area, should not be chosen to advertise a development, and should where possible reflect local history.

The developer has 28 days to put forward new names or accept the parish's list.

Tregarrow Homes said it was "happy to work with the community" and expected to agree names before the first residents move in next spring.
"""),

dict(id="h84-en-008", lang="en", tpl="wordpress", section="Community", date="2026-07-27", byline="Lowenna Trewin",
     title="Lifeboat station open day raises more than \u00a34,000",
     sub="About 1,500 visitors climbed aboard the all-weather boat and watched a helicopter winch demonstration.",
     caption="Visitors on the slipway at Wrenmouth lifeboat station.", credit="Photo: Lowenna Trewin",
     carry=["gallery"],
     look=[("dropcap", "Cookies, crab sandwiches and a raffle with 90 prizes")],
     body="""
Cookies, crab sandwiches and a raffle with 90 prizes helped Wrenmouth lifeboat station raise \u00a34,210 at its open day on Sunday, the most it has taken since the station's new boathouse was opened.

Around 1,500 visitors came through the doors between 10am and 4pm. The queue to climb aboard the all-weather lifeboat was still 40 people long at closing time.

The highlight of the afternoon was a winching demonstration by a coastguard helicopter, which lowered a paramedic onto the deck of the inshore boat a few hundred metres off the harbour wall.

Station manager Colin Hocking said the money would go towards new drysuits for the crew.

"A drysuit lasts about five years if you're lucky. We have 26 volunteers and they all need one that fits," he said.

The youngest crew member, Jess Rowse, 18, spent the day showing children how to put on a lifejacket.

"Most of them wanted to know if they could keep it," she said.

The raffle's top prize, a ride on the lifeboat during an exercise, was won by a retired teacher from Saltinge who had bought a single ticket.

The station thanked the Wrenmouth Women's Institute, which baked for three days, and the fishmonger on Quay Street who donated all the crab.
"""),

dict(id="h84-en-009", lang="en", tpl="sanity", section="Sport", date="2026-10-06", byline="Piran Goldsworthy",
     title="Corran Bay gig club launches the boat its members spent three winters building",
     sub="The 32-foot pilot gig was built from Cornish elm in a borrowed barn.",
     caption="The new gig on its first outing in Corran Bay.", credit="Photo: Piran Goldsworthy",
     look=[("dropcap", "The Corran Bay Gig Club's new boat")],
     body="""
The Corran Bay Gig Club's new boat touched the water for the first time on Saturday, three winters after a group of members started building it in a barn lent by a local farmer.

The 32-foot pilot gig, named Morvoren, was built to the same pattern as the rowing boats that once raced to meet sailing ships off the coast.

More than 40 members worked on it, most of whom had never built anything larger than a garden shed.

What went into the boat:

- narrow planks of elm from a tree felled by a storm near Hessock
- about 3,000 copper nails, each clenched by hand
- six oars of Norwegian spruce
- 1,900 hours of work, counted on a sheet pinned to the barn door

The build was led by a retired boatbuilder, Martin Keast, 77, who taught members to steam the planks until they would bend.

"The first plank we spoiled three times. By the end they were doing it in the dark," he said.

The club's women's crew rowed Morvoren on her first outing, round the bay and back, watched by a few hundred people on the beach.

Club captain Zoe Penhaligon said the new boat would let the club enter a second crew at the county championships next spring.

Anyone who would like to try rowing can come to the club's taster sessions, held on Wednesday evenings from the slipway at Corran Bay.
"""),
]
