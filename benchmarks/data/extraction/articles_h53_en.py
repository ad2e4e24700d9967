# English stories for the fifty-third held-out part (h53-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h52_en.py (tpl: "modx" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (roadworks, pollen, broadband), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h53-en-001", lang="en", tpl="modx", site="Wyvern Vale Today",
     section="Getting about the Vale", date="2026-09-14", byline="Tamsin Rudge",
     title="Buses diverted for ten weeks as Ashby Ferry bridge shuts for repairs",
     sub="The 1887 bridge over the Leme closes to traffic on Monday so that its corroded bearings can be replaced.",
     caption="The Ashby Ferry bridge over the River Leme, seen from the towpath.", credit="Photo: Tamsin Rudge",
     carry=["roadworks"],
     look=[("dropcap", "The only road bridge over the Leme"), ("factbox", "How the buses will run")],
     body="""
The only road bridge over the Leme between Crossford and the sea will close to traffic on Monday for ten weeks, and three bus routes will be diverted for the whole of that time.

Engineers found last winter that the steel bearings under the Ashby Ferry bridge, which carry the weight of the deck on to its stone piers, had rusted so badly that some had stopped moving. The county council says the bridge is safe for now but will not stay that way without the work.

The repairs will cost £2.3 million. The deck will be lifted a few centimetres by hydraulic jacks while the old bearings are cut out and new ones fitted, one pier at a time.

## How the buses will run

- Route 14 will cross the river at Crossford, adding about twenty minutes to each journey
- Route 14A will not run; passengers are asked to use the 14 instead
- Route 62 will terminate on the south bank at the Ferry Inn stop, with a minibus shuttle across the footbridge every half hour

Drivers face a detour of about nine miles. Lorries over 7.5 tonnes will be sent along the A409 instead.

Cabinet member for highways Declan Mayhew said the council had chosen the autumn to avoid the summer holidays and the worst of the winter floods. "There is never a good time to shut a bridge. This is the least bad one," he said.

Hayley Brandon, who runs a florist's shop next to the bridge, said she was worried about her trade. "Half my customers come across from the other side. I'm asking them to walk over," she said.

The footway across the bridge will stay open for people on foot and pushing bikes, except on two weekends in October. Printed timetables for the diverted routes are available from the travel shop in Market Square, open 9am to 5pm on weekdays.
"""),

dict(id="h53-en-002", lang="en", tpl="cms", section="Health", date="2026-05-12", byline="Rhiannon Capel",
     title="Grass pollen season arrives early and heavy, say university counters",
     sub="A warm, wet April means hay fever sufferers can expect a long season, according to the monitoring station at Caldmoor University.",
     caption="The pollen trap on the roof of the science block at Caldmoor University.", credit="Photo: Rhiannon Capel",
     carry=["pollen"], section_tag=True,
     look=[("highlight", "The first day of high grass pollen")],
     body="""
Hay fever sufferers in the county are in for a long summer, according to the researchers who count the pollen grains that blow on to the roof of Caldmoor University's science block.

The first day of high grass pollen came on 6 May this year, more than two weeks earlier than the average of the last twenty years. The monitoring station recorded 94 grains per cubic metre of air on Sunday afternoon, a figure it does not usually see before June.

## Why so early?

Dr Imogen Fairweather, who runs the station, said the weather was to blame. A mild winter was followed by the wettest April for a decade and then a run of warm days.

"The grass has grown like mad, and now it is all flowering at once. If the sunshine holds, we expect several very high days before the end of the month," she said.

Grass pollen affects about one in five people in Britain. Birch pollen, which troubles a smaller number, peaked in April and is now falling.

## What helps

Pharmacists in Caldmoor say sales of antihistamines are already up by about forty per cent on last year. Rashida Okafor, who runs a pharmacy on Union Street, said many people waited too long.

"The tablets work much better if you start them before your symptoms get bad. I'd say start now, and see your GP if nothing you buy over the counter helps," she said.

She also suggested showering and changing clothes after spending time outdoors, and keeping bedroom windows shut in the early evening, when counts are often at their highest.

The station publishes its daily count on the university website at 10am.
"""),

dict(id="h53-en-003", lang="en", tpl="legacy-br", section="Villages", date="2026-02-23", byline="Gideon Ashworth",
     title="Nether Coldwell digs its own trench to get full fibre",
     sub="Volunteers in a village stuck on three megabits spent eleven weekends laying ducting across farmland.",
     caption="Volunteers laying ducting along the edge of Long Acre field.", credit="Photo: Gideon Ashworth",
     carry=["broadband"],
     look=[("bold", "\"We did it with spades.\""), ("italic", "Parish council chairman Roy Tillotson")],
     body="""
For years Nether Coldwell had some of the slowest broadband in the county. On a good evening the 43 homes in the village could download at three megabits a second. On a bad one, not at all.

This month every one of them can order a connection a hundred times faster, because the villagers dug the trench themselves.

"We did it with spades."

The work was organised by a community group that signed up with a small internet provider under a scheme in which residents lay the ducting and the company blows the fibre through it. Farmer Ken Aldred let them cross two of his fields, and lent a mini digger on the condition that only he drove it.

Over eleven weekends last autumn, about thirty volunteers laid 2.3 kilometres of duct from the cabinet on the Holbrook road to the village green. The youngest was fourteen; the oldest, a retired surveyor of 81, marked out the route.

Parish council chairman Roy Tillotson said the village had been told for a decade that it was too small and too far out for anyone to bother. "In the end it was quicker to pick up a shovel than to keep writing letters," he said.

Those who work from home have noticed the biggest difference. Graphic designer Leah Moffatt said she used to drive to a cafe in Holbrook to send large files to clients.

The provider charges £32 a month for the basic package. About thirty households have signed up so far.

Anyone in a neighbouring village thinking of doing the same can contact the group through the parish clerk on 01632 960 418.
"""),

dict(id="h53-en-004", lang="en", tpl="portal", section="Community", date="2026-04-08", byline="Martha Pennick",
     title="Repair café mends its thousandth broken thing",
     sub="Volunteers at Saltwick's monthly repair café have fixed lamps, toasters, bikes and a 1950s sewing machine since 2022.",
     caption="Volunteer Derek Hume mends a table lamp at the repair café.", credit="Photo: Martha Pennick",
     only=["correction"],
     correction="Correction: an earlier version of this report said the repair café meets on the last Saturday of the month. It meets on the first Saturday.",
     body="""
Cookies, tea and a soldering iron: that is the recipe at Saltwick's repair café, which fixed its thousandth broken item on Saturday.

The milestone was a bedside radio brought in by Glenys Arbuthnot, 79, who was given it by her late husband. A loose wire was soldered back in about ten minutes. "It was playing the shipping forecast before I'd finished my tea," she said.

The café was started in 2022 by a group of retired engineers and a seamstress, and meets on the first Saturday of every month in the Methodist hall on Quay Street. Anyone can bring something that has stopped working. The fixing is free, though most people leave a donation.

Volunteers keep a record of everything that comes through the door. Lamps are the most common, followed by toasters, trousers with broken zips and bicycles. The strangest, they say, was a singing fish.

About four in five items leave in working order. Those that cannot be mended are taken apart for spare parts.

Organiser Derek Hume, a former electrician, said the point was as much to teach as to repair. "We ask people to sit with us while we do it. Half of them go away able to fix it themselves next time," he said.

The café is looking for someone who can repair clocks and watches.

The next session is on Saturday 2 May from 10am to 1pm.
"""),

dict(id="h53-en-005", lang="en", tpl="regional", section="Environment", date="2026-06-02", byline="Owen Treharne",
     title="\"Longer grass is not us being lazy\": the parks manager explains",
     sub="Kettleby council has stopped mowing a third of its verges and parks. Some residents love it; hay fever sufferers are less sure.",
     caption="Long grass and ox-eye daisies on the verge of Priory Road.", credit="Photo: Owen Treharne",
     carry=["pollen"],
     look=[("italic", "Since April, about a third")],
     body="""
Since April, about a third of the grass in Kettleby's parks and road verges has been left to grow. The council says it is helping wildlife and saving money. We asked parks manager Sunita Rowe what is going on.

**Why have you stopped mowing?**

We haven't stopped. We now cut the main paths, sports pitches and picnic areas every fortnight, as before. The rest we cut twice a year, in late summer and autumn, and take the cuttings away.

**What difference does it make?**

A big one for insects. Last summer volunteers counted 41 kinds of wild flower on the Priory Road verge, where two years ago there were six. We have had bee orchids come up in the cemetery.

**People with hay fever have complained. Have they got a point?**

I understand why they worry. But grass that is cut often still flowers, just lower down. The experts we asked told us that leaving some areas long makes very little difference to the amount of pollen in the air across a town.

**Does it save money?**

About £38,000 a year on fuel and staff time. That money now goes on planting trees.

**What about people who think it looks untidy?**

We mow a strip along the edge of every long area so that it looks deliberate. And we put up signs. Once people know why, most of them like it.

**Will it spread?**

Next year we want to try it on three school playing fields, in the parts the children don't use.

Residents can report overgrown paths or sightlines blocked at junctions to the council's parks team, who say they will cut them within five working days.
"""),

dict(id="h53-en-006", lang="en", tpl="magazine", section="People", date="2026-03-19", byline="Beatrice Yallop",
     title="At 84, Ivy Marchbank still delivers the parish magazine on foot",
     sub="For fifty-one years she has walked the lanes of Upper Tansley with a bag of magazines every month. She has no plans to stop.",
     caption="Ivy Marchbank sets off on her round from the lychgate of St Botolph's.", credit="Photo: Beatrice Yallop",
     pull="People think I'm doing them a favour. It's the other way round",
     look=[("dropcap", "On the first Thursday"), ("box", "Ivy's round takes in")],
     body="""
On the first Thursday of every month, Ivy Marchbank puts on her walking boots, picks up a canvas bag from the vestry of St Botolph's church and sets off up Tansley Hill.

She has done it since 1975, when the vicar of the day asked her to help out for a few weeks while the usual volunteer was ill. The usual volunteer never came back, and nobody ever asked Ivy to stop.

The Upper Tansley parish magazine has 610 subscribers, most of whom pay £6 a year. Ivy delivers to about 140 of them, on a round of a little over five miles that takes most of the day.

"People think I'm doing them a favour. It's the other way round," she says. "At my age, if nobody expects you, you stop going out."

Ivy's round takes in three farms, the almshouses, the new estate behind the school and a caravan at the top of Cold Harbour Lane whose owner always has the kettle on.

She has outlasted six vicars, four postmen and two dogs of her own. She gave up driving at 70 and has never owned a mobile phone.

Neighbours say the round is about more than the magazine. More than once she has found someone who had fallen and could not get up, and she keeps a list of who might need a lift to the doctor.

The magazine's editor, Clive Sturgess, says the parish council once suggested posting it instead. "There was something close to a riot at the annual meeting," he says.

Ivy has agreed, reluctantly, to let a younger helper take the farms in winter. "She's 67," Ivy says. "She'll learn."
"""),

dict(id="h53-en-007", lang="en", tpl="quintype", section="Local", date="2026-07-21", byline="Farid Castellan",
     title="Parents oppose phone mast beside Brackenhurst primary school",
     sub="The operator says the 20-metre mast would end the village's mobile blackspot. Parents want it moved away from the playground.",
     caption="The field next to Brackenhurst Primary School where the mast would go.", credit="Photo: Farid Castellan",
     carry=["broadband"],
     look=[("highlight", "The village has almost no mobile signal")],
     body="""
Parents in Brackenhurst have started a campaign against plans to put up a 20-metre mobile phone mast in a field next to the village primary school.

The village has almost no mobile signal. Calls drop on the main street, and people on the new estate say they walk to the top of the hill to send a text.

**The plan**

A mobile operator has applied to the district council for permission to build the mast, with a cabinet of equipment at its base, in the corner of a paddock about forty metres from the school playground. It says the mast would give 4G and 5G coverage to about 1,200 homes and the A614.

**The objections**

More than 180 people have signed a letter asking for the mast to be put elsewhere. Most say they are not against better signal, but do not want the mast so close to the children.

Parent governor Nadia Whitlock said the campaign had been accused of scaremongering. "We've read the health guidance. Our argument is about the view from the classroom and the lorries during building. Put it on the industrial estate," she said.

**The other side**

Not everyone agrees. Retired nurse Philippa Dunmore, who lives alone on the edge of the village, said she had been unable to call for help when she fell in her garden last winter. "I lay there for two hours. I'd like a mast tomorrow, I don't much mind where," she said.

The operator said it had looked at eleven sites, and the industrial estate was too low in the valley to reach the whole village.

The district council's planning committee is expected to decide in September.
"""),

dict(id="h53-en-008", lang="en", tpl="hugo", section="Sport", date="2026-08-24", byline="Lucas Penhaligon",
     title="Kingsmere women win county cup with a six off the last ball",
     sub="Captain Jodie Farrow hit the winning runs at Belmont Park after Kingsmere needed five from the final delivery.",
     caption="Jodie Farrow hits the final ball of the match for six.", credit="Photo: Lucas Penhaligon",
     carry=["scores"],
     look=[("br", "It was the club's first county title")],
     body="""
Kingsmere Cricket Club's women's team won the county cup on Sunday in the most dramatic way possible: with a six off the last ball of the match.

Needing five runs from the final delivery against Harleston, captain Jodie Farrow stepped down the pitch and hit the ball over the sightscreen at Belmont Park, to the delight of about 400 spectators.

It was the club's first county title in any competition since 1994.

Harleston had made 148 for six from their 20 overs, with opener Nisha Parmar scoring 61. Kingsmere lost early wickets and were 71 for five at the halfway point of their innings.

Farrow, 24, a PE teacher at Kingsmere Academy, and wicketkeeper Amelia Stroud then put on 73 together. Stroud was run out in the final over, leaving Farrow to face the last ball with her side four runs behind.

"I just wanted to get a bat on it," Farrow said. "I didn't watch it land. I heard the noise and knew."

Harleston's captain, Bethany Crewe, said her side had bowled well. "You can't do much about that. Fair play to her," she said.

The women's team was only formed four years ago, after a group of mothers who watched their children play asked the club if they could have a go. Several of the original players are still in the side.

The club will hold a celebration in the pavilion on Friday evening. New players of all abilities are welcome at training on Wednesdays at 6pm.
"""),

dict(id="h53-en-009", lang="en", tpl="medium", site="The Lowfield Notebook", kind="indie",
     section="Lowfield life", date="2026-11-03", byline="Greta Salomon",
     title="What a year of Tuesday mornings at the library taught me about being offline",
     sub="I have spent every Tuesday since last November helping people with their phones and laptops. Here is what they come in with.",
     caption="The computer corner at Lowfield library on a Tuesday morning.", credit="Photo: Greta Salomon",
     look=[("italic", "\"Follow the link in the text message"), ("bold", "Nobody comes in because of the internet.")],
     body="""
"Follow the link in the text message," the letter said. Mr Hollis, who is 88, did not have a phone that could get text messages. That was how our Tuesday mornings began.

A year ago the library asked for volunteers to help people who struggle with computers. I said yes without much thought. I used to work in IT, and I assumed the job would be mostly about passwords.

It has been about passwords. But it has been about much more than that.

Nobody comes in because of the internet.

They come in because the surgery has stopped answering the phone, because the parking meter in the square now only takes an app, because the council has sent a letter with a web address and nothing else. The internet is just where the thing they need has gone.

In twelve months we have helped 214 people. The most common problems were booking a GP appointment, renewing a bus pass and getting into a bank account after a new phone.

About one in five had no internet at home at all. A few could not afford it. Most had simply never seen the point, and did not see why they should start at eighty.

I have learned to sit on my hands. The temptation is to take the mouse and do it for them, which is quicker and teaches them nothing.

Mr Hollis now has a smartphone, a bus pass he renewed himself and a grandson in Canada he video-calls on Sundays. He still prefers letters.

We meet every Tuesday from 10am until noon. If you would like to volunteer, the library would be glad to hear from you.
"""),
]
