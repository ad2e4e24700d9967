# English stories for the sixty-seventh held-out part (h67-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h66_en.py (tpl: "escenic" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (noiseboard, heatalert, scamalert),
# which are placed only on stories where a real site would print them.  On the escenic pages the "sub" is the
# article's lead (standfirst), "caption" / "credit" belong to the top media and "body_caption" to the image the
# editor put into the body; a block of lines starting with "| " is a story table (a table in the CUE rich-text
# field; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h67-en-001", lang="en", tpl="escenic", site="Harnley Evening Post",
     section="Harnley", date="2026-09-03", byline="Rachel Ambrose",
     title="Rooftop bar told to shut its terrace at 10pm after 140 noise complaints",
     sub="People living on Canal Wharf say bass from the Skyline Lounge kept them awake four nights a week all summer.",
     caption="The roof terrace of the Skyline Lounge, seven floors above Canal Wharf.", credit="Photo: Harnley Evening Post",
     body_caption="Residents of Wharfside House outside Tuesday's licensing hearing.",
     carry=["noiseboard"],
     look=[("highlight", "The owners of a rooftop bar in Harnley"), ("italic", "\u201cI have timed it."),
           ("br", "Residents say they will keep their diaries")],
     body="""
The owners of a rooftop bar in Harnley city centre have been ordered to close its terrace at 10pm and keep its doors shut after the council received 140 complaints about noise from people living nearby.

Harnley City Council's licensing sub-committee imposed the conditions on Tuesday after a three-hour hearing, the first full review of a premises licence in the city for four years.

The Skyline Lounge opened on the seventh floor of the former Corn Exchange in May. Its terrace, which looks over Canal Wharf, has room for 180 people and a DJ booth.

## Four nights a week

Residents of the wharf's three apartment blocks told the committee that bass from the terrace could be heard in their bedrooms until after 1am from Thursday to Sunday.

\u201cI have timed it. The last song finishes at ten past one.\u201d

That was Priya Chandran, a nurse who works early shifts at Harnley General. She said she had kept a diary of the noise since June and had recordings from 52 nights.

The bar's director, Lewis Brennan, told the hearing the business had spent \u00a338,000 on a sound limiter and acoustic panels. "We want to be good neighbours. We have 46 staff and most of them live in the city."

## Closing time moves forward

The committee set out new hours, which apply from next weekend:

| Area | Until now | From 12 September
| Roof terrace | 1am | 10pm
| Indoor bar | 1.30am | 1am
| Recorded music on the terrace | Until 1am | Not allowed

Councillor Ruth Ogunleye, who chaired the hearing, said the panel had been shown a photo of a sound meter reading 71 decibels in one flat at midnight.

The bar can appeal to the magistrates' court within 21 days. Mr Brennan said the company would study the decision before deciding what to do.

Residents say they will keep their diaries going until Christmas.
"""),

dict(id="h67-en-002", lang="en", tpl="wordpress", section="Health", date="2026-07-14", byline="Nadia Sorensen",
     title="Care homes told to check on residents every two hours as temperatures head for 34C",
     sub="Brayton's public health director says older people often do not notice they are overheating until they are unwell.",
     caption="Staff at Hollybank House in Fenwick hand out ice lollies.", credit="Photo: Nadia Sorensen",
     carry=["heatalert"],
     look=[("dropcap", "Care homes across Brayton and the surrounding villages")],
     body="""
Care homes across Brayton and the surrounding villages have been told to check on every resident at least once every two hours this week, as forecasters predict temperatures of up to 34C on Thursday.

The instruction came from Brayton's director of public health, Dr Imogen Falade, after an amber heat-health warning was issued for the region from Tuesday morning until Saturday.

"Older people often don't feel thirsty and don't notice they are overheating until they are quite unwell," she said. "Regular checks, cool drinks and keeping curtains closed on the sunny side of the building make a real difference."

**What homes have been asked to do**

The 41 registered homes in the district have been asked to:

- offer a drink to every resident at least once an hour
- move people out of south-facing rooms in the afternoon
- record indoor temperatures three times a day
- call a GP if a resident becomes confused or drowsy

Staff at Hollybank House in Fenwick said they had bought 30 extra fans and were serving ice lollies every afternoon. The home's manager, Gail Summers, said: "Our residents love them. We've had requests for lemon ones."

**Schools stay open**

Schools will remain open, but headteachers have been told to keep children out of direct sun at lunchtime and to relax uniform rules. Sports day at Fenwick Primary has been moved to next week.

Ambulance crews attended 23 heat-related calls in the district during the last hot spell in June.

People who cannot contact an older relative during the heatwave can ask the council's community response team to call round on 01632 960 733.
"""),

dict(id="h67-en-003", lang="en", tpl="amp", section="Crime", date="2026-03-19", byline="Gareth Llewellyn",
     title="Fake police officers took \u00a384,000 from seven pensioners in three weeks",
     sub="Detectives in Kelsey say the callers follow the same script every time, and one attempt was stopped by a building society cashier.",
     caption="Market Street in Kelsey, where a courier was arrested last Thursday.", credit="Photo: Gareth Llewellyn",
     carry=["scamalert"],
     body="""
Detectives in Kelsey have warned older residents to be on their guard after fraudsters posing as police officers took \u00a384,000 from seven pensioners in three weeks.

In each case, the victim received a phone call from a man who said he was a detective investigating corrupt staff at their bank.

The callers told the pensioners that their savings were at risk and persuaded them to withdraw cash or buy gold, which a "courier" then collected from their doorstep.

The oldest victim, a 91-year-old widow from Abbots Leigh, handed over \u00a322,000 in two instalments.

**How the scam works**

Detective Sergeant Owen Pritchard of Kelsey's economic crime unit said the callers followed the same steps every time:

1. They give a name and a badge number and say they are police officers.
2. They tell the victim to hang up and call 999 to check, but stay on the line so the call never ends.
3. They ask the victim to keep the investigation secret, even from family.
4. They send a courier, often a young man in a taxi, to collect the money.

"No police officer will ever ask you to withdraw money or hand over your bank card," DS Pritchard said. "If someone does, they are a criminal."

**A cashier's instinct**

One attempt was stopped last Thursday when a cashier at a building society in Market Street noticed that a customer in her eighties seemed nervous and asked her who the \u00a39,000 was for. Staff called the police, and a 19-year-old man was arrested when he arrived to collect the money.

He has been charged with fraud and will appear before Kelsey magistrates next month.

Police are asking residents to share the warning with older neighbours and relatives.
"""),

dict(id="h67-en-004", lang="en", tpl="table", section="People", date="2026-05-21", byline="Callum Firth",
     title="'On a clear day you can see the sea': Maureen hands over the town hall clock key",
     sub="Maureen Atherley has climbed 96 steps every Monday for 27 years to wind Stainby's clock. She is 74.",
     caption="Maureen Atherley in the clock room of Stainby town hall.", credit="Photo: Callum Firth",
     low=0,
     body="""
Every Monday morning for 27 years, Maureen Atherley has climbed 96 steps inside Stainby town hall to wind its clock. Next month she hands the key to a volunteer from the civic society. She is 74.

**How did you end up with the key?**

My father did it before me, for 30 years. When his knees went, the council asked if I'd take over for a few weeks. That was 1999.

**How long does the winding take?**

Forty minutes if the weather's kind. There are three weights, one for the time and two for the chimes, and you turn the handle about 400 times for each.

**Heaviest part?**

The strike weight. It's about the size of a sack of potatoes. You feel it in your shoulders on a Monday afternoon.

**Has it ever stopped?**

Four times that I know of. Once a pigeon got into the works. Once, in the big freeze, the oil thickened and it just gave up at twenty to four. Half the town rang the council.

**Why give up now?**

The stairs. I'm fine going up. It's coming down that worries my daughter.

**Will you miss the clock room?**

Terribly. You can see the whole valley from the clock room. On a clear day you can see the sea.

**Who's next?**

A young man called Adam from the civic society. He's 31 and very keen. He's been coming up with me since Easter.

The civic society is holding an open day at the town hall on Saturday 14 June, when visitors can climb the tower between 10am and 3pm.
"""),

dict(id="h67-en-005", lang="en", tpl="semantic", section="Community", date="2026-10-08", byline="Priti Mahal",
     title="Denholme library reopens with a caf\u00e9, a maker space and longer hours",
     sub="More than 600 people came through the doors on the first morning after an 18-month refurbishment.",
     caption="The restored reading room at Denholme central library.", credit="Photo: Priti Mahal",
     only=["correction"],
     correction="Correction: this story first said the library would open on Sundays. It will open on Saturdays until 5pm.",
     look=[("italic", "\u201cI've been coming here since I was six.")],
     body="""
Denholme's central library has reopened after an 18-month refurbishment that cost \u00a31.2 million, with a caf\u00e9, a maker space with two 3D printers and longer opening hours.

The Victorian building on Church Street closed in March last year after water damage was found in the roof and the reading room ceiling had to be propped up.

More than 600 people came through the doors on the first morning, according to the library's manager, Anita Sandhu. "Some of them had been waiting on the steps since half past eight."

\u201cI've been coming here since I was six. It feels like it's been given back to us.\u201d

That was Ronald Whitlock, 82, who was first in the queue.

The maker space, on the first floor, has two 3D printers, a laser cutter and four sewing machines, which can be booked for free by anyone with a library card. Volunteers from the town's repair caf\u00e9 will run sessions on Wednesday evenings.

The caf\u00e9 is run by a social enterprise that trains young people with learning disabilities. Its first week's menu includes soup, sandwiches and oat cookies baked on the premises.

The library will now open until 7pm on weekdays, two hours later than before, and until 5pm on Saturdays.

The council said the work was paid for partly by a \u00a3700,000 government grant and partly by the sale of a former library building in Low Moor.

Books borrowed before the closure can be returned without a fine until the end of the month.
"""),

dict(id="h67-en-006", lang="en", tpl="drupal", section="Transport", date="2026-10-23", byline="Simon Achterberg",
     title="Complaints about night flights double during Castlebrook Airport trial",
     sub="More than half of the 1,874 complaints came from two villages under the final approach.",
     caption="A cargo aircraft on the approach to Castlebrook over Mossley Green.", credit="Photo: Simon Achterberg",
     carry=["noiseboard"],
     body="""
Noise complaints about Castlebrook Airport have more than doubled since it began a trial allowing cargo flights to land between 11.30pm and 6am, figures released this week show.

The airport logged 1,874 complaints in the first six months of the trial, compared with 812 in the same period last year. More than half came from the villages of Mossley Green and Ashby Parva, which lie under the final approach.

## Woken at 2am

Retired teacher Helen Marwood, who has lived in Mossley Green for 35 years, said she was woken by aircraft most nights. "It's not the daytime flights. We've always lived with those. It's the one at ten past two and the one at quarter to four."

Her neighbour, David Osei, said he had started sleeping in the back bedroom. "The windows rattle. My grandson won't stay over any more."

## The airport's view

The airport says the trial involves an average of four night movements and that the aircraft used are among the quietest in service. It says the cargo flights support 140 jobs, mostly at a parcel hub on the airport's northern edge.

A spokesperson said: "We take every complaint seriously and publish all our noise monitoring data. We are talking to the airlines about a steeper approach to reduce noise over the villages."

## A decision in spring

The trial is due to end in March, when the airport will apply to the council to make the night flights permanent. Planning officers say any application will need a new noise assessment and a public consultation.

Mossley Green parish council has invited residents to a meeting in the village hall on Thursday 6 November at 7.30pm.
"""),

dict(id="h67-en-007", lang="en", tpl="hugo", section="Community", date="2026-02-26", byline="Eleanor Quayle",
     title="Repair caf\u00e9 fixes its 1,000th item: a toaster from 1974",
     sub="Ribblesford Repair Caf\u00e9 started with four volunteers and one table. It now has 19 volunteers and a cake stall.",
     caption="Volunteers at work in Ribblesford Methodist Church hall.", credit="Photo: Eleanor Quayle",
     carry=["calendar"],
     body="""
The monthly newsletter of Ribblesford Repair Caf\u00e9 normally runs to a single page. This month it needed three, because the volunteers have fixed their 1,000th item.

It was a chrome toaster bought as a wedding present in 1974, brought in by Jean and Alan Pike of Lower Mill Lane. A loose wire in the timer had stopped it popping up.

"We were told by a shop in town that it wasn't worth repairing," said Mrs Pike. "It took Keith eleven minutes."

**Four years, one table at a time**

The caf\u00e9 started in 2022 with four volunteers and one table in the Methodist church hall. It now has 19 volunteers, including two electricians, a retired seamstress and a bicycle mechanic, and opens on the first Saturday of every month.

Its records show what people bring in most often:

- lamps and small electrical items (312)
- clothes and bags (241)
- bicycles (118)
- toys (97)
- laptops and phones (74)

Organiser Bethan Croft said about seven in ten items went home working. "The rest usually need a part that nobody makes any more. But even then people go away knowing why."

**Cake and a soldering iron**

Visitors pay nothing, though there is a donations jar and a cake stall. The caf\u00e9 estimates it has kept more than two tonnes of goods out of landfill.

The next session is on Saturday 7 March from 10am to 1pm at Ribblesford Methodist Church.
"""),

dict(id="h67-en-008", lang="en", tpl="gutenberg", section="Features", date="2026-04-28", byline="Joseph Halloran",
     title="After six years, the library van is back in the Fell villages",
     sub="An electric van paid for by a rural transport grant now serves 23 villages that have no library of their own.",
     caption="Edna Marsh, 94, at the Howgill bus shelter.", credit="Photo: Joseph Halloran",
     look=[("dropcap", "When the mobile library last drove through"), ("box", "The van stops for 40 minutes in each village")],
     body="""
When the mobile library last drove through the Fell villages in 2020, Edna Marsh was 88 and had read every large-print western it carried. On Tuesday, at 94, she was waiting at the bus shelter in Howgill when it came back.

The county council withdrew its two mobile libraries during the pandemic and later sold them to save money. A new electric van, paid for by a \u00a3160,000 grant from a rural transport fund, has now restored a service to 23 villages that have no library of their own.

The van carries about 2,500 books, a selection of audiobooks and jigsaws, and a printer. Library assistant Kerry Dobson drives it herself.

"People have been waiting at the end of their lanes with bags of books they borrowed in 2020," she said. "I've told them there are no fines. One man brought back a book about beekeeping that was due in March 2020. He said it had been very useful."

The council says the van will also carry blood pressure monitors that can be borrowed, and a volunteer from a local charity will travel with it once a month to help people fill in forms.

The van stops for 40 minutes in each village every other Tuesday, and for an hour on market day in Sedbergh Cross. Borrowers can subscribe to a text reminder the day before it arrives.

Mrs Marsh borrowed four books on Tuesday. "I'll have them finished by the next time," she said.
"""),

dict(id="h67-en-009", lang="en", tpl="typo3", site="Harrowfield District Council", kind="public",
     section="Community safety", date="2026-04-09", byline="Communications team",
     title="Trading Standards warns of cold callers offering cheap roof repairs",
     sub="Five households in the district have lost a total of \u00a331,500 to doorstep traders in the past month.",
     caption="A No Cold Calling Zone sign in Wetherby Lane.", credit="Photo: Harrowfield District Council",
     carry=["scamalert"],
     body="""
Harrowfield District Council's Trading Standards team is warning residents about cold callers offering to repair roofs and gutters, after five households lost a total of \u00a331,500 in the past month.

In each case, two or three men knocked on the door, said they had noticed loose tiles while working nearby and offered to fix them for a small sum. Once on the roof, they claimed to have found serious damage and demanded much larger payments, in one case \u00a312,000.

Four of the victims were over 75. One, a man of 86 in Wetherby Lane, was driven to his bank by one of the traders to withdraw cash.

## What to do if someone calls

The council's advice is simple:

- never agree to work on the doorstep, however cheap the offer
- do not let callers into your home or onto your roof
- get at least two written quotes from traders you have found yourself
- if you feel pressured, close the door and call a neighbour or relative

The council's cabinet member for communities, Councillor Sushila Mehta, said: "These people are very convincing and they target people who live alone. Please talk to older family members and neighbours about this."

## No Cold Calling Zones

Streets where a majority of households agree can apply for a No Cold Calling Zone, with signs at each end of the street. There are already 38 zones in the district.

Officers will hold a drop-in session on doorstep crime at Harrowfield Library on Wednesday 22 April from 10am to noon.
"""),
]
