# English stories for the fortieth held-out part (h40-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "statamic" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag; "inset": the caption and credit of
# the image set inside a Statamic story); "carry" names the residue families a page must carry, among them the three
# families new in this part (schools, quakes, waits), placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h40-en-001", lang="en", tpl="statamic", site="Brennport Almanac", kind="magazine", section="People", date="2026-04-09",
     byline="Tamsin Roake",
     title="Brennport's last sewing machine mechanic: 'Nobody throws a Singer away'",
     sub="Walter Ibbotson has mended machines behind the covered market for 46 years. He is 71, and he is not stopping.",
     caption="A row of restored machines waiting to be collected in Tanner's Yard.", credit="Photograph: Tamsin Roake",
     inset=("Walter Ibbotson at his bench, with a 1950s Jones machine in pieces.", "Photograph: Tamsin Roake"),
     pull="Because the old ones were built to be mended.",
     look=[("dropcap", "For 46 years, Walter Ibbotson"), ("bold", "How many machines have you fixed?"),
           ("bold", "Why do people still bring them to you?"), ("factbox", "Walter's workshop")],
     body="""
For 46 years, Walter Ibbotson has repaired sewing machines in a workshop behind the covered market. He is 71, he has no apprentice, and he says he is not retiring. We visited him on a Tuesday morning, when there was already a queue at the door.

How many machines have you fixed?

I stopped counting at 20,000, and that was in 1998. On a good week I do 30. In September, when the school uniforms need taking up, it is nearer 50.

**The oldest?**

A hand-cranked Singer from 1889. A woman brought it in a pram. It had been in her family for four generations, and all it needed was oil and a new belt.

Why do people still bring them to you?

Because the old ones were built to be mended. You can take them apart with one screwdriver. Some of the new plastic ones I cannot open without snapping a clip, and nobody makes the parts any more.

**Do you sell them too?**

A few. I buy them at house clearances for £10 or £15, clean them up and sell them for £60 with a year's guarantee. Students buy them, and so do people who have been watching the sewing programmes on television.

**And an apprentice?**

I have asked at the college twice. If a young person wants to learn, the door is open. It takes two years to be any good.

## Walter's workshop

- Open Tuesday to Saturday, 9am to 4pm
- A full service costs £25, and collection from your home £5 more
- Cash or card, no appointment needed

You will find him at Unit 4, Tanner's Yard. Bring the foot pedal.
"""),

dict(id="h40-en-002", lang="en", tpl="wordpress", section="News", date="2026-01-14", byline="Rhiannon Pell",
     title="Snow closes 63 schools as Dunmere district wakes to 15cm",
     sub="Gritters have been out since 3am, and buses on the moorland routes are suspended until midday.",
     caption="A gritting lorry on the Carlow Fell road before dawn.", credit="Photo: Rhiannon Pell",
     carry=["schools"],
     look=[("dropcap", "More than 60 schools")],
     body="""
More than 60 schools across the Dunmere district are closed today after up to 15 centimetres of snow fell overnight, with the heaviest falls on the higher ground around Carlow Fell.

The county council said 63 of its 112 schools had told it by 7.30am that they would not open. Most of the closures are in the villages, where head teachers said staff could not get in safely.

Graham Sutcliffe, head teacher of Fellside Primary, made the decision at 6am after walking to the school from his home. "The lane is sheet ice under the snow. I could not ask parents to bring children up it," he said.

Schools in Dunmere town are mostly open, though several have asked pupils to arrive an hour late.

Gritters have been out since 3am on the main routes. The council has 14 gritting lorries and about 4,000 tonnes of salt in its barns, which it says is enough for several weeks of bad weather.

Bus operator Moorlink has suspended services on its three moorland routes until at least midday. Buses in the town are running with delays of up to 30 minutes.

A yellow warning for snow and ice is in place until 10am tomorrow, and more snow is forecast this evening, mainly above 200 metres.

Parents should check their school's website or text messages before setting out. The council says it will update its own list of closures every hour until 9am.
"""),

dict(id="h40-en-003", lang="en", tpl="amp", section="News", date="2026-02-21", byline="Declan Foyle",
     title="Earthquake felt across the Tarrow valley: 'The whole house rattled'",
     sub="The magnitude 3.6 tremor struck just after 11pm on Friday. No injuries have been reported.",
     caption="A fallen chimney pot on Mill Street in Millbeck on Saturday morning.", credit="Photo: Declan Foyle",
     carry=["quakes"], section_tag=True, choose={"section": 0},
     body="""
An earthquake with a magnitude of 3.6 shook homes across the Tarrow valley late on Friday night, waking hundreds of people and setting off car alarms in Millbeck.

The national geological survey said the tremor struck at 11.14pm at a depth of about seven kilometres, with its centre two miles north of the village of Corrie End.

Residents described a deep rumble lasting a few seconds. Jean Hartigan, 66, of Corrie End, said she thought a lorry had hit the house. "The whole house rattled and the plates on the dresser were jumping. Then it just stopped," she said.

"I thought the boiler had gone," said her neighbour, Stan Oduya.

**What the survey says**

Seismologist Dr Fiona Laird said earthquakes of this size happen in Britain a few times a year and rarely cause damage. The valley sits on an old fault line, and the last tremor of a similar size there was in 1987.

She asked anyone who felt it to fill in the survey's online form, because the reports help scientists map how strongly the shaking was felt from place to place. More than 1,300 people had done so by Saturday lunchtime.

**Minor damage**

The fire service received 40 calls, mostly from people who were frightened rather than hurt. A chimney pot fell from a terraced house in Millbeck, and a crack appeared in the wall of the village hall in Corrie End.

Residents shared doorbell camera videos on social media, several of which show garden furniture sliding across patios. Building inspectors from the district council will check the village hall on Monday.
"""),

dict(id="h40-en-004", lang="en", tpl="gutenberg", section="Health", date="2026-12-30", byline="Priya Chandran",
     title="Patients wait up to 14 hours in A&E at Kestwick General",
     sub="The hospital declared a critical incident on Monday as flu cases and falls on icy pavements rose.",
     caption="Ambulances outside the emergency department at Kestwick General on Monday evening.", credit="Photo: Priya Chandran",
     carry=["waits"],
     look=[("box", "If you are not sure"), ("highlight", "Ambulances queued outside")],
     body="""
Patients at Kestwick General Hospital waited up to 14 hours to be admitted from its emergency department on Monday, as the hospital declared a critical incident for the second time this winter.

The hospital trust said 311 people came to A&E in 24 hours, about 60 more than on a normal winter day. At one point 38 patients who needed a bed were waiting in the department.

Ambulances queued outside for up to three hours. The ambulance service said its crews had been held at the hospital for a total of 190 hours over the weekend.

## Flu and falls

Chief nurse Helen Abara said the rise was driven by flu, chest infections and falls on icy pavements. "Our staff are working incredibly hard. We are asking people to help us by using the right service," she said.

The hospital has opened an extra ward of 24 beds and postponed some planned operations to free up staff. It said patients whose operations had been moved would be contacted directly.

If you are not sure whether you need A&E, call the non-emergency number or visit a pharmacy first. Anyone with chest pain, difficulty breathing or signs of a stroke should still call 999.

Kestwick's minor injuries unit on Station Road is open from 8am to 8pm every day, and waits there on Monday were under two hours.

The critical incident is expected to remain in place until at least Friday.
"""),

dict(id="h40-en-005", lang="en", tpl="drupal", site="Harlow Vale Council", kind="public", section="News",
     date="2026-03-10", byline="Communications team",
     title="Most schools to close on Thursday as teachers strike",
     sub="Parents should check with their child's school. Breakfast clubs and school buses are also affected.",
     caption="Harlow Vale Academy, one of the schools that will close on Thursday.", credit="Photo: Harlow Vale Council",
     carry=["schools"],
     look=[("box", "Exams for Year 11")],
     body="""
Most of the council's schools will be closed or partly closed on Thursday 12 March, when members of the teachers' union strike over pay.

Head teachers have told the council that 41 of the 58 schools in Harlow Vale will close to all pupils. Eleven will open for some year groups, and six will open as normal.

Each school decides whether it can open safely, depending on how many of its staff are on strike. Schools are not told in advance which staff will take part.

What parents need to know:

- Your child's school will contact you directly by Wednesday afternoon
- Pupils who get free school meals can collect a packed lunch from school between 11.30am and 1pm
- School buses will not run to schools that are closed
- Breakfast and after-school clubs run by schools will not take place

Exams for Year 11 and Year 13 pupils will go ahead as planned where schools are open for those year groups.

The council's cabinet member for education, Councillor Ruth Danby, said: "We understand this is difficult for families, especially for parents who work. We would encourage everyone to check with their school rather than relying on social media."

A second strike day has been announced for Wednesday 25 March.
"""),

dict(id="h40-en-006", lang="en", tpl="ghost", site="The Ashcombe Bell", kind="small", section="Community",
     date="2026-05-07", byline="Meg Torrance",
     title="Repair café fixes its 1,000th item: a 1962 valve radio",
     sub="Volunteers have mended toasters, lamps, bikes and one accordion since 2019.",
     caption="Bernard Kyle with the valve radio in St Luke's church hall.", credit="Photo: Meg Torrance",
     carry=["calendar"],
     look=[("callout", "Bring your broken things")],
     body="""
Ashcombe Repair Café marked its 1,000th repair on Saturday, when volunteer Bernard Kyle brought a 1962 valve radio back to life in the church hall.

The radio belonged to Iris Fenwick, 88, who had listened to it every morning until it fell silent in February. "My late husband bought it with his first wage packet. I cried when it started crackling again," she said.

The café opened in 2019 with four volunteers and a box of screwdrivers. It now has 17, including a retired electrician, two seamstresses and a bicycle mechanic.

Their records show the most common repairs are lamps, toasters and kettles, followed by clothes with broken zips. The strangest was an accordion with a stuck key, fixed by a volunteer who had never played one.

Organiser Tess Oyelaran said about four in five items leave the café working. "People follow us round the hall watching what we do. Half of them go home and fix the next thing themselves," she said.

Repairs are free, though visitors are asked to put something in the tin for tea and spare parts.

Bring your broken things to St Luke's church hall on the first Saturday of each month, from 10am to 1pm. The next café is on 6 June.
"""),

dict(id="h40-en-007", lang="en", tpl="nextjs", section="Sport", date="2026-08-31", byline="Joel Ashdown",
     title="Harwood women's cricket team win county league at the first attempt",
     sub="Captain Leah Marsden talks about the season, the dropped catches and the teas.",
     caption="Harwood's players celebrate the winning runs against Bransby.", credit="Photo: Joel Ashdown",
     carry=["scores"],
     look=[("bold", "When did you think"), ("bold", "What changed?"), ("bold", "Best moment?"), ("bold", "And the teas?")],
     body="""
Harwood Cricket Club's women's team have won the Eastshire county league in their first season, clinching the title with a six-wicket win over Bransby on Sunday.

The team was formed two winters ago, when 11 mothers from the club's junior section started indoor nets while their children trained. Nine of them had never played a match. We spoke to captain Leah Marsden.

When did you think you could win it?

Honestly, not until July. We lost our first game by 90 runs, and I remember sitting in the car afterwards thinking we had made a terrible mistake.

What changed?

We practised catching every Tuesday until it got dark. We dropped 14 catches in that first game. On Sunday we dropped one.

Best moment?

Our opening bowler, Shaz Qureshi, taking a hat-trick against Wellow. She had only been playing for eight months.

And the teas?

They are famous. We won every match on the cake, even the ones we lost on the pitch.

The club says 26 women and girls now play regularly, and it will enter a second team in the league next season.
"""),

dict(id="h40-en-008", lang="en", tpl="table", section="Community", date="2026-06-18", byline="Clive Underhay",
     title="After 480 issues, the editor of the Welby Villager puts down her pen",
     sub="Dorothy Arkwright has produced the village newsletter every month since 1986.",
     caption="Dorothy Arkwright with a stack of back issues at her kitchen table.", credit="Photo: Clive Underhay",
     low=1, only=["correction"],
     correction="Correction: we first reported that Mrs Arkwright had edited 420 issues. The correct figure is 480.",
     body="""
The newsletter has always been free, and nobody in Welby has ever had to subscribe to it. It simply arrives through every letterbox on the first Friday of the month.

For the past 40 years, that has been the work of Dorothy Arkwright, who this month publishes her 480th and last issue as editor of the Welby Villager.

Mrs Arkwright, 81, took over in 1986, when the newsletter was typed on a typewriter and copied on the vicarage duplicator. Today it runs to 16 pages, printed in colour, with photos sent in by readers and adverts from local firms that pay for the printing.

She has reported on six vicars, three floods and the night in 1997 when the thatched roof of the village pub caught fire. "I have never missed a deadline. I once delivered an issue with my arm in plaster," she said.

Her favourite part of the job was the letters page. "People will write to the newsletter about things they would never say at a parish meeting," she said.

The newsletter is delivered by 22 volunteers to 640 homes. A new editor, former teacher Sanjay Mehra, takes over in July and plans to add an email version for readers who have moved away.

Mrs Arkwright said she would keep reading it. "Somebody has to check the spelling," she said.
"""),

dict(id="h40-en-009", lang="en", tpl="ucoz", site="Netherby Village Website", kind="small", section="Village news",
     date="2026-10-02", byline="webmaster_pat",
     title="Eight new flood wardens ready for the winter on the Netherby brook",
     sub="The volunteers have been trained to check the brook and warn their neighbours.",
     caption="The gauge board under the Mill Lane bridge.", credit="Photo: Pat Hollins",
     carry=["map"],
     body="""
Netherby has eight trained flood wardens for the first time, ready for the winter.

The volunteers, who live in the streets closest to the brook, spent two evenings in September being trained by the Environment Agency and the county's emergency planning team.

The village was flooded in 2020, when water came into 23 homes on Mill Lane and Brook Row. Several families were out of their homes for more than a year.

When a flood alert is issued, the wardens will:

1. Check the gauge board at the Mill Lane bridge every two hours
2. Knock on the doors of neighbours who are elderly or live alone
3. Put out the road closed signs on Brook Row if the water reaches the second mark
4. Report what they see to the Environment Agency's incident line

Warden co-ordinator Judith Hale said the most important job was knocking on doors. "In 2020 some people did not know the water was coming until it was under the door," she said.

The parish council has bought 200 sandbags, which are stored in the old fire station on Church Street. Residents can ask any warden for them.

Anyone who would like to be added to the wardens' phone list should call Judith on 01632 960 754.
"""),
]
