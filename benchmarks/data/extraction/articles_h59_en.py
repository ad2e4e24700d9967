# English stories for the fifty-ninth held-out part (h59-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h58_en.py (tpl: "mediawiki" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (recyclecentre, leisurebook,
# bereavement), which are placed only on stories where a real site would print them.  On the mediawiki pages, "tags"
# are the page's categories and "notes" its references (marked "[^n]" at the end of a paragraph; listed under the
# wiki's "Sources" heading, not story text).
ARTICLES = [
dict(id="h59-en-001", lang="en", tpl="mediawiki", site="Dunmere Wiki", kind="small",
     section="News", date="2026-05-02", byline="Pellinor", tags=["Dunmere Green", "May Fair", "Events in 2026"],
     title="May Fair returns to Dunmere Green after two years away",
     sub="The fair committee has found a new insurer and forty volunteers; the maypole goes up on Saturday 16 May.",
     caption="The maypole being painted in the fire station yard, April 2026.", credit="Photo: Hollis Anning, CC BY-SA 4.0",
     carry=["calendar"],
     notes=["Minutes of Dunmere Parish Council, meeting of 14 April 2026, item 7.",
            "Figures given by the fair committee's treasurer at the open meeting in the Reading Room, 23 April 2026."],
     look=[("italic", "\"We nearly gave up twice")],
     body="""
The Dunmere May Fair will return to the Green on Saturday 16 May, two years after it was called off when the committee could not find anyone to insure it.

The fair, which has been held on the Green in most years since 1911, lost its cover in 2024 when the old insurer stopped taking on village events. The parish council has now agreed to add the fair to its own policy for a fee of £340 a year.[^1]

## Volunteers

The committee asked for 30 volunteers at an open meeting in April and got 41. Most will run stalls or marshal the car park in Tanner's Field, but six have signed up for the first-aid tent after a course with the county's voluntary ambulance service.

Stephen Kerridge, who chairs the committee, said the response had surprised him.

"We nearly gave up twice. Then the Reading Room was full on a Thursday night, and people were asking what they could carry."

## What's on at the fair

- the maypole dance by the pupils of Dunmere primary school at 2pm
- the dog show, with a class for the dog with the waggiest tail
- the tug of war between the two ends of the village, Top Town and Bottom Town
- cream teas in the church hall

The fair needs to raise about £2,800 to cover its costs. Any money left over goes to the church roof and the school's swimming lessons.[^2]

Stallholders can still book a pitch with Mary Hollis at the post office until Friday 8 May.
"""),

dict(id="h59-en-002", lang="en", tpl="wordpress", section="Environment", date="2026-02-10", byline="Rhodri Bassenthwaite",
     title="Booking system at Hartsgrove tip scrapped as fly-tipping climbs",
     sub="The county says drivers can turn up without a slot again from March, after 212 reports of dumped rubbish in a year.",
     caption="Mattresses and a fridge dumped in a lay-by on the Coldridge road.", credit="Photo: Rhodri Bassenthwaite",
     carry=["recyclecentre"],
     look=[("dropcap", "Residents will no longer need to book")],
     body="""
Residents will no longer need to book a slot to take their rubbish to the household recycling centre at Hartsgrove, the county council said this week, ending a system introduced during the pandemic.

The change follows a year in which fly-tipping reports in the district rose to 212, from 147 the year before. Most involved bags of garden waste, old furniture and builders' rubble left in lay-bys and field gateways along the Coldridge road.

Councillor Anwen Tregaskis, who is responsible for waste, said the booking system had done its job of cutting queues but had become "one hurdle too many" for some people.

"If you've got a boot full of rubbish and the next slot is Thursday week, a lay-by starts to look tempting. We don't excuse it, but we can stop making it easier," she said.

## What changes from 2 March

- cars can turn up at any time during opening hours without booking
- vans and cars with trailers still need a permit, which is free
- the site will open until 6pm on Wednesdays from April to September
- a second skip for mattresses will be added by the weighbridge

Farmers along the Coldridge road welcomed the decision. Gethin Probert, who has cleared four loads from his gateways since Christmas, said he had been paying a contractor out of his own pocket.

The council will review the figures in the autumn. Anyone who sees rubbish being dumped is asked to note the time, place and registration number of the vehicle rather than tackle the people involved.
"""),

dict(id="h59-en-003", lang="en", tpl="amp", section="Community", date="2026-04-23", byline="Perpetua Lanyon",
     title="Cemetery gates to stay open until dusk after families' petition",
     sub="Visitors to Ashcombe Road cemetery had found themselves locked out at four o'clock on summer evenings.",
     caption="The main gates of Ashcombe Road cemetery.", credit="Photo: Perpetua Lanyon",
     carry=["bereavement"],
     body="""
The gates of Ashcombe Road cemetery will stay open until dusk from May, after more than 600 people signed a petition started by a woman who found herself locked in.

June Sallows, 72, was tending her husband's grave one evening last August when the gates were locked at four o'clock. She had to ring her son to fetch a ladder.

"I'm not cross with the man who locked up. He was following the rules. The rules were just wrong for people who work all day and can only come in the evening," she said.

The cemetery, which opened in 1867 and has more than 14,000 graves, has closed at 4pm all year round since staff numbers were cut in 2019.

**A volunteer rota**

The town council will now pay for a timed lock on the main gates, and a rota of volunteers from the Friends of Ashcombe Road Cemetery will check the grounds before closing. The side gate on Vicarage Walk will still be locked at four.

The Friends group, which has 45 members, has also offered to lead walks around the Victorian part of the cemetery on the first Sunday of each month.

Mrs Sallows said she would be there on the first evening.

"I'll bring a flask. Harold always said a cemetery should be a place you can sit in, not just pass through," she said.

The new opening times start on Friday 1 May.
"""),

dict(id="h59-en-004", lang="en", tpl="table", section="Education", date="2026-03-12", byline="Zachary Ollerenshaw",
     title="Sixth-formers' bus shelter wins county design award",
     sub="The oak shelter on the Brindle road was designed and built by students at Wealdon College.",
     caption="The new oak bus shelter on the Brindle road, with its builders.", credit="Photo: Zachary Ollerenshaw",
     low=0,
     body="""
A bus shelter designed and built by six sixth-formers at Wealdon College has won the county's award for small buildings, beating a library extension and a new cricket pavilion.

The shelter stands on the Brindle road, where pupils from the outlying farms wait for the school bus. For years the only shelter was a hawthorn hedge.

The students, all studying design and technology, spent two terms on the project. They drew up the plans in the autumn, got permission from the highways department in January and built the shelter over the Easter holidays with help from a retired carpenter, Len Cowdray.

It is made of green oak from a woodland three miles away, with a roof of cedar shingles and a bench long enough for eight.

"The brief was: it has to keep eleven-year-olds dry and it has to survive them," said Amira Fenwick, 17, who led the design.

The judges said the shelter was "modest, beautifully made and exactly right for its place".

The college hopes to build two more shelters on the same road next year, if the parish council can find the £4,000 for the timber.

Len Cowdray said the students had done almost all the work themselves.

"I showed them how to cut a joint once. After that they mostly told me to go and have a cup of tea."
"""),

dict(id="h59-en-005", lang="en", tpl="semantic", section="Sport", date="2026-06-04", byline="Imogen Trewartha",
     title="Floodlit tennis courts reopen in Abbot's Park after £190,000 refit",
     sub="The six courts, closed for two years with cracked surfaces, can now be booked online until 9pm.",
     caption="The resurfaced courts in Abbot's Park on the first evening.", credit="Photo: Imogen Trewartha",
     carry=["leisurebook"],
     look=[("br", "Sessions for children cost")],
     body="""
The six public tennis courts in Abbot's Park reopened on Saturday after a £190,000 refit paid for by the council and a national tennis charity.

The courts had been closed for almost two years. Tree roots had lifted the tarmac, the nets were rotten and the fencing on the Priory Road side had fallen in after a storm.

They now have a new acrylic surface, floodlights that switch off at 9pm and a gate that opens with a code sent when a court is booked online.

**Cheaper than before**

A court costs £6 an hour at peak times and £4 during the day, less than the old charges. Two courts will be kept free on Saturday mornings for families.

Players queued before the gates opened. Dev Mistry, 68, who has played in the park since the 1970s, had the first booking at eight o'clock.

"Half the people I used to play with had given up. I've been on the phone all week getting them back," he said.

The park's tennis club, which folded in 2023, is being restarted by a group of parents.

Coaching for beginners starts on 15 June.

Sessions for children cost £2 and the rackets are lent free.

The council said the floodlights had been angled so they do not shine into houses on Priory Road, after complaints from neighbours when the plans were first shown.
"""),

dict(id="h59-en-006", lang="en", tpl="storybody", section="People", date="2026-07-15", byline="Cornelius Abebe",
     title="'The river tells you when it's in a mood': a lock-keeper on 31 years at Wendle Lock",
     sub="Ray Tulliver hands over the keys to Wendle Lock next week. We asked him about boats, floods and swans.",
     caption="Ray Tulliver at Wendle Lock.", credit="Photo: Cornelius Abebe",
     body="""
Ray Tulliver has kept Wendle Lock on the River Aske since 1995. Next week he hands the keys to his successor and moves to a bungalow half a mile up the hill, with a view of the weir. We asked him about the job.

**How many boats go through in a year?**

About four thousand, most of them between Easter and October. On a bank holiday I've done ninety in a day, and eaten my lunch standing up.

**What do people get wrong?**

They rush. They see the gates and they think it's a race. A lock is slow on purpose. You can't hurry water.

**And floods?**

I've had the river in my kitchen twice, in 2000 and 2014. You learn to read it. The colour changes before the level does. The river tells you when it's in a mood.

**Will you miss the lock?**

The people, yes. Some of the same families have come through every August for thirty years. I've watched their children grow up, one summer at a time.

**Any advice for the new keeper?**

Be kind to the swans and firm with the hire boats. Never the other way round.

The Environment Agency has not said whether the lock house will still be lived in after Mr Tulliver leaves. His successor, Hannah Okafor, will live in the village.

A farewell tea for Mr Tulliver will be held on the lock island on Sunday 26 July from 3pm, and anyone who has ever gone through the lock is welcome.
"""),

dict(id="h59-en-007", lang="en", tpl="ghost", section="Community", date="2026-01-28", byline="Saoirse Blackledge",
     title="Community fridge on Market Lane gives away its ten-thousandth meal",
     sub="Volunteers say the fridge outside the Methodist hall has changed who comes, and when.",
     caption="The community fridge outside the Methodist hall on Market Lane.", credit="Photo: Saoirse Blackledge",
     only=["correction"],
     correction="Correction: this story first said the fridge was opened in 2023. It opened in March 2024, and we have changed the date above.",
     look=[("callout", "To give food, take it to the hall")],
     body="""
Cookies, sandwiches and a crate of apples from a farm shop were gone within the hour on Tuesday, when the community fridge on Market Lane gave away what its volunteers reckon was its ten-thousandth meal.

The fridge, which stands outside the Methodist hall, was opened in March 2024 by a group of neighbours who were tired of seeing supermarket food thrown away at the end of the day. Anyone can take what they need without giving a name or a reason.

Carol Adeyemi, who runs the rota of 22 volunteers, said the people using it had changed.

"At the start it was mostly students and a few people sleeping rough. Now it's nurses coming off a night shift, and mums with a pushchair on the way back from school," she said.

Three supermarkets and two bakeries now give food, along with the allotment society, which brought 40 kilos of runner beans last August.

The volunteers check the fridge twice a day and throw out anything past its date. The council's environmental health team inspects it every six months.

The group is looking for a second fridge and a volunteer with a van for Saturday collections.

To give food, take it to the hall between 9am and 6pm on weekdays. Home-cooked food cannot be accepted, but shop-bought food that is still sealed is always welcome.
"""),

dict(id="h59-en-008", lang="en", tpl="gutenberg", section="Villages", date="2026-09-09", byline="Lucinda Harrowby",
     title="Kilnsey Cross village hall gets a new roof after a £52,000 appeal",
     sub="Quiz nights, a sponsored swim and one large legacy paid for the work in eighteen months.",
     caption="Roofers on the village hall at Kilnsey Cross.", credit="Photo: Lucinda Harrowby",
     look=[("dropcap", "The rain has stopped coming in"), ("box", "The hall committee says the hall")],
     body="""
The rain has stopped coming in at Kilnsey Cross village hall. Roofers finished the last of the new slates on Friday, 18 months after a storm tore a hole above the stage and the committee launched a £52,000 appeal.

The hall, built by villagers in 1922 as a memorial to the men of the parish who died in the First World War, is used by the playgroup, the short-mat bowls club, a slimming group and the parish council.

For the past year and a half those groups have shared the space with buckets.

## Quiz nights, a swim and a legacy

The appeal raised £31,000 from quiz nights, a sponsored swim in the river by the rugby club, two auctions of promises and a long run of cake sales. A district council grant added £9,000.

The rest came from a legacy left by Edith Parrow, a former playgroup leader who died last year aged 94 and who, her nephew said, "never missed a committee meeting in sixty years".

The hall committee says the hall will be back to its full timetable from October, with a dance to celebrate on Saturday 17 October.

Treasurer Bryn Maddocks said the work had come in £1,400 under budget, which would be spent on a new boiler.

"We would rather not start another appeal for at least ten years," he said.
"""),

dict(id="h59-en-009", lang="en", tpl="sanity", section="Business", date="2026-11-05", byline="Tobias Ekwueme",
     title="Newsagent who delivered to the same streets for fifty years closes his shop",
     sub="Derek Allinson started on a paper round at twelve. At 74, he is handing back the keys to the shop on Cotton Street.",
     caption="Derek Allinson behind the counter of his shop on Cotton Street.", credit="Photo: Tobias Ekwueme",
     look=[("dropcap", "Derek Allinson was twelve")],
     body="""
Derek Allinson was twelve when he did his first paper round for the shop on Cotton Street, on a bicycle with a basket that was too big for it. On Saturday, aged 74, he will lock its door for the last time.

He bought the shop from its first owner in 1976 and has opened it at half past five six mornings a week ever since. He reckons he has missed eleven days, most of them in the snow of 1982.

At its busiest, the shop sent out 900 papers a day with fourteen paperboys and girls. Now there are 160 papers and three rounds, two of them done by Mr Allinson himself in his car.

"People stopped reading the paper and started reading their phones. I don't blame them. I just couldn't make it pay," he said.

Customers have left cards on the counter all week. One came from a woman who did the Hill Road round in 1979 and is now a headteacher.

**What happens to the rounds**

A newsagent in the next town, Priya Lakhani, has agreed to take on the three rounds from Monday, so nobody should miss a paper.

Customers who want to keep their subscription going should ring her shop on 01632 960 418 before Saturday.
"""),
]
