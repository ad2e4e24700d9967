# English stories for the sixteenth held-out part (h16-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst / subtitle; shown by the sanity, blox and hugo templates and
# in the meta description of the wix template, never body).
ARTICLES = [
dict(id="h16-en-001", lang="en", tpl="wix", section="Club News", date="2026-04-21", byline="Dave Pennock",
     site="Bramley Road Cricket Club",
     title="The new practice nets are open – here's how to book a lane",
     sub="Three years of quiz nights, a sponsored walk and one very large grant: the nets are finally in.",
     caption="The finished nets at Bramley Road, looking towards the pavilion.", credit="Photo: Sue Garside",
     body="""
After three seasons of bowling into a torn net held up with cable ties, we are very pleased to say that the new practice nets at Bramley Road are finished and ready to use.

The contractors handed the keys over on Friday. There are three lanes, two with an artificial surface and one grass lane that the groundsman will prepare from May.

## How we paid for it

The nets cost £38,500 in total. A grant of £24,000 came from the county cricket board's facilities fund, and the rest was raised by members and friends of the club. Thank you to everyone who came to a quiz night, bought a raffle ticket or walked the 14 miles round the reservoir last summer.

Share the credit too with the parents of our under-11s, who ran the tuck shop every Saturday for two seasons and handed over £3,100 in coins.

"Worth every cable tie."

That was our chairman, Keith Raine, when he cut the ribbon on Sunday.

## Booking a lane

Members can book the nets through the club app from Monday. A few rules apply:

- one hour per booking, no more than two bookings a week;
- juniors must have an adult with them;
- no spikes on the artificial lanes;
- the last booking of the day ends at 8.30pm.

Non-members can hire a lane for £12 an hour. We are in contact with two schools in the town who would like to use the nets for PE lessons in the summer term.

Subscribe to the club's calendar in the app and you will get a reminder the evening before your session. If something is broken, please tell the bar or email the committee rather than fixing it with cable ties.
"""),

dict(id="h16-en-002", lang="en", tpl="wordpress", section="Environment", date="2026-05-05", byline="Nadia Crowther",
     title="Swimmers ask for Ashby Weir to be named official bathing water",
     sub="",
     caption="Swimmers below Ashby Weir on a summer evening.", credit="Photo: Nadia Crowther",
     body="""
A group of river swimmers has applied for a stretch of the River Lune below Ashby Weir to be designated as official bathing water, which would require the water to be tested for sewage bacteria every week of the summer.

On a warm day up to 300 people swim, paddle or picnic at the spot, according to counts made by the Ashby Wild Swimmers last July and August. The group says it is the busiest river swimming place in the county that has no bathing water status.

If the government agrees, the Environment Agency would take samples from May to September and publish the results online. The water company would also come under pressure to reduce the number of times it releases storm sewage upstream.

## What the application needed

The swimmers spent two summers collecting the evidence the rules ask for. Their application includes:

- daily counts of swimmers and paddlers on 61 days;
- a survey of 480 visitors;
- letters of support from the parish council and the landowner;
- photos of the changing area and the path down from the car park.

Follow the path down from the lay-by on a Saturday morning and you will meet the same faces: the 7am group, most of them over 60, who swim through the winter.

"We just want to know what we're swimming in."

That was Pat Hindle, 71, who has swum at the weir for 30 years.

## Water company response

The water company said it was in contact with the swimmers and the Environment Agency. It said two storm overflows upstream had discharged for a total of 412 hours last year, and that it planned to spend £6m on storage tanks by 2029.

A decision on the application is expected in the autumn.
"""),

dict(id="h16-en-003", lang="en", tpl="sanity", section="Rural affairs", date="2026-02-10", byline="Gareth Moule",
     title="Parishes bring back the lengthsman to keep drains and verges clear",
     sub="Seven villages are sharing one worker, a van and a very long list of blocked gullies.",
     caption="Lengthsman Ryan Tate clearing a culvert near Lower Hoxton.", credit="Photo: Gareth Moule",
     body="""
Seven parish councils in the Hoxton valley have clubbed together to employ a lengthsman, reviving a job that disappeared from most English villages more than half a century ago.

Ryan Tate, 34, started work in January. His job is to walk and drive the lanes of the seven parishes, clearing blocked drains and gullies, cutting back verges, removing fallen branches and reporting anything he cannot fix to the county council.

Lengthsmen were once employed by almost every parish to look after a "length" of road. The job died out as councils moved to larger contracts, but several counties now give small grants to parishes that want to bring it back.

## Why the villages wanted one

The parishes say flooding on the lanes has become more frequent, and that reports to the county council can take months to be dealt with. Last winter Lower Hoxton was cut off twice when a blocked culvert sent water across the only road into the village.

"The water goes where the leaves let it."

The scheme costs about £31,000 a year, including the van. The county pays £9,000 and the parishes share the rest according to the length of road in each.

## Reporting a problem

Residents can report a blocked drain or an overgrown verge in three ways:

- through a form on any of the parish council websites;
- by text message to the lengthsman's work phone;
- by leaving a note in the box at the Hoxton post office.

Listen to Mr Tate describe a typical day and most of it sounds like gardening. He said the most satisfying part was pulling a single plastic bag out of a drain and watching a flooded lane empty in seconds.

The parishes will review the scheme after a year. Two more villages have asked to join.
"""),

dict(id="h16-en-004", lang="en", tpl="blox", section="Health", date="2026-03-17", byline="Kerry Ashdown",
     title="Defibrillator in old phone box used to save walker on the moor road",
     sub="The machine was installed by villagers in 2022 and had never been opened before.",
     caption="The phone box defibrillator at Greyscar.", credit="Photo: Kerry Ashdown",
     body="""
A walker who collapsed on the moor road above Greyscar is recovering in hospital after villagers used the defibrillator in the old red phone box to restart his heart.

The 58-year-old man, who has asked not to be named, was walking with his wife on Sunday afternoon when he fell to the ground about 400 metres from the village.

A passing driver, Gemma Holt, called 999. The call handler told her where the nearest defibrillator was and gave her the code to open the cabinet. Her husband ran to the phone box and was back within four minutes.

## "I just did what the voice told me"

Ms Holt, a dental receptionist, had never used a defibrillator before. The machine talks the user through each step, telling them where to put the pads and when to stand back.

"It tells you everything. You can't get it wrong."

The machine gave one shock. By the time the air ambulance landed in a field beside the road, the man was breathing on his own.

## How the box got there

The phone box was adopted by the parish for £1 in 2021. Residents raised £1,650 for the defibrillator and a heated cabinet with:

- a bacon roll morning at the chapel;
- a sponsored silence by the primary school;
- a donation from the Greyscar Show committee.

Read the log book kept inside the box and you will find that it had been checked every Monday for almost four years without once being needed.

The ambulance service said it was in contact with the family and had arranged for the pads to be replaced. It urged people to register their defibrillators so that call handlers know where they are.
"""),

dict(id="h16-en-005", lang="en", tpl="nextjs", section="Heritage", date="2025-11-18", byline="Martin Eavis",
     title="Church clock chimes again after retired engineer spends 900 hours on repairs",
     sub="",
     caption="Frank Oddie with the restored clock mechanism at St Wilfrid's.", credit="Photo: Martin Eavis",
     body="""
The clock on the tower of St Wilfrid's church in Elstow Marsh struck the hour on Sunday morning for the first time since 1994, after a retired engineer spent two years restoring it in his garage.

Frank Oddie, 76, took the mechanism apart piece by piece in the spring of 2023 and carried it down the tower in 41 buckets. He estimates he has spent 900 hours cleaning, repairing and making new parts.

The clock was made in 1868 by a firm in Leeds. It stopped when a cable snapped and the weights fell to the bottom of the tower. There was no money to repair it at the time, and the faces have shown twenty past four ever since.

## New parts from old drawings

Mr Oddie found the maker's original drawings in the county archive. Using them, he made three new wheels and a new pendulum rod on a lathe in his garage.

"Some of the teeth were worn down to nothing."

The work cost the parish £2,300, mostly for steel cable, brass and paint. Mr Oddie did not charge for his time.

## Winding the clock

The clock has to be wound by hand once a week. Eight volunteers have signed up to take turns, and each has been shown how to:

1. climb the tower ladder safely;
2. wind the going train and the striking train;
3. check the time against a radio signal;
4. write the date in the winding book.

The clock will not strike between 11pm and 7am. The parish council said it had received no complaints so far, but had been in contact with two neighbours who asked about the night-time chimes before the work began.

Photos of the restoration will be shown in the church on Saturday.
"""),

dict(id="h16-en-006", lang="en", tpl="cms", section="Education", date="2025-08-19", byline="Priti Mahal",
     title="School uniform swap shop saves families £40,000 in its first year",
     sub="",
     caption="Volunteers sorting blazers at the Fernhill uniform swap.", credit="Photo: Priti Mahal",
     body="""
A second-hand school uniform shop run by parents in Fernhill has handed out more than 6,000 items in its first year, saving families an estimated £40,000.

The shop opens in a portable classroom at Fernhill Primary every Wednesday afternoon and on the last two Saturdays before the new school year. Families bring in uniform their children have outgrown and take what they need, whether or not they have brought anything.

Everything is free. There is no means test and no one is asked why they have come.

## How it started

The idea came from Jo Marsden, whose three children go to schools with different badges and colours. She worked out that kitting them out new each September cost her more than £500.

"Kids grow. Blazers don't."

Ms Marsden asked on the school's parents' group whether anyone had uniform to give away. Within a week she had 40 bin bags.

## What the shop takes

The shop now collects uniform for all eleven schools in the town. Volunteers wash, sort and label everything. They are happy to take:

- blazers, jumpers and cardigans with or without badges;
- school trousers, skirts and pinafores;
- PE kit and plain black shoes in good condition;
- book bags and coats.

Subscribe to the shop's text alerts and you will get a message when a delivery for a particular school arrives. More than 900 parents have signed up.

## Help from the schools

Three secondary schools have changed their rules since the shop opened, so that pupils can wear plain jumpers without a logo. The local authority said it was in contact with the remaining schools about doing the same.

Ms Marsden said the shop needed more volunteers for the busy weeks in late August.
"""),

dict(id="h16-en-007", lang="en", tpl="semantic", section="Local news", date="2026-01-27", byline="Simon Keele", low=0,
     title="Old tram depot to become the city's first indoor skate park",
     sub="",
     caption="The former tram depot on Gasworks Lane.", credit="Photo: Simon Keele",
     body="""
A tram depot that has stood empty for more than 60 years is to be turned into an indoor skate park, after the city council agreed to lease the building to a charity for a peppercorn rent.

The depot on Gasworks Lane housed the city's trams until the last route closed in 1962. It was later used as a bus garage and then as a council store, and has been empty since 2009.

Ramp Up, a charity set up by local skateboarders in 2019, plans to fill the main shed with ramps, bowls and a street course. A smaller workshop at the back will become a café and a room where young people can learn to build and repair boards.

## Cost and timetable

The charity needs to raise £1.2m. It has so far secured:

- £450,000 from the council's regeneration fund;
- £300,000 from a national sports charity;
- £85,000 from its own fundraising.

Work on the roof is due to start in the summer, with the park opening in stages from the spring of next year.

## Keeping the tram tracks

The depot's floor still has the original tram rails set into the cobbles. Under the agreement with the council, a section of track at the entrance will be kept and covered with glass, so that visitors can see it.

"It was built for wheels. It's getting wheels again."

That was Chloe Varga, the charity's chair, speaking after the council vote.

Neighbours had raised concerns about noise and parking. The charity said it was in contact with residents' groups and would close the building at 9pm on weeknights.
"""),

dict(id="h16-en-008", lang="en", tpl="storybody", section="Scotland", date="2026-06-02", byline="Euan Lockhart",
     title="Mountain rescue volunteers rehearse stretcher lift from flooded quarry",
     sub="",
     caption="Rescue team members lower a stretcher into Craigmoss quarry.", credit="Photo: Euan Lockhart",
     body="""
Mountain rescue volunteers spent Saturday lowering a stretcher 40 metres down the face of a flooded quarry in the Craigmoss hills, as part of the biggest training exercise the team has held in ten years.

More than 60 people took part, including members of three neighbouring rescue teams, a coastguard helicopter crew and firefighters with a rescue boat.

The exercise was based on a real call-out last year, when a teenager fell from the quarry edge and landed on a ledge above the water. He was rescued after five hours.

## A casualty on a ledge

A volunteer played the part of the injured casualty. Rescuers abseiled down to the ledge, strapped the volunteer into a stretcher and then had to decide whether to haul the stretcher up the rock face or lower it to the boat.

Team leader Moira Baird said practising the decision was as important as practising the ropes.

"On the day, nobody has time to read a manual."

## What the team tested

The exercise was designed to test:

- radio contact between teams in a deep quarry;
- a new rope system for lifting a stretcher;
- handing a casualty from a ledge to a boat;
- the helicopter's ability to winch from a confined space.

The radios worked poorly at the bottom of the quarry, and the team will now trial a relay set placed on the rim.

## Quarry remains dangerous

Police and the quarry's owner have repeatedly warned people not to swim there. The water is very cold even in summer, and there are submerged machines below the surface.

The team said it would share its findings with other rescue teams in the region.
"""),

dict(id="h16-en-009", lang="en", tpl="ghost", section="Notes", date="2026-03-09", byline="Alice Brennand",
     site="The Saltmarsh Ledger",
     title="Why we are now publishing every planning application, every week",
     sub="",
     caption="A planning notice on a lamp post in Saltmarsh.", credit="Photo: Alice Brennand",
     body="""
From this week, every planning application submitted in the Saltmarsh district will appear in this newsletter, in a plain list, on the Monday after it is lodged.

It is the single most requested thing from readers since we started. When we asked last autumn what you wanted more of, a third of the 412 people who answered mentioned planning.

Until now, the only way to find out about an application was to check the council's planning portal or to spot a laminated notice tied to a lamp post. The portal is hard to search, and the notices are easy to miss.

## What you will get

Each week's list will show, for every application:

- the address and a one-line description;
- the date by which comments must be made;
- a link to the documents on the council's portal.

We will not write a story about each one. Most are for conservatories and loft conversions. But we will follow up the ones that matter, and we will tell you when a decision is made on anything large.

## Why it takes time

The council does not publish a feed that we can simply copy. Our reporter Tom Kirwan has been checking the portal by hand since January, and it takes him about three hours a week.

"Three hours. Every Friday. Send biscuits."

Subscribers have paid for that time. The list will be free to read for everyone, because we think people have a right to know what is being built next door.

We are in contact with the council about getting the data in a better format. If you spot a mistake in the list, reply to this email and we will fix it.
"""),
]
