# English stories for the seventeenth held-out part (h17-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**, "[^n]" footnote mark at the
# end of a paragraph on the substack page).
# Extra fields: tpl (page template, all of them layouts of earlier parts), low (fixed residue count),
# only (fixed residue families), site (fixed site name), sub (standfirst / subtitle; shown by the
# templates that have one, never body), standfirst (substack, fusion), times (liveblog), pull (magazine),
# notes (substack footnotes), watch (broadcaster video captions).
ARTICLES = [
dict(id="h17-en-001", lang="en", tpl="liveblog", section="News", date="2026-06-03", byline="Live desk",
     title="Halden Quay fire live: people downwind told to keep windows shut",
     sub="Smoke from a tyre recycling yard is drifting over the east of the town.",
     caption="Smoke rising from the recycling yard at Halden Quay this morning.", credit="Photo: Kieran Dowd",
     times=["15:40", "13:15", "11:02", "09:30", "06:12"],
     body="""
## Fire service: blaze 'under control but not out'

The county fire service says the fire at the Halden Quay tyre recycling yard is under control but could smoulder for another two days, because crews cannot yet reach the middle of the largest stack.

Station manager Gareth Ollerton said eight engines remain at the site and a high-volume pump is drawing water from the river.

"We're in this for the long haul," he said.

## Schools in the smoke zone stay open

The three primary schools closest to the yard will stay open tomorrow. Heads have been told to keep pupils indoors at break and lunchtime, and the council says parents who keep their children at home will not be marked as unauthorised absent.

## Advice for people downwind

The health protection team has issued this advice to anyone living in Quayside, Fellgate or the lower part of Tanners Hill:

- keep windows and doors shut;
- bring pets and washing inside;
- switch off ventilation that draws in outside air;
- call NHS 111 if you have trouble breathing.

Follow the fire service's accounts for road updates, or check the council website, which is now being updated every hour.

## Quay Road closed

Quay Road is closed between the swing bridge and the Ferry Lane roundabout. Buses on routes 7 and 7A are diverted via Station Approach, adding about ten minutes to the journey.

## Fire breaks out at recycling yard

Firefighters were called to the yard just after 5am, when a security guard reported flames among stacks of shredded tyres. Thick black smoke could be seen from the motorway six miles away.

The yard's operator, Northgate Reclaim, said it was in contact with the Environment Agency and would help any investigation.
"""),

dict(id="h17-en-002", lang="en", tpl="magazine", section="Features", date="2026-03-14", byline="Harriet Moss",
     title="The last clogmaker in the valley",
     sub="Tom Aldred has carved soles from alder on Mill Brow for 41 years. Nobody is lined up to take over.",
     caption="Tom Aldred at the stock knife in his workshop on Mill Brow.", credit="Photograph: Harriet Moss",
     pull="People think it's nostalgia. It's comfort, mostly",
     body="""
Tom Aldred has made clogs in the same stone workshop on Mill Brow for 41 years. He is, as far as anyone can tell, the last person in the valley who still carves the soles by hand from a block of alder.

He starts at seven, stops at ten for tea and works until the light goes. A pair takes him about a day and a half.

Share a bench with him for an hour and you learn quickly that he does not like to be rushed. The stock knife, a blade almost a metre long hinged to the bench at one end, does most of the work, and it needs a steady arm rather than a strong one.

"Never hurry alder," he says.

## A trade that nearly vanished

When Aldred was apprenticed in 1985 there were still four clogmakers in the valley. By 2000 there was one. Orders came from morris sides, a few farmers and people who had worn clogs as children and wanted a pair again.

Things changed when a clog-dancing group posted photos of his work online. Orders now arrive from Japan, Norway and Canada, and the waiting list is seven months long.

"People think it's nostalgia. It's comfort, mostly," he says, tapping the toe of the pair he is wearing.

## What goes into a pair

Every pair is made to measure. Customers post a tracing of each foot and a photograph of an old shoe from the side, so that he can see how they walk. The rest happens in the workshop, in five stages:

- cutting the sole with the stock knife;
- drying the soles for at least a month;
- fitting and nailing the leather uppers;
- adding irons or rubbers;
- a last polish with beeswax.

## Who comes next

There is no apprentice. Aldred, who is 63, says two young people have asked, but the heritage craft grants he has found cover only a year of training, and it takes three to get good.

He is in contact with a heritage crafts charity about a longer placement, and has started filming himself at the bench so that the method is at least recorded somewhere.
"""),

dict(id="h17-en-003", lang="en", tpl="substack", site="The Fenby Spoke", section="Transport", date="2026-01-19",
     byline="Alison Trewin",
     title="I reported 212 potholes in a year. Here's what happened to them",
     standfirst="Twelve months of logging every hole on my ride to work, and what the council did next",
     sub="Twelve months of logging every hole on my ride to work, and what the council did next",
     caption="The hole on Sowerby Lane, day 140.", credit="Photo: Alison Trewin",
     notes=["Every report gets a reference number by email, which is how I kept count.",
            "We met at County Hall on 14 November. She had read the spreadsheet, which I had not expected either."],
     body="""
Last January I started reporting every pothole on my seven-mile ride between Fenby and the hospital where I work. By December I had filed 212 reports through the council's online form.[^1]

I did it partly out of stubbornness and partly because I wanted to know whether reporting makes any difference. A lot of you told me it doesn't.

## What got fixed

Here is where the 212 reports ended up:

- 131 were repaired, most of them within four weeks;
- 38 were marked "inspected, no action";
- 27 were closed with no explanation at all;
- 16 were still open on 31 December.

The fastest repair took two days. The slowest took 201, and by the time a crew reached the hole on Sowerby Lane it was the size of a dinner tray.

## What the council said

I sent my figures to the highways department and asked for a response. The cabinet member for transport, Cllr Ruth Hebden, agreed to meet me.[^2]

She said the target is to make safe any hole deeper than 40mm within five working days, and that reports with photos are dealt with faster because inspectors can judge the depth before they set out.

"We read every single one," she told me.

## Is it worth it?

Read the numbers how you like, but my answer is yes. A report creates a record, and a record is what the council's insurers look at when a cyclist claims for a buckled wheel.

Thank you to the forty or so subscribers who sent me holes from their own routes. I'm carrying on this year.
"""),

dict(id="h17-en-004", lang="en", tpl="broadcaster", section="Nature", date="2026-05-09", byline="Priya Castell",
     title="Cathedral peregrines raise four chicks in front of 90,000 webcam viewers",
     sub="The pair on the south-west tower have bred every spring since 2019.",
     caption="The peregrine nest box on the cathedral's south-west tower.", credit="Photo: Dean and Chapter of Ellesmoor",
     watch=["The moment the fourth chick hatched", "How volunteers ring the chicks at three weeks old"],
     body="""
Four peregrine falcon chicks have hatched in the nest box on the south-west tower of Ellesmoor Cathedral, watched by more than 90,000 people on the cathedral's webcam.

The last of the four broke out of its shell just before midnight on Thursday, almost three days after the first.

The stream has been watched from 41 countries this spring. The cathedral moved it onto its own website last year, so that viewers no longer have to accept a video platform's cookies or sit through adverts before the nest appears.

## A pair that keeps coming back

The same female has nested on the tower since 2019. Volunteers from the county bird club know her by the blue ring on her left leg, fitted when she was a chick on a quarry ledge 40 miles away.

"She's an excellent mother," said Hugh Penrose, who has watched the nest for seven years.

Listen carefully on the live stream and you can hear the chicks calling for food from about five in the morning.

## Ringing and fledging

In about three weeks, licensed ringers will climb the tower to fit each chick with a ring. The cathedral has asked the ringers to do three things:

- keep the visit to under 20 minutes;
- work only in dry weather;
- let the camera carry on filming throughout.

The chicks should fly in late June. For a few days after that the young birds are often grounded in the close, and the cathedral asks anyone who finds one not to pick it up but to ring the volunteers' number posted on the west door.

The bird club says it is in contact with the city council about dimming the floodlights on the tower during the fledging weeks.
"""),

dict(id="h17-en-005", lang="en", tpl="k2", section="Council", date="2026-02-26", byline="Martin Oyelaran",
     title="Town council bans sky lanterns and balloon releases on its land",
     sub="Organisers of events in council parks will have to sign up to the rule before they get a licence.",
     caption="A farmer holds the wire frame of a lantern found in his field.", credit="Photo: Martin Oyelaran",
     body="""
Sky lanterns and mass balloon releases will no longer be allowed on any land owned by Wetherby Cross Town Council, after councillors voted 11 to 2 for a ban on Tuesday night.

The rule covers the town's three parks, the recreation ground, the allotments and the market square. Anyone applying to hold an event on council land will have to agree to it in writing.

## Why now

The proposal came from farmers on the edge of the town, who told the council they find burnt-out lanterns in their fields every summer. Two said they had found wire from a lantern inside bales of hay.

"One bit of wire can kill a cow," said Geoff Ambler, who farms at Low Moor.

The RSPCA and the fire service both supported the ban. The fire service said it had been called to two grass fires last year that started where a lantern came down.

## What is covered

The ban applies to:

- paper sky lanterns of any size;
- releases of more than ten helium balloons at once;
- balloons released as part of a memorial or celebration.

Councillors who voted against said the ban was unenforceable on private gardens and would make little difference. Cllr Daniel Roper said he would rather the council ran a campaign asking people not to buy lanterns at all.

Subscribe-and-save deals on lanterns sold online were also raised: one councillor said her daughter had been sent a pack of twenty by a shopping app without ordering them.

The ban takes effect on 1 April. Events already booked for the spring will be given time to change their plans.
"""),

dict(id="h17-en-006", lang="en", tpl="table", section="Farming", date="2026-04-08", byline="Ruth Cadwallader",
     title="Weight limit on Holme Bridge adds 20 miles to farmers' journeys",
     sub="A 7.5-tonne limit on the 1820s river bridge has cut off the shortest route to the auction mart.",
     caption="The new weight limit sign at the east end of Holme Bridge.", credit="Photo: Ruth Cadwallader",
     body="""
Farmers in the upper Lenn valley say a new 7.5-tonne weight limit on Holme Bridge has added 20 miles and up to an hour to every trip they make to the auction mart at Brackley.

The county council put the limit in place last month after an inspection found cracks in two of the bridge's three stone arches. Tractors with loaded trailers and cattle lorries are now sent round by the A-road through Fellside.

## 'We're paying for it twice'

Sheep farmer Gwen Hartley says the detour costs her about £60 in diesel every time she takes stock to market.

"We pay our council tax and then we pay again at the pump," she said.

The local branch of the farmers' union says at least 30 farms are affected. It has written to the council asking for three things:

- a timetable for repairs;
- a temporary crossing for farm vehicles during lambing and the autumn sales;
- help with fuel costs while the limit is in force.

## What the council says

A council spokesperson said the limit was needed for safety and that engineers were still working out whether the arches could be repaired or whether the bridge would need to be rebuilt.

"Nobody wants this to go on longer than it has to," the spokesperson said, adding that the council was in contact with the union and the mart.

A decision on the repairs is expected in the summer. Until then, drivers who ignore the limit face a fine of up to £1,000, and cameras have been fitted at both ends of the bridge.
"""),

dict(id="h17-en-007", lang="en", tpl="medium", site="Ashworth Tenants Together", section="Housing", date="2026-03-02",
     byline="Kemi Adeyemo",
     title="How our tenants' union got 41 broken boilers fixed in one winter",
     sub="What worked, what didn't, and what we would tell any block thinking of starting one.",
     caption="Members of the union at the first meeting in the Ashworth House laundry room.", credit="Photo: Dan Pilling",
     body="""
Last October, 41 flats on the Ashworth estate had no working boiler. By March, all of them had heating and hot water again. This is how a group of tenants with no money and no experience made that happen.

## It started with a list

The first thing we did was knock on every door in the three blocks and write down what was broken. We used a paper form, because half our neighbours don't use email.

People told us things they had never reported, or had reported five times with no reply. Some sent us photos of mould and dripping pipes. By the end of the month we had a list of 137 repairs.

"I thought I was the only one," one woman on the ninth floor told us.

## What we asked for

We took the list to the housing association and asked for three things:

1. every boiler repaired before Christmas;
2. a named officer for the estate;
3. a monthly meeting with tenants.

They agreed to the second and third straight away. The first took longer.

## Keeping up the pressure

We sent a one-page newsletter to every flat each fortnight, saying which repairs were done and which were not. The housing association got a copy too.

Share the work, that's the main lesson. No one person could have made 400 phone calls, but twenty people could.

We are now in contact with tenants on two other estates who want to do the same. If that is you, come to our meeting on the first Monday of the month.
"""),

dict(id="h17-en-008", lang="en", tpl="amp", section="Courts", date="2026-05-21", byline="Owen Garside",
     title="Takeaway owner fined £8,000 after rats found in storeroom",
     sub="Inspectors found droppings next to open sacks of rice and flour.",
     caption="The storeroom at the back of the takeaway, photographed by inspectors.", credit="Photo: Kelworth Borough Council",
     low=0,
     body="""
The owner of a takeaway in Kelworth has been fined £8,000 after food safety inspectors found rats living in its storeroom.

Nadeem Rafiq, 44, pleaded guilty at Kelworth Magistrates' Court to four offences under food hygiene law relating to the Golden Wok on Castle Street.

## What inspectors found

The court heard that inspectors made an unannounced visit last November after a customer complained. In the storeroom they found:

- rat droppings next to open sacks of rice and flour;
- a gnawed hole in the skirting board;
- no record of pest control visits for six months.

The takeaway closed voluntarily the same day and reopened two weeks later after a pest control firm had sealed the holes and the kitchen had been deep-cleaned.

"It was the worst I've seen this year," one inspector said in a statement read to the court.

## Owner 'deeply sorry'

Rafiq's solicitor said her client had been running the business alone while his brother was in hospital, and had fallen behind with cleaning and paperwork. She said he was deeply sorry and had since hired a manager.

Magistrates fined him £8,000 and ordered him to pay £2,350 in costs and a victim surcharge of £2,000.

The takeaway now has a food hygiene rating of three out of five. Customers can look up the rating of any food business on the Food Standards Agency website.
"""),

dict(id="h17-en-009", lang="en", tpl="fusion", section="Transport", date="2026-06-16", byline="Lydia Brennand",
     title="Twenty on-street car chargers planned for terraced streets without driveways",
     standfirst="Residents are being asked where the first ones should go.",
     sub="Residents are being asked where the first ones should go.",
     caption="An on-street charger built into a lamp post in a neighbouring borough.", credit="Photo: Lydia Brennand",
     body="""
Twenty electric car chargers will be fitted on residential streets in Oldcastle this year, aimed at the thousands of households in terraced streets who cannot charge a car on a driveway.

The council has won £180,000 from a government fund to pay for the chargers and is asking residents to suggest where they should go.

## Chargers in lamp posts

Most of the chargers will be built into existing lamp posts, so there will be no new posts on the pavement. A few will be free-standing units on streets where the lamp posts are too far from the kerb.

Drivers will pay by card or through an app. The council says the price will be set to cover electricity and maintenance, not to make a profit.

"It's about fairness," said Cllr Amina Bashir, who leads on transport.

## Where they could go

The council says it will choose the first 20 sites using three tests:

- how many homes on the street have no off-street parking;
- how many residents have asked for a charger;
- whether the electricity supply nearby is strong enough.

Residents who want a charger on their street can fill in a short form on the council's website before 31 July. The form asks for an address and, with your consent, an email address so that the council can tell you the result.

## Worries about parking

Some residents have already raised concerns about losing parking spaces. The council says the bays next to chargers will not be reserved for electric cars at first, but that this will be reviewed after a year.
"""),
]
