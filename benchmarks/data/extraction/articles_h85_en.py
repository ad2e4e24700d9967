# English stories for the eighty-fifth held-out part (h85-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h84_en.py (tpl: "beaverbuilder" is new in this part, the others are layouts of earlier
# parts; low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue
# families a page must carry, among them the three families new in this part (bikeability, flytipping, firesafety),
# which are placed only on stories where a real site would print them; "run_in" names a carried family whose link
# the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h85-en-001", lang="en", tpl="beaverbuilder", site="Brack Valley Voice",
     section="Community", date="2026-03-14", byline="Imogen Thwaite",
     title="Never too late: grown-ups learn to ride at Brackenford's Saturday cycle school",
     sub="Twenty-six adults have signed up for the town council's free learn-to-ride sessions since January. The oldest is 74.",
     caption="Learners on the playground at Moor Lane Primary School.", credit="Photo: Imogen Thwaite",
     carry=["bikeability"],
     look=[("bold", "Nobody has fallen off yet this year."), ("br", "Most manage it by the second session."),
           ("italic", "\u201cThe hardest part is getting them to look up from the front wheel.\u201d")],
     body="""
Margaret Ibbotson was 71 when she sat on a bicycle for the first time. Three Saturdays later she rode the length of the old railway path from Brackenford to Ollerby without putting a foot down.

"My grandson did it at four. I thought, if he can, so can I," she said.

Mrs Ibbotson is one of 26 adults who have joined the free learn-to-ride sessions run by Brackenford Town Council on the playground of Moor Lane Primary School since January.

## Starting without pedals

Instructors take the pedals off for the first lesson, so that learners can scoot along with their feet and find their balance before they worry about anything else.

The pedals go back on once a learner can glide the length of the playground.

Most manage it by the second session.

Some of the learners never had a bike as children. Others last rode forty years ago and lost their nerve after a fall.

Nobody has fallen off yet this year.

Instructor Dev Sharma, who also teaches Bikeability to children in the town's primary schools, said adults needed more time to talk than to practise.

"Children just want to go. Grown-ups want to know what happens if a car comes. We spend the first ten minutes on that, and then we go," he said.

\u201cThe hardest part is getting them to look up from the front wheel.\u201d

Learners who finish the course can borrow a bike from the council's loan scheme for a month before deciding whether to buy one.

Sessions run every Saturday from 9.30am to 11am in term time. Helmets are provided, and learners are asked to wear trainers and clothes they can move in.
"""),

dict(id="h85-en-002", lang="en", tpl="cms", section="Environment", date="2026-04-07", byline="Callum Royle",
     title="Mattresses, tyres and a bath: fly-tippers keep coming back to Ollerby's Carr Lane",
     sub="Villagers want a camera on the lane after the ninth load of dumped rubbish since Christmas.",
     caption="Rubbish dumped by the field gate on Carr Lane.", credit="Photo: Callum Royle",
     carry=["flytipping"],
     body="""
Villagers in Ollerby say fly-tippers have dumped rubbish on Carr Lane nine times since Christmas, and they want the council to put up a camera before the lane turns into a tip.

The latest load, found on Sunday morning by a dog walker, included two double mattresses, a bath, eleven car tyres and what looked like the contents of a fitted kitchen.

**A lane with no houses**

Carr Lane runs for half a mile between the Ollerby road and the river, with fields on both sides and not a single house. Parish councillor Ruth Haigh said that made it perfect for anyone with a van and something to get rid of.

"They come at night, they back up to the gate and they're gone in five minutes. Nobody sees a thing," she said.

Brackendale District Council says it spent \u00a3212,000 last year clearing fly-tipping across the district, and that the number of incidents reported to it rose by 18 per cent.

**Cameras and fines**

The council has four mobile cameras, which it moves between hotspots. A spokesperson said Carr Lane would be considered for one, but that officers needed evidence of who had dumped the rubbish before they could prosecute.

In March a man from Swaleby was fined \u00a31,200 after his name turned up on a parcel label in a pile of bin bags on the same lane.

The parish council is asking anyone who sees a van or trailer on Carr Lane after dark to write down its registration number.

A volunteer litter pick is planned for Saturday 18 April, meeting at the Carr Lane gate at 10am. Gloves and bags will be provided.
"""),

dict(id="h85-en-003", lang="en", tpl="legacy-br", section="Ollerby", date="2026-04-14", byline="Bethany Crossley",
     title="Post office counter finds a new home in Ollerby's village pub",
     sub="The Black Bull's games room becomes the village's post office four mornings a week.",
     caption="Carol Dyson behind the new counter at the Black Bull.", credit="Photo: Bethany Crossley",
     only=["correction"],
     correction="Amended on 15 April: the counter opens four mornings a week, Monday to Thursday, and not five as this report first said.",
     body="""
Ollerby's post office counter will reopen inside the Black Bull next month, eight months after the village shop that housed it closed for good.

The counter will open from 9am to 1pm, Monday to Thursday, in what used to be the pub's games room. Customers will be able to post parcels, pay bills, collect pensions and draw cash.

Landlady Carol Dyson said she applied to run the counter after hearing older villagers talk about the eleven-mile round trip to Brackenford.

"People were taking a bus and a taxi to send a birthday card. That's not right in a village of 900 people," she said.

The pool table has gone into storage to make room.

Ollerby's previous post office closed in July, when Ken and Janet Pickles retired and sold the shop. The building is being turned into a house.

Since then a mobile post office van has parked outside the village hall for two hours every Wednesday. It will stop coming once the new counter opens.

Mrs Dyson, who has run the Black Bull for 14 years, spent two days training at the main post office in Brackenford.

"I can pull a pint and weigh a parcel. I'm told that's a first for the valley," she said.

The counter opens on Monday 4 May. The pub keeps its usual hours, opening at noon every day.
"""),

dict(id="h85-en-004", lang="en", tpl="nextjs", section="People", date="2026-07-16", byline="Harriet Oldroyd",
     title="Thirty-one years at the school gate: Hallowmere's lollipop man hangs up his coat",
     sub="Stan Pollard has seen about 4,000 children across Mill Road since 1995.",
     caption="Stan Pollard at the crossing on Mill Road.", credit="Photo: Harriet Oldroyd",
     low=0,
     body="""
Stan Pollard has seen roughly 4,000 children safely across Mill Road outside Hallowmere Primary School since 1995. On Friday he does it for the last time. We asked him about the job.

**How did you end up with a lollipop?**

I'd been made redundant from the wire works and my wife spotted an advert in the paper. I thought I'd do it for a year.

**What has changed at the crossing?**

The traffic. When I started you'd get a tractor and a milk float. Now there's a queue of cars back to the church, half of them dropping children twenty yards from the gate.

**Do drivers stop?**

Nearly all of them. You get the odd one who thinks he's in more of a hurry than the children. I take his number and I tell the police.

**Any children you remember?**

All of them, more or less. I've crossed children whose parents I crossed. One lad who used to run ahead of me every morning is a police sergeant in Brackenford now.

**What about the wind and rain?**

Rain is fine. Wind is the problem. A lollipop is a sail. I've been blown halfway across Mill Road more than once.

**And next?**

My allotment, and my grandchildren. I'll still be at the gate on Friday mornings for a while, just without the coat.

The school is holding a farewell assembly for Mr Pollard on Friday at 2pm, and former pupils are welcome to come along.
"""),

dict(id="h85-en-005", lang="en", tpl="magazine", section="Features", date="2026-01-24", byline="Fiona Brearley",
     title="The dawn swimmers of Hallowmere's mill pool",
     sub="Every morning since October 2021, come frost or flood, a group of neighbours has walked into the water.",
     caption="Swimmers at the mill pool jetty at sunrise.", credit="Photo: Fiona Brearley",
     pull="It clears everything out.",
     look=[("dropcap", "At ten to seven on a January morning"), ("box", "New swimmers are welcome on Saturday mornings")],
     body="""
At ten to seven on a January morning, with frost on the grass and mist lying flat on the water, eleven people in woolly hats walk into the mill pool at Hallowmere and start to swim.

They have done this every morning since October 2021, when a retired physiotherapist called Jean Marsden pushed a note through her neighbours' doors asking whether anyone fancied a dip.

Four people turned up on the first day. The group now has 63 members, a group chat and a shed.

## Why they go in

Ask the swimmers why they do it and the answers vary. Some talk about their joints, some about their heads. One says she simply likes the way her toast tastes afterwards.

"It clears everything out. Whatever you were worrying about when you got up, it's gone by the time you're dry," said Paul Ackroyd, a bus driver who swims before his early shift.

Jean is strict about safety. Nobody swims alone, nobody stays in for longer than a minute for each degree of water temperature, and a thermometer hangs from the jetty on a length of string.

The water was 3.5C on the morning we visited.

## Keeping the pool open

The mill pool belongs to the Hallowmere Estate, which lets the swimmers use it in return for a yearly clear-up of the banks.

Last summer the group raised \u00a34,800 to replace the rotten steps into the water, with a sponsored swim and a cake stall at the church fete.

New swimmers are welcome on Saturday mornings at 8am, when experienced members are on hand to help. Bring a towel, a warm hat and a flask of something hot, and tell Jean if it is your first time.
"""),

dict(id="h85-en-006", lang="en", tpl="regional", section="News", date="2026-04-22", byline="Nathan Goodall",
     title="Smoke alarm woke family as fire spread through Swaleby terrace",
     sub="The alarm had been fitted by firefighters two months earlier. Before that the family's only alarm had no battery.",
     caption="The fire-damaged house on Prospect Street.", credit="Photo: Nathan Goodall",
     carry=["firesafety"],
     body="""
A family of five escaped from their burning home in Swaleby early on Tuesday after a smoke alarm fitted by firefighters two months ago woke them up.

The fire started in the kitchen of the terraced house on Prospect Street shortly after 3am. By the time the first crew arrived from Brackenford, flames had spread into the hallway and up the stairs.

Lee and Danielle Whitaker and their three children, aged between four and eleven, climbed out of a back bedroom window on to the roof of the outhouse, where neighbours helped them down with a ladder.

"The alarm was screaming. I opened the bedroom door and the landing was black. We'd never have got down the stairs," said Mrs Whitaker.

Nobody was hurt. A dog and two guinea pigs were also rescued.

## A visit in February

The alarm had been fitted in February, during a free visit from Brackendale Fire and Rescue Service. Before then, the family's only alarm had no battery in it.

Station manager Gail Ferris said the fire had almost certainly been started by a tumble dryer left running overnight.

"We'd ask everyone not to run dryers, dishwashers or washing machines while they're asleep or out of the house," she said.

Firefighters were at the house for four hours. The ground floor was badly damaged, and the family are staying with relatives in Fenwick Cross.

Neighbours have started a collection for the family at the corner shop on Prospect Street.
"""),

dict(id="h85-en-007", lang="en", tpl="chunks", section="Education", date="2026-05-05", byline="Priya Mistry",
     title="Year 6 pupils wait months for cycle training as instructors run short",
     sub="Fourteen primary schools have been told their courses will not happen until the autumn.",
     caption="Pupils at Thornleigh Primary on last year's course.", credit="Photo: Priya Mistry",
     carry=["bikeability"],
     look=[("br", "Children spend the first morning in the playground")],
     body="""
More than 600 Year 6 pupils in Brackendale are waiting for their cycle training, because there are not enough instructors to teach them.

Every primary school in the district is offered free Bikeability courses, paid for by the government, which teach children to ride safely on quiet roads. This year 14 of the district's 38 primaries have been told their courses will not happen until the autumn term.

The training is run by the council's road safety team, which has eight instructors. Two left last summer and have not been replaced.

## 'They look forward to it all year'

Joanne Firth, head teacher of Thornleigh Primary, said her pupils were disappointed.

"It's one of the big things of Year 6. They bring their bikes in, they get their badges, they ride round the village in yellow tabards. They look forward to it all year," she said.

The courses last two or three days.

Children spend the first morning in the playground before going out on the roads in groups of six.

The council says it is advertising for four new instructors, who would be trained and then paid for the hours they work.

Councillor Mike Stead, who chairs the road safety committee, said anyone who was a confident cyclist and liked working with children should apply.

"You don't need to be a racing cyclist. You need patience and a loud voice," he said.

Cyclists who would like to apply can contact the road safety team at Brackenford Town Hall before 30 May.
"""),

dict(id="h85-en-008", lang="en", tpl="quintype", section="News", date="2026-06-02", byline="Tariq Lowther",
     title="Firefighters to knock on 5,000 doors after three deaths in house fires",
     sub="All three people who died this winter were over 75, lived alone and had no working smoke alarm.",
     caption="Firefighters on Brackenford's Castle Street.", credit="Photo: Tariq Lowther",
     carry=["firesafety"],
     look=[("highlight", "All three victims were over 75 and lived alone.")],
     body="""
Firefighters in Brackendale will knock on 5,000 doors over the summer, offering free alarms and safety checks to older people who live alone, after three people died in house fires in the district this winter.

All three victims were over 75 and lived alone. None of their homes had a working smoke alarm, and two of the fires were started by heaters placed too close to a chair.

Brackendale Fire and Rescue Service says the campaign, called Knock and Check, is the biggest it has run. Crews will start with streets in Brackenford, Swaleby and Fenwick Cross, where the service's figures show the highest numbers of older residents.

## What a visit involves

A visit takes about forty minutes. Firefighters fit alarms where they are needed, check that electric blankets and heaters are safe, and talk through what to do if a fire starts at night.

They also look for signs that someone might struggle to get out, such as a bedroom upstairs for a person who cannot manage the stairs quickly.

"We're not there to judge anybody's house. We're there to make sure that if something does go wrong, they wake up and they get out," said group manager Rashid Hussain.

## Bogus callers

The service has warned residents that genuine firefighters will always be in uniform, will carry an identity card and will never ask for money.

Anyone unsure about a caller can ring the service's control room to check before opening the door.

The Brackendale Over-60s Forum is helping crews to find people who might otherwise be missed, such as those who rarely leave the house.
"""),

dict(id="h85-en-009", lang="en", tpl="medium", site="Thornleigh Notes", kind="indie",
     section="Food", date="2026-02-19", byline="Eliza Pennock",
     title="The Thornleigh bakery where you subscribe to your bread",
     sub="Forty households pay by the month for a loaf a week from a bakery in a converted garage.",
     caption="Friday's loaves in the collection cupboard.", credit="Photo: Eliza Pennock",
     look=[("bold", "There is no shop."), ("italic", "\u201cThe cupboard has never been broken into.")],
     body="""
Subscribe, pay by the month, and a sourdough loaf is waiting for you every Friday: that is how Hannah Crowther has sold bread from her converted garage in Thornleigh since 2023.

She started with twelve subscribers, mostly friends. She now has forty, and a waiting list of nineteen.

There is no shop.

Subscribers collect their loaves from a wooden cupboard by the garage door between 7am and 7pm on Fridays. Each loaf is wrapped in paper with a name written on it in pencil.

Hannah bakes through Thursday night in a second-hand deck oven that she bought from a Brackenford bakery when it closed. It takes 48 loaves at a time.

"I worked out that if I baked for a shop, I'd be throwing bread away every day. This way I know exactly how many to make," she said.

A subscription costs \u00a322 a month for a loaf a week. Subscribers can switch to a rye or a seeded loaf if they give her a week's notice.

\u201cThe cupboard has never been broken into. People here just don't do that.\u201d

Not everyone in the village was won over at first. Two neighbours complained about the smell of baking at 3am, until Hannah started leaving them a loaf as well.

She has no plans to grow. Her oven, she says, is full.

The waiting list is open to anyone living within three miles of Thornleigh; names can be chalked on the slate by the garage door.
"""),
]
