# English stories for the sixty-sixth held-out part (h66-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h64_en.py (tpl: "expressionengine" is new in this part, the others are layouts of earlier
# parts; low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the
# residue families a page must carry, among them the three families new in this part (tapwater, clubfinder,
# consultboard), which are placed only on stories where a real site would print them.  On the expressionengine pages
# the "sub" is the entry's summary field, "caption" / "credit" belong to the lead image of the entry template and
# "body_caption" to the image the editor put into the rich-text body; a block of lines starting with "| " is a story
# table (a table inserted in the Rich Text Editor; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h66-en-001", lang="en", tpl="expressionengine", site="Kestrel Vale Mercury",
     section="Brackenford", date="2026-07-16", byline="Joanna Pickersgill",
     title="Burst main leaves 4,200 homes in Brackenford without water for two days",
     sub="Engineers had to drain ten miles of pipe to reach a break three metres under the A471, and some vulnerable customers say nobody came.",
     caption="Water pours across the A471 near the Hollins roundabout on Sunday night.", credit="Photo: Kestrel Vale Mercury",
     body_caption="Engineers in the excavation under the A471 on Monday morning.",
     carry=["tapwater"],
     look=[("highlight", "More than 4,200 homes in Brackenford"), ("italic", "\u201cWe had nothing to flush the toilet with"),
           ("br", "Customers whose supply was off")],
     body="""
More than 4,200 homes in Brackenford and the villages around it were left without running water for almost two days after a 24-inch main burst under the A471 on Sunday night.

The pipe, laid in 1961, split at about 11.40pm near the Hollins roundabout, sending water across both carriageways and into the cellars of three shops on Station Parade.

Severn Moor Water said engineers had to drain a ten-mile section of the network before they could reach the break, which was three metres below the road. Supplies were restored to most homes by Tuesday evening.

"We know how hard this has been, particularly for families with young children and for people who are unwell," said the company's operations director, Alison Farrant. "Our crews worked through both nights."

## Bottled water stations

The company set up three stations where residents could collect water. Volunteers from the town's scout group carried packs to the cars of older residents.

| Station | Opened | Bottles handed out
| Brackenford Leisure Centre car park | Monday 6am | 41,000
| Upper Hollins village hall | Monday 9am | 12,500
| Mill Road supermarket car park | Monday noon | 27,800

## Vulnerable customers

Households on the company's priority services register were supposed to receive deliveries at home. Several told the Mercury that nobody came.

\u201cWe had nothing to flush the toilet with until Tuesday.\u201d

That was Derek Hulme, 81, of Coppice Lane, who lives alone and uses a walking frame. His neighbour eventually brought him six bottles.

The company said 1,130 priority customers had been visited and that it would contact anyone who had been missed.

Customers whose supply was off for more than 12 hours are entitled to automatic compensation of \u00a340, which will be credited to their bills.

Water may look cloudy for a day or two after the supply returns. Running the cold kitchen tap for a few minutes should clear it.
"""),

dict(id="h66-en-002", lang="en", tpl="cms", section="Council", date="2026-02-03", byline="Martin Greaves",
     title="Council asks residents whether two of its five recycling centres should close",
     sub="Sedgemoor Vale District Council needs to save \u00a34.1 million next year and says the tips at Ockley Bridge and Hambury are under review.",
     caption="The household recycling centre at Hambury.", credit="Photo: Martin Greaves",
     carry=["consultboard"],
     body="""
Sedgemoor Vale District Council has opened a twelve-week consultation on closing two of its five household recycling centres to save \u00a3640,000 a year.

The sites under threat are at Ockley Bridge and Hambury, the two smallest, which together take about a sixth of the waste brought to the district's tips. Both are open four days a week.

The council's cabinet member for environment, Councillor Farida Khan, said the authority had to find \u00a34.1 million of savings next year. "Nobody goes into local government wanting to close things. But we have to ask people which services they value most, and this is one of the questions."

**Three options**

Residents are being asked to choose between:

1. closing both sites and extending opening hours at the remaining three
2. keeping all five open but charging for soil, rubble and plasterboard
3. keeping all five open three days a week instead of four

The council says the first option would save the most and the third the least.

**Fears of fly-tipping**

Hambury parish council chair Colin Ashworth said closing the site would add a 22-mile round trip for villagers. "When the tip shut for a month for repairs in 2023, we had mattresses in the lay-bys within a week."

The council's own figures show that reports of fly-tipping in the district rose by 18 per cent last year.

Staff at the two sites have been told their jobs are safe, because they would be moved to the other centres.

Paper forms are available at all libraries, and council officers will be at Hambury village hall on 3 March from 2pm to 7pm to answer questions.
"""),

dict(id="h66-en-003", lang="en", tpl="legacy-br", section="People", date="2026-07-17", byline="Susan Lightowler",
     title="'You get all the news at a crossing': Terry hangs up his lollipop after 31 years",
     sub="Terry Blackwood has seen children across Beech Road outside Holmfield Primary since 1995. He is 79.",
     caption="Terry Blackwood at his crossing on Beech Road.", credit="Photo: Susan Lightowler",
     low=0,
     body="""
For 31 years, Terry Blackwood has stood outside Holmfield Primary School in a white coat with a sign on a pole. On Friday he sees the children across Beech Road for the last time. He is 79.

**How did you get the job?**

I'd retired from the railway and my wife said I was under her feet. The school put a card in the post office window. I rang the same afternoon.

**How many children have you seen across?**

Someone at the school worked it out once. Over a quarter of a million crossings, mornings and afternoons. I've had three generations of one family.

**Worst weather?**

The snow in 2010. The school stayed open and I was out there in wellies up to my knees. The head brought me soup.

**Ever had a close call?**

Twice. A van that didn't stop in 1998, and a lad on an electric scooter last year. Nobody was hurt either time, thank goodness. Drivers are mostly good, but they're in more of a hurry than they used to be.

**What will you miss most about it?**

The children telling me things. Their hamster died, they've got a new baby sister, they've lost a tooth. You get all the news at a crossing.

**And who takes over from you?**

A young mum called Kirsty. She's been shadowing me for a fortnight. She'll be grand.

Parents are holding a collection for Terry, and the school will present him with his sign, mounted on a plaque, at assembly on Friday at 9.15am.
"""),

dict(id="h66-en-004", lang="en", tpl="regional", section="Sport", date="2026-03-25", byline="Daniel Okafor",
     title="Boxing club moves into Carrow Heath's old fire station",
     sub="The club started in a church hall with two punchbags. It now has a waiting list of 60 teenagers.",
     caption="Members training in the former engine bay.", credit="Photo: Daniel Okafor",
     carry=["clubfinder"],
     body="""
A boxing club that started in a church hall with two punchbags has moved into Carrow Heath's old fire station, and its coach says he now has a waiting list of 60 teenagers.

Carrow Heath Amateur Boxing Club has signed a 25-year lease on the building from the county council at a peppercorn rent. Volunteers spent eight months stripping out the engine bays and fitting a full-size ring, changing rooms and a small gym.

Head coach Marcus Ofori, a former national junior finalist, set up the club in 2019. "I grew up two streets from here. There was nothing for lads like me to do after school except get into trouble," he said.

## More than boxing

The club runs sessions six evenings a week. Fewer than one in ten members ever box competitively; most come for fitness and routine.

Members also get help with homework on Tuesday and Thursday evenings from two retired teachers, and the club has one rule above all: no school, no training.

Shannon Reilly, 15, joined last year after being excluded from school for a term. "I was angry all the time. Now I come here and I'm too tired to be angry," she said. She is back at school full time and hopes to box at the junior championships next spring.

## Paid for by the town

The \u00a3210,000 conversion was paid for by a sports lottery grant, the county's youth fund and a sponsored walk from Carrow Heath to the coast.

Police figures show reports of antisocial behaviour on the estate around the fire station fell by a quarter last year, though officers say several things have changed at once.

The club is open to anyone aged 11 to 19. Sessions cost \u00a32, and nobody is turned away if they cannot pay.
"""),

dict(id="h66-en-005", lang="en", tpl="portal", section="Transport", date="2026-09-07", byline="Philippa Rowntree",
     title="Ferry Lane bridge reopens to traffic after eleven-month repair",
     sub="Drivers between Ashby Marsh and Kelham have been on a nine-mile diversion since October.",
     caption="The strengthened Ferry Lane bridge over the River Wendle.", credit="Photo: Philippa Rowntree",
     only=["correction"],
     correction="Correction: an earlier version of this story said the repairs cost \u00a31.8m. The final cost was \u00a32.3m.",
     body="""
The Ferry Lane bridge over the River Wendle reopened to cars on Monday morning, eleven months after inspectors found cracks in two of its supporting beams.

The closure had forced drivers between Ashby Marsh and Kelham into a nine-mile diversion through Stavely, and added up to 40 minutes to some bus journeys at peak times.

The bridge, built in 1932, has been strengthened with new steel beams beneath the deck, and its brick parapets have been rebuilt. The work cost \u00a32.3 million.

The county's highways manager, Graham Pettifer, said the repairs should give the bridge at least another 50 years. "It was a complicated job on a structure that's nearly a hundred years old, over a river that flooded twice while we were working."

Business owners in Kelham say the closure cost them dearly. Julie Stannard, who runs the caf\u00e9 by the bridge, said takings had fallen by almost half. "People just stopped coming this way. We've kept going on regulars and cyclists."

A footbridge alongside stayed open throughout the works, so pedestrians and cyclists were still able to cross.

A weight limit of 18 tonnes will now apply, which means lorries will continue to use the Stavely road.

The number 62 bus returns to its normal route and timetable from Monday.
"""),

dict(id="h66-en-006", lang="en", tpl="magazine", section="Features", date="2026-05-30", byline="Ruth Ellingham",
     title="Ninety-six plots, 140 on the waiting list: a morning at Gorse Lane allotments",
     sub="The allotment society has started splitting plots in half to let more people grow their own.",
     caption="Plot holders at Gorse Lane on a Saturday morning.", credit="Photo: Ruth Ellingham",
     pull="You learn a lot about people on an allotment",
     carry=["calendar"],
     look=[("dropcap", "At half past seven on a Saturday morning"), ("box", "The waiting list is now about three years")],
     body="""
At half past seven on a Saturday morning, the allotments on Gorse Lane are already busy. A man is digging in a trilby. Two sisters are arguing cheerfully about where the courgettes should go.

Twenty years ago this site was half empty, with brambles taller than the sheds. Today all 96 plots are taken, and 140 people are on the waiting list.

"Lockdown changed everything," says Pam Hartley, secretary of the Gorse Lane Allotment Society. "People wanted to be outside, and they wanted to grow their own. Most of them have stayed."

## Splitting plots

To cut the wait, the society has started dividing full plots in half. A standard plot of ten rods is too big for most beginners anyway, Ms Hartley says.

New tenants now get a half plot, a key to the water troughs and a mentor from among the older members.

The waiting list is now about three years, down from five. Rent is \u00a342 a year for a half plot, and half price for pensioners.

What the society has added in the last two years:

- a composting toilet, built by members
- a shared shed with tools anyone can borrow
- raised beds for two members who use wheelchairs
- a seed swap every February

Not everything has gone smoothly. There have been disputes over bonfires, and last summer someone stole an entire crop of onions the night before the show.

"You learn a lot about people on an allotment," says Ken Dobbs, 84, who has had plot 12 since 1979. "Mostly good."

The society holds its open day on Sunday 14 June from 11am to 3pm, with plants for sale and cream teas in the hut.
"""),

dict(id="h66-en-007", lang="en", tpl="nextjs", section="Transport", date="2026-10-01", byline="Tom Ashdown",
     title="Most of Wexley's residential streets could get a 20mph limit",
     sub="The borough council wants to lower the limit on 212 roads, leaving the main routes at 30mph.",
     caption="Northfields Road, one of the streets included in the plans.", credit="Photo: Tom Ashdown",
     carry=["consultboard"],
     body="""
Most residential streets in Wexley could have a 20mph speed limit by next spring under plans put out to public consultation this week.

The borough council wants to lower the limit on 212 roads across the town, leaving main routes such as the ring road and London Road at 30mph.

The scheme would cost around \u00a3380,000, mostly for new signs and road markings. There would be no speed bumps, although the council says it could add traffic calming later on roads where drivers ignore the new limit.

## Why 20mph, and why now?

Councillor Meera Basu, the cabinet member for transport, said the plans followed requests from 34 residents' groups and every primary school in the town. Last year 41 people were injured on Wexley's 30mph residential roads, five of them seriously.

"The evidence from towns that have done this is clear: fewer collisions, and less serious ones," she said.

## Motorists' forum objects

The Wexley Motorists' Forum says the change will slow buses and delivery drivers and that police will not have the resources to enforce it.

Taxi driver Neil Crabtree said a blanket limit would make journeys longer without making the roads safer. "The problem is a handful of idiots. They won't take any notice of a new sign."

Retired GP Helen Oyelaran, who chairs the Northfields Residents' Association, said parents on her estate had asked for lower speeds for years. "People drive down our road like it's a racetrack. Children cross it to get to the park."

The consultation runs until 28 November. Maps showing every road included are on display at the town hall and the central library.
"""),

dict(id="h66-en-008", lang="en", tpl="quintype", section="Community", date="2026-04-22", byline="Hannah Prewett",
     title="Little Bramford's community shop celebrates ten years with a cake for 200",
     sub="Residents bought shares at \u00a325 each to save the village's last shop and post office in 2016.",
     caption="Volunteers outside the community shop on the green.", credit="Photo: Hannah Prewett",
     look=[("highlight", "Ten years ago, the last shop in Little Bramford")],
     body="""
Ten years ago, the last shop in Little Bramford closed its doors and the village looked set to lose its post office too. This week, the community shop that replaced it celebrated its tenth birthday with a cake big enough for 200.

The shop was set up by residents who bought shares at \u00a325 each. Some 340 people invested, many of them from neighbouring villages, raising \u00a368,000 to convert a former garage on the green.

It now has two paid staff and a rota of 45 volunteers, and turns over about \u00a3390,000 a year. Profits go back into the village: last year they paid for a defibrillator and new goalposts for the recreation ground.

"People said it would last two years," said chairman Robin Aldous. "We've proved them wrong, but it only works because people shop here rather than just being glad it exists."

**A lifeline for some**

For older residents without a car, the shop is essential. Volunteers deliver groceries to 18 people who cannot get out, and the post office counter opens five mornings a week.

Irene Gaskell, 91, calls in every day. "It's not just for my paper and milk. It's the only place I see people some days."

The shop stocks bread, meat and vegetables from eleven producers within ten miles. Its best seller is a pork pie made by a butcher in the next village.

Villagers who want to follow the shop's plans can subscribe to its monthly email, and new volunteers are always welcome.

The shop is open from 7am to 7pm on weekdays and from 8am to 1pm on Sundays.
"""),

dict(id="h66-en-009", lang="en", tpl="sanity", section="News", date="2026-11-27", byline="Kieran Lusby",
     title="Spaniel missing since Bonfire Night found seven miles away",
     sub="Biscuit bolted during a firework display on Oakhurst Common and was caught three weeks later in a humane trap.",
     caption="Biscuit back home with the Morrow family.", credit="Photo: Kieran Lusby",
     look=[("dropcap", "A photo shared more than 9,000 times")],
     body="""
A photo shared more than 9,000 times online has helped reunite a family in Oakhurst with their spaniel, three weeks after she bolted during a firework display.

Biscuit, a four-year-old springer spaniel, slipped her collar on Bonfire Night when a rocket went off near Oakhurst Common. Her owners, Dan and Leah Morrow, searched the woods every evening and put up 500 posters.

"We'd almost given up. We kept telling the children she'd find her way home, but after two weeks we didn't believe it ourselves," said Mrs Morrow.

## Spotted by a dog walker

On Monday a dog walker, Carol Swain, saw a thin spaniel at the edge of a field near Hatchford, seven miles away. She took a picture and posted it on a local lost-pets page.

Within an hour, the picture had been seen by a volunteer who recognised Biscuit's markings from the family's appeal.

Volunteers from the group, which uses thermal cameras to find lost dogs, set up a feeding station and a camera. Biscuit was caught in a humane trap the following night.

## A vet's warning

Biscuit had lost a quarter of her body weight but is otherwise healthy, her vet said.

Sunil Dhaliwal, who runs the Oakhurst veterinary surgery, said it was the fifth dog lost during fireworks that he had treated this autumn. He advised owners to keep dogs indoors on firework nights and to check that collars and microchip details are up to date.

The Morrows said they wanted to thank everyone who had shared the appeal. Anyone who finds a stray dog can contact the council's dog warden on 01632 960 771.
"""),
]
