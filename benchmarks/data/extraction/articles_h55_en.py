# English stories for the fifty-fifth held-out part (h55-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h54_en.py (tpl: "astro" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (councillive, tidetimes, volunteering),
# which are placed only on stories where a real site would print them.  "tags" (astro pages only) are the post's tags
# from its content-collection entry; "harbour" (pages carrying tide times) is the harbour the tide widget is set to.
ARTICLES = [
dict(id="h55-en-001", lang="en", tpl="astro", site="Estuary Common", kind="nonprofit",
     section="Coast & water", date="2026-09-23", byline="Rosalind Achterberg",
     title="Saltmere's boats wait for the tide as silt swallows the harbour",
     sub="Skippers can now only get out two hours either side of high water. Dredging would cost £1.8 million, and nobody has it.",
     caption="Crabbers moored on the mud at Saltmere at low tide on Monday.", credit="Photo: Rosalind Achterberg / Estuary Common",
     carry=["tidetimes"], harbour="Saltmere", tags=["Saltmere harbour", "fishing", "dredging"],
     look=[("dropcap", "At half past five"), ("highlight", "The harbour was last dredged"), ("callout", "If you walk the harbour wall"),
           ("factbox", "What the harbour board is asking for")],
     body="""
At half past five on a grey Monday morning, Kieran Lusby was sitting in the wheelhouse of the Morwenna, waiting for the water to come to him. The crab pots were stacked and the engine was warm. The boat was sitting on mud.

"Ten years ago I'd have been out at four, whatever the tide," he said. "Now the harbour decides when I go to work."

The harbour was last dredged in 2009. Since then, silt washed down the river and pushed in by the sea has raised the bed of the inner basin by about 1.4 metres, according to a survey commissioned by the harbour board this summer. Boats drawing more than a metre can only get in or out for about two hours either side of high water.

For the eleven boats still fishing from Saltmere, that means shorter trips, tides that fall in the middle of the night and catches landed at Porthallow instead, 19 miles away.

If you walk the harbour wall at low water you can see it for yourself: a shelf of grey mud where, in the 1990s, there was always enough water to float a lifeboat.

## What the harbour board is asking for

- £1.8 million to dredge the inner basin and the approach channel
- a licence to put the silt on farmland behind the sea wall
- a small dredging fund for every year after that

The board's chair, Philippa Gorran, said it had applied to a government coastal fund and would hear in December. "If we don't get it, the inner basin will be a car park with a view in ten years," she said.

Some of the skippers have started posting depth readings on a Facebook page that more than 900 people now follow.
"""),

dict(id="h55-en-002", lang="en", tpl="drupal", site="Thornbury Vale District Council", kind="public",
     section="News", date="2026-02-26", byline="Communications team",
     title="Budget agreed: Brookmead leisure centre stays open and garden waste permit rises to £52",
     sub="Councillors approved the 2026/27 budget by 27 votes to 14 after a three-hour debate on Wednesday evening.",
     caption="The main pool at Brookmead Leisure Centre.", credit="Photo: Thornbury Vale District Council",
     carry=["councillive"],
     look=[("box", "Council tax bills for 2026/27")],
     body="""
Thornbury Vale District Council has agreed its budget for 2026/27, keeping Brookmead Leisure Centre open and protecting weekly food waste collections, while raising the charge for garden waste.

The budget was approved by 27 votes to 14 at the full council meeting on Wednesday evening, after a debate lasting just over three hours.

The council has to close a gap of £3.1 million between what it expects to spend and what it expects to receive. Earlier proposals to close Brookmead or move it to a community trust were dropped after 2,600 people responded to the budget consultation in the autumn.

## What changes from 1 April

- the annual garden waste permit goes up from £44 to £52
- car parking in the three town centres rises by 10p an hour, with the first half hour in Market Street still free
- the council's grant to the citizens advice service stays at £186,000
- two public toilets, at Kings Walk and Long Meadow, will be run by the town councils

Councillor Marcia Delahaye, cabinet member for finance, said the budget was "the least bad option in a very hard year". She said the leisure centre would need to cut its energy bills by a fifth, and that solar panels would go on the roof by the summer.

The opposition group leader, Councillor Graham Penrose, said residents were "paying more for less" and that the garden waste rise was too steep.

Council tax bills for 2026/27 will go out in the second week of March. The district council's share rises by 2.99 per cent, about £6.70 a year for a Band D home.

New garden waste permits go on sale on 1 March.
"""),

dict(id="h55-en-003", lang="en", tpl="ghost", site="Hollins Green Community Association", kind="small",
     section="Village life", date="2026-11-04", byline="Jean Pargeter",
     title="Forty volunteers keep the Tuesday lunch club cooking",
     sub="Every week 58 older neighbours sit down to a hot two-course meal in the village hall. Here is who makes it happen.",
     caption="Lunch club regulars at the village hall on Tuesday.", credit="Photo: Hollins Green Community Association",
     carry=["volunteering"],
     look=[("callout", "The lunch club needs two more drivers")],
     body="""
Share a table with the Tuesday lunch club and you will hear about everything: grandchildren, hip operations, the state of the bypass and whose turn it is to win the raffle.

The club has met in Hollins Green village hall every Tuesday since 1987. This autumn it served its 1,500th lunch since the hall reopened after the pandemic, and there are now 58 people on the list, the most there have ever been.

None of it would happen without volunteers. About forty people, the youngest 16 and the oldest 84, take turns to cook, drive, lay tables, wash up and call round to check on anyone who has not turned up.

"It is not really about the food," said Maureen Colley, who has cooked on the first Tuesday of the month for eleven years. "Though if the crumble is late, I hear about it."

Lunch costs £4.50, which pays for the ingredients. The hall is lent free by the parish council, and the Hollins Green Community Association pays for the insurance.

The lunch club needs two more drivers to collect people from the outlying farms and from Ridley Cross. You need your own car and a couple of hours free on a Tuesday, and mileage is paid.

Anyone who would like a place at the table, or knows someone who would, can contact Jean Pargeter on 01632 960 733.
"""),

dict(id="h55-en-004", lang="en", tpl="semantic", section="People", date="2026-07-15", byline="Tobias Wrenfield",
     title="\"I've seen three generations across this road\"",
     sub="Lollipop lady Brenda Halloway retires after 31 years outside St Oswin's Primary School. We asked her about the job.",
     caption="Brenda Halloway at her crossing on Chapel Hill.", credit="Photo: Tobias Wrenfield",
     low=0,
     look=[("italic", "Brenda Halloway has stood"), ("bold", "How did you end up with the lollipop?"), ("bold", "What is different on Chapel Hill now?"),
           ("bold", "Worst moment?"), ("bold", "And the best morning?"), ("bold", "What will you miss most about the crossing?")],
     body="""
Brenda Halloway has stood at the crossing on Chapel Hill, outside St Oswin's Primary School, every school morning and afternoon since September 1995. On Friday she hands over her lollipop for the last time.

How did you end up with the lollipop?

My youngest was in reception and the lady who did it before me was retiring. The head said, you're here anyway, Brenda, you might as well get paid for it.

What is different on Chapel Hill now?

The cars. There are far more of them and they are far bigger. In 1995 most children walked. Now I'd say half come by car, and the parents park right on the zigzags.

Worst moment?

A van that didn't stop, about ten years ago. I had two children halfway across. I've never shouted so loud in my life. Everybody was fine, thank God.

And the best morning?

Seeing the children of children I crossed. Last year a mum stopped to tell me I'd taken her across when she was six. Then her little boy held my hand. That was a lovely morning.

What will you miss most about the crossing?

The chats. You'd be surprised what people tell you in the thirty seconds it takes to cross a road.

The school will hold a leaving assembly for her on Friday morning. The council is still looking for someone to take over the crossing in September.
"""),

dict(id="h55-en-005", lang="en", tpl="wordpress", section="Business", date="2026-03-11", byline="Priya Castellow",
     title="Bakery that survived the 1953 flood closes after 71 years",
     sub="Dunning's in Wharf Street has baked bread for the town since 1955. The family say nobody is left who wants to get up at 3am.",
     caption="Ray Dunning in front of the bakery's ovens.", credit="Photo: Priya Castellow",
     look=[("dropcap", "The ovens at Dunning's"), ("br", "The ovens go cold on Saturday.")],
     body="""
The ovens at Dunning's bakery in Wharf Street have been lit at three o'clock every morning, except Sundays and Christmas Day, for 71 years.

Ray Dunning's grandparents opened the bakery in 1955, two years after the great flood had wrecked the building's ground floor. They bought it cheaply because nobody else wanted it, and they dried it out with coke stoves.

Ray, 68, has worked there since he left school. His wife Carol runs the counter. Neither of their children wants to take it on, and an attempt to sell the business as a going concern last year found no buyer. About 90 households subscribe to the bakery's weekly bread round, which stops at the end of the month.

"People think it's romantic, baking. It is, for about a week. Then it's just very early," he said.

The shop is known across the district for its cottage loaves and its lardy cake, which Ray makes to his grandmother's recipe. On Saturday mornings the queue has regularly stretched past the chemist next door.

When the family shared the news on the bakery's page last week, more than 600 people left messages, many with old photos of themselves as children holding iced buns.

The building has been sold and will become a café.

The ovens go cold on Saturday.
"""),

dict(id="h55-en-006", lang="en", tpl="amp", section="Crime", date="2026-05-20", byline="Declan Marsworth",
     title="Man fined £2,400 after dumping 40 tyres in a lay-by",
     sub="Magistrates heard the tyres were traced back to him through a delivery note left in one of them.",
     caption="The tyres dumped in the lay-by on the B4410 last October.", credit="Photo: Cransley Borough Council",
     body="""
A man who dumped 40 car tyres in a lay-by near Cransley has been ordered to pay more than £2,400 after a delivery note left inside one of them led investigators to his door.

Darren Kettleby, 44, of Elm Rise, Wexcombe, pleaded guilty at Cransley Magistrates' Court on Tuesday to an offence of depositing controlled waste without a permit.

**Caught by a scrap of paper**

The court heard that the tyres were found on the B4410 near Howe Farm in October. A council enforcement officer searching through them found a crumpled delivery note with a garage's address on it.

The garage told investigators it had paid a man £150 to take the tyres away and dispose of them properly. It gave them his phone number.

**Fined and ordered to pay costs**

Kettleby was fined £1,100 and ordered to pay £1,050 in costs, the £150 he was paid and a victim surcharge.

His solicitor said he had lost his job and had "made a foolish decision for easy money". He had not known the tyres needed to go to a licensed site.

**"A blight on the countryside"**

Councillor Hazel Brightwater, who is responsible for the environment, said: "Fly-tipping is a blight on the countryside, and it costs taxpayers thousands to clear up. Businesses should always check that whoever takes their waste is licensed."

The council cleared 1,870 fly-tips last year, at a cost of about £212,000.
"""),

dict(id="h55-en-007", lang="en", tpl="table", section="Villages", date="2026-10-07", byline="Harriet Oldcorn",
     title="Village shop reopens as a co-operative with 212 shareholders",
     sub="Upper Meon's only shop closed in March. Villagers raised £64,000 in shares to buy the stock and reopen it.",
     caption="Volunteer Alan Pritchett stocking shelves at the reopened shop.", credit="Photo: Harriet Oldcorn",
     look=[("italic", "\"We didn't want to be a village")],
     body="""
Upper Meon has a shop again. Seven months after the village store closed when its owners retired, it reopened on Saturday as a community co-operative owned by 212 of its customers.

Villagers bought shares of between £25 and £2,000 to raise £64,000, enough to buy the stock and fittings and pay the first year's rent on the building.

"We didn't want to be a village where you have to drive six miles for a pint of milk," said Yvonne Tasker, who chairs the co-operative.

The shop has a paid manager, Dominic Reeve, and a rota of about thirty volunteers who work three-hour shifts on the till.

What the shop sells now:

- bread from the bakery in Dunsby, delivered every morning
- milk, eggs and cheese from two farms in the parish
- newspapers, stamps and a free cash machine
- hot coffee and a table by the window
- cookies and flapjacks baked on Fridays by the primary school's cooking club

The co-operative's newsletter goes to every household in the parish, and shareholders will meet once a year to elect the committee.

The shop is open from 7am to 7pm Monday to Saturday and from 8am to 1pm on Sundays.
"""),

dict(id="h55-en-008", lang="en", tpl="storybody", section="Transport", date="2026-08-05", byline="Samuel Enwright",
     title="Railway footbridge finally opens after eight years of delays",
     sub="The bridge at Kestleford station replaces a level crossing closed in 2018. It cost more than three times its first budget.",
     caption="The new footbridge at Kestleford station.", credit="Photo: Samuel Enwright",
     look=[("highlight", "The bridge cost £4.9 million")],
     body="""
People in Kestleford can walk across the railway again. The new footbridge at the station opened on Monday, almost eight years after the level crossing beside it was closed for safety reasons.

Since 2018, anyone on foot wanting to get from the Eastfield estate to the town centre has had to take a 25-minute detour by the road bridge, or catch a bus for a journey of a few hundred yards.

## Why it took so long

The bridge was first promised for 2019. Plans had to be redrawn twice: once when the railway company decided the structure had to be high enough for electric wires, and again when it was found that the ramps on the Eastfield side needed to be longer to be usable by wheelchairs.

The bridge cost £4.9 million. The first estimate, in 2017, was £1.5 million.

## What people think

Gwen Aldous, who lives in Eastfield and uses a mobility scooter, was one of the first across. "It's a long ramp, but I did it without stopping. I've waited a long time for that," she said.

Others were less impressed. Ravi Chaudhry, who runs a newsagent by the station, said the detour had cost him customers for eight years. "It's good that it's here. It should have been here in 2019."

## What happens to the old crossing

The railway company said the old level crossing would be removed and the gap in the fence closed for good by the end of the month.

The bridge is open 24 hours a day and has lifts at both ends.
"""),

dict(id="h55-en-009", lang="en", tpl="gutenberg", section="Health", date="2026-06-10", byline="Leonie Ashgrove",
     title="Care home residents and nursery children grow a garden together",
     sub="Once a week the children of Little Acorns walk next door to Rowan Court to plant, water and pick vegetables.",
     caption="Residents and children planting beans at Rowan Court.", credit="Photo: Leonie Ashgrove",
     look=[("dropcap", "Follow the path past"), ("box", "Staff at Rowan Court keep a simple record")],
     body="""
Follow the path past the car park at Rowan Court care home and you will find eight raised beds, a greenhouse made from old windows and, on Wednesday mornings, about twenty gardeners aged between three and ninety-six.

The garden was built last spring so that residents of the care home and children from Little Acorns nursery next door could grow things together. This summer they have grown runner beans, lettuces, strawberries and a sunflower that reached the gutter.

Each week the children walk over with their key workers. Residents who can kneel plant seedlings with them; those who cannot sit at the raised beds and show the children how far apart to put the beans.

"Some of our residents hardly speak from one week to the next," said the home's activities coordinator, Nadine Ferreira. "Then a four-year-old asks them what a parsnip is, and they talk for twenty minutes."

Staff at Rowan Court keep a simple record of how residents are after the sessions. In the first six months, they noted fewer falls on Wednesday afternoons and more people eating a full lunch.

The children have learned a lot too, said nursery manager Tom Garside. "They now know that strawberries don't come from the supermarket. And that you have to wait for them."

The nursery and the care home plan to hold a harvest lunch together in September, cooked with what the garden has grown.
"""),
]
