# English stories for the hundred-and-fourth held-out part (h104-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h102_en.py (tpl: "livejournal" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, inset, body_caption,
# place); "carry" names the residue families a page must carry, among them the three families new in this part
# (hearingloops, fuelvouchers, icegrips), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph; "lj" holds
# a LiveJournal entry's poster and its "Current mood / location / music" lines.
ARTICLES = [
dict(id="h104-en-001", lang="en", tpl="livejournal", site="dunstow_news", kind="small",
     section="Community", date="2026-01-21", byline="Margaret Ilsley",
     lj=dict(poster="wyke_margaret", mood="chilly but cheerful", location="Wyke St Ebba village hall", music="the urn coming to the boil"),
     title="Lunch club moves into the school hall until the thaw",
     sub="",
     caption="", credit="",
     tags=["wyke st ebba", "lunch club", "winter"],
     carry=["icegrips"], avoid=["caption"],
     look=[("bold", "Nobody fell, which is the main thing."), ("italic", "\u201cThe path to the old hall"), ("br", "The club will move back")],
     body="""
Quick update for everyone who comes to the Thursday lunch club at Wyke St Ebba, and for the families who drive them.

From this week until the frost lifts we are meeting in the primary school hall on Chapel Row instead of our own hall on the hill. The head teacher, Mrs Okafor, offered it after three of our members slipped on the lane last Thursday.

Nobody fell, which is the main thing.

\u201cThe path to the old hall is a sheet of glass from December to March and it always has been,\u201d said Len Parfitt, who is 91 and has been coming since the club started in 1987. \u201cThe school is flat, warm and has a proper car park.\u201d

The menu stays the same: soup, a hot main, pudding and as much tea as anyone can drink, all for \u00a34.50. Ruth and Janet will still be cooking, but in the school kitchen once the children have had their own lunch, so we will sit down at 12.45 rather than 12.30.

Thirty-two people came last week, our best number since before Christmas.

A few things to remember:

- come in by the side gate on Chapel Row, not the main entrance
- the school asks that nobody parks on the zigzags
- bring your own cup if you want a big one

Lifts can be booked with Derek on 01632 960 318 by Wednesday evening.

The club will move back up the hill once the parish council has gritted the lane properly, which Derek says could be the end of February.
"""),

dict(id="h104-en-002", lang="en", tpl="eleventy", site="The Dunstow Lantern",
     section="Arts", date="2026-02-04", byline="Priya Castellane",
     title="Dunstow Playhouse opens its doors again after the roof repairs",
     sub="Eighteen months, a new roof and a set of seats rescued from a closing cinema in Bristol.",
     caption="The Playhouse auditorium with its reupholstered seats.", credit="Photo: Priya Castellane",
     tags=["Dunstow Playhouse", "theatre"],
     carry=["hearingloops"],
     look=[("factbox", "The repairs in figures"), ("highlight", "The first night sold out in two days.")],
     body="""
The lights went up in the Dunstow Playhouse on Saturday for the first time since the summer before last, when a storm lifted part of the roof and left the auditorium open to the rain.

The first night sold out in two days. The amateur company that owns the building chose a safe bet, a revival of the farce it performed when the theatre opened in 1961, and the audience laughed at every slammed door.

Behind the curtain, the repairs were anything but funny. Water had got into the wiring above the stage, and the company's treasurer, Graham Lowrie, admits there were weeks when he thought the Playhouse would never reopen.

## The repairs in figures

- \u00a3212,000 for the roof, the wiring and the lighting rig
- \u00a390,000 of it raised by the company and its audiences
- 164 seats, bought for \u00a31 each from a cinema in Bristol
- 2 new accessible toilets and a ramp at the stage door

The seats came with their own story. When a Bristol cinema closed last spring, its owners offered them to any theatre that would collect them, and six volunteers drove down with a hired van.

\u201cThey were filthy, but the frames were perfect,\u201d said wardrobe mistress Ann Dauncey, who spent the winter re-covering them in red velvet.

The spring season runs until May, with a visiting children's show at half term and the company's own production of a new play by a Fellgate writer in April. The box office is open on Tuesday and Saturday mornings from 10am to 1pm.
"""),

dict(id="h104-en-003", lang="en", tpl="expressionengine", site="Tarrant Valley Herald",
     section="Community", date="2026-01-08", byline="Callum Rees",
     title="Food bank shelves run low as January demand breaks its record",
     sub="Volunteers in Dunstow gave out 412 parcels in December, a third more than the year before.",
     caption="Volunteers sort donations at the Dunstow food bank warehouse.", credit="Picture: Tarrant Valley Herald",
     body_caption="Tins and dried food waiting to be packed on Station Yard.",
     tags=["Dunstow Food Bank", "food poverty in Dunstow"],
     carry=["fuelvouchers"],
     look=[("italic", "\u201cPeople are choosing between")],
     body="""
Dunstow Food Bank has asked for urgent donations of tinned meat, long-life milk and toiletries after handing out more parcels in December than in any month since it opened in 2012.

Volunteers packed 412 parcels last month, up from 309 in December 2024, and the first week of January has been just as busy.

\u201cPeople are choosing between heating and eating, and this winter a lot of them cannot do either.\u201d

That was how the food bank's coordinator, Helen Marchbank, put it when the Herald visited the warehouse on Station Yard on Tuesday. Several of the shelves that are normally stacked to the ceiling after Christmas were half empty.

## Who is coming through the door now

Mrs Marchbank said the biggest change was in the kind of people being referred. Alongside families on benefits, the food bank is now seeing nurses, delivery drivers and pensioners who have never asked for help before.

About one in four people referred in December had a prepayment meter that had run out, and the food bank has joined a scheme that lets its volunteers hand out fuel top-up vouchers as well as food.

## What is needed most

The warehouse is short of tinned meat and fish, UHT milk, tea bags, shampoo, deodorant and nappies in sizes 5 and 6. Fresh food cannot be accepted.

Donations can be left in the trolleys at the Co-op and the big supermarket on the bypass, or taken to Station Yard on weekdays from 10am to 2pm.

Follow the food bank's page on Facebook for the weekly list of what is running short.
"""),

dict(id="h104-en-004", lang="en", tpl="octobercms", site="Dunstow Today",
     section="Money", date="2026-02-11", byline="Nadia Freeborn",
     title="Energy debt advice appointments double at Dunstow advice centre",
     sub="Advisers say more households are cutting themselves off rather than topping up their meters.",
     caption="The waiting room at the advice centre on Market Street.", credit="Photo: Dunstow Today",
     tags=["energy bills", "advice centre"],
     carry=["fuelvouchers"],
     look=[("callout", "If you are worried about"), ("bold", "Most of them had never been in debt before.")],
     body="""
The number of people asking for help with energy debt at the advice centre on Market Street has doubled in a year, and advisers say many are going without heat for days at a time before they come in.

Between October and January the centre held 286 appointments about gas and electricity bills, against 139 over the same months a year earlier.

Most of them had never been in debt before.

Senior adviser Tom Ashdown said the pattern was clear. \u201cPeople on prepayment meters don't get a bill they can ignore. The meter simply runs out. So they sit in the cold, and by the time they see us they have a debt on the meter as well, because the standing charge keeps building up even when the money is gone.\u201d

The centre's figures show that two in three of those with energy debt were on a prepayment meter, and half were pensioners or disabled people.

Mr Ashdown said many did not know that suppliers must offer emergency and friendly-hours credit, or that debt repayments on a meter can be reduced if they leave someone unable to afford their energy.

If you are worried about your energy bills, you can talk to an adviser without an appointment on Monday and Thursday mornings.

The advice centre is at 14 Market Street and is open from 9.30am to 3pm, Monday to Friday. Its phone line, 01632 960 447, is free from landlines and mobiles.
"""),

dict(id="h104-en-005", lang="en", tpl="divi", site="Fellgate Now",
     section="People", date="2026-02-18", byline="Owen Hartridge",
     title="Thirty winters at the wheel: Fellgate's gritter driver hangs up his keys",
     sub="Barry Tolland has spread salt on the moor road since 1996. We asked him about the nights.",
     caption="Barry Tolland with the gritter at the Fellgate depot.", credit="Photo: Owen Hartridge",
     body_caption="The depot's salt barn on the edge of Fellgate.",
     tags=["gritting", "Fellgate"],
     look=[("bold", "What time does a gritting night start?"), ("bold", "Has it changed?"), ("bold", "The worst night?"),
           ("bold", "And once the keys are handed over?")],
     body="""
Barry Tolland has driven a gritter out of the council depot at Fellgate for thirty winters. On Friday he hands the keys to a driver half his age. We met him in the mess room, where the kettle has been on since 1996.

What time does a gritting night start?

\u201cWhenever the forecast says the road will drop below one degree. Usually the call comes at about eight in the evening and I'm out by nine. The moor road first, because that's where people come off, then the school routes, then the estates if there's time.\u201d

Has it changed?

\u201cThe lorries have. When I started you set the spinner by hand and hoped. Now the computer decides how much salt goes down, by the metre. The road hasn't changed at all. It still ices at the same bend by the old quarry every single year.\u201d

The worst night?

\u201cJanuary 2010. Eleven hours without a break, snow coming sideways, and a car in the ditch at the top of the moor with a family inside. I stopped, put them in the cab with the heater on and waited for the police. The little girl sent me a card that Christmas. I've still got it.\u201d

And once the keys are handed over?

\u201cSleep. Proper, whole nights of sleep. My wife says she'll believe it when she sees it.\u201d

Barry's colleagues are holding a send-off at the Drovers Arms in Fellgate on Friday from 7pm, and anyone who has ever followed his lorry up the moor is welcome.
"""),

dict(id="h104-en-006", lang="en", tpl="dnn", site="Tarrant District Council",
     section="Roads", date="2026-01-15", byline="Communications team",
     title="Extra grit bins for hill streets after December's ice",
     sub="Residents on the steepest streets asked for bins after a week of ice before Christmas.",
     caption="A new grit bin on Quarry Hill, Dunstow.", credit="Tarrant District Council",
     tags=["Winter roads", "Dunstow"],
     correction="Correction: an earlier version of this article said 26 new bins had been installed. The correct number is 24; the other two will follow by 30 January.",
     body="""
Twenty-four new grit bins have been put in on some of the steepest residential streets in Dunstow, Fellgate and Brackley Moor, after residents asked for help during the week of ice before Christmas.

The bins are yellow, hold about 400 kilograms of salt each and are free for anyone to use on the road and pavement nearby. They will be refilled by the highways team through the winter.

Streets getting a new bin include Quarry Hill, Tanners Lane, Beacon Rise and the top of Church Steps in Dunstow, Moorside Road in Fellgate and Kiln Bank in Brackley Moor.

Councillor Sarah Endicott, who is responsible for highways, said the council could not grit every street. \u201cOur lorries cover the main routes, the bus routes and the roads to schools and the hospital, which is 41 per cent of the district's roads. On the side streets, a bin of salt and a good neighbour make a real difference.\u201d

The council asks residents not to take salt for private drives, and to use it sparingly: a handful on a square metre is enough.

Residents who think their street needs a bin, or who find one empty, can report it online or by calling the highways line on 01632 960 600.
"""),

dict(id="h104-en-007", lang="en", tpl="helixultimate", site="Brackley Moor Online",
     section="Safety", date="2026-01-27", byline="Josie Lampard",
     title="Dog walker pulled from frozen reservoir by two anglers",
     sub="Firefighters repeat their warning to keep off the ice at Holmer Water.",
     caption="The frozen edge of Holmer Water near the sailing club.", credit="Photo: Josie Lampard",
     tags=["Holmer Water", "ice safety"],
     low=0, only=["correction"],
     correction="This article was amended on 28 January: the woman was about ten metres from the bank, not thirty as we first reported.",
     look=[("box", "What to do if someone falls through"), ("italic", "\u201cI didn't think, I just went.\u201d")],
     body="""
Two anglers pulled a woman out of Holmer Water on Sunday morning after she went through the ice trying to reach her dog.

The woman, who is in her sixties and lives in Brackley Moor, was about ten metres from the bank near the sailing club when the ice gave way. Mick Sherratt and his son Aaron, who were fishing further along the shore, heard her shout.

Aaron lay flat on the ice and pushed a landing net out to her while his father held his ankles. Between them they dragged her back to the bank.

\u201cI didn't think, I just went.\u201d

The woman was treated for cold by paramedics and taken to hospital as a precaution. The dog, a spaniel called Bramble, climbed out by itself and was found waiting in the car park.

Watch manager Kieran Boyce of Brackley Moor fire station said the family had been extremely lucky. \u201cMost people who die in frozen water are trying to rescue a dog. The dog nearly always gets out on its own.\u201d

## What to do if someone falls through

Do not go on the ice. Call 999 and ask for the fire service, tell the person to keep still and stay calm, and reach them from the bank with a stick, a rope or a branch. If you cannot reach, keep talking to them until help arrives.

The water company has put up new warning signs at the three car parks around the reservoir and says it will keep the sailing club slipway closed until the thaw.
"""),

dict(id="h104-en-008", lang="en", tpl="mediawiki", site="Dunstow Wiki",
     section="History", date="2026-01-30", byline="Tarrantsider",
     title="River Tarrant freezes at the town bridge for the first time since 1963",
     sub="",
     caption="Ice on the Tarrant below the town bridge.", credit="",
     tags=["River Tarrant", "Weather in Dunstow", "1963"],
     look=[("br", "The wiki's history group")],
     body="""
The River Tarrant froze from bank to bank below the town bridge in Dunstow on the night of 28 January 2026, after four nights in which the temperature at the Dunstow weather station fell below minus 9C.

It is the first time the river is known to have frozen over at the bridge since the winter of 1963, when photographs in the Tarrant Valley Herald showed boys walking across it to the Mill Meadow.

On the morning of 29 January several hundred people came down to the river to look. Police and the town council put tape across the steps to the water, and nobody was reported to have gone onto the ice.

## Earlier freezes

Records gathered by the wiki's history group mention the river freezing at Dunstow in these winters:

- 1814, when a fair was held on the ice below the mill
- 1895, when the mill wheel was stopped for three weeks
- 1947, at the weir only
- 1963, from January to early March

The ice began to break up on the afternoon of 30 January as a thaw arrived from the west.

The wiki's history group is collecting photographs of the river in 1963 and in 2026 for a page comparing the two winters.
"""),

dict(id="h104-en-009", lang="en", tpl="oxygen", site="The Oakhanger Post",
     section="Business", date="2026-02-25", byline="Leonie Mabbott",
     title="After 112 years, Oakhanger's hardware shop will sell its last shovel",
     sub="The Pinnock family's shop on the Square closes at Easter. The building has been sold.",
     caption="Bernard Pinnock behind the counter of the family shop.", credit="Photo: Leonie Mabbott",
     tags=["Oakhanger", "shops"],
     low=0,
     body="""
Share a memory of Pinnock's, and almost everyone in Oakhanger will start with the smell: paraffin, rope and birdseed, the same since 1914.

The hardware shop on the Square, run by four generations of the Pinnock family, will close at Easter. Bernard Pinnock, who is 74, said he had tried for three years to find someone to take it on.

\u201cPeople still come in for one screw, and I still sell them one screw,\u201d he said. \u201cBut one screw doesn't pay the rates.\u201d

## A shop that sold everything

Mr Pinnock's great-grandfather opened the shop to sell tools and lamp oil to the farms around the village. Over the years it added garden seed, pet food, paint, kitchenware and, for one winter in the 1970s, bicycles.

In the cold spells it has always been the place to buy salt, snow shovels and sledges. Last month it sold out of shovels in an afternoon.

## What happens to the building

The building has been sold to a couple from Dunstow who plan to open a caf\u00e9 and bakery on the ground floor. They have promised to keep the shop's original counter and its wall of wooden drawers.

The closing-down sale starts on 1 March, and Mr Pinnock says the last item on the shelves will be given away, not sold.
"""),
]
