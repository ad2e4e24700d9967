# English stories for the hundred-and-third held-out part (h103-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h102_en.py (tpl: "tumblr" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, inset, body_caption,
# standfirst, notes, author_role, hs_tags, categories); "carry" names the residue families a page must carry, among
# them the three families new in this part (uniformswap, coalarms, wheelchairloans), which are placed only on
# stories where a real site would print them; "run_in" names a carried family whose link the editor typed at the end
# of the story's last paragraph.
ARTICLES = [
dict(id="h103-en-001", lang="en", tpl="tumblr", site="Caddiswick Dispatches", kind="small",
     section="Schools", date="2026-08-24", byline="Bryony Halloran",
     title="Blazers at £38 each: parents count the cost of a new school year in Caddiswick",
     sub="A branded jumper, a PE kit and a blazer with a crest add up quickly, and the rules keep changing.",
     caption="Name tapes and a pile of second-hand jumpers on a kitchen table.", credit="Photo: Bryony Halloran",
     tags=["Caddiswick", "school uniform", "school costs"],
     carry=["uniformswap"],
     look=[("bold", "Forty-one pounds for one jumper."), ("italic", "\u201cWe are not asking for designer")],
     body="""
Cookies, crisps and a new pencil case used to be the worst of the September shopping. This year the Halloran household spent £214 on uniform for two children before a single book was bought.

I asked around the school gates at St Aldhelm's and Caddiswick Academy this week, and nobody I spoke to had spent less than £150 per child. The academy's blazer, which must carry the crest, costs £38 from the one approved supplier in Hob's Cross. Its branded PE top is another £19.

Forty-one pounds for one jumper.

That was the price Lorna Pickavance was quoted for a knitted jumper with the crest in her son's size. She bought a plain grey one at the supermarket for £6 and sewed on a badge she found on a second-hand rail.

\u201cWe are not asking for designer labels, we are asking for common sense.\u201d

Government guidance says schools should keep branded items to a minimum, and the academy's head, Daniel Forsyth, told me the trust was reviewing its list for next year. Until then, parents are doing what parents always do: swapping, passing things down and sewing on name tapes late at night.

If you have outgrown uniform sitting in a drawer, wash it and pass it on. Somebody in Caddiswick needs it this week.
"""),

dict(id="h103-en-002", lang="en", tpl="chorus", site="Caddiswick Curbside",
     section="Neighborhoods", date="2026-01-14", byline="Nathan Okafor",
     title="Forty homes cleared on Quarrybank as gas engineers chase a leak under Tanner Street",
     sub="Families spent most of Tuesday night in the community hall while a cracked main was dug out.",
     caption="Gas engineers at work on Tanner Street, Quarrybank.", credit="Photo: Nathan Okafor",
     body_caption="The community hall on Mercer Road, where families waited until the early hours.",
     carry=["coalarms"],
     body="""
Forty households on the Quarrybank estate were moved out of their homes on Tuesday evening after residents reported a strong smell of gas along Tanner Street.

Engineers from the gas network found a cracked cast-iron main about a metre below the pavement outside number 17. Police closed the street at both ends from about 6pm, and the fire service went door to door with a list of addresses.

Most families were taken to the community hall on Mercer Road, where volunteers from St Barnabas church served soup and found blankets. The last residents were allowed home at 2.40am.

The network said the main dated from the 1950s and was already due to be replaced with plastic pipe next year. That work will now start in March.

Amira Haddad, who lives at number 21 with her two daughters, said she had noticed the smell for two days before Tuesday. "I thought it was the drains," she said. "Now I know who to ring."

Anyone who smells gas should leave the building, avoid switches and naked flames, and call the national gas emergency number, 0800 111 999, from outside.
"""),

dict(id="h103-en-003", lang="en", tpl="methode", site="The Caddiswick Mercury",
     section="Community", date="2026-07-03", byline="Ruth Entwistle",
     title="Hospice opens its biggest charity shop yet in the old bank on Market Hill",
     sub="Thirty volunteers, a furniture floor and a rail of school uniform in every size.",
     caption="Volunteers sort donations in the former bank on Market Hill.", credit="Photo: Ruth Entwistle",
     body_caption="The former banking hall, now the shop's furniture floor.",
     tags=["Orrindale Hospice", "Market Hill"],
     carry=["uniformswap"],
     body="""
The marble counter where Caddiswick once paid in its wages now holds a till, a basket of scarves and a hand-written sign: "Everything on this shelf £1".

Orrindale Hospice opened its eleventh shop on Saturday in the former bank on Market Hill, empty since the branch closed in 2022. It is the charity's biggest so far, with clothes and books on the ground floor and furniture in the old banking hall at the back.

The hospice pays for about a third of its care from its shops. Retail manager Sunita Rai said the building came on a five-year lease at a rent the landlord had agreed to halve.

"People thought we were mad taking on somewhere this size," she said. "Then we had four hundred people through the door before lunch on the first day."

Thirty volunteers have signed up, among them a retired upholsterer who repairs chairs in the basement before they go on sale.

The shop is open from 9.30am to 4.30pm, Monday to Saturday. Donations of furniture can be collected free of charge; ring the shop to book a van.
"""),

dict(id="h103-en-004", lang="en", tpl="substack", site="The Hob's Cross Letter", kind="small",
     section="Interview", date="2026-03-11", byline="Gwen Tattersall",
     title="Twenty-nine years of kitchens and smoke alarms: a firefighter on his last home visit",
     sub="Watch manager Colin Aspinall retires this week. I asked him what he has learned in other people's houses.",
     standfirst="Watch manager Colin Aspinall retires this week. I asked him what he has learned in other people's houses.",
     caption="Colin Aspinall at Caddiswick fire station.", credit="Photo: Gwen Tattersall", notes=[],
     carry=["coalarms"],
     look=[("italic", "He laughed at that.")],
     body="""
Colin Aspinall joined Caddiswick fire station in 1997. For the last eight years he has led the team that visits homes across Hob's Cross and Dunmow Green to check alarms, heaters and escape routes. He hangs up his helmet on Friday.

**How many homes have you been into?**

I worked it out once. Somewhere over four thousand. Kitchens, bedsits, farmhouses, a narrowboat.

**What do most people get wrong?**

They take the battery out of the smoke alarm because it goes off when they make toast. Then they forget to put it back. Half the alarms I tested on my first visits were silent.

**And the hardest visit?**

An elderly man in Dunmow Green who had been using a camping stove indoors since his boiler broke. He was getting headaches every evening and thought it was his eyes.

He laughed at that.

**What happens to the visits now?**

They carry on. Anyone over 65, or anyone living with a disability, can still ask for one, and it is free. Ring the station or fill in the form on the fire service website.

**And once you clock off on Friday?**

Allotment. My wife has given me a list.
"""),

dict(id="h103-en-005", lang="en", tpl="textpattern", site="Cadd Valley Packet",
     section="Community", date="2026-05-06", byline="Imogen Raistrick",
     title="Carers’ group in Dunmow Green marks ten years of Tuesday mornings",
     sub="It started with four people in a church kitchen. Now sixty families rely on it.",
     caption="Members of the Dunmow Green carers' group at their anniversary lunch.", credit="Photo: Imogen Raistrick",
     categories=["Dunmow Green", "Health and care"],
     carry=["wheelchairloans"],
     body="""
Ten years ago four people who looked after relatives at home sat down in the kitchen of Dunmow Green Methodist church with a pot of tea. They had met in a hospital waiting room and decided they needed somewhere to talk.

On Tuesday more than sixty carers and the people they care for filled the church hall for an anniversary lunch, with a cake shaped like a teapot.

The group still meets every Tuesday from 10am. Founder Margaret Oyelaran, who cared for her husband for eleven years, said the reason was simple: “Nobody understands it unless they have done it.”

Over a decade the group has added:

- a sitting service, so members can get out for two hours without worrying
- a monthly session with an adviser on benefits and the allowance for carers
- a lending cupboard of bath seats, raised toilet seats and walking frames
- a WhatsApp group that is busy at three in the morning

The parish council has promised £1,500 towards a trip to the coast this summer.

New members are welcome on Tuesdays at the church hall on Chapel Row, with no need to book. Contact the group through the Dunmow Green surgery.
"""),

dict(id="h103-en-006", lang="en", tpl="pugpig", site="Orrindale Courier",
     section="Sport", date="2026-06-15", byline="Fergus McAlister",
     title="Hob's Cross cricket club saves its pavilion with a month to spare",
     sub="A crowdfunder and a bequest from a former captain cover the roof repairs.",
     caption="The pavilion at Hob's Cross Cricket Club.", credit="Photo: Fergus McAlister",
     body_caption="Volunteers painting the pavilion's new sightscreen.",
     body="""
Hob's Cross Cricket Club has raised the £46,000 it needed to repair its pavilion roof, a month before the insurers' deadline would have closed the building.

The 1920s timber pavilion was found to have rotten rafters and asbestos sheeting last autumn. Without repairs, the club's insurer said, it would not cover the building beyond the end of July.

**A bequest from a former captain**

About half the money came from the will of Arthur Prendergast, who captained the first eleven through the 1970s and died in January aged 88. His daughter said he had spent "more hours in that pavilion than in his own front room".

**Four hundred donors**

The rest came from a crowdfunder shared by players, parents and the club's opponents in the Orrindale League. More than four hundred people gave, most of them less than £20.

Work starts on Monday and should be finished by the time the junior festival begins on 18 July. The club's matches will go on, with teas served from a gazebo.

Club chairman Ravi Mistry said he had not expected the response. "We are a village club with one roller and a leaking scorebox," he said. "People clearly love it anyway."
"""),

dict(id="h103-en-007", lang="en", tpl="polopoly", site="Caddiswick Evening Chronicle",
     section="Transport", date="2026-09-02", byline="Shona Baptiste",
     title="Route 14 bus to Thrushmere will run every half hour from October",
     sub="The county council is using a new grant to double the frequency along the coast road.",
     caption="A route 14 bus on the coast road near Thrushmere.", credit="Photo: Shona Baptiste",
     body_caption="The bus shelter at Thrushmere village green.",
     correction="Correction: an earlier version of this story said the new timetable starts on 1 October. It starts on 6 October.",
     only=["correction"],
     body="""
The route 14 bus between Caddiswick and Thrushmere will run every thirty minutes from 6 October, twice as often as now, the county council has announced.

The council will spend £380,000 of a government grant for rural buses on the extra journeys for the next two years. The operator, Orrin Coaches, will add two vehicles and take on four drivers.

The coast road service has run hourly since 2019, when the council cut its subsidy. Passengers in Thrushmere have complained for years that a missed bus means a two-hour wait for the return trip in winter.

The last bus from Caddiswick will also leave later, at 11.10pm instead of 9.40pm, which the council said would help people who work evening shifts at the hospital and in the town's pubs.

Councillor Deborah Lyle, the cabinet member for transport, said passenger numbers would decide whether the service continues after the grant runs out. "Use it or we will struggle to keep it," she said.

The new timetable will be on the council's website and at bus stops from the middle of September.
"""),

dict(id="h103-en-008", lang="en", tpl="xenforo", site="Thrushmere Village Forum",
     section="Coast", date="2026-04-20", byline="Thrushmere news team",
     title="New lifeboat arrives at Thrushmere after a 300-mile journey by road",
     sub="The station's crew will train on the boat for six weeks before it goes on service.",
     caption="The new lifeboat on its trailer on the slipway at Thrushmere.", credit="Photo: Thrushmere news team",
     body="""
Thrushmere's new inshore lifeboat arrived on Saturday morning on the back of a lorry, after a 300-mile trip from the boatyard where it was built.

A crowd of about two hundred gathered on the sea wall to watch it lowered on to its trailer outside the boathouse.

## What is new

The boat is a little longer than the one it replaces and has twin engines, which the crew say will make it safer to bring alongside the rocks under Gull Point. It also carries a thermal camera for night searches.

The old boat, which has launched 412 times since 2011, goes back to the charity's depot to be refitted for another station.

## Six weeks of training

Helm Katie Drummond said every crew member would train on the new boat before it goes on service in June. "It handles differently at speed, so we are taking our time," she said.

## Naming day

The boat has been paid for by a legacy from a Caddiswick couple who sailed from the harbour for fifty years. It will be named after them at a ceremony in the summer.

The boathouse shop is open at weekends from 10am to 4pm.
"""),

dict(id="h103-en-009", lang="en", tpl="hubspot", site="Orrindale Business Post",
     section="Food and drink", date="2026-02-25", byline="Tobias Whitlock", author_role="Business reporter",
     title="Caddiswick bakery doubles its ovens to supply cafés along the coast",
     sub="Crumb & Kiln has taken the unit next door and will hire eight more bakers.",
     caption="Bakers at work at Crumb & Kiln, Caddiswick.", credit="Photo: Tobias Whitlock",
     hs_tags=["Food and drink", "Expansion"],
     look=[("box", "The business in numbers")],
     body="""
Crumb & Kiln, the bakery that began in a garage in Hob's Cross six years ago, is doubling its production after winning contracts to supply eleven cafés between Caddiswick and Thrushmere.

The business has taken over the empty unit next to its shop on Foundry Lane and will install two more deck ovens in April. Owner Priya Lindqvist said she would recruit eight bakers and a delivery driver.

## The business in numbers

Turnover last year was £610,000, up from £240,000 in 2023. The bakery now employs nineteen people and uses about four tonnes of flour a month, most of it milled in Orrindale.

Lindqvist said the wholesale side grew by accident. "A café owner came in for a loaf and asked if we could do sixty croissants every morning," she said. "We said yes and worked out how afterwards."

The expansion has been paid for partly by a £90,000 loan from a regional growth fund and partly from the company's own savings.

The shop on Foundry Lane stays open throughout the building work, from 7am to 3pm, Tuesday to Sunday. Applications for the baking jobs close on 20 March.
"""),
]
