# English stories for the seventieth held-out part (h70-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h68_en.py (tpl: "pugpig" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (litterpicks, farecalc, uvindex), which
# are placed only on stories where a real site would print them.  On the pugpig pages the "sub" is the article's
# standfirst, "caption" / "credit" belong to the lead image of the article template and "body_caption" to the image
# the editor embedded in the body; a block of lines starting with "| " is a story table (a table typed in the
# Bolt article editor; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h70-en-001", lang="en", tpl="pugpig", site="Calderbridge Courier",
     section="News", date="2026-04-21", byline="Megan Holroyd",
     title="Towpath volunteers pull two tonnes of rubbish out of the Calder in one weekend",
     sub="Forty-one people in waders and wellies cleared a two-mile stretch between Sowerby Lock and the old dye works.",
     caption="Volunteers lifting a shopping trolley out of the river below Sowerby Lock.", credit="Picture: Calderbridge Courier",
     body_caption="Bags of rubbish waiting for collection on the towpath at Millbank.",
     carry=["litterpicks"],
     look=[("highlight", "Volunteers hauled almost two tonnes"), ("italic", "\u201cThe river gives back whatever the town throws in.\u201d"),
           ("br", "Nobody knows how the safe got there.")],
     body="""
Volunteers hauled almost two tonnes of rubbish out of the River Calder over the weekend, in the biggest clean-up the group behind it has ever organised. Forty-one people worked along a two-mile stretch between Sowerby Lock and the old dye works at Millbank.

The group, Calder Towpath Friends, was set up three years ago by two dog walkers who were tired of stepping over cans. It now has 230 members.

Among the things pulled from the water and the banks:

| Item | Number
| Shopping trolleys | 11
| Tyres | 23
| Traffic cones | 17
| Electric scooters | 4

The oddest find was a small office safe, empty and rusted shut, wedged under the footbridge at Millbank.

Nobody knows how the safe got there.

It has been handed to the police, who said on Monday that it did not match anything reported stolen.

\u201cThe river gives back whatever the town throws in.\u201d

That was how founder Ruth Ackroyd put it, standing next to a pile of bags taller than she is. "Every time the water drops after heavy rain, we find another layer. Some of the crisp packets we pulled out have prices in old money."

## The council lends a hand

The borough council lent the group grabbers and a trailer and took the rubbish away on Monday morning. Councillor Aled Prys said the group saved the council about \u00a36,000 in contractors' fees.

Ruth said the next job is the stretch above the lock, where fly-tippers use a lay-by on Wharf Lane. She has asked for a camera there.

The group meets again on Saturday 9 May at 10am at Sowerby Lock, and anyone over 16 is welcome.
"""),

dict(id="h70-en-002", lang="en", tpl="cms", section="Transport", date="2026-01-06", byline="Declan Whitcombe",
     title="Bus fares in Wyvern Vale stay capped at \u00a32 for another year",
     sub="The county council will keep paying the difference on single tickets, but day tickets will go up by 30p.",
     caption="A number 14 bus waiting at Hollins Cross interchange.", credit="Photo: Declan Whitcombe",
     carry=["farecalc"],
     body="""
Single bus fares anywhere in Wyvern Vale will stay capped at \u00a32 until at least next January, the county council has confirmed.

The cap, first introduced two years ago, means a trip from Hollins Cross to Upper Fenby, which used to cost \u00a35.40, costs the same as a ride of two stops in the town centre.

The council pays the three bus companies the difference. That will cost about \u00a31.9 million this year, partly from a government grant and partly from car park income.

## What changes on 1 February

Not every price is frozen. From 1 February:

- a single ticket stays at \u00a32
- an all-day ticket rises from \u00a34.50 to \u00a34.80
- a weekly ticket rises from \u00a316 to \u00a317
- under-19s still pay half fare with a youth card

## More passengers, fewer buses

Passenger numbers have risen by 14 per cent since the cap began, according to the council. But the number of routes has fallen. Two rural services, the 31 and the 46, were withdrawn last autumn because of a shortage of drivers.

"Cheap fares are no use if the bus does not come," said Patricia Lyle, who lives in Fenby Bridge and now has one bus a day into town. "I would pay \u00a34 if there were four of them."

The council's cabinet member for transport, Sunil Varma, said the authority was training 20 new drivers with the operators and hoped to restore the 31 by the summer.

Timetables for every route are available at Hollins Cross interchange and in the county's libraries.
"""),

dict(id="h70-en-003", lang="en", tpl="legacy-br", section="People", date="2026-07-17", byline="Nina Osei",
     title="'Eight thousand mornings on the same kerb': Ron puts down his lollipop",
     sub="Ron Halliwell has seen children across Chapel Street since 1994. His last shift is on Friday.",
     caption="Ron Halliwell at his crossing outside St Bede's primary.", credit="Photo: Nina Osei",
     low=0,
     body="""
Ron Halliwell has stood on the corner of Chapel Street and Mill Lane with his lollipop sign every school morning and afternoon since 1994. He is 78. On Friday he does his last shift. We asked him about it.

**How did you end up on this corner?**

I had just retired from the railway and my wife said I was under her feet. The school had a card in the post office window. I thought I would do it for a year.

**Do you remember the first children you crossed?**

Some of them bring their own children now. One of them is the headteacher.

**Is the traffic worse than in 1994?**

It is faster and there is more of it. In 1994 a lorry came down here maybe twice a morning. Now it is a van every minute, everyone delivering parcels.

**Scariest moment?**

A driver who did not stop in 2009. I put my arm out and pushed a little lad back on to the pavement. The car missed us both by a yard. I did not sleep that night.

**And in the rain?**

You get used to it. The parents bring me tea. Mrs Patel on the corner brings me a samosa on Fridays.

**What will you miss most?**

The children saying good morning. Nobody else says good morning to you when you are 78.

**Who replaces you?**

The council has found a young woman from the estate. I have told her: stand in the middle, look them in the eye, and never step out for a car that is already too close.

Parents and pupils are holding a send-off for Ron in the school hall on Friday at 3.30pm.
"""),

dict(id="h70-en-004", lang="en", tpl="portal", section="Heritage", date="2026-03-12", byline="Callum Brierley",
     title="Church bell appeal hits its \u00a342,000 target with a week to spare",
     sub="St Oswald's in Netherby will have all six of its bells rehung in time for a wedding in June.",
     caption="The tenor bell of St Oswald's, lowered from the tower last autumn.", credit="Photo: Callum Brierley",
     only=["correction"],
     correction="Correction, 13 March: an earlier version of this story said the bells were being recast in Leicestershire. They are being retuned in Loughborough, not recast.",
     body="""
An appeal to rehang the six bells of St Oswald's church in Netherby has reached its \u00a342,000 target a week before its deadline.

The bells have been silent since 2023, when an inspection found that the oak frame holding them had rotted and could no longer take their weight. The heaviest, the tenor, weighs just under a tonne.

Tower captain Gwen Marchbank said the last \u00a33,000 came in over four days after a bell ringer's granddaughter posted a video of the empty tower and asked people to share it. "People from all over the world sent five pounds. Somebody in New Zealand whose grandparents were married here sent fifty."

The bells were lowered in October and taken by lorry to a foundry in Loughborough, where they are being retuned. A new steel frame is being made in Derbyshire.

The church hopes the first full peal will ring out on 13 June, for the wedding of two of the church's own ringers, Adam Foulds and Priya Nair, who met in the tower.

Gwen said the band of ringers had lost members during the silence. "You cannot learn to ring without bells. We have eight people who want to start, so we will be teaching on a practice bell in the village hall until the tower is ready."

Anyone who wants to learn to ring can come to the practice night in Netherby village hall on Wednesdays at 7.30pm.
"""),

dict(id="h70-en-005", lang="en", tpl="regional", section="Coast", date="2026-05-28", byline="Tamsin Rowe",
     title="Lifeguards back on Sandhaven beach a fortnight early as the heat arrives",
     sub="Flags go up on Saturday on the main beach and at Gull Cove, two weeks ahead of the usual start of the season.",
     caption="The lifeguard hut at Sandhaven main beach being repainted on Wednesday.", credit="Photo: Tamsin Rowe",
     carry=["uvindex"],
     body="""
Lifeguards will patrol Sandhaven's main beach and Gull Cove from this Saturday, two weeks earlier than planned, after forecasters predicted the warmest end of May for twenty years.

The lifesaving charity that runs the service said it had moved its start date after the beach filled up last weekend with nobody on duty.

Area manager Joe Trevaskis said his team had helped 14 people out of the water on the Sunday alone, most of them swimmers who had been caught by the rip current off the rocks at the northern end. "We had two of our seasonal guards who happened to be on the beach. Without them it would have been a different story."

**Where and when**

The flags will be up from 10am to 6pm every day on the main beach, and at weekends only at Gull Cove until the school holidays.

Swimmers are asked to stay between the red and yellow flags, and to keep inflatables out of the water when the orange windsock is flying.

**Sun and sea**

The town's two pharmacies say they have already sold more after-sun in May than in the whole of last June. The beach caf\u00e9 is handing out free water to anyone who asks.

Local GP Dr Hannah Bligh urged parents to keep an eye on children's shoulders and noses. "By the time they are red it is too late. Put a T-shirt on them and find some shade at lunchtime."

First aid is available at the lifeguard hut next to the slipway.
"""),

dict(id="h70-en-006", lang="en", tpl="magazine", section="Features", date="2026-09-19", byline="Orla Penhaligon",
     title="The Saturday regulars who keep Marram Bay clean",
     sub="For six years a group of neighbours has walked the beach at low tide every week with bags and grabbers. They keep a list of everything they find.",
     caption="Members of the Marram Bay beach group on the tideline.", credit="Photo: Orla Penhaligon",
     pull="A beach is never finished. The sea brings more every night",
     carry=["litterpicks"],
     look=[("dropcap", "Flasks of tea and a tin of cookies"), ("box", "The group keeps a record of every item")],
     body="""
Flasks of tea and a tin of cookies come out at half past nine on the slipway, but nobody touches them until the work is done. By then the twelve people in the Marram Bay beach group have walked the mile and a half to the point and back.

They have done this every Saturday at low tide since 2020, when Maureen Tulley, a retired biology teacher, got fed up with the fishing line tangled round the dunes.

"I thought I would do it on my own," she said. "Then the man from number 9 came with me, and then his sister, and then her friends."

**The smallest things**

What they pick up has changed. In the first year it was mostly plastic bottles and crisp packets. Now the deposit scheme has taken most of the bottles, and the group finds smaller things: cotton bud sticks, nurdles, pieces of rope.

"A beach is never finished. The sea brings more every night," said Alun Price, 71, who has missed only three Saturdays in six years.

The group keeps a record of every item it collects and sends it to a marine charity each month. Last year the total was 31,420 pieces, weighing 640 kilograms.

The council collects the full bags from the car park on Mondays. In return the group has asked for two more bins at the far end of the bay, where walkers often leave dog bags on the rocks.

Maureen says new people come every summer and most of them stay. "It is the nicest hour of the week. You end up talking to people you would never have met."

The group meets at the slipway every Saturday at low tide, and wellies are more useful than trainers.
"""),

dict(id="h70-en-007", lang="en", tpl="nextjs", section="Rural", date="2026-10-08", byline="Fergus Lamb",
     title="Volunteer drivers keep the only bus to Hexley running",
     sub="When the operator withdrew the route, parishioners bought a 16-seat minibus and took turns at the wheel.",
     caption="Volunteer driver Jan Morley at the wheel of the Hexley community bus.", credit="Photo: Fergus Lamb",
     look=[("bold", "Twenty-two drivers are on the rota")],
     body="""
Hexley lost its last bus service in March, when the operator said the route to the market town was losing money on every trip. Six months later the village has a bus again, and the people driving it are its own residents.

The Hexley and Brampton Community Bus runs three times a day on weekdays, to the market town, the health centre and the supermarket. It is a 16-seat minibus bought with a lottery grant of \u00a358,000 and a collection in the pub.

Twenty-two drivers are on the rota, all of them volunteers, most of them retired.

Each had to pass a minibus driving assessment and a first aid course. The youngest is 34 and drives on her day off; the oldest is 76.

"I have lived here forty years and never spoken to half the people I now drive every Tuesday," said Jan Morley, a former lorry driver. "It is the best gossip in the county."

Fares are \u00a31.50 each way, and bus passes are accepted. About 70 people use it every week, many of them older residents who no longer drive.

The scheme still needs money for fuel and insurance, and for a second bus if demand grows. Its treasurer, Helen Cartwright, said the group had written to the county council asking for a contribution.

New drivers are wanted for Thursday afternoons, and anyone interested can follow the scheme on Facebook or ring the parish clerk.
"""),

dict(id="h70-en-008", lang="en", tpl="quintype", section="Sport", date="2026-08-03", byline="Priya Chandran",
     title="Ashbury's women win the county triples title at their first attempt",
     sub="The three bowlers only took up the game two summers ago, after a free taster session.",
     caption="The winning Ashbury triple with the county trophy.", credit="Photo: Priya Chandran",
     carry=["scores"],
     look=[("highlight", "Three women who had never held a bowl")],
     body="""
Three women who had never held a bowl until two summers ago are the new county triples champions. Maggie Owusu, Carol Fenwick and Lin Zhao, all from Ashbury Bowling Club, beat the holders from Lydford by 17 shots to 12 in Sunday's final at Kingsholm Park.

It is the first county title in the club's 96-year history.

The three met at a free taster afternoon the club held in 2024 to try to attract new members. At the time Ashbury had 31 members and an average age of 74.

"We came for the cake," said Carol, 58, a nurse. "Then someone showed us how to bowl and we could not stop."

The final was level at 10 shots each after 14 ends. Ashbury took a five on the 16th end, when Lin, playing skip, knocked the jack into the ditch behind three of her own bowls.

Club president Derek Hollis said the win had changed the mood at the club. "We have 58 members now. Two years ago we were talking about selling the green."

The triple will represent the county at the national finals in Leamington Spa at the end of August. The club is holding a raffle to pay for their travel and hotel.

Ashbury's next free taster afternoon is on Sunday 16 August from 2pm, and flat shoes are essential.
"""),

dict(id="h70-en-009", lang="en", tpl="fusion", section="Community", date="2026-02-24", byline="Graham Tulloch",
     title="Library starts lending telescopes, sewing machines and a pressure washer",
     sub="Brackenfield library's new \u2018library of things\u2019 has 84 items, from a carpet cleaner to a ukulele.",
     caption="Librarian Sophie Atherton with some of the items that can now be borrowed.", credit="Photo: Graham Tulloch",
     look=[("factbox", "What you can borrow")],
     body="""
You can now borrow a telescope from Brackenfield library, along with a sewing machine, a pressure washer, a karaoke set and 80 other things people need once a year but do not want to buy.

The "library of things" opened on Monday in what used to be the library's stock room. Everything was either donated by residents or bought with a \u00a312,000 grant from a waste reduction fund.

Librarian Sophie Atherton said the idea came from borrowers. "People kept asking if we knew anyone with a drill. We thought, why not us?"

**A week at a time**

Items can be borrowed for a week by anyone with a library card. Most cost between \u00a32 and \u00a35 to borrow, and the money pays for repairs and safety checks.

## What you can borrow

- a telescope and a star chart
- two sewing machines
- a pressure washer and a carpet cleaner
- a gazebo, camping chairs and a cool box
- a karaoke set and a ukulele

By Wednesday lunchtime 26 items were already out, and there was a waiting list for the pressure washer.

Volunteers from the town's repair caf\u00e9 will check every item when it comes back. Anything broken will be fixed if possible.

The library hopes to add a bread maker, a tile cutter and a set of tools for children's bikes by the summer.

The library of things is open during normal library hours, and the full list of items is on the shelf by the front desk.
"""),
]
