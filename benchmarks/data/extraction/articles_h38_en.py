# English stories for the thirty-eighth held-out part (h38-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "sitecore" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three widget families of this part (weather, jobs, tickets), which are
# placed only on stories where a real site would print them; "price" is the starting price a ticket widget shows, "wx"
# the days a weather widget shows when they are not the language's default ones.
ARTICLES = [
dict(id="h38-en-001", lang="en", tpl="sitecore", site="Albion National Broadcasting", section="Severn Vale",
     date="2026-02-13", byline="Rhiannon Tudge",
     title="Severn Vale braces for third storm in a fortnight as river levels rise",
     sub="Flood warnings are in force for eleven riverside communities, and sandbag points open on Saturday morning.",
     caption="The river Severn at Wyebridge quay on Friday morning.", credit="Picture: Rhiannon Tudge / ANB Severn Vale",
     carry=["weather"],
     look=[("dropcap", "Residents along the lower Severn Vale"), ("factbox", "If water gets into your home"),
           ("highlight", "Sandbag collection points will open")],
     body="""
Residents along the lower Severn Vale have been told to prepare for flooding this weekend as the third storm in a fortnight moves in from the Atlantic.

Flood warnings are in force for eleven riverside communities between Arlingham Cross and Wyebridge, and forecasters expect up to 60mm of rain on ground that is already saturated.

The river at Wyebridge was 4.2 metres above its normal level on Friday morning, about half a metre below the height that flooded 140 homes in the town in 2020.

Rivers Authority duty officer Naomi Fellgate said the next 48 hours would be critical. "The river has had no time to drop between storms. Anything that falls now goes straight into it," she said.

Sandbag collection points will open at 8am on Saturday at Wyebridge fire station, the Arlingham village hall car park and the leisure centre in Tewford. Each household can take up to ten bags.

## If water gets into your home

- Turn off the gas and electricity at the mains if it is safe to do so
- Move valuables, medicines and documents upstairs
- Do not walk or drive through flood water
- Ring the Rivers Authority flood line on 0300 555 0174 for the latest warnings

The county council has put its emergency centre on standby and says rest centres will open in school halls if homes have to be evacuated.

At the Ferry Inn on Wyebridge quay, landlord Colm Dempsey was carrying stock up to the first floor for the second time this month. "We know the drill by now. It doesn't make it any easier," he said.

Drivers are asked to check before setting off: the A48 at Minsterworth Hollow was closed on Friday afternoon after the road flooded.
"""),

dict(id="h38-en-002", lang="en", tpl="cms", section="Business", date="2026-10-21", byline="Declan Moyes",
     title="Packaging firm to create 240 jobs at former Stallbridge creamery",
     sub="Kelloway Cartons will open its factory on Dorne Road next spring and says most of the skills can be taught.",
     caption="The former creamery on Dorne Road, Stallbridge.", credit="Photo: Declan Moyes",
     carry=["jobs"],
     body="""
Stallbridge will get 240 new jobs when a packaging manufacturer opens a factory on the former creamery site on Dorne Road next spring.

Kelloway Cartons, which makes recyclable food trays for supermarkets, said it had chosen the town because of its road links and a £1.8 million grant from the regional growth fund.

Managing director Imogen Tate said the firm would recruit locally wherever it could. "We want people who live within half an hour of the gate. Most of the skills we can teach," she said.

The company is looking for:

- 160 machine operators on a four-on, four-off shift pattern
- 30 maintenance engineers and electricians
- 25 warehouse and forklift staff
- 15 office, design and quality roles
- 10 apprentices, starting in September

Starting pay for operators will be £12.90 an hour, rising to £14.20 after a year.

## Training on site

The firm will run a six-week course with Stallbridge College for recruits with no factory experience. The first group of 40 will start in January.

The creamery closed in 2017 with the loss of 190 jobs, and the site has stood empty since. Local councillor Ray Benfield, who worked there for 22 years, said the news was "the best thing to happen to this end of town in a decade".

Applications open on 3 November. An open day will be held at the Stallbridge Corn Exchange on 8 November from 10am to 4pm.
"""),

dict(id="h38-en-003", lang="en", tpl="portal", section="News", date="2026-04-08", byline="Hollie Sayer",
     title="Report fly-tipping to us instead of posting it on Facebook, council urges",
     sub="Fewer than one in five dumps shown in local groups last year were ever reported.",
     caption="Rubbish dumped in a lay-by on Gorse Lane, Marlcombe.", credit="Photo: Hollie Sayer",
     low=0,
     body="""
Share it with us, not with Facebook. That is the message from Marlcombe District Council, which says photos of fly-tipping posted on social media are almost never reported to the people who can clear it.

The council counted 1,140 fly-tipping posts in local Facebook groups last year. Fewer than one in five of the dumps they showed were ever reported to its environment team.

Environment manager Tariq Mahmood said residents assumed the council saw the posts. "We don't follow every community group, and we can't act on a picture with no location. A photo of a mattress in a lane could be anywhere in the district," he said.

Reports can be made on the council website or through the council's app, which pins the location automatically. Each report is passed to a crew within two working days.

Fines for fly-tipping in the district rose to £400 in April. The council issued 62 fines last year, 14 of them after residents provided photographs that showed a vehicle registration.

Mr Mahmood said people should never confront fly-tippers. "Take a picture from a distance if it's safe, note the time, and leave the rest to us," he said.

To report fly-tipping, call 01632 960 557 or use the Report It page on the council website.
"""),

dict(id="h38-en-004", lang="en", tpl="semantic", section="What's on", date="2026-03-17", byline="Gareth Lunn",
     title="Hollowmere Folk Festival returns for its 25th year with 40 acts",
     sub="The Shetland fiddle band Skerry Lights and local singer Maddy Ormsby head the line-up.",
     caption="The main stage on the water meadows at last year's festival.", credit="Photo: Gareth Lunn",
     carry=["tickets"], price="£42",
     look=[("br", "\"It's the only stage where I know")],
     body="""
The Hollowmere Folk Festival will return to the water meadows by the mill for its 25th year on the last weekend of July, with 40 acts across three stages.

The organisers announced the line-up on Tuesday. It is headed by the Shetland fiddle band Skerry Lights and the singer-songwriter Maddy Ormsby, who grew up in the village and played her first gig at the festival as a teenager.

"It's the only stage where I know half the audience by name," Ormsby said.

Festival director Alan Purkiss said the anniversary festival would be the biggest yet, with a new dance tent and a children's stage in the orchard.

Prices for this year:

- Weekend adult: £95
- Day ticket: £42
- Under-16s: £15 for the weekend
- Under-fives: free

Camping in the paddock costs an extra £20 per tent. Mr Purkiss said prices had gone up by £5 because of the cost of staging and security, the first rise since 2022.

The festival sold out in six weeks last year, and about 4,500 people came each day. Nearly a third travelled from outside the county.

Parking will again be at Fenn's Farm, with a shuttle bus every 15 minutes from Hollowmere station. Residents of the village will receive free day passes, as in previous years.

Volunteers who steward for one shift get a free weekend pass.
"""),

dict(id="h38-en-005", lang="en", tpl="storybody", section="People", date="2026-02-26", byline="Jess Okonjo",
     title="'I've poured about a million cups of tea': forty years behind the counter of the Copper Kettle",
     sub="Maureen Halloran opened her cafe on Corrie Street in 1986. This month she hands the keys to her granddaughter.",
     caption="Maureen Halloran behind the counter of the Copper Kettle.", credit="Photo: Jess Okonjo",
     body="""
Maureen Halloran opened the Copper Kettle on Corrie Street in Ashworth in 1986, with a borrowed urn and six tables. This month she hands the keys to her granddaughter. We asked her about four decades of breakfasts.

**Why a cafe?**

I'd been a dinner lady for eleven years and I thought, I can do this for myself. My dad lent me £2,000 and I paid him back within a year, which surprised both of us.

**What has changed?**

Everything and nothing. People want oat milk now, and they pay with their phones. But they still come in for a bacon roll and somebody to talk to.

**Best day?**

The day the mill closed in 1998. That sounds strange. But the men came straight here from the gate and we kept the door open until nine at night. Nobody paid for anything that day.

**And the worst?**

The flood in 2007. We lost the floor, the fridges and the till. Regulars turned up the next morning with mops.

**Will you still come in?**

Every Tuesday, as a customer. Chloe says I'm not allowed behind the counter. We'll see.

The Copper Kettle will close for a week in March for redecoration and reopen under Chloe Halloran on 16 March.
"""),

dict(id="h38-en-006", lang="en", tpl="magazine", section="Arts", date="2026-12-04", byline="Rosalind Fenwick",
     title="Tanbury Players stage their hundredth pantomime, and the dame has done 38 of them",
     sub="The amateur company has put on a show every winter since 1926, apart from the war years and one winter of burst pipes.",
     caption="Geoff Arkwright in costume as Widow Buttons at the dress rehearsal.", credit="Photo: Rosalind Fenwick",
     pull="My wife says I'm more comfortable in a frock than a suit",
     carry=["tickets"], price="£14",
     look=[("dropcap", "When the curtain goes up on Cinderella"), ("box", "The Players need volunteers")],
     body="""
When the curtain goes up on Cinderella at Tanbury Town Hall next Friday, the Tanbury Players will have staged a pantomime every winter since 1926, apart from the war years and one winter of burst pipes.

It is the amateur company's hundredth pantomime. The dame, Widow Buttons this year, will be played by Geoff Arkwright, a retired plumber who has worn the wig and bloomers 38 times.

"My wife says I'm more comfortable in a frock than a suit, and she's probably right," he said.

The cast of 46 ranges in age from seven to 83. Rehearsals started in September, three nights a week, in the back room of the Royal Oak because the town hall was booked for a craft fair.

Director Priya Lomax, who first appeared as a mouse in 1994, said the hundredth show would include a few surprises for long-standing audiences. "There are jokes in this script that were first told in the 1950s. Some of them still work," she said.

The Players need volunteers for front of house, the raffle and the interval teas. Anyone interested can speak to the box office team at the town hall or call Jean Prowse on 01632 960 733.

The run has twelve performances, including two relaxed shows for children with autism or sensory needs, with the house lights up and the bangs turned down.

Proceeds from the opening night will go to the Tanbury Scout hut appeal.
"""),

dict(id="h38-en-007", lang="en", tpl="chunks", section="Environment", date="2026-06-11", byline="Stuart Pennock",
     title="Hosepipe ban for 1.2 million households from Friday as reservoirs fall",
     sub="Mardale Water says only 31mm of rain has fallen since the start of March.",
     caption="The exposed banks of Haweswater Ridge reservoir this week.", credit="Photo: Stuart Pennock",
     carry=["weather"], wx=["Fri · sunny · 27° / 14°", "Sat · sunny · 28° / 15°", "Sun · hazy sunshine · 26° / 13°"],
     body="""
A hosepipe ban will come into force for 1.2 million households across the Mardale Water area from Friday after the driest spring in the region for 50 years.

Mardale Water said its reservoirs were at 54 per cent of capacity, against an average of 78 per cent for the time of year. Only 31mm of rain has fallen since the start of March.

**What the ban covers**

Customers must not use a hosepipe to water gardens, wash cars, fill paddling pools or clean patios and windows. Watering cans and buckets filled from a tap are still allowed.

Blue Badge holders, allotment holders watering food crops and businesses that rely on water for their trade are exempt. Anyone breaking the ban could be fined up to £1,000, although the company said it had never taken a customer to court.

**Leaks under fire**

Campaigners pointed out that the company loses 190 million litres a day through leaking pipes. Local MP Hannah Corrigan said customers would "rightly ask why they are saving water while the company pours it into the ground".

Operations director Neil Ashdown said leakage was at its lowest level on record and that 40 extra repair crews had been brought in. "We are fixing 1,400 leaks a week. We would still be in this position without a drop lost," he said.

The company said the ban would stay in place until reservoir levels recovered, which could take until the autumn.
"""),

dict(id="h38-en-008", lang="en", tpl="hugo", section="Health", date="2026-01-29", byline="Priti Valand",
     title="Hospital trust to recruit 300 nurses and healthcare assistants in a year",
     sub="Eastmarsh Hospitals Trust spent £14.6 million on agency nurses last year.",
     caption="A ward at Eastmarsh General Hospital.", credit="Photo: Priti Valand",
     carry=["jobs"],
     body="""
Eastmarsh Hospitals Trust is to recruit 300 nurses and healthcare assistants over the next twelve months to fill gaps that have forced it to rely on agency staff.

The trust spent £14.6 million on agency nurses last year, nearly double the figure of three years ago. Chief nurse Abena Cole said the new posts would pay for themselves "several times over".

The posts include 180 registered nurses, 90 healthcare assistants and 30 midwives. Recruits will be offered a relocation package of up to £5,000 and a room in staff accommodation for their first six months.

The trust will also pay for 40 of its healthcare assistants to train as nurses through an apprenticeship, keeping their full salary while they study.

Maria Santos, who joined the trust as a healthcare assistant in 2019 and qualified as a nurse last year through the same scheme, said it had changed her life. "I could never have afforded to stop work and go to university. This way I didn't have to," she said.

The nurses' union welcomed the plan but said staff also needed to be kept. About one in eight nurses leave the trust each year, many for jobs in private clinics.

Ms Cole said exit interviews showed most left because of shift patterns rather than pay, and that the trust would offer more fixed shifts from April.

Recruitment open days will be held at Eastmarsh General on 14 and 28 February.
"""),

dict(id="h38-en-009", lang="en", tpl="sanity", section="Sport", date="2026-04-15", byline="Connor Blaylock",
     title="Whitcombe Rovers reach county cup final after penalty shoot-out",
     sub="Rovers came from two goals down against Stanhope Town before winning 5-4 on penalties.",
     caption="Luke Asante celebrates the winning penalty at Mill Lane.", credit="Photo: Connor Blaylock",
     carry=["scores"],
     look=[("dropcap", "Whitcombe Rovers will play")],
     body="""
Whitcombe Rovers will play in the county cup final for the first time in 31 years after beating Stanhope Town 5-4 on penalties on Tuesday night.

The semi-final finished 2-2 after extra time at a packed Mill Lane, where 1,150 supporters saw Rovers come from two goals down.

Stanhope led through goals from Kieran Doyle and Marcus Levy before half-time. Rovers captain Sam Jedburgh pulled one back with a header in the 67th minute, and 19-year-old substitute Ollie Brannigan equalised in the last minute of normal time.

The shoot-out went to sudden death. Goalkeeper Dan Whelan saved Stanhope's sixth penalty, and defender Luke Asante scored the winner.

"I just shut my eyes and hit it as hard as I could," Asante said. "Don't tell the manager."

Manager Terry Vokes said the club would do everything it could to give supporters a day to remember. "Some of these fans have waited three decades for this. They deserve it," he said.

Rovers will face Harbury Athletic in the final at the county ground on 2 May. The club expects to sell its allocation of 3,000 seats within days.

Supporters who cannot travel can follow the match on Whitcombe Community Radio, which will broadcast full commentary.
"""),
]
