# English stories for the eighty-third held-out part (h83-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h82_en.py (tpl: "kadence" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (burialfees, taxiranks,
# voterregistration), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h83-en-001", lang="en", tpl="kadence", site="Tarnbury Today",
     section="Council", date="2026-03-17", byline="Helen Staveley",
     title="Burial fees at Tarnbury cemetery to rise by a fifth from April",
     sub="Families from outside the borough will pay double. Councillors say the cemetery costs more to run than it brings in.",
     caption="The lodge and chapel at Tarnbury cemetery on Kirkgate.", credit="Photo: Helen Staveley",
     carry=["burialfees"],
     look=[("highlight", "The price of a new grave for a Tarnbury resident"), ("bold", "Nobody spoke against it."),
           ("br", "\"I understand the budget."), ("box", "The new charges apply to every burial booked")],
     body="""
The price of a new grave for a Tarnbury resident will go up from £1,240 to £1,490 on 1 April, after the borough council approved a 20 per cent rise in burial and cremation charges on Thursday night.

Families who live outside the borough will pay twice the resident rate, as they do now.

Nobody spoke against it.

The council's bereavement services manager, Philip Orrell, told the finance committee that the cemetery on Kirkgate cost £412,000 to run last year and took £268,000 in fees. Mowing, drainage and the repair of the chapel roof made up most of the gap.

## Memorial permits

The charge for a permit to put up a headstone rises from £160 to £195. Permits for a small tablet on a cremation plot stay at £75.

Councillor Anne Whitworth, who sits for Kirkgate ward, said she had voted for the rise with a heavy heart.

"I understand the budget. I also know what it is to sit at a kitchen table with a funeral director and a calculator," she said.

The new charges apply to every burial booked after 1 April, even if the death happened earlier.

Funeral directors in the town said they would write to families whose arrangements were already under way.

The full list of charges is printed in the council's bereavement services leaflet, available at the cemetery lodge from 9am to 4pm on weekdays.
"""),

dict(id="h83-en-002", lang="en", tpl="wordpress", section="Transport", date="2026-05-06", byline="Gareth Lumley",
     title="Station taxi rank moves to Platform Road after years of queue complaints",
     sub="Twelve bays replace the six on the old forecourt, with a shelter for passengers waiting late at night.",
     caption="The new taxi bays on Platform Road, Eastholme.", credit="Photo: Gareth Lumley",
     carry=["taxiranks"],
     look=[("dropcap", "Passengers arriving at Eastholme station")],
     body="""
Passengers arriving at Eastholme station after 10pm will no longer have to queue in the rain for a taxi, after the rank moved round the corner to Platform Road on Monday.

The old rank on the station forecourt had room for six cabs. The new one has twelve bays, a lit shelter and a marshal's booth that will be staffed on Friday and Saturday nights.

Drivers had complained for years that they were moved on by parking wardens while waiting on the approach road, and passengers had complained that there was never a cab when the last London train came in.

Councillor Imran Saddiq, who chairs the licensing committee, said the move had cost £86,000, most of it paid by the rail company.

"It is a small thing, but it is the first thing people see when they get off the train," he said.

Frank Dunmore, who has driven a hackney carriage in Eastholme for 22 years, said the shelter would make the biggest difference.

"You'd see people stood there with shopping and children at midnight. Now they can sit down."

The forecourt itself will be kept for drop-offs and blue badge parking.

Anyone who wants to follow the rank's first months, or report a problem with it, can contact the council's licensing team at the town hall.
"""),

dict(id="h83-en-003", lang="en", tpl="table", section="Politics", date="2026-03-02", byline="Rhiannon Pask",
     title="Sixth formers sign up 300 first-time voters in a lunchtime",
     sub="Students at Sorrowby College set up stalls in the canteen ahead of May's council elections.",
     caption="Students helping classmates fill in the online form in the canteen.", credit="Photo: Rhiannon Pask",
     carry=["voterregistration"],
     body="""
More than 300 students at Sorrowby College registered to vote in a single lunchtime last week, after politics students set up laptops in the canteen and went table to table.

Most of them will be able to vote for the first time in the district council elections on 7 May.

**A show of four hands**

The idea came from a politics class that found only a handful of its own members were on the electoral roll.

"We asked who was registered and four hands went up out of twenty-six," said Keeley Marsh, 17, who organised the stall. "Nobody had told them it takes five minutes."

**What they needed**

Students needed their National Insurance number, which many did not know. The college office printed out a reminder of where to find it, and teachers let pupils check their phones in class for once.

The district's electoral services team sent two officers to answer questions about postal votes and about students who live at two addresses.

**No party politics**

The stall did not tell anyone how to vote. Posters from all the parties standing in Sorrowby were taken down from the canteen wall the day before.

Head of sixth form Duncan Royle said he was proud of the group. "They did the whole thing themselves, from the leaflets to the rota."

The students plan to run the stall again in September for the new intake.
"""),

dict(id="h83-en-004", lang="en", tpl="semantic", section="People", date="2026-10-08", byline="Owen Threlfall",
     title="Forty years of digging: Tarnbury's cemetery sexton puts down his spade",
     sub="Walter Birtwistle has looked after Kirkgate cemetery since 1986. We asked him about the job.",
     caption="Walter Birtwistle by the cemetery lodge.", credit="Photo: Owen Threlfall",
     low=0,
     look=[("italic", "\"You learn to be quiet and to be quick.\"")],
     body="""
Walter Birtwistle started at Kirkgate cemetery as a 19-year-old labourer in 1986 and became its sexton in 1998. He retires at the end of the month.

**What did the job involve when you started?**

Digging, mostly. By hand, six feet, in clay. A grave took two of us the best part of a day. We got a mini digger in 1994 and I thought it was Christmas.

**Did people ask what you did for a living?**

All the time, at parties. Some went quiet. Most wanted to know whether it was spooky at night. It isn't. It's the quietest place in town.

**What was the hardest part?**

The children's funerals. You never get used to those.

"You learn to be quiet and to be quick."

**And the best part?**

The families who come back years later and say thank you for something small, like keeping a grave tidy when they couldn't get here.

**Any strange requests?**

A man who wanted his motorbike helmet buried with him. And a lady who asked us to plant daffodils in the shape of a cat. We did both.

**And now that the spade is down?**

My wife has a list. It starts with the guttering.

Walter's colleagues will hold a tea for him at the cemetery lodge on his last day, and former colleagues are welcome to call in.
"""),

dict(id="h83-en-005", lang="en", tpl="storybody", section="Town centre", date="2026-11-20", byline="Shona Gillibrand",
     title="Marshals return to Tarnbury's night-time taxi ranks for Christmas",
     sub="The scheme ran for the first time last winter and cut late-night disorder near the ranks by half, police say.",
     caption="A taxi marshal on duty at the Market Street rank.", credit="Photo: Shona Gillibrand",
     carry=["taxiranks"],
     body="""
Taxi marshals in high-visibility jackets will be back on Tarnbury's two busiest ranks every Friday and Saturday night from 28 November until New Year.

The scheme, paid for by the town's business improvement district, ran for the first time last winter.

## Fewer fights in the queue

Police figures show that reports of disorder within 50 metres of the Market Street and Bridge End ranks fell from 31 in December 2024 to 14 last December.

Inspector Claire Hindle said the marshals had taken the heat out of the queues. "Most trouble at 2am is about who was there first. Someone with a clipboard settles that."

## Who the marshals are

There are eight marshals, all licensed security staff, working in pairs from 10pm to 4am. They keep the queue in order, help drivers load wheelchairs and call an ambulance if someone is unwell.

Marshal Dean Cottam said most of his nights were spent pointing people to the right rank.

"Half of them are at the wrong one. The other half have lost a shoe."

## Drivers welcome them

Tarnbury's hackney drivers' association said its members felt safer with the marshals there.

The business improvement district will decide in March whether to pay for marshals all year round.
"""),

dict(id="h83-en-006", lang="en", tpl="ghost", section="Community", date="2026-09-24", byline="Priya Haworth",
     title="Community orchard in Eastholme picks its first full harvest",
     sub="Volunteers planted 40 trees on a former tip five years ago. This autumn there were apples for everyone.",
     caption="Volunteers picking apples at the Cinder Lane orchard.", credit="Photo: Priya Haworth",
     look=[("callout", "Pick only what you will use")],
     body="""
Share and share alike is the only rule at the Cinder Lane community orchard in Eastholme, which this month gave its first full harvest to anyone who turned up with a bag.

Volunteers planted 40 apple, pear and plum trees on the site of an old council tip in 2021, after years of fly-tipping on the land.

This year the trees produced about a tonne and a half of fruit. On picking day on Saturday more than 200 people came.

Orchard group chair Bernard Yeadon said the trees were mostly old local varieties, grafted from trees in gardens around the town.

What the orchard grows:

- Eastholme Pippin, a small sharp eating apple thought lost until a tree was found behind a chapel
- Keswick Codlin, for cooking
- Two Worcester Pearmains given by the primary school
- Conference and Beth pears
- Victoria plums, which fruited for the first time this year

Pick only what you will use, and leave the windfalls for the wasps and the blackbirds.

The group also pressed 300 litres of juice, which it sold at the Saturday market to pay for new tree guards.

Schoolchildren from St Aidan's will plant another ten trees in November. Volunteers meet at the gate every second Sunday at 10am.
"""),

dict(id="h83-en-007", lang="en", tpl="amp", section="Community", date="2026-06-11", byline="Nadia Oldfield",
     title="Grisedale Edge library reopens in the village hall after two years",
     sub="Volunteers will run the library three days a week with books lent by the county service.",
     caption="Volunteers shelving books in Grisedale Edge village hall.", credit="Photo: Nadia Oldfield",
     only=["correction"],
     correction="This article has been corrected. An earlier version gave the Saturday opening time as 9am; the library opens at 10am on Saturdays.",
     body="""
Grisedale Edge has a library again, two years after the county council closed the old branch on Mill Street to save money.

The new library takes up one end of the village hall and opened on Tuesday with about 2,500 books on loan from the county service, which will change a third of them every three months.

It is run by 24 volunteers. None of them is a trained librarian, but all have been taught to use the county's lending system.

Organiser Judith Pennock, a retired headteacher, said the village had been determined not to lose it altogether.

"People kept stopping me in the Co-op to ask when it was coming back," she said.

The hall committee has given the room rent free for the first year. A local building firm fitted the shelves at cost, and a quiz night raised £1,800 for a children's corner with beanbags.

The county council's head of libraries, Martin Eckersley, said community-run libraries now made up a quarter of the county's branches.

Readers can borrow up to eight books at a time with an ordinary county library card, and order any book in the county's catalogue for collection in the village.

The library is open on Tuesdays and Thursdays from 2pm to 6pm and on Saturdays from 10am to 1pm.
"""),

dict(id="h83-en-008", lang="en", tpl="fusion", section="Sport", date="2026-07-30", byline="Connor Rishworth",
     title="Tarnbury's new skatepark opens after a six-year campaign by teenagers",
     sub="The park on the old bowling green was designed with help from the young people who lobbied for it.",
     caption="Skaters on opening day at the Kirkgate Park skatepark.", credit="Photo: Connor Rishworth",
     look=[("factbox", "The skatepark in figures")],
     body="""
A group of teenagers who first wrote to the council about a skatepark when they were 12 watched it open on Saturday.

The concrete park on the disused bowling green in Kirkgate Park cost £310,000 and was built over the spring.

Lily Ackroyd, now 18, was one of five pupils from Tarnbury High who started the campaign in 2020 with a petition outside the library.

"We were told there was no money about eight times," she said. "We just kept asking."

The group went to council meetings, raised £14,000 through car washes and a sponsored skate, and persuaded a national sports charity to pay for most of the rest.

## The skatepark in figures

- 1,450 square metres of concrete
- A bowl 2.1 metres deep at its deepest point
- 14 rails, ledges and banks for beginners
- Floodlights until 9pm in winter
- Two benches for parents

The designers held three workshops with local skaters, scooter riders and BMX riders before drawing the plans.

Park ranger Terry Hollos said the bowling club, which folded in 2017, had given its blessing.

"Their last members came to the opening. One of them had a go on a scooter."

The skatepark is open from 8am to 9pm every day. Helmets are recommended but not compulsory.
"""),

dict(id="h83-en-009", lang="en", tpl="ucoz", site="Hob Moss Village", kind="small",
     section="Village news", date="2026-04-02", byline="hobmoss_clerk",
     title="Polling station moves to the village hall for May's elections",
     sub="The old school room is being refurbished, so voting will be at the hall instead.",
     caption="Hob Moss village hall on Chapel Brow.", credit="Photo: parish clerk",
     carry=["voterregistration"],
     body="""
Residents of Hob Moss will vote in the village hall on Chapel Brow at the district and parish council elections on Thursday 7 May, and not in the old school room as usual.

The school room is closed while its floor is replaced and will not be ready until June.

The district council's returning officer wrote to the parish council last week to confirm the change. Poll cards going out this month will show the new address.

The hall has level access from the car park, and there will be a ramp at the side door as well. Polling station staff can bring a ballot paper to the door for anyone who cannot get inside.

The parish council has eight seats and nine candidates this time, the first contested parish election in Hob Moss since 2011.

Parish council chairman Geoffrey Sugden said he was glad to see a proper contest.

"For years we have been begging people to stand. Now we have more than we need, which is a nice problem."

Anyone who has moved to the village recently should check that they are registered at their new address.

The parish clerk can help anyone who is not sure how to register or how to apply for a postal vote, at the hall on Tuesday mornings.
"""),
]
