# English stories for the fiftieth held-out part (h50-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h48_en.py (tpl: "djangocms" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag, inset); "carry" names the
# residue families a page must carry, among them the three families new in this part (billcheck, treecount,
# potholes), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h50-en-001", lang="en", tpl="djangocms", site="Marches Valley Broadcasting", kind="psb",
     section="Marches news", date="2026-09-17", byline="Aled Mercer-Hale",
     title="Home insulation grants opened up to flats and rented homes",
     sub="Tenants and flat owners can apply from Monday for up to £9,000 towards loft, wall and window insulation.",
     caption="A council-built block of flats in Brackenford's Riverside ward, finished in 1974.", credit="Picture: Marches Valley Broadcasting",
     inset=("Installer Rhys Penberthy fitting wall insulation in a flat in Coldharbour.", "Picture: Tegan Olwen"),
     carry=["billcheck"],
     look=[("dropcap", "Tenants and people who own flats"), ("factbox", "Who can apply"),
           ("highlight", "Installer Rhys Penberthy, who has insulated")],
     body="""
Tenants and people who own flats will be able to apply for the Marches' home insulation grant from Monday, after the combined authority voted on Thursday to widen the scheme.

Until now the grant, which pays for loft and wall insulation and double glazing, has only been open to owners of detached and terraced houses. About 9,400 homes have been insulated since it began two years ago.

The authority's energy committee said the change would bring another 30,000 homes into the scheme, most of them in the older blocks of flats in Brackenford and the Riverside ward.

Committee chair Delyth Holloway said flats were where the need was greatest. "Some of these blocks went up in the 1970s with nothing in the walls at all. People are paying to heat the street," she said.

## Who can apply

- Owners and tenants of flats, with the written consent of the building's freeholder or managing agent
- Owners of houses who have not had a grant before
- Landlords, for no more than two properties

Tenants will need their landlord's agreement in writing before any work starts. The grant covers up to £9,000, or 70 per cent of the cost, whichever is lower. Households that receive the winter fuel payment will have the full cost paid.

Installer Rhys Penberthy, who has insulated more than 200 homes under the scheme, said most families saw their heating bills fall by about a quarter in the first winter. "The first thing people tell me is that the bedroom is finally warm. The second thing is the bill," he said.

Builders have warned that there may be waiting lists. The authority said it would publish a list of approved firms next week.

Applications close on 30 November. Forms are available at every council library, and advisers answer questions on 01632 960 441 on weekday mornings.
"""),

dict(id="h50-en-002", lang="en", tpl="cms", section="Council", date="2026-04-08", byline="Rhiannon Keast",
     title="Pothole repairs fall behind after the wettest winter on record",
     sub="Crews fixed fewer than half of the 2,318 holes reported between January and March.",
     caption="A repair crew on the B4120 near Ashcombe on Tuesday.", credit="Photo: Rhiannon Keast",
     carry=["potholes"],
     look=[("highlight", "Rural roads were hit hardest")],
     body="""
Council road crews in Marlbury are repairing fewer than half of the potholes reported to them each month, after the wettest winter on record left the district's roads in their worst state for decades.

Figures presented to the highways committee on Tuesday show that 2,318 potholes were reported between January and March. Crews repaired 1,041 in the same period.

The council's head of highways, Graham Tillotson, said the rain had got into cracks that were already there and the frosts had done the rest. "We fill one and two more open up down the road. The crews are working Saturdays and it is still not enough," he said.

**The worst roads**

The committee heard that the B4120 between Ashcombe and Wellow had 96 reported potholes on a stretch of less than four miles. Cyclists have complained that parts of it are unsafe after dark.

Rural roads were hit hardest. They are narrower, they drain badly and they carry far more heavy farm traffic than they were built for.

**Compensation claims double**

The council paid £38,400 to drivers for damaged tyres and wheels last year, almost twice the figure of the year before. Most claims were turned down because the hole had not been reported before the damage was done.

Councillor Jenny Ashworth said the council was "patching, not repairing". She asked for £1.5 million from reserves to resurface the worst roads properly this summer instead of filling the same holes again in the autumn.

Mr Tillotson said a proper resurfacing programme would be cheaper in the long run. "A patch lasts a year if we're lucky. A new surface lasts fifteen," he said.

The committee will make its recommendation to the full council on 14 May.
"""),

dict(id="h50-en-003", lang="en", tpl="chunks", section="News", date="2026-07-22", byline="Tom Pengelly",
     title="Lifeboat crew rescue two kayakers swept past Penhallow Point",
     sub="The pair had been in the water for forty minutes when the inshore boat reached them.",
     caption="The Penhallow inshore lifeboat returning to the slipway.", credit="Photo: Tom Pengelly",
     look=[("italic", "\"They did everything right"), ("br", "Both were checked by paramedics")],
     body="""
Two kayakers were pulled from the sea off Penhallow Point on Sunday afternoon after a sudden change in the wind pushed them more than a mile out from the beach.

The men, both in their twenties and visiting from Bristol, had set off from Polwenna Cove shortly after 2pm. One capsized as they tried to paddle back against the wind, and the other stayed with him in the water.

A walker on the coast path saw them and dialled 999 at 3.12pm. Penhallow's inshore lifeboat launched eight minutes later.

Helmsman Dan Rowe said the two men had been in the water for about forty minutes when the crew reached them. They were cold, but both were wearing buoyancy aids.

"They did everything right once it went wrong. They stayed together and they stayed with the boats."

The crew brought them ashore at Penhallow harbour.

Both were checked by paramedics on the quay and did not need to go to hospital.

The coastguard said the wind had swung round to the north-east and strengthened to force five within half an hour, which had not been expected from the morning's forecast.

It was the station's 23rd callout of the year, against 31 in the whole of last year.

Mr Rowe said the crew did not want to put anyone off the water. "Check the forecast, tell someone where you're going and carry a phone in a waterproof pouch. That's it," he said.

The station's open day, with boat tours and a barbecue, will be held on 9 August.
"""),

dict(id="h50-en-004", lang="en", tpl="hugo", section="People", date="2026-07-10", byline="Priya Castellan",
     title="Thirty years at the school gates: the lollipop man of Hazel Lane retires",
     sub="Barry Noakes has seen about 4,000 children across the road to Hazel Lane Primary. We asked him about it.",
     caption="Barry Noakes at the crossing outside Hazel Lane Primary School.", credit="Photo: Priya Castellan",
     look=[("italic", "Barry Noakes has stood at the zebra crossing")],
     body="""
Barry Noakes has stood at the zebra crossing outside Hazel Lane Primary School every school morning and afternoon since September 1996. On Friday he will hand in his sign for the last time.

**How did you start?**

My wife saw the advert in the paper. I had just been made redundant from the bottling plant and she said I needed to get out of the house. I thought it would be for a year.

**Do you remember the first day?**

It rained. A little lad in a yellow coat asked me if I was a policeman. He's thirty-six now and his daughter is in Year 2.

**Has the traffic changed?**

Completely. There are twice as many cars and they are bigger. People are in more of a hurry. I have had three wing mirrors hit my coat over the years, and one driver went straight through while I was standing in the middle.

**And what will you miss most?**

The children. They tell you everything. Whose dog has died, who has a new baby sister, who lost a tooth. Some of them have given me cards this week that I will keep for ever.

**And not miss?**

January.

**Anything to say to drivers?**

Slow down near schools. It's twenty miles an hour for a reason.

The school will hold a farewell assembly for Mr Noakes on Friday morning, and former pupils have been invited.

The county council is still looking for someone to take over the crossing from September. Anyone interested can contact the school office on 01632 960 517.
"""),

dict(id="h50-en-005", lang="en", tpl="magazine", section="Features", date="2026-03-14", byline="Eleanor Whitcombe",
     title="The last cobbler on Market Row",
     sub="Frank Delaney has mended shoes in the same shop for 52 years. His customers now come from all over the country.",
     caption="Frank Delaney at his bench on Market Row.", credit="Photo: Eleanor Whitcombe",
     pull="A good pair of shoes should see you out, if you look after them",
     look=[("dropcap", "The smell reaches the street"), ("box", "Frank Delaney's shop is open")],
     body="""
The smell reaches the street before the shop does: leather, glue and the faint tang of boot polish. Inside, under a single bulb, Frank Delaney is stitching a new sole on to a walking boot that has come from Aberdeen.

He has mended shoes at number 14 Market Row since 1974. There were five cobblers in the town when he started. Now there is one.

"People stopped mending things," he says. "They buy cheap and throw away. Then about ten years ago some of them started coming back."

He learned the trade from his uncle, who took him on at fifteen. The bench he works at was his uncle's, and so is the last, the iron foot on which he shapes every sole.

A good pair of shoes should see you out, if you look after them. That is the whole of his philosophy, and he repeats it to every customer whether they ask or not.

His granddaughter Molly persuaded him three years ago to let her post pictures of his repairs online. More than 6,000 people now follow the account, and parcels arrive every week from people he has never met.

He charges £28 for a pair of leather soles and heels, and £45 to resole a walking boot. Some jobs take him a day; a pair of riding boots once took him a fortnight.

He has no plans to retire. "My hands still work and my eyes are good enough with the glasses," he says. "When they stop, I'll stop."

Frank Delaney's shop is open Tuesday to Saturday, 9am to 5pm. He does not take bookings and does not have a website.
"""),

dict(id="h50-en-006", lang="en", tpl="portal", section="Sport", date="2026-08-31", byline="Adam Tresidder",
     title="Hexley seal promotion with a game to spare",
     sub="A six-wicket win at Cranbrook sends the club into the county's top division for the first time since 1998.",
     caption="Hexley's players celebrate at Cranbrook on Saturday.", credit="Photo: Adam Tresidder",
     carry=["scores"],
     body="""
Hexley Cricket Club will play in the county's Premier Division next season for the first time since 1998, after a six-wicket win away at Cranbrook on Saturday.

Chasing 214, Hexley were in trouble at 61 for four. Captain Sam Ilori and 17-year-old Josh Farrant then put on an unbeaten stand of 155 to see them home with nine balls left.

Farrant finished on 78 not out, his highest score for the first team. Ilori made 84.

"Josh played like he'd been doing it for twenty years. I just tried to stay out of his way," Ilori said.

The win means Hexley cannot be caught by third-placed Oakbourne, with one match left.

Saturday's results in Division One:

- Cranbrook 213-8 (50 overs) lost to Hexley 217-4 (48.3 overs)
- Oakbourne 178 all out lost to Wellow 181-7
- Stourley 246-6 beat Fenbridge 199 all out
- Ashby Magna v Tollerton: abandoned, rain

Hexley's chairman, Roger Eames, said the club had worked for more than a decade to get back to the top division. "We've rebuilt the pavilion, we've started a girls' section and we've got 140 juniors. This is for all of them," he said.

The club's final league match, at home to Stourley, starts at 12.30pm next Saturday. Entry is free and the tea room will be open.
"""),

dict(id="h50-en-007", lang="en", tpl="regional", section="Transport", date="2026-02-19", byline="Nadia Furness",
     title="Villages to lose their only bus as route 14 is withdrawn",
     sub="The operator says passenger numbers on the route have halved since 2019.",
     caption="The route 14 bus at the stop in Little Orton.", credit="Photo: Nadia Furness",
     body="""
Share a lift, book a taxi or stay at home: those are the choices facing some residents of four villages south of Wendlebury after the operator of their only bus service said it would withdraw the route in April.

Route 14 runs six times a day between Wendlebury bus station and Little Orton, calling at Fenny Stow, Ashwell and Brampton Moor. The operator, Vale Coaches, said it carried an average of 41 passengers a day last year, half as many as in 2019.

## Why the route is going

Vale Coaches' managing director, Ian Carradine, said the route had lost money for five years. "We have kept it going because we know people rely on it. But we can't run a service at a loss of £90,000 a year," he said.

The county council stopped paying a subsidy for the route in 2024.

## Who will be affected

Residents say the people hit hardest will be older people without cars and teenagers going to college in Wendlebury.

Margaret Lyle, 81, who lives in Ashwell, uses the bus twice a week to go to the market and the surgery. "I gave up driving when my eyes went. After April, I don't know how I'll get anywhere," she said.

Sixth-former Ellie Bratt, 17, said the bus was the only way she could get to college. "My mum works early shifts. There isn't another way," she said.

## What the council is planning

The county council said it was looking at a dial-a-ride service that passengers would book through an app or by phone. It will hold a public meeting at Ashwell village hall on 3 March at 7pm.

The last route 14 bus will run on 11 April.
"""),

dict(id="h50-en-008", lang="en", tpl="typo3", section="What's on", date="2026-06-03", byline="Callum Ferrier",
     title="Tall ships and a night market as Porthwenna harbour festival returns",
     sub="The three-day festival is back after two years, with 14 ships expected.",
     caption="Tall ships in Porthwenna harbour at the last festival in 2024.", credit="Photo: Porthwenna Harbour Trust",
     carry=["calendar"],
     look=[("bold", "Organisers expect about 40,000 visitors")],
     body="""
Porthwenna's harbour festival will return this month for the first time in two years, with fourteen tall ships, a night market and a rowing regatta.

The festival was cancelled last year while the harbour wall was repaired. The Harbour Trust, which runs it, said the repairs had cost £2.3 million and the wall was "good for another hundred years".

Organisers expect about 40,000 visitors over the three days.

The programme:

- Friday 19 June, 6pm: the ships arrive in the bay, followed by the opening concert on the quay
- Saturday 20 June, 10am to 5pm: ships open for visits; the gig rowing regatta starts at 11am
- Saturday 20 June, 6pm to 11pm: the night market on the fish quay, with 60 stalls
- Sunday 21 June, 2pm: the parade of sail, as the ships leave the harbour one by one

Festival director Karen Tregunna said the parade of sail on the Sunday was the moment people remembered. "When the last ship goes out past the lighthouse, half the town is in tears," she said.

Visitors are asked to use the park-and-ride at Trevean Farm, as the town centre will be closed to traffic from Friday afternoon. Buses will run every ten minutes.

Entry to the festival is free. Tickets to go on board the ships cost £5 for adults, with children under 12 going free.
"""),

dict(id="h50-en-009", lang="en", tpl="ucoz", site="Nether Stowell Village Website", kind="small", section="News from Nether Stowell",
     date="2026-11-24", byline="webmaster_pam",
     title="Forty fruit trees planted in the new community orchard",
     sub="Volunteers spent Saturday on the old allotment field behind the church.",
     caption="Volunteers planting apple trees on the orchard field.", credit="Photo: Pam Hartigan",
     carry=["treecount"],
     body="""
Forty fruit trees were planted on Saturday in Nether Stowell's new community orchard, on the old allotment field behind St Swithun's church.

About 35 volunteers turned out, from the Brownies to the bowls club, and the planting was finished by two o'clock despite a hailstorm at lunchtime.

The trees are all old varieties, most of them from orchards in the county: Ashmead's Kernel, Bramley, Tom Putt, Blenheim Orange and a local apple called Stowell Pippin that had almost disappeared. There are also six pear trees, four plums and a medlar.

The Stowell Pippin trees were grafted last winter from the last known tree, which stands in the garden of Glebe Cottage. Its owner, Doreen Maddock, 88, planted the first one herself.

"My father looked after that tree and his father before him. Now the whole village has got it," she said.

The parish council bought the field for £12,000 last year with money left to the village by the late Harold Cruse. A grant from the county's tree fund paid for the trees, stakes and guards.

The orchard committee will need help with watering through the first summer. A rota will go up on the noticeboard in the shop.

The orchard will be open to everyone, and the fruit will be free to pick once the trees start to crop in three or four years.

Thank you to the Plough for the soup, to the Brownies for the cookies and to Ken Loder for the loan of his tractor. Please share your photos of the day with Pam so they can go in the parish magazine.
"""),
]
