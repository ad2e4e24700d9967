# English stories for the ninety-third held-out part (h93-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h92_en.py (tpl: "strikingly" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in), plus what some earlier layouts
# need: "times" (the live blog's entry times, one per subheading), "watch" (the broadcaster's video caption and its
# "watch" link) and "standfirst" (substack, chunks; defaults to "sub").  "carry" names the residue families a page
# must carry, among them the three families new in this part (carclub, dogfouling, batteryrecycling), which are
# placed only on stories where a real site would print them; "run_in" names a carried family whose link the editor
# typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h93-en-001", lang="en", tpl="strikingly", site="Bramwick Green Residents' Association", kind="small",
     section="Estate news", date="2026-03-09", byline="Carol Hebden",
     title="Car club bays arrive on Bramwick Green as the parking row rumbles on",
     sub="Two electric hatchbacks can now be booked by the hour on Linnet Way. Not everyone thinks they will help.",
     caption="The two new car club bays on Linnet Way.", credit="Photo: Carol Hebden",
     carry=["carclub"],
     look=[("bold", "Two cars for 412 homes."), ("italic", "\u201cI\u2019ve got two kids and a dog."),
           ("br", "Margaret Quist, who sold her own car")],
     body="""
When the first families moved into Bramwick Green three years ago, the developer's brochure promised \u201cstreets designed around people, not cars\u201d. Anyone who has tried to park on Fenwick Crescent after six in the evening knows how that turned out.

This month the estate got part of an answer: two car club bays on Linnet Way, each with a small electric hatchback that members can book by the hour from an app or by phone.

Two cars for 412 homes.

The bays were written into the planning agreement in 2021, and this association has asked for them at every meeting since the first phase was finished. Corvington council's transport officer, Lena Ashdown, told our February meeting that Linnet Way was chosen because it is within a five-minute walk of almost every front door on the estate.

Not everyone is convinced. Several residents said the real problem is the number of works vans left overnight on the spine road, and that two cars will not change anybody's habits.

\u201cI\u2019ve got two kids and a dog. I\u2019m not booking a hatchback by the hour to do the big shop,\u201d said one father from Heron Close.

Others were more hopeful.

Margaret Quist, who sold her own car last year, has already used the club twice to visit her sister in Haverleigh. \u201cIt cost me less than a taxi, and I didn\u2019t have to think about insurance or a parking permit.\u201d

The association will ask the council in the spring to publish how often the bays are booked. If the numbers are good, the planning agreement allows for two more bays on the second phase, next to the new primary school.

Our next committee meeting is on Tuesday 14 April at 7.30pm in the community room above the Bramwick Green pharmacy. Everyone who lives on the estate is welcome.
"""),

dict(id="h93-en-002", lang="en", tpl="broadcaster",
     section="Corvington", date="2026-02-17", byline="Owen Tarrant",
     title="Eddlesford level crossing to close for six weeks while its barriers are replaced",
     sub="Drivers face a nine-mile diversion and two bus routes will change from 2 March.",
     caption="The level crossing on Station Road, Eddlesford.", credit="Picture: Owen Tarrant",
     watch=("How the new barriers at Eddlesford will work", "Eddlesford residents brace for six weeks of diversions"),
     body="""
The level crossing in the middle of Eddlesford will close to traffic for six weeks from Monday 2 March while its half-barriers are replaced with full barriers and obstacle-detection radar.

Network Rail says the crossing, on the line between Corvington and the coast, is one of the busiest of its kind in the county, with about 4,800 vehicles and 90 trains a day.

**What changes for drivers**

Follow the yellow diversion signs, the company says. Traffic heading north will be sent along the B4117 through Haverleigh, a detour of about nine miles. Pedestrians and cyclists will be able to cross on a temporary footbridge, which will be staffed at night.

**Buses and the school run**

The 22 and 22A will stop at the crossing from both sides, and passengers will be asked to walk over the footbridge to a connecting bus. Westmarsh County Council says pupils at Eddlesford Primary who live north of the line will be offered a minibus.

\u201cSix weeks is a long time for a village this size,\u201d said parish council chairman Rob Kinsella. \u201cBut most people here have had a near miss on that crossing. Nobody is arguing that it shouldn't be done.\u201d

Two drivers have been prosecuted in the past three years for weaving around the lowered half-barriers. In 2023 a car was clipped by a train after it stopped on the tracks in queuing traffic; its driver escaped with cuts.

The new barriers close the whole road on both sides and will not lift until the radar has confirmed that nothing is left on the crossing.

**When it reopens**

Network Rail expects the crossing to reopen on the morning of Monday 13 April.

A drop-in session with the engineers will be held at Eddlesford village hall on Thursday 26 February from 3pm to 7pm.
"""),

dict(id="h93-en-003", lang="en", tpl="squarespace",
     section="People", date="2026-04-02", byline="Hannah Coverdale",
     title="\u201cThe dogs haven\u2019t changed, the owners have\u201d: Corvington\u2019s park keeper on 31 years in Lathe Park",
     sub="Dennis Oyelaran hangs up his keys on Friday. We asked him about bandstands, bonfires and what people leave behind.",
     caption="Dennis Oyelaran by the bandstand in Lathe Park.", credit="Photograph: Hannah Coverdale",
     carry=["dogfouling"],
     look=[("highlight", "Dennis Oyelaran started work in Lathe Park")],
     body="""
Dennis Oyelaran started work in Lathe Park in the spring of 1995 with a wheelbarrow, a rake and a set of keys to the bandstand. On Friday he hands the keys back. We met him by the duck pond.

**How did you end up in Lathe Park?**

I answered an advert in the paper. I'd been working in a warehouse and I wanted to be outside. I thought I'd stay a year.

**What has changed most in thirty-one years?**

The number of people. On a sunny Sunday now you can hardly see the grass. When I started you'd get a few families and the old men playing bowls. It's a good change. A park is supposed to be used.

**And the dogs?**

The dogs haven't changed. The owners have, mostly for the better. Twenty years ago I was picking up a bucketful every morning by the children's play area. Now it's a handful, and it's the same few people every time. We know who they are.

**Anything you won't miss about the job?**

Bonfire night. Every year somebody tries to set fire to the bandstand, and every year I sit up in my van until two in the morning to stop them.

**Your best day in the park?**

The day the bandstand reopened after the restoration in 2012. There was a brass band from Haverleigh, and someone sent me a photo of my grandson dancing on the steps. It's still on my fridge.

**And once the keys are handed back?**

My wife has a list. I've told her I'll do the garden, but not before June.

Dennis's leaving party is at the Lathe Park caf\u00e9 on Friday from 4pm, and anyone who knows him is invited.
"""),

dict(id="h93-en-004", lang="en", tpl="liveblog",
     section="Corvington", date="2026-05-06", byline="Jess Pemberton",
     title="Live: fire at Sallowfield waste transfer station \u2013 roads closed and residents told to keep windows shut",
     sub="Eight fire crews are tackling a blaze in the tipping hall on Moor Lane.",
     caption="Smoke rising from the waste transfer station on Moor Lane.", credit="Picture: reader Tom Askew",
     times=["06:52", "07:30", "08:15", "09:40", "11:05"],
     carry=["batteryrecycling"],
     body="""
## Smoke seen across the Lathe valley

Firefighters were called at 6.20am to the waste transfer station on Moor Lane, Sallowfield, after a pile of household rubbish caught fire in the tipping hall. A tall column of black smoke could be seen from Corvington town centre.

## Roads closed around the site

Police have closed Moor Lane between the Sallowfield roundabout and Pit Farm. The 41 bus is being diverted along the bypass and will not stop in Sallowfield village this morning.

## Residents told to keep windows and doors shut

Westmarsh Fire and Rescue is asking people in Sallowfield, Bramwick Green and the north side of Haverleigh to keep windows and doors closed while the smoke clears.

Eight crews and an aerial platform are at the scene. Nobody has been hurt.

## Fire service: blaze \u201cmost likely started with a battery\u201d

Group manager Carl Edevane said the fire appeared to have started in a load tipped from a bin lorry shortly after six. \u201cWe find a lithium battery at the seat of these fires again and again: vapes, toothbrushes, toys with a battery inside. When a lorry compacts them, they can burst into flames.\u201d

It is the third fire at the site in eighteen months.

## Council asks people to keep batteries out of their bins

Westmarsh County Council says the tipping hall will stay closed for the rest of the day, and bin collections in Sallowfield may run a day late. Its waste manager, Nadia Fairlie, asked householders to take batteries and small electricals to a drop-off point instead of the black bin.

Moor Lane is expected to reopen by early afternoon. We will update this page when it does.
"""),

dict(id="h93-en-005", lang="en", tpl="weebly", site="Sallowfield Allotment Society", kind="small",
     section="Society news", date="2026-06-20", byline="Pat Greenhalgh",
     title="Sallowfield allotments get their own borehole after two dry summers",
     sub="A solar pump now fills two tanks by the main gate on Pit Farm Lane.",
     caption="Members watching the first water come up from the new borehole.", credit="Photo: Pat Greenhalgh",
     body="""
Cookies, cakes and a very long raffle raised the first \u00a3300. Two years, three grant applications and one committee meeting that went on until half past ten later, the Sallowfield allotments have water again.

The society's 64 plots on Pit Farm Lane had relied on a standpipe from the mains since the 1970s. During the hosepipe bans of the last two summers it was switched off for weeks at a time, and several members lost whole crops of beans and courgettes.

In March a drilling team from Corvington went down 38 metres and found water at the first attempt. A solar pump now fills two tanks by the main gate.

What the grant and the raffle paid for:

- The drilling and lining of the borehole
- A solar panel and pump on a steel frame
- Two 5,000-litre tanks and the pipework to eight taps around the site
- A water test, which the borehole passed in May

The total came to \u00a314,600. Most of it was a grant from the Westmarsh Community Fund, with \u00a32,100 from the parish council and the rest from members.

\u201cFor the first time in years nobody is carrying cans from home,\u201d said plot holder Ruth Akande.

The society thanks everyone who baked, bought raffle tickets or dug trenches. The newsletter will carry a rota for checking the tanks in July.

There are four plots free at the moment. Anyone interested can visit on a Saturday morning between 9am and noon, when the shed is open.
"""),

dict(id="h93-en-006", lang="en", tpl="medium",
     section="Transport", date="2026-03-24", byline="Imogen Thrale",
     title="Forty parking spaces in Corvington town centre to become car club bays and cycle racks",
     sub="The council says the change will free up the Market Place. Traders say it will empty their tills.",
     caption="Parked cars on Sheep Street, Corvington, on a Saturday morning.", credit="Photo by Imogen Thrale",
     carry=["carclub"],
     body="""
Corvington council will remove 40 of the 112 parking spaces in the town centre this summer, replacing them with six car club bays, covered cycle racks and wider pavements along Sheep Street.

The plan, approved by the council's environment committee on Monday by five votes to three, is the biggest change to parking in the town since the multi-storey on Bridge Street opened in 1988.

## Why the council wants the change

Officers say the spaces on Sheep Street and the Market Place are full for only about two hours a week, on Saturday mornings, and that the multi-storey is rarely more than 60 per cent full. The six car club vehicles will be available to anyone who joins, and two of them will be vans.

\u201cWe are not taking parking away from the town, we're moving it 200 metres,\u201d said committee chair Anita Delacourt.

## What traders say

The Corvington Traders' Association collected 1,900 signatures against the plan. Its chairman, butcher Graham Sowerby, said many of his older customers would not walk from the multi-storey.

\u201cPeople pop in for a pork pie. They don't pop in from a car park three streets away.\u201d

## What happens on Sheep Street next

Work is due to start in July and take about ten weeks. The council has promised to keep four disabled bays on the Market Place and to add two more on Sheep Street.

The consultation on the final design is open until 30 April, and residents can share their views at the library or on the council's website.
"""),

dict(id="h93-en-007", lang="en", tpl="wordpress",
     section="Community", date="2026-01-29", byline="Sunil Mistry",
     title="Haverleigh library starts lending drills, sewing machines and a telescope",
     sub="Seventy items go on loan in the old local-history room from next week.",
     caption="Volunteers sorting tools in Haverleigh library's new lending room.", credit="Photo: Sunil Mistry",
     look=[("dropcap", "From next week, members of Haverleigh library"), ("box", "Every item has been checked by an electrician")],
     body="""
From next week, members of Haverleigh library will be able to borrow a hedge trimmer as easily as a paperback. The library on Church Walk is opening a \u201clibrary of things\u201d in its old local-history room, with 70 items to start with.

The idea came from the volunteers who run the town's repair caf\u00e9. Many of the things people bring in to be fixed, they noticed, had been bought for a single job and then left in a cupboard.

Among the first items on loan:

- A cordless drill and a box of bits
- Two sewing machines, one of them an old electric Singer
- A carpet cleaner and a pressure washer
- Camping stoves and a four-person tent
- A telescope given by the Corvington Astronomical Society

Items can be borrowed for up to a week, for a small fee that goes towards repairs. Members need to show a library card and proof of address.

Every item has been checked by an electrician and comes with its instructions in a plastic wallet. Anything that comes back broken goes to the repair caf\u00e9 first.

\u201cPeople are surprised by how much they've got in the shed that they've used once,\u201d said volunteer coordinator Fran Ellery. \u201cMost of us own a drill that has done less than a quarter of an hour's work.\u201d

Library manager Dominic Haigh said the library would add whatever members ask for. Suggestions so far include a wallpaper steamer, a sausage maker and a ladder long enough for the church hall gutters.

Members can reserve items in person or by phone. The library is open Tuesday to Saturday from 9.30am to 5pm.
"""),

dict(id="h93-en-008", lang="en", tpl="ghost",
     section="Village life", date="2026-02-09", byline="Ruth Penhallow",
     title="Eddlesford bell ringers complete their first full peal in sixty years",
     sub="Six ringers, 5,040 changes and not one stop: St Oswald's tower makes village history.",
     caption="The band of ringers in the tower of St Oswald's, Eddlesford.", credit="Photo: Ruth Penhallow",
     only=["correction"],
     correction="Correction: an earlier version of this story said the peal lasted two hours and 48 minutes. It lasted three hours and four minutes.",
     look=[("callout", "The ringers learn on a bell with a silenced clapper")],
     body="""
For three hours and four minutes on Saturday afternoon, the six bells of St Oswald's in Eddlesford rang without a pause, and the village stopped to listen.

It was the first full peal rung by a band from the village since 1966: 5,040 changes, with no sequence repeated and no mistake bad enough to stop.

Tower captain Joan Ashworth, who is 74, rang the treble. The youngest of the band, 15-year-old Kit Mallory, rang the fourth. He learned to ring two years ago, when the tower put a notice in the parish magazine asking for new ringers.

\u201cBy the last half hour my arms had gone and my brain had gone, but I wasn't going to be the one who stopped it,\u201d he said.

The band has been practising for the peal since September. Two of its members travelled from Corvington every Wednesday.

The ringers learn on a bell with a silenced clapper, so the village doesn't have to hear every mistake. Practice is on Wednesdays from 7.30pm, and beginners are welcome from the age of eleven.

A board recording the peal will be painted and hung in the ringing chamber, next to the one from 1966.

The village gave its verdict in the best possible way: a tray of flapjacks left at the foot of the tower steps.
"""),

dict(id="h93-en-009", lang="en", tpl="legacy-br",
     section="News", date="2026-04-16", byline="Barry Lyle",
     title="Sallowfield swimmer, 89, clocks up 1,000 lengths for the hospice",
     sub="Vera Dunning learned to swim at 62. Now she is raising money for the nurses who cared for her husband.",
     caption="Vera Dunning after her thousandth length at Corvington Leisure Centre.", credit="Picture: Barry Lyle",
     low=0,
     body="""
Vera Dunning learned to swim at 62, in the same pool where on Saturday she finished her thousandth length of the year for the Lathe Valley Hospice.

The 89-year-old from Sallowfield has swum 25 lengths at Corvington Leisure Centre every Tuesday and Saturday morning since January. Her total so far stands at \u00a33,870.

\u201cMy husband was cared for at the hospice in his last weeks. I promised the nurses I'd do something for them, and I can't run,\u201d she said.

Staff at the pool formed a guard of honour for the last length, and the lifeguards held up numbered cards as she touched the wall.

She swims breaststroke, with her head up, and she does not wear goggles.

Her daughter, Linda Morrell, said the family had stopped trying to talk her out of it. \u201cShe tells us it's the best two hours of her week. Who are we to argue?\u201d

Vera has no plans to stop. Her next target is 1,500 lengths by Christmas.

Donations can be left at the reception desk of the leisure centre or at the hospice shop on Corvington High Street, which is open every day except Sunday.
"""),
]
