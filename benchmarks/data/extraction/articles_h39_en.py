# English stories for the thirty-ninth held-out part (h39-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h36_en.py (tpl: "ibexa" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (airquality, flights, outage), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h39-en-001", lang="en", tpl="ibexa", site="The Dunmere Courier", section="Dunmere news", date="2026-07-21",
     byline="Rachel Ingleby",
     title="Ozone warning for the Dunmere basin as the heatwave stalls",
     sub="Doctors have asked people with asthma to stay indoors in the afternoons until the weekend.",
     caption="Haze over the Dunmere basin seen from Copley Edge on Monday evening.", credit="Image: Rachel Ingleby / The Dunmere Courier",
     carry=["airquality"],
     look=[("dropcap", "A brown haze has hung"), ("factbox", "What the doctors advise"),
           ("highlight", "The readings at Castle Lane")],
     body="""
A brown haze has hung over the Dunmere basin since Saturday, and on Monday the council's monitors recorded the highest ozone levels in the town for nine years.

The readings at Castle Lane and at the Ferrybridge roundabout passed the alert threshold shortly after two o'clock in the afternoon and stayed there until early evening. Forecasters expect the hot, still weather to last until Friday, when a band of rain should clear the air.

Ozone forms when sunlight acts on exhaust fumes and industrial emissions. In a bowl of hills like the basin, with no wind to carry it away, it builds up day after day.

Dr Imran Sheikh, a chest consultant at Dunmere Royal Infirmary, said the hospital had seen a rise in people arriving with breathing problems since the weekend. "Most of them are older patients with lung conditions, and a few children with asthma. Nearly all of them had been out walking or gardening in the afternoon," he said.

## What the doctors advise

- Keep strenuous exercise to the early morning
- Carry your reliever inhaler at all times
- Keep windows closed in the afternoon and open them late in the evening

The council has asked drivers to leave their cars at home where they can and has suspended the weekly bonfire permits at its allotments until the end of the month.

Park-and-ride buses from Copley and Wharton will be free until Friday.
"""),

dict(id="h39-en-002", lang="en", tpl="wordpress", section="News", date="2026-11-03", byline="Tom Ashworth",
     title="Storm Hester leaves 11,000 homes in the Carrow valley without power",
     sub="Engineers say some villages may not be reconnected until Wednesday night.",
     caption="A fallen ash tree across power lines on the Carrow road at Nethercott.", credit="Photo: Tom Ashworth",
     carry=["outage"], section_tag=True,
     body="""
More than 11,000 homes and businesses in the Carrow valley were without electricity on Monday after Storm Hester brought down trees and power lines across the district overnight.

Gusts of 78mph were recorded at Nethercott, and the network operator said its engineers had found damage at more than 200 places, most of it caused by falling branches.

Supply had been restored to about 6,500 customers by Monday evening. Engineers warned that homes in the hill villages of Heddon, Ullacott and Blackmoor Gate could be without power until late on Wednesday.

**Welfare vans in the villages**

The operator has sent welfare vans serving hot drinks and meals to Heddon village hall and the car park at Ullacott church. Customers on its priority services register, including people who rely on medical equipment, are being called by staff.

Sheila Mardon, 81, of Heddon, said she had spent the night in two coats. "The wind woke me at three and the lights went a minute later. I have a gas hob, so at least I can boil a kettle," she said.

The district council has opened Blackmoor Gate primary school as a warm space. It will stay open until 9pm each night until the power is back.

Where to get help:

- Hot food and drinks at Heddon village hall and Ullacott church car park, 10am to 8pm
- Warm space at Blackmoor Gate primary school, until 9pm
- Free phone charging at the Carrow library

Households without power for more than 48 hours are entitled to compensation, which the operator pays automatically.
"""),

dict(id="h39-en-003", lang="en", tpl="amp", section="Business", date="2026-04-14", byline="Megan Polglase",
     title="Trelissick airport wins back its daily flight to Dublin",
     sub="The route returns in May after a two-year gap, with a second weekly service to Jersey.",
     caption="The terminal at Trelissick airport.", credit="Photo: Megan Polglase",
     carry=["flights"],
     look=[("italic", "\"We lost a lot of business")],
     body="""
Trelissick airport will have a daily flight to Dublin again from 19 May, two years after the last airline on the route pulled out.

The service will be flown by a regional airline using a 72-seat turboprop. It will leave Trelissick at 7.10am and return from Dublin at 6.45pm, which the airport says will suit business travellers making a day trip.

"We lost a lot of business when Dublin went. Firms told us they were driving three hours to Bristol for the same flight," said the airport's managing director, Clare Hosken.

**A second route to Jersey**

The same airline will also fly to Jersey on Saturdays from June to September. Fares on both routes start at £39 one way.

The airport handled 212,000 passengers last year, less than half its total before 2020. Mrs Hosken said the two new routes should add about 40,000 a year.

The council, which owns the airport, agreed in January to cut landing charges for new routes for their first three years. Opposition councillors have questioned the cost, which they put at £600,000.

Council leader Adam Trebilcock said the deal would pay for itself. "Every seat on that plane is somebody spending money in Cornwall's far west rather than somewhere else," he said.

Tickets go on sale on Thursday.
"""),

dict(id="h39-en-004", lang="en", tpl="legacy-br", section="Environment", date="2026-05-08", byline="Phil Chenoweth",
     title="Birdwatchers asked not to post nest sites of rare falcons online",
     sub="A pair of peregrines nesting in a quarry were disturbed by visitors after photos were shared.",
     caption="The disused quarry at Penhallow where the falcons are nesting.", credit="Photo: Phil Chenoweth",
     low=0,
     body="""
"Enjoy the birds, but please don't post where they are."

That is the message from wildlife officers after a pair of peregrine falcons nesting in a disused quarry near Penhallow were disturbed by a stream of visitors last month.

The birds chose a ledge on the quarry face in March. Within days, photos of them had been shared more than 3,000 times on social media, several with the location pinned on a map.

Volunteers who watch the site counted 64 people at the quarry edge over one weekend in April, some of them with dogs and drones. The female left the nest twice for more than an hour, and wardens feared the eggs would go cold.

Kerensa Hocking, who manages the reserve for the county wildlife trust, said people meant no harm. "They see a beautiful photo and want to see the bird for themselves. But a falcon that feels hunted will abandon its eggs," she said.

The trust has put up a rope barrier and a sign at the quarry, and volunteers now keep watch at weekends. It is asking photographers to wait until the chicks have left the nest in July before sharing pictures, and never to give the location.

Disturbing a nesting peregrine is a criminal offence. Anyone who sees people or drones close to the nest should contact the police on 101.
"""),

dict(id="h39-en-005", lang="en", tpl="ghost", site="Wickham Fen Allotment Society", kind="small", section="Society news",
     date="2026-09-15", byline="Margaret Dunstable",
     title="Marrows, dahlias and one enormous leek: the autumn show results",
     sub="A record 212 entries were judged in the Wickham Fen church hall on Saturday.",
     caption="Trevor Blunsom's prize-winning leek on the show bench.", credit="Photo: Margaret Dunstable",
     carry=["gallery"],
     look=[("callout", "Thank you to everyone")],
     body="""
The autumn show had its biggest entry in the society's 48 years, with 212 exhibits from 39 plot holders filling the church hall on Saturday.

Judges Dennis Aldous and Pat Overy spent three hours on the benches, and the hall was opened to the public at two o'clock. About 150 people came through the door.

Trevor Blunsom won the heaviest vegetable class for the third year running, this time with a leek that weighed 4.1kg. He would not say what he feeds it. "Soot, patience and a bit of talking to," was all he would tell the judges.

The main results:

- Best in show: Aileen Cho, for her collection of five vegetables
- Heaviest vegetable: Trevor Blunsom, leek, 4.1kg
- Dahlias, three blooms: Gerald Mott
- Best new plot holder: the Kowalski family, plot 31
- Children's class, funny-shaped vegetable: Ruby Clarke, aged 7, for a carrot "with legs"

The cake stall raised £212 for the society's new water tank, and the raffle another £96.

Thank you to everyone who helped set up the hall, judged, baked or cleared away. We could not do it without you.

Photos from the show are on the noticeboard at the gate, and members can borrow prints from Margaret at plot 12.
"""),

dict(id="h39-en-006", lang="en", tpl="nextjs", section="Sport", date="2026-08-24", byline="Sam Oldroyd",
     title="Calderbridge captain: 'We've waited 41 years, we can wait one more over'",
     sub="Calderbridge Cricket Club are one win away from their first league title since 1985. Their captain talked to us before the last match.",
     caption="Jess Ramsden at the Holme Lane ground.", credit="Photo: Sam Oldroyd",
     carry=["scores"],
     look=[("bold", "How are the players feeling?"), ("bold", "Who has made the difference?"), ("bold", "Rain?"),
           ("bold", "And if it goes wrong?")],
     body="""
Calderbridge Cricket Club go into the last match of the Pennine League season on Saturday needing to beat Sowerby St Peter's to win the title for the first time since 1985.

Their captain, Jess Ramsden, 29, took over last winter after the club finished seventh. We spoke to her at the Holme Lane ground on Tuesday evening, where the squad were practising in the nets.

How are the players feeling?

Nervous, some of them. I've told them to treat it like any other Saturday. We've got this far by not thinking about the table.

Who has made the difference?

Our opening bowler, Harry Sutcliffe. He's 17 and he has taken 38 wickets. Last year he was bowling in the under-15s.

Rain?

Don't. The forecast says showers. If we lose the game to rain we'd still need Luddenden to drop points, and I'd rather it was in our own hands.

And if it goes wrong?

Then we come back next year. We've waited 41 years. We can wait one more over.

Play starts at 12.30pm. The club bar will be open from 11am, and entry to the ground is free.
"""),

dict(id="h39-en-007", lang="en", tpl="fusion", section="Health", date="2026-06-10", byline="Laura Whitcombe",
     title="Grass pollen reaches its highest level in a decade as chemists run short",
     sub="Pharmacists in Hallamby report empty shelves of antihistamines after a week of very high counts.",
     caption="Meadows in flower on the edge of Hallamby.", credit="Photo: Laura Whitcombe",
     carry=["airquality"],
     look=[("factbox", "Easing the symptoms")],
     body="""
Chemists in Hallamby have run out of some hay fever tablets after the grass pollen count reached its highest level for ten years.

The university's pollen monitoring station on the roof of the medical school recorded 187 grains of grass pollen per cubic metre of air on Monday, after six days in a row above 100. Anything over 50 is classed as high.

Wet weather in May followed by a warm, windy June meant the grasses flowered all at once, said Dr Annika Voss, who runs the station. "It is the perfect recipe. Every meadow around the city is releasing pollen at the same time," she said.

At Greaves Pharmacy on Market Street, the shelf for own-brand antihistamines has been empty since Friday. Pharmacist Daniel Obi said deliveries had been cut because wholesalers were short across the region.

"People are coming in with streaming eyes and I'm having to send them elsewhere. We're expecting a delivery on Thursday," he said.

## Easing the symptoms

- Shower and change clothes after being outdoors
- Keep windows shut in the early morning and the evening, when counts peak
- Wear wraparound sunglasses
- Ask a pharmacist about nasal sprays if tablets are out of stock

The GP practices in the city say people should not book appointments for hay fever alone unless they also have asthma that is getting worse.

Forecasters expect the count to fall at the weekend, when rain is due.
"""),

dict(id="h39-en-008", lang="en", tpl="table", section="Council", date="2026-02-17", byline="Neil Hargreave",
     title="Council to stop posting its residents' magazine to every home",
     sub="The quarterly Borough Matters will go online, with an email newsletter for subscribers.",
     caption="Copies of Borough Matters at the Kingsholme council offices.", credit="Photo: Neil Hargreave",
     low=1, only=["correction"],
     correction="Correction, 18 February: this article originally gave the magazine's annual cost as £84,000. The correct figure is £48,000.",
     body="""
The borough council is to stop printing its quarterly magazine for residents and will instead send an email newsletter to anyone who subscribes.

Borough Matters has been delivered to all 41,000 homes in Kingsholme since 1994. Printing and delivery cost £48,000 a year.

Councillors on the resources committee voted by seven to two on Monday to make the spring edition the last on paper. From the summer, the magazine's articles will be published on the council website and sent out by email.

Residents who want the newsletter can subscribe online or by ringing the council's contact centre. The council said a small number of printed copies would be left in libraries, GP surgeries and the town hall for people who do not use the internet.

Labour councillor Brenda Okonjo, who voted against, said older residents would lose out. "For a lot of people this magazine is the only way they find out about bin changes and the warm spaces. Not everyone has an inbox," she said.

The committee's chair, Conservative councillor Hugh Lascelles, said fewer than one in ten residents had read the last edition, according to a survey carried out in the autumn.

The council will review the number of subscribers after a year.
"""),

dict(id="h39-en-009", lang="en", tpl="gutenberg", section="Planning", date="2026-10-06", byline="Joanna Pettifer",
     title="120 homes approved on the old Lydford dairy site",
     sub="Councillors backed the plans despite 340 objections from residents worried about traffic.",
     caption="The former dairy buildings on Station Road, Lydford.", credit="Photo: Joanna Pettifer",
     look=[("box", "The developer has agreed")],
     body="""
Plans for 120 homes on the site of the former Lydford dairy were approved by the district council's planning committee on Tuesday, despite 340 objections.

The dairy on Station Road closed in 2019 with the loss of 85 jobs. Its buildings have been empty since and were damaged by fire last year.

The developer, Rowan Ridge Homes, will build a mix of two, three and four-bedroom houses. Thirty-six of them will be affordable homes, twelve of those for social rent.

Residents told the committee that Station Road could not take the extra traffic. Jill Anstey, who lives opposite the site, said: "At half past eight you can't get out of your drive now. Another two hundred cars will make it impossible."

The developer has agreed to pay £410,000 towards road improvements, including a new crossing by the primary school, and £260,000 towards extra places at the school itself.

The council's highways officer told the committee the junction with the A37 would cope, although queues at peak times would get longer by up to two minutes.

Committee member Councillor Rhys Gwilliam said the homes were badly needed. "We have 1,900 families on the waiting list in this district. I cannot vote against affordable homes on a brownfield site," he said.

Work is expected to start next spring and to take about three years.
"""),
]
