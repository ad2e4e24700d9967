# English stories for the seventy-seventh held-out part (h77-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h76_en.py (tpl: "beehiiv" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (defiblocator, parkrunresults,
# sandbagpoints), which are placed only on stories where a real site would print them.  On the beehiiv pages
# "caption" / "credit" belong to the post's thumbnail and "body_caption" to the image block further down the post.
ARTICLES = [
dict(id="h77-en-001", lang="en", tpl="beehiiv", site="The Saltings Letter", kind="indie",
     section="Community", date="2026-10-16", byline="Rosalind Ketteridge",
     title="Two hundred Saturdays on the sea wall",
     sub="Wrayholme's Saturday 5k reached its 200th run last weekend. We went along with a stopwatch and a flask.",
     caption="Runners setting off from the pumping station on the sea wall.", credit="Photo: Rosalind Ketteridge",
     body_caption="Tail walker Bernard Oduya, 81, crossing the finish funnel with the last runner.",
     carry=["parkrunresults"],
     look=[("italic", "\u201cI came for the bacon roll and stayed for four years.\u201d"), ("highlight", "On Saturday 312 people"),
           ("br", "The record is still 16 minutes 41 seconds"), ("bold", "Nobody has ever been blown into the marsh.")],
     body="""
Good morning, and welcome to this week's letter. If you were on the sea wall at nine o'clock last Saturday, you already know why this issue is a little late.

The Wrayholme 5k held its 200th run, four years after a dozen people first jogged out to the old pumping station and back.

On Saturday 312 people finished, the second-biggest field it has ever had. The youngest was seven and the oldest, a retired harbour pilot, is 84.

The course has not changed since the first week: out along the top of the wall with the marsh on your left, round a cone by the sluice gate, and back with the wind in your face.

The record is still 16 minutes 41 seconds, set in the second summer by a student home from Leeds.

It has never been beaten, and most weeks the winner is a good two minutes slower.

Run director Maggie Trounce says the numbers have grown every year, and that about a third of the regulars had never run before they turned up.

\u201cI came for the bacon roll and stayed for four years.\u201d

That was Dennis Caddy, 67, who now marshals at the sluice gate most weeks. The rolls are sold by the sea cadets from a trestle table by the car park, and have paid for a new minibus.

The run needs about 25 volunteers every week, for timing, marshalling, scanning barcodes and walking at the back. Ms Trounce says the hardest job to fill is the tail walker in January.

Nobody has ever been blown into the marsh.

Next Saturday's run starts at 9am as usual. It is free, and you can simply turn up.
"""),

dict(id="h77-en-002", lang="en", tpl="chunks", section="Health", date="2026-03-05", byline="Callum Fairweather",
     title="Phone-box defibrillator used twice in its first month",
     sub="The machine in Ashwell Green's old telephone kiosk has already helped save a cyclist's life.",
     caption="The defibrillator cabinet inside the kiosk on Ashwell Green.", credit="Photo: Callum Fairweather",
     carry=["defiblocator"],
     look=[("br", "He is now back at work.")],
     body="""
A defibrillator installed in a disused telephone box in Ashwell Green has been used twice in the four weeks since it went in, and the parish council says one of those uses saved a life.

The machine was bought for \u00a31,450 after a sponsored walk and a quiz night last autumn. It sits in a heated yellow cabinet where the telephone used to be.

On 11 February a cyclist collapsed outside the pub, 60 yards from the kiosk. A passer-by rang 999 and was given the code to open the cabinet while another started chest compressions.

The cyclist, a 58-year-old man from Kelby, was shocked once before the ambulance arrived and was taken to hospital.

He is now back at work.

The second use, a week later, was for an elderly woman at a house on Mill Row. She was taken to hospital but the parish council did not know how she was.

Parish councillor Anita Rowe said most people still did not realise how easy the machines were to use.

"It talks to you. It tells you what to do, and it will not shock anyone who does not need it," she said.

What to do if someone collapses:

- ring 999 and tell them where you are
- start chest compressions straight away
- ask someone to fetch the defibrillator
- follow the spoken instructions

The council is running a free one-hour session on using the machine in the village hall on 21 March at 7pm. There is no need to book.
"""),

dict(id="h77-en-003", lang="en", tpl="legacy-br", section="Weather", date="2026-01-14", byline="Morwenna Tilbrook",
     title="Sandbags handed out at three depots as the Ouse rises",
     sub="The district council has filled 6,000 bags ahead of high tides and more rain on Thursday.",
     caption="Council staff loading sandbags at the Fenway depot.", credit="Photo: Morwenna Tilbrook",
     carry=["sandbagpoints"],
     body="""
Sandbags are being handed out from three council depots in Wrayholme and the villages along the river, after the Environment Agency issued a flood warning for the tidal stretch of the Ouse.

High tides on Thursday and Friday are expected to coincide with heavy rain inland, and water is already lapping the top of the flood wall at Chandler's Quay.

The district council said it had filled about 6,000 bags since Monday, with the help of prisoners from the open prison at Hollins Fen and volunteers from two rugby clubs.

## Who can have them

Bags are for householders whose homes are at risk of flooding. Businesses are being asked to buy their own from builders' merchants, several of which have sold out.

Council leader Peter Blanchflower said staff would deliver to people who could not collect, if they rang the council's emergency line.

"We would rather people had them and did not need them," he said.

## Lessons from 2013

The last time the river came over the quay, in December 2013, about 140 homes were flooded. Many residents say the bags arrived too late.

This time the council has stored bags at the depots since November.

Residents who have flood boards are being asked to fit them on Wednesday evening, and to move cars away from the quay car park by Thursday morning.

The next high tide is due at 6.42am on Thursday.
"""),

dict(id="h77-en-004", lang="en", tpl="portal", section="People", date="2026-05-27", byline="Tamsin Greaves",
     title="Thirty-one years at the helm: Wrayholme's lifeboat coxswain comes ashore",
     sub="Jack Penwarden has been called out more than 900 times. He took the boat out for the last time on Sunday.",
     caption="Jack Penwarden on the slipway of the Wrayholme lifeboat station.", credit="Photo: Tamsin Greaves",
     low=0,
     body="""
Jack Penwarden joined the Wrayholme lifeboat crew at 19 and has been its coxswain since 1995. On Sunday he handed over the helm to his deputy. We met him in the boathouse.

**Do you remember your first shout?**

A yacht on the sandbanks in a south-westerly. I was sick twice before we got there and once on the way back. Nobody let me forget it.

**Your worst night at sea?**

February 2002. A fishing boat with three men on board, in a gale, in the dark. We got two of them. I still think about the third one most weeks.

**And the best shout?**

A boy of ten who had drifted out on an inflatable crocodile. His mother hugged me so hard she cracked one of my ribs.

**What has changed since 1995?**

Everything except the sea. When I started we had a boat with no cabin and a radio that worked when it felt like it. Now we have satellite navigation and heated seats.

**Will you miss the boat?**

The pager, no. The people, yes. I have been to the weddings of half the crew.

**What now?**

My wife has a list. It is quite a long list.

Mr Penwarden will stay on the station's fundraising committee. His successor, Kerensa Hole, is the first woman to be coxswain at Wrayholme.
"""),

dict(id="h77-en-005", lang="en", tpl="magazine", section="Features", date="2026-09-02", byline="Oliver Brimblecombe",
     title="A thousand kettles later, the repair caf\u00e9 is still fixing things",
     sub="Every second Saturday, a church hall in Saltcote fills with broken toasters and the people who mend them.",
     caption="Volunteer Stan Hebditch takes apart a vacuum cleaner at the repair caf\u00e9.", credit="Photo: Oliver Brimblecombe",
     carry=["calendar"],
     pull="Most things are not broken, they are just dirty",
     look=[("dropcap", "The repair caf\u00e9 at St Michael's"), ("box", "Last year the caf\u00e9 kept")],
     body="""
The repair caf\u00e9 at St Michael's church hall in Saltcote logged its thousandth repair last month: a 1970s electric kettle that belonged to a retired dinner lady's mother.

It took 40 minutes, a new fuse and a lot of tutting.

The caf\u00e9 opened five years ago with three volunteers and a borrowed soldering iron. It now has 22 fixers, among them two retired electricians, a bike mechanic, a dressmaker and a former lecturer in computing.

Visitors bring broken things, sit next to the fixer and watch. The idea is that they learn how to do it themselves next time.

"Most things are not broken, they are just dirty," said Stan Hebditch, 74, who spent 40 years repairing televisions. "Half of what I do is take the fluff out."

## What comes in

Lamps and toasters are the most common, followed by clothes, bikes and vacuum cleaners. The oddest item so far was a singing fish that had stopped singing. It sings again.

About seven in ten items go home working.

Last year the caf\u00e9 kept an estimated four tonnes of electrical goods out of the tip, according to figures collected by the county's waste team.

There is no charge, but there is a donations jar and a very good lemon drizzle cake.

Organiser Priya Allanby said the biggest problem was finding spare parts for newer appliances, which are often glued shut.

The next repair caf\u00e9 is on Saturday 12 September, from 10am to 1pm. Bring the thing, and the plug if it has one.
"""),

dict(id="h77-en-006", lang="en", tpl="gutenberg", section="Sport", date="2026-04-22", byline="Declan Ashworth",
     title="Junior Sunday run starts on the rec with 94 children",
     sub="Saltcote's free 2k for four to 14-year-olds held its first event on Sunday morning.",
     caption="Children at the start of the first junior run on Saltcote recreation ground.", credit="Photo: Declan Ashworth",
     carry=["parkrunresults"],
     look=[("dropcap", "Ninety-four children"), ("box", "Children under 11 must")],
     body="""
Ninety-four children ran, jogged or walked the first junior 2k on Saltcote recreation ground on Sunday, along with a spaniel that nobody admitted owning.

The free weekly event, for four to 14-year-olds, is run entirely by volunteers, most of them parents. It goes twice round the edge of the rec, past the skate park and the bowls green.

The fastest finisher was an 11-year-old girl from Saltcote Primary in eight minutes 52 seconds. The slowest, a four-year-old who stopped to look at a worm, took 31 minutes.

Event director Leanne Mabey, whose two sons run, said she had hoped for 40.

"We ran out of finish tokens and had to write numbers on lollipop sticks," she said.

Children under 11 must be with an adult within arm's reach for the whole course, which means that a lot of parents ran too.

The town council has paid for new marker posts and is mowing a wider path. The Saltcote Running Club has lent its timing gear.

Children who complete 11 runs get a half-marathon wristband, and one for every 21 after that, up to the ultra-marathon band at 100.

Volunteers are needed every Sunday. The run starts at 9am from the pavilion, and parents can sign up for a role on the day.
"""),

dict(id="h77-en-007", lang="en", tpl="cms", section="Council", date="2026-11-18", byline="Harriet Pengelly",
     title="Harbour wall repair bill rises to \u00a32.4m",
     sub="Storm damage found during the work has added almost a million pounds to the cost.",
     caption="Scaffolding on the outer harbour wall at Wrayholme.", credit="Photo: Harriet Pengelly",
     only=["correction"],
     correction="Correction, 19 November: an earlier version of this story said the harbour wall was built in 1858. It was completed in 1862. The story also gave the wrong name for the contractor's site manager.",
     body="""
The cost of repairing Wrayholme's outer harbour wall has risen to \u00a32.4m, almost a million pounds more than the harbour board expected when the work began in the spring.

Divers found that two large sections at the foot of the wall had been undermined by the sea, leaving cavities up to three metres deep behind the stone face.

The harbour board said the damage could not have been seen before the scaffolding went up and the old render was stripped away.

The wall was completed in 1862 and is listed. Every stone that is taken out has to be numbered and put back in the same place.

Harbour master Colin Vosper said the board had considered leaving the worst section and fencing it off, but ruled it out.

"If that wall goes, the inner harbour goes with it, and so do 40 boats," he said.

The extra money will come from the board's reserves and from a loan. Mooring fees will rise by six per cent from April, the first rise in three years.

Fishermen said they understood why, but some said the increase would be hard to absorb after a poor season.

The work is now due to finish at the end of next March, four months late. The harbour's slipway will stay open throughout, but the outer steps will be closed until the scaffolding comes down.
"""),

dict(id="h77-en-008", lang="en", tpl="quintype", section="Transport", date="2026-06-09", byline="Eleanor Fairclough",
     title="Foot ferry returns to the estuary after six years",
     sub="The crossing between Saltcote and Horsey Point will run every half hour from Saturday.",
     caption="The new ferry at the Saltcote pontoon.", credit="Photo: Eleanor Fairclough",
     carry=["map"],
     look=[("highlight", "Saltcote and Horsey Point are")],
     body="""
A foot ferry across the estuary will start running again on Saturday, six years after the last operator gave up.

Saltcote and Horsey Point are 400 metres apart across the water but 19 miles apart by road, round the head of the estuary.

The new service is run by a community company set up by residents on both sides, which raised \u00a3180,000 from shares, grants and a crowdfunder to buy a second-hand boat from Devon.

**Half-hourly, all summer**

The ferry will run every half hour from 7am to 7pm, seven days a week between April and October, and on weekdays only in winter. It carries 12 passengers and up to four bikes.

A single crossing costs \u00a33, or \u00a31.50 for children. Dogs travel free.

**Who will use it**

The company expects most passengers to be walkers on the coast path, which has had a 19-mile gap in it since the old ferry stopped.

But it hopes commuters will use it too. About 200 people from Horsey Point work at the boatyards and the hospital in Saltcote.

Skipper Ruth Gammage, one of three paid crew, said the first trial crossings had gone well.

"We had a seal follow us the whole way on Tuesday," she said.

Season tickets are on sale at the Saltcote harbour office. Passengers can also sign up for text alerts if a crossing is cancelled because of the weather.
"""),

dict(id="h77-en-009", lang="en", tpl="regional", section="Community", date="2026-02-18", byline="Neil Ashbridge",
     title="Allotment waiting list halved after plots are split in two",
     sub="Saltcote's allotment society has cut the wait for a plot from four years to about two.",
     caption="Plot holders on the Marsh Lane allotments.", credit="Photo: Neil Ashbridge",
     body="""
The waiting list for an allotment in Saltcote has been cut in half, after the town's allotment society agreed to split its full-size plots in two.

There were 112 people on the list at the start of last year, and some had been waiting since 2021. There are now 54.

The society has 86 plots on two sites, at Marsh Lane and behind the cemetery. Under the new rules, anyone taking on a plot will get a half plot of five rods, unless they can show they have managed a full one before.

Society secretary Gwen Carrow said most new tenants found a full plot too much.

"People come in with big plans in March and by July it is a jungle and they have not been back since Easter," she said.

The society has also:

- put in four raised beds for people who cannot kneel
- built a second water trough at the cemetery site
- started a seed swap in the Marsh Lane hut on the first Sunday of each month
- agreed that children can have a bed of their own

Half plots cost \u00a324 a year and full plots \u00a345. Rents have not gone up for three years.

Not everyone is happy. Some longstanding tenants say the change will make it harder to grow potatoes and onions in any quantity.

Anyone who wants to join the waiting list can contact Mrs Carrow through the town council office on Quay Street, which is open on weekday mornings.
"""),
]
