# English stories for the hundred-and-first held-out part (h101-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h100_en.py (tpl: "site123" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, notes, inset, body_caption, tags);
# "carry" names the residue families a page must carry, among them the three families new in this part (deathcafe,
# keysafes, carseatchecks), which are placed only on stories where a real site would print them; "run_in" names a
# carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h101-en-001", lang="en", tpl="site123", site="Marlowden Community Voice",
     section="Community", date="2026-03-21", byline="Hattie Penwarden",
     title="Marlowden repair café mends its thousandth broken thing",
     sub="A toaster from Sallowby took the total past four figures on Saturday morning.",
     caption="Volunteer fixer Wilf Tanbury at work on a lamp in the Quaker meeting house.", credit="Photo: Hattie Penwarden",
     look=[("dropcap", "Wilf Tanbury has"), ("box", "How a session works"), ("highlight", "Since the first session")],
     body="""
Wilf Tanbury has lost count of the kettles. "Kettles, lamps and vacuum cleaners, that is most of what comes through the door," said the retired electrician, screwdriver in hand. "But on Saturday it was a toaster, and that one mattered."

The toaster, brought in by Glenys Oddie from Sallowby, was the thousandth item mended at the Marlowden repair café since it opened in the Quaker meeting house on Tanners Row three years ago.

Its fault was a loose wire in the plug. It took eleven minutes.

Since the first session in February 2023 the volunteers have kept a ledger of every repair: the item, the fault and whether it left working. About seven in ten do. Clothes and bicycles have the best record; printers have the worst.

## How a session works

Visitors sign in, sit down with a fixer and watch the repair being done, so that they can do it themselves next time. Nobody pays, though there is a jar for donations and the tea and cookies are free.

Organiser Rosalind Quarmby said the café had saved more than four tonnes of waste from the tip at Hobb's Green, by the group's own estimate. She is looking for two more fixers who can sew, and someone who understands sewing machines.

The next repair café is on Saturday 18 April, 10am to 1pm, at the meeting house. Bring the broken thing and any parts that fell off.
"""),

dict(id="h101-en-002", lang="en", tpl="grav", site="The Wetherstone Ledger",
     section="Health", date="2026-01-14", byline="Dominic Arkwright",
     title="Falls now behind one in eight ambulance calls in the Tavish valley",
     sub="Paramedics say many of the people they pick up have lain on the floor for hours.",
     caption="A community first responder's kit bag at Wetherstone fire station.", credit="Photo: Dominic Arkwright",
     carry=["keysafes"], tags=["falls in later life", "Tavish valley ambulance calls"],
     look=[("factbox", "Falls in the valley")],
     body="""
Falls by older people are now the reason for one in eight emergency ambulance calls in the Tavish valley, according to figures shared with the district's health and wellbeing board this week.

Paramedics attended 1,930 falls between April and December, up from 1,515 in the same months two years earlier. In about half of them, the patient was not injured but could not get up without help.

Team leader Sunita Farrant, who has worked out of Wetherstone ambulance station for fifteen years, said the time spent waiting on the floor was often more dangerous than the fall itself.

"We find people who have been down since the night before, cold and dehydrated," she said. "Sometimes the neighbours can hear them but cannot get in."

## Falls in the valley

- 1,930 falls attended by ambulance crews from April to December
- 47 per cent of those patients were over 85
- Average wait on the floor before help arrived: 2 hours 10 minutes
- 312 crews had to force a door or window to get in

The district council's falls team offers free home checks, grab rails and advice on exercise and medicines. It has also started a pilot in Wetherstone and Ickleford Down in which volunteer responders with lifting cushions are sent to falls where nobody is hurt.

Councillor Morag Linfield, who chairs the board, said the numbers showed that "small things at home make a big difference" and asked GPs to refer more patients for a check.

Anyone over 65 can ask for a falls check by ringing the council's home safety line on 01632 960 744.
"""),

dict(id="h101-en-003", lang="en", tpl="movabletype",
     section="Health", date="2026-05-06", byline="Imelda Crowther",
     title="St Aldric's Hospice opens day centre in the old vicarage",
     sub="Patients will be able to spend a day at the hospice and still sleep in their own beds.",
     caption="The garden room at the new day centre.", credit="Photo: Imelda Crowther",
     carry=["deathcafe"],
     body="""
St Aldric's Hospice has opened a day centre in the former vicarage next to its main building on Orchard Lane, Marlowden, after a two-year appeal that raised £640,000.

The centre will welcome up to fourteen people a day who are living with an illness that cannot be cured. They can see a nurse, a physiotherapist or a chaplain, have a bath with help, or simply have lunch with others in the same position.

## A house, not a ward

The vicarage has kept its fireplaces, its bay windows and its long garden down to the river. Chief executive Bernadette Yarrow said that was the point.

"People told us they did not want to come somewhere that felt like a hospital," she said. "They wanted somewhere they could laugh, and be sad, and sit in the sun."

One of the first visitors, retired postman Clifford Ebbs, 74, said he had spent the morning in the garden and the afternoon playing dominoes. "My wife gets a day off and I get a change of wallpaper," he said.

## Families too

The centre also has rooms for the hospice's family support team, which runs sessions for relatives and carers, and for the bereavement service, which last year helped 380 people in the valley after a death.

Around 1,100 people gave money to the appeal, from a sponsored swim across the Tavish to a quiz night that raised £2,300 in one evening.

Patients can be referred by their GP, district nurse or hospital team. The hospice's information line is 01632 960 215.
"""),

dict(id="h101-en-004", lang="en", tpl="tagdiv",
     section="Business", date="2026-04-22", byline="Lorcan Medway",
     title="Marlowden market moves to the riverside for the summer",
     sub="Traders will set up on Tavish Quay while the market square is resurfaced.",
     caption="Stalls being set up on Tavish Quay for a trial market day.", credit="Photo: Lorcan Medway",
     carry=["correction"], tags=["Marlowden market", "Tavish Quay"],
     correction="Correction: the resurfacing of the market square will cost £410,000, not £140,000 as an earlier version of this story said.",
     body="""
Marlowden's Thursday and Saturday markets will move to Tavish Quay from May until the end of September while the market square is dug up and resurfaced.

The work, which will cost £410,000, will replace paving that has cracked and sunk in several places. Two shoppers were injured in falls on the square last winter.

The town council says the move will mean some changes for shoppers:

- the markets will run from 8am to 2pm, an hour later than now
- the fish van and the two hot food stalls will stand at the car park end of the quay
- the quay car park will close on market days, and the long-stay car park on Mill Lane will be free instead
- a shuttle bus will run every twenty minutes from the bus station

Stallholders were divided when the plans were first shown to them in February. Some feared the quay was too far from the high street shops.

Dennis Okafor, who has sold cheese on the market for nineteen years, said he had come round to the idea after a trial day in March. "It was busy, the view is better and the river breeze keeps the cheese cool," he said. "I might not want to come back."

Others are less sure. Florist Jenna Stobart said she relied on passing trade from the high street. "Nobody walks past the quay by accident," she said.

The market returns to the square on Thursday 1 October.
"""),

dict(id="h101-en-005", lang="en", tpl="substackpub", site="The Hobb's Green Dispatch", notes=[],
     section="School run", date="2026-09-09", byline="Nell Farrington",
     title="The school run, week one: what I counted at the St Cuthwin's gate",
     sub="Thirty-one cars, four near misses and one lollipop man with the patience of a saint.",
     caption="Parked cars on Church Lane at 8.40am on Monday.", credit="Photo: Nell Farrington",
     carry=["carseatchecks"],
     body="""
Last week I did something I have been threatening to do since my eldest started at St Cuthwin's: I stood at the corner of Church Lane with a notebook and counted.

**Monday, 8.25 to 8.55am**

Thirty-one cars came down the lane in half an hour. Nineteen stopped on the zigzags or on the pavement. Four times a child stepped out between parked cars and a driver had to brake.

Forty-six children walked, eleven came on scooters or bikes, and three arrived on the back of a tractor, which I am told is normal in September.

**What the school says**

Head teacher Alun Pryce told me the school has written to parents every term for three years. "Most people are very good," he said. "It only takes five or six to make the lane dangerous."

The school wants the county council to close Church Lane to traffic for twenty minutes at each end of the day, a "school street", as already happens in two towns in the county. The council says it will look at the idea next spring.

**What parents say**

I asked a dozen. Most of the drivers said they would walk if the pavement along the Sallowby road were wider. Three said they would happily use a park-and-stride spot at the village hall.

And Ken Gilleard, our lollipop man for eleven years, said: "Tell them to slow down. That's all."

If you've got a view on the school street, reply to this newsletter and I'll print the best answers next week.
"""),

dict(id="h101-en-006", lang="en", tpl="astro", site="Tavish Watch",
     section="Rivers", date="2026-06-30", byline="Oona Blackthorn",
     title="After 38 years on the Tavish, the water bailiff hangs up his waders",
     sub="Gordon Ferriby on poachers, otters and the summer the river ran dry.",
     caption="Gordon Ferriby on the footbridge at Ickleford Down.", credit="Photo: Oona Blackthorn",
     tags=["river Tavish", "water bailiff"],
     body="""
Gordon Ferriby started patrolling the river Tavish for the old water authority in 1988. On Friday he walks his last beat, from the weir at Sallowby to the tidal gates below Marlowden. We met him on the footbridge at Ickleford Down.

**What does a water bailiff actually do?**

Mostly walking. I check fishing licences, look for pollution, watch for poachers and count fish on the spawning gravels in winter. And I talk to everyone, because everyone on a river sees something.

**Were there really poachers?**

Plenty, in the early years. Salmon were worth money and people used nets across the pools at night. I have been chased along this bank more than once. These days it is mostly someone without a licence who did not know he needed one.

**What has changed most on the river?**

The water is cleaner than when I started. The paper mill at Wetherstone closed, the sewage works were rebuilt, and the otters came back in about 2004. I cried the first time I saw one, and I am not ashamed to say it.

**And the worst moment?**

The summer of 2022. The river stopped flowing above the weir and we rescued fish from the pools with buckets for three weeks.

**So what now, Gordon?**

Fish, for once. I have had a licence for 38 years and used it about six times.

Gordon's leaving walk is open to anyone: meet at Sallowby weir at 10am on Saturday 4 July.
"""),

dict(id="h101-en-007", lang="en", tpl="wordpress",
     section="Community", date="2026-02-17", byline="Priyanka Solway",
     title="Marlowden library's wellbeing season takes on grief, sleep and loneliness",
     sub="Talks, reading groups and quiet mornings run at the library until Easter.",
     caption="The reading room at Marlowden library.", credit="Photo: Priyanka Solway",
     carry=["deathcafe"],
     body="""
Marlowden library is giving over its upstairs room to a season of talks, groups and quiet mornings about wellbeing, from how to sleep better to how to cope when someone dies.

The programme, which runs until Easter, was planned with the Tavish Valley Mind group, the hospice and a group of regular library users who said they wanted more than books.

"People come here when they are lonely, or after a diagnosis, or after a funeral," said librarian Cerys Wakelin. "They borrow a book about it and go home. We wanted to give them somewhere to talk, too."

The season includes a monthly conversation about death and dying, hosted by a volunteer from the hospice. It is not counselling, Cerys said, but a chance to talk openly over tea and home-made cookies.

Other sessions include a sleep workshop with a nurse from the GP surgery, a men's reading group, mindful colouring on Tuesday mornings and a "books on prescription" shelf chosen by local doctors.

Margaret Hulme, 81, who has been to two sessions, said she had talked more in the library in a fortnight than at home in a month. "My husband died in the autumn and the house is very quiet," she said. "Here, people listen."

All sessions are free, and most do not need booking. The full programme is on the noticeboard by the library's front desk and in the leaflet rack at the health centre.
"""),

dict(id="h101-en-008", lang="en", tpl="legacy-br", only=["correction"],
     section="Transport", date="2026-03-03", byline="Gethin Strand",
     title="Weight limit on Sallowby bridge to stay until autumn",
     sub="Lorries and buses face a twelve-mile detour while engineers design a repair.",
     caption="The sandstone bridge over the Tavish at Sallowby.", credit="Photo: Gethin Strand",
     correction="We have corrected this article: the new weight limit on Sallowby bridge is 18 tonnes, not 7.5 tonnes as we first wrote.",
     body="""
A weight limit on the 200-year-old bridge over the Tavish at Sallowby will stay in place until at least October, the county council has said.

The 18-tonne limit was brought in just before Christmas after an inspection found cracks in two of the bridge's three sandstone arches and water getting into the stonework.

It means heavy lorries, the village's school bus and the number 52 service to Marlowden must take a twelve-mile detour through Wetherstone.

Engineers are now designing a repair that will strengthen the arches from underneath without changing how the bridge looks. The bridge is listed, so the work needs the consent of the heritage body before it can start.

Farmers on the far side of the river say the detour is costing them time and money. Martin Coldwell, who keeps dairy cows at Lower Sallowby, said the milk tanker now takes forty minutes longer to reach him.

Parents are also unhappy. Since January, the school bus has stopped on the far side of the bridge, and children from the Ickleford side cross it on foot, with a teaching assistant walking with them.

County councillor Ruth Mayhew said the repair was "a priority" but could not be rushed. "The bridge has stood since 1826 and I want it to stand for another 200 years," she said.

Residents can see the engineers' report and ask questions at Sallowby village hall on Wednesday 11 March, from 4pm to 7pm.
"""),

dict(id="h101-en-009", lang="en", tpl="storybody", low=0,
     section="Community", date="2026-08-12", byline="Fenella Ashdown",
     title="Waiting list for Marlowden allotments passes 200 names",
     sub="The town council is looking for land for a new site on the edge of Hobb's Green.",
     caption="Plots at the Mill Meadow allotments.", credit="Photo: Fenella Ashdown",
     body="""
More than 200 people are now waiting for an allotment in Marlowden, and some have been on the list for six years, the town council has been told.

The council's three sites, at Mill Meadow, Quarry Lane and the old railway cutting, have 164 plots between them. Only nine changed hands last year.

Allotments officer Derek Pellow said demand had never fallen since the pandemic. "We used to have a waiting list of twenty or thirty, mostly retired men," he said. "Now it is young families, people in flats, students from the college."

The council has started splitting plots in half when they become free, and it has asked holders who no longer work their whole plot to share it.

It is also talking to the owner of a field on Bramble Lane, on the edge of Hobb's Green, about leasing it for a fourth site with around sixty plots, a water supply and a shed for shared tools.

Plot holder Asha Grimwood, who waited four years for hers at Mill Meadow, said it had been worth it. "I grow most of our vegetables from June to October," she said. "And I have met half the town."

The allotment society's photo competition, open to all plot holders, closes on 31 August. This year's theme is "the ugliest vegetable".

To join the waiting list, contact the town council on 01632 960 301.
"""),
]
