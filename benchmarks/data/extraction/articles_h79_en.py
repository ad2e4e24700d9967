# English stories for the seventy-ninth held-out part (h79-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h78_en.py (tpl: "divi" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (pitchbookings, bulkywaste,
# memorialbenches), which are placed only on stories where a real site would print them.  On the divi pages
# "caption" / "credit" belong to the featured image and "body_caption" to the image block further down the post.
ARTICLES = [
dict(id="h79-en-001", lang="en", tpl="divi", site="Kelderby Now",
     section="Sport", date="2026-04-09", byline="Joanna Threlkeld",
     title="Kelderby's first all-weather pitch opens at Hollin Lane",
     sub="The floodlit 3G pitch cost £640,000 and can be booked by anyone. Clubs say it will end a decade of cancelled fixtures.",
     caption="Under-12s from Kelderby Rovers on the new pitch at Hollin Lane.", credit="Photo: Joanna Threlkeld",
     body_caption="The pitch has six floodlight masts and a small stand for 80 spectators.",
     carry=["pitchbookings"],
     look=[("dropcap", "For ten winters Kelderby Rovers"), ("highlight", "The pitch can be split into three"),
           ("br", "Nobody will be turned away for being rubbish."), ("italic", "\u201cWe lost half a season to mud in 2024.\u201d")],
     body="""
For ten winters Kelderby Rovers have watched their Saturday matches called off by nine o'clock in the morning. From this weekend that should stop.

The town's first all-weather pitch opened at Hollin Lane recreation ground on Wednesday evening, when around 200 people turned up to watch the under-12s play the first game under the new floodlights.

The 3G pitch, made of artificial grass laid over a rubber crumb, cost £640,000. Most of the money came from the football foundation, with £150,000 from the town council and £40,000 raised by the club itself through quiz nights, a sponsored walk and a Christmas raffle.

The pitch can be split into three smaller pitches for training and five-a-side. It will be open from 9am to 10pm every day, and the council says local teams will get priority on weekday evenings.

\u201cWe lost half a season to mud in 2024.\u201d

That was how Rovers secretary Pauline Gathercole summed up the old grass pitch, which flooded whenever the Kelder rose.

Walking football for the over-50s starts on Tuesday mornings next month, and the club is looking for players.

Nobody will be turned away for being rubbish. That's the only rule.

Anyone who wants to join the walking football group can contact the club through its website or turn up at 10am on 5 May.
"""),

dict(id="h79-en-002", lang="en", tpl="wordpress", section="Council", date="2026-02-19", byline="Marcus Holroyd",
     title="Cost of bulky waste collections to rise to £38 for three items",
     sub="Stennet district council says the charge still covers less than half of what each collection costs.",
     caption="A sofa left beside the bins on Thrapley Road.", credit="Photo: Marcus Holroyd",
     carry=["bulkywaste"],
     look=[("dropcap", "Residents in Stennet will pay")],
     body="""
Residents in Stennet will pay £38 to have up to three large items taken away from April, up from £27, after councillors approved the district's budget on Tuesday night.

The council runs around 6,400 bulky waste collections a year. Officers told the meeting that each one costs about £85 once the crew, the van and the disposal fees are counted.

People on council tax support will still pay the old rate, and the charge for a single fridge or freezer stays at £20.

The most common items collected last year were:

- sofas and armchairs
- mattresses
- fridges and freezers
- wardrobes and chests of drawers
- washing machines

Opposition councillor Denise Pemberton said the rise would lead to more fly-tipping in the back lanes of the town centre, where she said a fridge had been left on the pavement for eleven days in January.

Cabinet member for the environment Rob Ashworth said the council would keep the price under review and pointed out that the household recycling centre on Gorsey Bank takes furniture free of charge.

Charities such as the Stennet Furniture Project will also collect good-quality sofas and beds for free if they carry a fire label.
"""),

dict(id="h79-en-003", lang="en", tpl="amp", section="Seafront", date="2026-06-04", byline="Carys Whitlow",
     title="No room left for new memorial benches on Saltfleet promenade",
     sub="More than 140 families are on a waiting list. The council wants to plant trees with plaques instead.",
     caption="A row of memorial benches on Saltfleet promenade.", credit="Photo: Carys Whitlow",
     carry=["memorialbenches"],
     body="""
Every one of the 212 benches along Saltfleet's promenade now carries a small brass plaque, and the town council says it has no space to put down any more.

The council stopped taking new applications for memorial benches in the spring, after the last free spot near the lifeboat station was taken. More than 140 families are on the waiting list, some of them since 2021.

Benches are usually replaced after about fifteen years, when the wood has worn out. Families whose plaques are on an old bench are offered the chance to renew them first, which means very few places come free.

Councillor Gareth Mossop said the council understood how much the benches meant to people.

\u201cPeople sit on their mum's bench with a flask and look at the sea. We don't want to take that away from anyone,\u201d he said.

Instead, the council is proposing a memorial grove of 30 trees in Pinewood Park, each with a plaque on a low post, and a stone wall near the bandstand where names could be carved.

Some families say that is not the same. Sandra Lilley, who has waited four years for a bench for her husband, said he had proposed to her on the promenade in 1979.

The consultation on the proposals is open until the end of July.
"""),

dict(id="h79-en-004", lang="en", tpl="table", section="People", date="2026-07-22", byline="Owen Pritchard",
     title="Thirty-five years of boilers and lost property: Ormsby's school caretaker retires",
     sub="Keith Lumley has looked after Ormsby Moor Primary since 1991. We asked him what he'll miss.",
     caption="Keith Lumley in the school boiler room.", credit="Photo: Owen Pritchard",
     low=0,
     body="""
Keith Lumley started as caretaker at Ormsby Moor Primary in September 1991. He has unblocked sinks, cleared snow, painted every classroom at least four times and found a lost tortoise in the hall. He retires on Friday.

**How did you end up at the school?**

My wife saw the advert in the paper. I was a plumber, and the school needed someone who could fix the heating. It was a coke boiler then.

**What was the worst day?**

The flood in 2007. The beck came over the playing field and into the infants' classrooms. We had the children's paintings drying on every radiator in the building for a month.

**And the best day?**

The day the old boiler went. We had a little ceremony. The head gave a speech.

**Do the children know what you do?**

They think I live here. Every year one of the new ones asks if I sleep in the cupboard.

**What will you miss about the place?**

The noise at playtime. My house is very quiet.

**What happens to the tortoise?**

He went home with a girl in Year 4 in 1998. She's a vet now.

Mr Lumley's leaving party is in the school hall on Friday afternoon, and former pupils are welcome.
"""),

dict(id="h79-en-005", lang="en", tpl="semantic", section="Community", date="2026-05-14", byline="Helen Brackenbury",
     title="Gorsey Bank's village shop reopens as a community co-operative",
     sub="Villagers raised £96,000 in community shares to save the only shop for six miles.",
     caption="Volunteers stocking the shelves before the opening.", credit="Photo: Helen Brackenbury",
     only=["correction"],
     correction="Correction, 16 May: this story first said the shop had closed in 2023. It closed in October 2024, and 388 people, not 300, bought shares.",
     look=[("italic", "\u201cIt was the first loaf sold here in eighteen months.\u201d")],
     body="""
Follow the bunting down Chapel Street and you will find Gorsey Bank's village shop open again, eighteen months after the last owners retired and locked the door.

The shop reopened on Saturday as a community co-operative, owned by 388 villagers who bought shares of between £50 and £2,000. Together they raised £96,000, enough to buy the building, fit new fridges and fill the shelves.

A manager, Tracey Oldroyd, has been hired for 30 hours a week. The rest of the opening hours will be covered by a rota of 41 volunteers, the youngest 16 and the oldest 84.

Chairman of the co-operative Ian Fothergill bought the first loaf.

\u201cIt was the first loaf sold here in eighteen months.\u201d

The nearest supermarket is six miles away in Stennet, and the bus runs only twice a day. Several older villagers said they had been relying on neighbours for their shopping since the shop closed.

The shop will sell bread from the bakery in Thrapley, eggs and vegetables from two farms in the parish, newspapers and a small range of groceries. There will also be a post office counter on Tuesday and Thursday mornings.

The shop is open from 7.30am to 6pm Monday to Saturday and from 8am to noon on Sunday.
"""),

dict(id="h79-en-006", lang="en", tpl="storybody", section="Leisure", date="2026-03-26", byline="Priya Halstead",
     title="Sunday league sides must book Marrick Bay's grass pitches online from August",
     sub="The council is ending season-long lets at the playing fields. Clubs will book and pay for each kick-off slot.",
     caption="A Sunday morning match at Marrick Bay playing fields.", credit="Photo: Priya Halstead",
     carry=["pitchbookings"],
     body="""
For more than forty years the football clubs that play at Marrick Bay playing fields have rented their pitches for a whole season, with one phone call to the council every summer. From August that arrangement ends.

The council's leisure team says the four grass pitches, the changing rooms and the car park will instead be booked online, one match at a time.

**How the new system works**

Clubs will book a kick-off slot of an hour and a half, on Saturday afternoons or Sunday mornings, up to eight weeks ahead. A slot on a full-size pitch will cost £54, including the changing rooms, and a junior pitch £31.

Slots that are not booked a week in advance will be opened to anyone, including groups of friends who want a kickabout.

**Why the change**

Officers told councillors that on some weekends last season two of the four pitches sat empty even though they had been let for the year.

Not everyone agrees. Marrick Bay Athletic secretary Gordon Pybus said his club had played on pitch two every Sunday since 1983.

\u201cWe mark the lines ourselves. We put the nets up. Now we are supposed to race people on a website,\u201d he said.

**Help for volunteers**

The council says club secretaries who are not confident online can book at the leisure centre desk, and will be given a week's head start in July.

The first booking window opens on 1 July at 9am.
"""),

dict(id="h79-en-007", lang="en", tpl="ghost", section="Parks", date="2026-09-10", byline="Tom Ellerker",
     title="Families asked to remove ornaments from memorial benches in Hollin Park",
     sub="Flowers, windmills and photographs have piled up on the benches. The council says it will give families a month.",
     caption="Memorial benches along the lake in Hollin Park.", credit="Photo: Tom Ellerker",
     carry=["memorialbenches"],
     look=[("callout", "Families who have a plaque on a bench in Hollin Park")],
     body="""
Photos in frames, solar lights, wind chimes and plastic flowers have been tied to many of the 64 memorial benches around the lake in Hollin Park, and the town council has asked families to take them home.

Kelderby town council says the ornaments make the benches hard to clean and that some have been damaged by the wind. Last winter a heavy glass lantern fell off a bench and broke, leaving glass on the path where children ride their bikes.

Families who have a plaque on a bench in Hollin Park have until 15 October to remove anything tied to it. Anything left after that date will be taken off by the parks team and kept at the depot on Mill Street until the end of the year.

Not everyone agrees with the decision. Linda Grayshaw, whose son's bench sits by the boathouse, said she had put a small wooden robin on it every Christmas for nine years.

\u201cIt's not hurting anyone. It's a robin,\u201d she said.

The council said small fresh flowers could still be left on the ground beside a bench, but not attached to it.

Parks manager Ruth Devlin said the team would speak to every family before anything was removed, and that it would be done with care.
"""),

dict(id="h79-en-008", lang="en", tpl="drupal", section="Environment", date="2026-11-05", byline="Nadia Foulkes",
     title="Fly-tipping in Stennet up by a third since bulky waste charge rose",
     sub="Figures obtained by the paper show 1,140 reports between April and September.",
     caption="Mattresses dumped in a lay-by on the Gorsey Bank road.", credit="Photo: Nadia Foulkes",
     carry=["bulkywaste"],
     look=[("box", "Anyone who sees someone dumping rubbish")],
     body="""
Reports of fly-tipping in Stennet rose by a third in the six months after the district council put up the price of its bulky waste collections, figures obtained by this paper show.

The council received 1,140 reports between April and September, compared with 857 in the same months last year. Mattresses, sofas and building rubble were the items most often dumped.

## Where it happens

Most of the reports came from the back lanes of the Thrapley Road area, the lay-bys on the Gorsey Bank road and the gateways of fields on the edge of Ormsby Moor.

Farmer Colin Ashby said he had cleared rubbish from his gateways seven times since the summer, once including a whole kitchen.

\u201cI'm paying to get rid of other people's sofas,\u201d he said.

## What the council told us

The council says it is too early to blame the higher charge, and points out that fly-tipping has risen across the region. It has put up four hidden cameras and fined 23 people since April.

Anyone who sees someone dumping rubbish should note the time, the place and, if it is safe, the number plate of the vehicle, and report it to the council.

Fines for fly-tipping can reach £1,000, and offenders can be taken to court.
"""),

dict(id="h79-en-009", lang="en", tpl="sanity", section="Coast", date="2026-08-13", byline="Declan Ravenhill",
     title="Saltfleet lifeboat crew show off their new boat to 3,000 visitors",
     sub="The open day raised £11,200 for the station, which was called out 61 times last year.",
     caption="The new lifeboat on its launching trolley at Saltfleet.", credit="Photo: Declan Ravenhill",
     carry=["map"],
     look=[("dropcap", "Cookies, cakes and a raffle")],
     body="""
Cookies, cakes and a raffle with a signed rugby shirt as first prize raised more than £2,000 on their own at Saltfleet lifeboat station's open day on Saturday.

Around 3,000 people came down to the harbour to look at the station's new inshore lifeboat, which arrived in June and replaces a boat that had been in service since 2012.

Visitors could climb aboard, try on a crew helmet and watch a demonstration in which the crew picked up a volunteer from the water in under four minutes.

The open day raised £11,200 in all, which will pay for new kit for the 24 volunteer crew members.

Helm Sophie Marsland, who joined the crew at 17, said the day mattered because most people never saw the crew at work.

\u201cWe get paged at three in the morning and we go. People see the boat go out, but they don't see the training every Tuesday night.\u201d

The station was called out 61 times last year, mostly to swimmers and paddleboarders caught by the tide off Marrick Point.

The crew is looking for new volunteers, and people do not need to have any experience of boats. Training evenings are held every Tuesday at 7pm at the station.
"""),
]
