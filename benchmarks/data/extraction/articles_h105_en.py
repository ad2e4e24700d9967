# English stories for the hundred-and-fifth held-out part (h105-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h104_en.py (tpl: "googlesites" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, correction, look, run_in, tags); "carry" names the residue
# families a page must carry, among them the three families new in this part (bikelights, headlice,
# drinkingfountains), which are placed only on stories where a real site would print them; "run_in" names a carried
# family whose link the editor typed at the end of the story's last paragraph; "inset" is the djangocms layout's
# inset picture.
ARTICLES = [
dict(id="h105-en-001", lang="en", tpl="googlesites", site="Copsley Community Council", kind="small",
     section="Village news", date="2026-06-08", byline="Hazel Nunn",
     title="Recreation ground reopens with a new pavilion and splash area",
     sub="", caption="The new pavilion seen from the splash area on opening morning.", credit="Copsley Community Council",
     tags=[], carry=["drinkingfountains"], avoid=["caption"],
     look=[("italic", "\u201cWe had one request above all"), ("bold", "Not everyone is happy."), ("br", "The splash area was the children's idea.")],
     body="""
Copsley recreation ground opened again on Saturday morning after eleven weeks behind fences, and by ten o'clock the queue for the new splash area reached back to the bowls green.

The community council spent \u00a386,400 on the work, most of it from the district's play fund and a grant from the Marrin Valley Landfill Trust. The old changing huts have gone. In their place is a timber pavilion with two changing rooms, an accessible toilet and a kitchen that the football club and the Brownies will share.

The splash area was the children's idea. Pupils at Copsley Primary voted for it over a zip wire when the council asked them last autumn, and their drawings are printed on the fence panels.

\u201cWe had one request above all, and that was shade,\u201d said Hazel Nunn, who chairs the council's amenities group. Six young limes have been planted along the path, and a canvas sail will go up over the picnic tables in June.

What is new at the ground:

- the pavilion and its kitchen
- the splash area, on from 10am to 6pm until the end of September
- a path wide enough for wheelchairs and buggies all the way round
- two benches given in memory of Ray and Olive Tamsett

Not everyone is happy.

Residents of Mill Lane have asked for the car park gate to be locked at night after two weekends of engines revving at midnight, and the council will discuss it at its next meeting.

The pavilion can be booked for parties at \u00a315 an hour by emailing the clerk.
"""),

dict(id="h105-en-002", lang="en", tpl="typo3", site="Harrowbridge District Council",
     section="Roads and transport", date="2026-10-26", byline="Press office",
     title="Council and police hand out free lights as the clocks go back",
     sub="The Light Up Marrin campaign runs on weekday evenings until the end of November.",
     caption="Road-safety officers on Bridge Street on Monday evening.", credit="Harrowbridge District Council",
     tags=[], carry=["bikelights"],
     look=[("highlight", "Last winter 23 people")],
     body="""
Cyclists and walkers in Harrowbridge may be stopped in the street this winter, not for a telling-off but for a free set of lights.

The district council and the Marrin valley neighbourhood policing team launched their dark-evenings campaign, Light Up Marrin, on Monday, the day after the clocks went back. Officers and council road-safety staff will stand at four points on the busiest routes into town between 4.30pm and 7pm on weekdays until the end of November.

Last winter 23 people were hurt on the district's roads between October and February while walking or cycling after dark, up from 14 the year before. In nine of those collisions the driver told police they had not seen the person until the last moment.

\u201cA lot of riders simply don't realise how invisible they are on an unlit lane,\u201d said Councillor Tess Marlowe, the council's cabinet member for transport. \u201cA front light, a rear light and something reflective make a huge difference.\u201d

The campaign has three parts:

1. free lights and reflective bands handed out on the street
2. a leaflet for every secondary pupil with the Highway Code rules on lights
3. extra checks on cars with broken headlights

Sergeant Ade Okonjo said the stops would be friendly. \u201cNobody is getting a ticket for a missing bike light in November. We would rather give you one.\u201d

Drivers are asked to dip their headlights, slow down on the Copsley and Stallbrook lanes and leave cyclists at least a metre and a half.

Road-safety questions can be sent to the council's transport team through the contact form.
"""),

dict(id="h105-en-003", lang="en", tpl="framer", site="The Marrin Letter",
     section="Community", date="2026-09-14", byline="Owen Redfearn",
     title="Fenwick Green's community fridge hands out its thousandth meal",
     sub="Four neighbours, two supermarkets and a porch that never closes.",
     caption="The fridge in the church hall porch.", credit="Owen Redfearn",
     tags=[], only=["correction"],
     correction="This story was changed on 15 September: the fridge stands in the porch of St Bede's church hall, not the scout hut, as we first said.",
     look=[("bold", "Anyone can help themselves.")],
     body="""
A fridge standing in the porch of St Bede's church hall in Fenwick Green passed a milestone last week: the thousandth meal taken from it since it was plugged in in March.

The community fridge was started by four neighbours who were tired of seeing good food thrown away. Two supermarkets, a bakery and the farm shop on the Copsley road now drop off what they cannot sell, and volunteers check the shelves three times a day.

Anyone can help themselves.

There is no form to fill in and nobody asks why you are there.

\u201cPeople assume it's only for families who are struggling, and some of them are,\u201d said Priscilla Adeyemi, one of the founders. \u201cBut we get students, retired couples, builders on their lunch break. Food is food. It should be eaten.\u201d

The volunteers weigh everything that comes in. By their count, 1.9 tonnes of food has gone through the fridge so far, most of it bread, vegetables and yoghurt.

The group now wants a second fridge for the Stallbrook end of the parish and is looking for a dry, covered spot with a plug socket.

The fridge is open from 8am to 8pm every day, and new volunteers can sign up in the church hall on Thursday evenings.
"""),

dict(id="h105-en-004", lang="en", tpl="modx", site="Marrin Valley Today",
     section="People of the valley", date="2026-07-17", byline="Kirsty Anand",
     title="Thirty-one years on the crossing: Stallbrook's lollipop man hangs up his coat",
     sub="Dennis Varley has seen something like 180,000 crossings outside Stallbrook Primary.",
     caption="Dennis Varley at the crossing on his last week.", credit="Kirsty Anand",
     tags=["Stallbrook Primary", "school crossing patrol"],
     body="""
For thirty-one years Dennis Varley has stood outside Stallbrook Primary in a white coat, holding up traffic twice a day. On Friday he does it for the last time. We asked him about it.

**How did a brickworks man end up in a white coat?**

My wife saw the advert in the post office window in 1995. I had just been made redundant from the brickworks and she said it would get me out of the house. It did.

**How many children have you walked across, roughly?**

The school worked it out for me. Somewhere around 180,000 crossings, if you count each child each time. Some of the first ones now bring their own children.

**Is the Stallbrook traffic worse now?**

It's faster and there's more of it. In the nineties it was tractors and the odd delivery van. Now it's people cutting through to the bypass, and they are always late.

**Any frights over the years?**

Twice. A lorry in 2009 that didn't stop until it was nearly on top of us, and a lad on a moped. Nobody was hurt either time.

**What will you miss about the job, Dennis?**

The hellos. Every morning a hundred children say good morning to you. You don't get that anywhere else.

**And what next?**

Allotment, grandchildren, and a lie-in on a Monday.

The school is holding a send-off assembly at 2.45pm on Friday, and former pupils are welcome.
"""),

dict(id="h105-en-005", lang="en", tpl="wagtail", site="Harrowbridge Town Council",
     section="Town centre", date="2026-09-30", byline="Communications team",
     title="Market hall roof repairs to close the building until spring",
     sub="Traders move to marquees in Corn Street car park from 3 November.",
     caption="Netting under the market hall's glass roof.", credit="Harrowbridge Town Council",
     tags=["Market hall", "Corn Street"], carry=["correction"],
     correction="An earlier version of this page gave the closing date as 9 November. The hall closes on 2 November.",
     look=[("factbox", "The work in numbers")],
     body="""
Harrowbridge's Victorian market hall will close on 2 November for five months while its roof is taken apart and rebuilt.

Surveyors found last winter that several of the iron trusses holding up the glass roof had rusted through at the joints. Netting has been strung under the glazing since February to catch falling putty, and the town council says it can no longer be sure the structure is safe in high winds.

## Where the traders will go

The 31 stallholders will move to a temporary market in the Corn Street car park, under three marquees, from Tuesday 3 November. Market days stay the same: Tuesday, Friday and Saturday.

Rents will be halved while the market is outside. \u201cIt's not ideal in December, but it means nobody loses their pitch,\u201d said the market manager, Colin Haigh.

## The work in numbers

- 420 panes of glass to be taken out and cleaned or replaced
- 18 iron trusses to be repaired, four of them rebuilt entirely
- \u00a31.2m cost, of which \u00a3700,000 comes from a heritage grant

## What happens to the clock

The clock over the east door, a favourite with visitors, will be taken down and sent to a specialist workshop in Derby for cleaning. It should return before the hall reopens.

The council expects the market to be back inside by the Easter weekend.

Questions about the temporary market go to the market office, which moves into the old bank on Corn Street.
"""),

dict(id="h105-en-006", lang="en", tpl="optimizely", site="Harrowbridge Evening Post",
     section="Business", date="2026-10-03", byline="Sam Whitlock",
     title="Bridge Street bakery to close after 96 years",
     sub="Tanfield's has baked in Harrowbridge since 1930.",
     caption="Margaret Tanfield behind the counter.", credit="Sam Whitlock",
     tags=["Bridge Street", "Tanfield's"],
     body="""
Tanfield's, the bakery on Bridge Street that has sold bread in Harrowbridge since 1930, will close for good on 31 October.

Owner Margaret Tanfield, 67, the third generation of her family to run the shop, said rising energy bills for the ovens and the lack of anyone to take over had made the decision for her.

**Costs that doubled**

The shop's gas bill went from about \u00a3900 a month to \u00a32,100 in two years, she said. The price of flour and butter rose at the same time, and customers began to notice the price of a loaf.

\u201cI didn't want to be the bakery that charges four pounds for a sandwich,\u201d she said. \u201cSo I've been losing money on the counter for a year.\u201d

**No one to take it on**

Her two sons both work in Leeds and neither wants to start baking at four in the morning. She advertised the business in the trade press last spring and had one serious enquiry, which fell through.

**The last batch**

Regulars have been queuing from opening time since the news spread. The shop's lardy cake, made to her grandfather's recipe, has sold out by ten every day this week.

Mrs Tanfield plans to give the recipe to the town museum.

The shop is open from 7am to 2pm, Monday to Saturday, until the end of the month.
"""),

dict(id="h105-en-007", lang="en", tpl="nicepage", site="The Stallbrook Clarion",
     section="Schools", date="2026-09-22", byline="Fern Oduya",
     title="Stallbrook Primary turns an empty classroom into a room for parents",
     sub="Sofas, a kettle and a support worker every school morning.",
     caption="The family room at Stallbrook Primary.", credit="Fern Oduya",
     tags=[], carry=["headlice"],
     look=[("italic", "\u201cIt costs us almost nothing")],
     body="""
An empty classroom at Stallbrook Primary has become a place where parents can sit down with a cup of tea after drop-off, and on most mornings it is full.

The family room opened at the start of term. It has two sofas, a kettle, a rack of donated coats and a noticeboard covered in cards for local services. The school's family support worker, Jo Pennick, is there from 8.45 to 10am every day.

\u201cSome parents come in to ask about uniform or free school meals,\u201d she said. \u201cSome just want to talk to another adult before they go home to a toddler.\u201d

The room was paid for with \u00a34,800 from the parent-teacher association, raised at two summer fairs and a sponsored walk.

Each week has a theme. So far there has been:

- a session on claiming help with childcare costs
- a visit from the school nurse
- a coffee morning with the speech and language team
- an English conversation group for parents who are learning

Head teacher Marcus Bell said attendance had risen since the room opened, because families who were struggling now had somewhere to ask for help early.

\u201cIt costs us almost nothing to leave the door open,\u201d he said.

The family room is open every school morning, and parents do not need to book.
"""),

dict(id="h105-en-008", lang="en", tpl="enfold", site="Marrin Valley Gazette",
     section="Gardening", date="2026-08-27", byline="Linus Farrant",
     title="Allotment waiting list in Harrowbridge passes two hundred names",
     sub="Only eleven plots came free last year.",
     caption="Plots at the Cemetery Road site.", credit="Linus Farrant",
     tags=[],
     look=[("dropcap", "More than two hundred people")],
     body="""
More than two hundred people are now waiting for an allotment in Harrowbridge, the longest list the town has known, and some have been on it since 2019.

The town's four sites have 164 plots between them. Only eleven became free last year, mostly when older tenants gave up.

\u201cWe get phone calls every week from people asking where they are on the list,\u201d said Linda Ormerod, secretary of the Harrowbridge Allotment Society. \u201cThe honest answer is that most of them will wait years.\u201d

The society has asked the town council to consider splitting the largest plots in half. A full plot of ten poles is more than most new gardeners can manage, she said, and half plots would let twice as many people start.

Other ideas on the table:

- a new site on council land behind the cemetery
- a shared plot for the primary schools
- raised beds for tenants who use wheelchairs

Tenants pay \u00a338 a year for a full plot, with water included.

The council's environment committee will look at the proposals on 12 October.

Anyone who wants to join the waiting list can apply through the society's website. Subscribers to its newsletter are told first when a plot comes free.
"""),

dict(id="h105-en-009", lang="en", tpl="avada", site="The Harrowbridge Herald",
     section="Leisure", date="2026-09-16", byline="Nadia Pryce",
     title="Volunteers keep Copsley lido open through a record summer",
     sub="41,300 swims and three paid staff.",
     caption="The lido on its busiest Saturday.", credit="Nadia Pryce",
     tags=[],
     look=[("box", "How to volunteer")],
     body="""
The open-air pool at Copsley had its busiest season in more than forty years, and it was run almost entirely by people who were not paid.

The lido, built in 1936 and saved from closure by a charity in 2012, sold 41,300 swims between May and mid-September. The previous best since the charity took over was 29,000.

Its manager, Beth Corrigan, is one of only three paid staff. Around 140 volunteers do everything else, from selling tickets and cleaning the changing rooms to checking the water every two hours.

\u201cThe heat brought the crowds, but the volunteers kept the gates open,\u201d she said. \u201cOn the hottest Saturday we had 1,100 people through.\u201d

Lifeguards are the exception. They must hold a national pool qualification, and the charity pays for the training of anyone willing to give two shifts a week.

## How to volunteer

Training for next season starts in March. Volunteers need to be over 16 and able to give at least one four-hour shift a fortnight.

The pool now closes for the winter, when the tiles will be repaired and the boiler serviced.

It reopens on the first Saturday in May, and season tickets go on sale in April.
"""),
]
