# English stories for the ninety-sixth held-out part (h96-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h94_en.py (tpl: "zyro" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, run_in, tags); "carry" names the
# residue families a page must carry, among them the three families new in this part (rooftopsolar, guidedwalks,
# coldweatherpayments), which are placed only on stories where a real site would print them; "run_in" names a
# carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h96-en-001", lang="en", tpl="zyro", site="Cobley Marsh Village News", kind="small",
     section="Village life", date="2026-03-12", byline="Fenella Ashdown",
     title="Cobley Marsh signs up to a climate plan its residents wrote themselves",
     sub="Fourteen actions, from a repair café to solar panels on the village hall, were agreed at a packed parish meeting.",
     caption="The parish meeting in Cobley Marsh village hall.", credit="Fenella Ashdown",
     carry=["rooftopsolar"],
     look=[("bold", "Nobody voted against."), ("italic", "\u201cWe are not trying to save the planet")],
     body="""
Cobley Marsh has become the first village in the Marrowby valley to adopt a climate plan drawn up entirely by the people who live there.

The plan was written over eighteen months by a group of eleven residents who met in the back room of the Drovers Arms. It was approved at a parish meeting on Tuesday attended by 143 people, more than a fifth of the village's adults.

Nobody voted against.

The plan sets out fourteen actions the village can take without waiting for the district council. Among the first are:

- solar panels and a battery on the roof of the village hall
- a monthly repair café in the school's old kitchen
- a shared electric car kept behind the shop
- a hedge-planting day on the lane to Hartwell St Anne each November

Group member Ruth Kimber, a retired surveyor, said the most popular idea by far was a scheme to let households buy roof panels together and share the cost of scaffolding.

\u201cWe are not trying to save the planet from a village of 900 people,\u201d she said. \u201cWe are trying to cut our bills and make the place a bit nicer to live in.\u201d

The parish council has set aside \u00a34,000 to get the first projects started. The group meets again on the first Thursday of April at 7.30pm in the village hall, and anyone who wants to help is welcome to come along. Dates for the first work days will be printed in the parish newsletter.
"""),

dict(id="h96-en-002", lang="en", tpl="grav", site="Wrenford Chronicle",
     section="Heritage", date="2026-04-22", byline="Leonard Coxall",
     title="Trail to mark Wrenford's forgotten river wharf",
     sub="Twelve plaques will tell the story of the quay that once sent barley and bricks down the Marrowby.",
     caption="The last surviving mooring ring on Wharf Street.", credit="Leonard Coxall",
     tags=["Wrenford wharf", "local history"],
     carry=["guidedwalks"],
     look=[("factbox", "The wharf in numbers")],
     body="""
For two hundred years Wrenford's wharf was the busiest place in town. Today most people walk past its last iron mooring ring without noticing it.

That is about to change. The Wrenford Civic Society has raised \u00a318,500 to put up twelve plaques along the route of the old quay, from the Malthouse car park to the foot of Bridge Street.

## From barley to bricks

The wharf opened in 1742, when the Marrowby was deepened so that barges could reach the town. Barley from the valley farms went downstream to the maltings at Saltley; bricks, coal and slate came back up.

Society chairman Margaret Ilsley said the records had been hard to find. Much of what the plaques will say comes from a ledger kept by a wharfinger named Josiah Penrose, which turned up in a house clearance in 2019.

## The wharf in numbers

- 1742: the first barge unloads
- 31 barges registered at the quay in 1851
- 1907: the last cargo, a load of roofing slate
- 1962: the basin is filled in to build the car park

\u201cPeople think of Wrenford as a market town,\u201d Mrs Ilsley said. \u201cFor most of its history it was a port.\u201d

The plaques will go up in June. The trail leaflet will be free from the library and the tourist information point in the Corn Exchange.
"""),

dict(id="h96-en-003", lang="en", tpl="movabletype",
     caption="A frozen pipe being thawed in a loft in Wrenford.", credit="Gail Penhaligon",
     section="Weather", date="2026-01-20", byline="Gail Penhaligon",
     title="Burst pipes and closed roads as the Marrowby valley drops to minus nine",
     sub="Plumbers worked through the night and two schools stayed shut after the coldest night in eleven years.",
     carry=["coldweatherpayments", "correction"],
     correction="Correction: an earlier version of this report said Hartwell St Anne recorded minus 11C overnight. The lowest reading there was minus nine.",
     look=[("highlight", "The coldest night in the Marrowby valley")],
     body="""
The coldest night in the Marrowby valley for eleven years left dozens of homes without water on Monday and closed two primary schools.

The Met Office weather station at Hartwell St Anne recorded minus nine in the early hours. Wrenford itself dropped to minus seven.

Marrowby Water said it had logged more than 160 reports of burst pipes by lunchtime, most of them in older terraced houses on the north side of Wrenford where pipes run along outside walls.

Plumber Dean Hollick said he had taken his first call at 4am and was still working at teatime. \u201cI haven't stopped. Every one of them is a pipe in a loft or under a sink next to an outside wall,\u201d he said.

He gave this advice to anyone whose pipes freeze:

- turn off the water at the stopcock before the ice thaws
- warm the pipe slowly with a hairdryer or a hot-water bottle, never a flame
- open the cold tap nearest the frozen section so water can escape
- leave the loft hatch open on very cold nights

Cobley Marsh and Lowther Green primary schools stayed closed because their heating oil had gelled in the tanks.

The county council's gritters were out on all main routes, but the lanes over Hartwell Ridge were shut for most of the day.

More frost is forecast until Thursday.
"""),

dict(id="h96-en-004", lang="en", tpl="tagdiv",
     section="People", date="2026-05-08", byline="Tobias Renshaw",
     title="Forty-four years on the fruit stall: Dennis Arkwright packs up his scales",
     sub="Wrenford market's longest-serving trader on frost, bananas and the customers who became friends.",
     caption="Dennis Arkwright at his stall on Wrenford market.", credit="Tobias Renshaw",
     tags=["Wrenford market", "market traders of Wrenford"],
     body="""
Dennis Arkwright has sold fruit and vegetables on Wrenford market every Tuesday, Friday and Saturday since 1982. On Saturday he will weigh out his last pound of apples. We asked him about it.

**How did the stall start?**

My uncle had the stall and did his back in. I was seventeen and meant to help for a fortnight. I stayed for forty-four years.

**Your worst day on the market?**

January 1987. It was so cold that the oranges froze solid in the boxes and the potatoes went black. I sold almost nothing and gave the rest to the pig farmer.

**What has changed most since 1982?**

People used to buy for the whole week. Now they buy for tonight. And everybody wants bananas, every single day, whatever the weather.

**Will you miss the market?**

The customers, yes. Some of them I have served for three generations. I know whose mother likes soft pears and whose husband won't eat anything green.

**And once Saturday is over?**

My allotment has been waiting a long time. And my wife would like to go away on a Saturday for once.

The stall will be taken over by his nephew, Kieran, from the following Tuesday. Regulars are invited to a send-off at the market cross at 1pm on Saturday.
"""),

dict(id="h96-en-005", lang="en", tpl="substackpub", site="The Lowther Green Letter", notes=[],
     section="Transport", date="2026-06-03", byline="Imogen Thrale",
     title="The 46 bus is being cut to three a day. Here is what that means",
     sub="Lowther Green's only bus route loses most of its trips from July, and the village shop is worried.",
     caption="The 46 at the stop outside Lowther Green post office.", credit="Imogen Thrale",
     body="""
If you live in Lowther Green and do not drive, this is the post you need to read.

From 20 July, the 46 bus between Lowther Green and Wrenford will run three times a day instead of nine. The county council, which pays for the route, says it can no longer afford the subsidy of \u00a3212,000 a year.

The new times leave the village at 8.05am, 12.40pm and 4.15pm, and come back from Wrenford bus station at 10.30am, 2.50pm and 6.05pm.

I spent Monday morning at the bus stop outside the post office asking the people who use it what they think.

Elsie Farrant, who is 84, goes into Wrenford twice a week for the doctor and the library. She said the 6.05pm return was too late for her in winter. \u201cI'll be stood in the dark at the bus station,\u201d she said.

Sixth-former Callum Reddy catches the 7.15am to college, which is one of the trips being cut. His mother will now have to drive him before work.

Sam Oduya, who runs the village shop, worries that fewer people will come through the door if the bus is less useful. \u201cHalf my morning customers get off the 46,\u201d he said.

The parish council will ask the county to keep an early trip for students. Please share this with anyone in the village who isn't online.
"""),

dict(id="h96-en-006", lang="en", tpl="astro", site="Marrowby Reach",
     section="Nature", date="2026-05-15", byline="Priya Vellacott",
     title="Lowther Marsh opens its summer season with a new boardwalk",
     sub="The wetland reserve hopes to welcome 30,000 visitors after two years of repairs.",
     caption="The new boardwalk across the reedbed at Lowther Marsh.", credit="Priya Vellacott",
     tags=["Lowther Marsh", "wildlife"],
     carry=["guidedwalks"],
     body="""
Visitors to Lowther Marsh nature reserve can walk all the way across its reedbed this summer for the first time since the winter floods of 2024.

A new boardwalk, 420 metres long and built from recycled plastic planks, opened on Saturday. It links the car park on Marsh Lane with the two bird hides on the river side of the reserve.

**Two years of work**

The old timber walkway was torn from its posts when the Marrowby burst its banks. The Marrowby Wetlands Trust spent two years raising \u00a3265,000 to replace it, most of it from a lottery grant and the rest from members and a sponsored swim.

Reserve warden Oliver Sandell said the reedbed had recovered well. Bitterns were heard booming there this spring for the third year running, and a pair of marsh harriers is nesting close to the new path.

**Keep to the boards**

Dogs are not allowed beyond the car park between March and August, when ground-nesting birds are sitting on eggs.

The trust hopes the reserve will draw 30,000 visitors this season, about a third more than before the floods. Mr Sandell said many of them would be families who had never been.

\u201cYou do not need binoculars or to know a single bird,\u201d he said. \u201cYou just need to stand still for a minute and listen.\u201d

The visitor hut is open every day from 9am to 5pm until the end of September, and parking is free.
"""),

dict(id="h96-en-007", lang="en", tpl="cms",
     caption="Volunteers serving soup in St Barnabas church hall.", credit="Rosalind Ketteridge",
     section="Community", date="2026-02-04", byline="Rosalind Ketteridge",
     title="Warm rooms open in six Wrenford church halls",
     sub="Volunteers serve soup and hot drinks to older people who cannot afford to heat their homes all day.",
     carry=["coldweatherpayments"],
     body="""
Six church halls in Wrenford are opening their doors on weekday afternoons this winter so that older residents can sit somewhere warm without worrying about the cost.

The warm rooms, run by volunteers from Churches Together in Wrenford, offer soup, hot drinks, newspapers and company from 1pm to 4pm. Nobody has to book or give their name.

Organiser Bernard Ashworth said 212 people came through the doors in the first week, more than twice what the churches had expected.

\u201cSome of them come for the warmth and stay for the conversation,\u201d he said. \u201cOne gentleman told me he had not spoken to anyone since Christmas.\u201d

Age Concern Marrowby Valley says many pensioners in the district are keeping the heating off until the evening. A survey it carried out in November found that four in ten people over 75 had been cold at home during the day last winter.

Irene Clutterbuck, 81, walks to the warm room at St Barnabas every Tuesday and Thursday. \u201cMy gas bill went up by a third,\u201d she said. \u201cHere I can read the paper in a warm chair and somebody makes me a cup of tea.\u201d

The churches also need more volunteers, particularly drivers who can collect people from outlying streets.

Anyone who would like to help should contact the parish office at St Barnabas on weekday mornings.
"""),

dict(id="h96-en-008", lang="en", tpl="portal",
     caption="Volunteers behind the counter at Hartwell St Anne library.", credit="Harvey Quintrell",
     section="Libraries", date="2026-09-17", byline="Harvey Quintrell",
     title="Volunteers reopen Hartwell St Anne library after a year's closure",
     sub="The village library is now run by a charity of 38 residents, with help from the county's library service.",
     low=0, only=["correction"],
     correction="This article was amended on 18 September: the library is open on Saturday mornings, not Saturday afternoons as we first reported.",
     body="""
Hartwell St Anne library reopened on Monday, a year after the county council closed it to save money, with a team of 38 volunteers behind the counter.

The library shut last September as part of a round of cuts that also closed branches in Cobley Marsh and Saltley. A group of residents formed a charity, the Friends of Hartwell Library, and agreed to run it with books, computers and training supplied by the county.

Chair of the Friends, Amelia Durrant, said the volunteers had spent the summer repainting the building and fixing the roof.

The library now offers:

- books, audiobooks and large-print titles from the county catalogue
- four public computers and free wi-fi
- a weekly toddlers' rhyme time
- help with online forms from a volunteer on Wednesday mornings

\u201cWe are not librarians and we will not pretend to be,\u201d Mrs Durrant said. \u201cBut we can keep the doors open and the kettle on.\u201d

Borrowers can use their existing county library cards, and any book can be ordered from another branch and collected in the village.

The library is open on Monday, Wednesday and Friday from 10am to 4pm and on Saturday mornings from 10am to 12.30pm.
"""),

dict(id="h96-en-009", lang="en", tpl="semantic",
     caption="Jess Oakley lifts the county cup at Marsh Lane.", credit="Nathan Blackwood",
     section="Sport", date="2026-04-27", byline="Nathan Blackwood",
     title="Wrenford Athletic Women win the county cup in extra time",
     sub="A header from captain Jess Oakley settled a tense final against Saltley Town.",
     low=0,
     body="""
Wrenford Athletic Women won the county cup for the first time on Sunday, beating Saltley Town 2-1 after extra time in front of 640 spectators at Marsh Lane.

Captain Jess Oakley headed the winner from a corner in the 108th minute, seconds after Saltley had hit the crossbar at the other end.

Saltley took the lead just before half-time through Amara Lowe, who ran on to a long ball and lifted it over goalkeeper Holly Tindall.

**A long road back**

Wrenford equalised with twenty minutes of normal time left. Substitute Freya Marchbank, only sixteen, cut in from the left and curled a shot into the far corner with her first touch.

The club's women's team was only formed in 2021 and spent its first season losing almost every game. Manager Colin Threlfall said the players had trained twice a week through two winters on a floodlit car park.

\u201cThese girls have earned every bit of this,\u201d he said. \u201cThree years ago we lost 11-0 to this same Saltley side.\u201d

Oakley said she would remember the noise of the crowd more than the goal. \u201cMy nan was behind the goal with a flask. I could hear her from the pitch.\u201d

The cup will be on display in the clubhouse at Marsh Lane, and supporters can have a photo taken with it on Saturday from 11am.
"""),
]
