# English stories for the forty-eighth held-out part (h48-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h46_en.py (tpl: "gatsby" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (reservoir, exhibitions, parking), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h48-en-001", lang="en", tpl="gatsby", site="Calderport Evening Star", section="Culture and nights out",
     date="2026-05-21", byline="Imogen Ashworth",
     title="Tram conductor who painted the city for forty years gets his first major show",
     sub="More than 120 canvases by Albert Quenby, found rolled up in his daughter's loft, go on display at the Laing Street Gallery.",
     caption="Albert Quenby's painting of the No. 9 tram at Ferry Cross, 1961.", credit="Photo: Calderport Evening Star",
     inset=("Visitors at the preview evening on Thursday.", "Photo: Mark Trelfa"),
     carry=["exhibitions"],
     look=[("dropcap", "Albert Quenby spent forty years"), ("factbox", "The show at a glance"),
           ("highlight", "The gallery has already heard")],
     body="""
Albert Quenby spent forty years on the back platform of Calderport's trams, taking fares by day and painting the streets they ran through by night. Nobody outside his family saw the pictures while he was alive.

On Saturday, 124 of them go on show at the Laing Street Gallery, in the largest exhibition the gallery has given a local artist since it reopened after its refit in 2023.

Quenby, who died in 1988, kept the canvases rolled up in tea chests. His daughter, June Pallister, now 79, found them when she cleared her loft to move into sheltered housing last year.

"I knew Dad painted. I didn't know he'd painted the whole city," she said.

The pictures show the docks, the fish quay, the tram depot at Ferry Cross and dozens of passengers, many of them drawn from memory after a shift. Curator Imran Bashir said several of them record streets that were demolished in the 1960s.

## The show at a glance

- 124 paintings and 40 sketchbooks
- Six rooms on the first floor
- Until 27 September, free entry

The gallery has already heard from more than thirty families who believe a relative appears in one of the paintings. A wall in the last room has been left empty so that names can be pinned up next to the faces.

Mrs Pallister will give a talk about her father on 14 June. Tickets are free but must be booked at the front desk.
"""),

dict(id="h48-en-002", lang="en", tpl="wordpress", section="Environment", date="2026-06-09", byline="Harriet Sowerby",
     title="Hosepipe ban for 1.4 million customers as reservoirs fall to 41 per cent",
     sub="Wendle Water says the driest spring on record leaves it no choice. The ban starts on Friday.",
     caption="The exposed banks of Thornley Reservoir on Monday afternoon.", credit="Photo: Harriet Sowerby",
     carry=["reservoir"],
     look=[("dropcap", "A hosepipe ban will come")],
     body="""
A hosepipe ban will come into force across the Wendle valley on Friday, after the driest spring in the region since records began in 1911.

Wendle Water said its five reservoirs were 41 per cent full on Monday, compared with 78 per cent at the same point last year. The ban affects about 1.4 million customers.

Under the temporary use ban, customers must not use a hosepipe to:

- water a garden or allotment
- wash a car, caravan or boat
- fill a paddling pool or hot tub
- clean paths, patios or windows

Watering cans, buckets and water from butts are still allowed. People caught breaking the ban can be fined up to £1,000, although the company said it had never taken anyone to court.

Operations director Fiona Castellan said the decision had not been taken lightly. "We know how much people love their gardens, especially at this time of year. But every litre we save now is a litre we will have in August," she said.

The company has been criticised for leaks, which it says account for about a fifth of the water it puts into its pipes. It has promised to fix 1,200 more leaks by the end of July and says it now repairs a reported burst within 48 hours on average.

Gardeners at the Moss Lane allotments said they had already started collecting bathwater. "My tomatoes don't know the difference," said plot holder Ray Okonjo.

The ban will stay in place until the reservoirs recover, which the company expects to take until the autumn at the earliest.
"""),

dict(id="h48-en-003", lang="en", tpl="amp", section="Transport", date="2026-04-28", byline="Callum Dufresne",
     title="Camera car to catch drivers parked on school zigzags",
     sub="Parents who stop on the yellow lines at drop-off time will get a £70 penalty through the post.",
     caption="Cars on the zigzag lines outside St Aldhelm's Primary at 3.15pm.", credit="Photo: Callum Dufresne",
     carry=["parking"], section_tag=True,
     body="""
Drivers who stop on the yellow zigzag lines outside schools in Marlow Cross will be caught on camera from next month, after the borough council bought a second enforcement car.

The car, fitted with a roof-mounted camera, will visit each of the borough's 38 primary schools at least once a week at drop-off and pick-up times. Drivers recorded parking on the zigzags will be sent a £70 penalty through the post, reduced to £35 if it is paid within 14 days.

The council said its traffic wardens had issued 412 tickets outside schools last year, but parents often drove off as soon as a warden appeared.

"Wardens can't be everywhere at quarter past three. A camera car can get round six schools in an afternoon," said Councillor Hilary Dunmore, the cabinet member for transport.

Head teachers welcomed the move. At St Aldhelm's Primary, where a pupil was struck by a reversing car in 2024, head Gareth Pryce said parents had been "asked nicely for years".

Some parents said the council should look at the cause of the problem. Mother of three Leanne Marsh said the school's car park had been closed to families since a new classroom was built on it. "Where are we meant to go?" she asked.

The council said it would write to every parent before the cameras start on 2 June and would send warning letters instead of fines for the first two weeks.

Drivers who want to appeal can do so online or by post within 28 days of the date on the notice.
"""),

dict(id="h48-en-004", lang="en", tpl="table", section="Heritage", date="2026-04-14", byline="Rhiannon Tate",
     title="Town archive asks for pictures of the 1953 coronation street parties",
     sub="At least 46 streets held a party. The archive has photographs of eleven.",
     caption="Children at the Albion Terrace party, one of the few pictures the archive holds.", credit="Photo: Hollinbury Town Archive",
     low=0,
     body="""
Photos, letters, bunting, even a paper crown: Hollinbury's town archive wants anything that survives from the street parties held for the coronation in June 1953.

Archivist Delyth Morgan said the archive had only eleven photographs of the celebrations, although records show at least 46 streets held a party. "We know that Albion Terrace had a fancy-dress parade and that Tanner's Row built a bonfire so big the fire brigade came. We don't have a single picture of either," she said.

Everything brought in will be scanned and handed back to its owner the same day. The archive will also record people's memories on video for a new oral history collection.

Some of the best stories have already come in. Ninety-year-old Sylvia Barraclough remembers the street piano on Chapel Lane being pushed down the hill and never recovered.

"It ended up in the canal, I think. Nobody owned up," she said.

Copying days will be held at the library on Saturday 9 May and Saturday 16 May, from 10am to 3pm. The scans will go on show at the town hall in the autumn.

Anyone who cannot come in person can share their photos by post or by email, and the archive will contact them to arrange their return.
"""),

dict(id="h48-en-005", lang="en", tpl="semantic", section="Business", date="2026-03-17", byline="Owen Ledbury",
     title="Chamber of trade's new chair: 'Empty shops are not a life sentence'",
     sub="Nisha Varma, who runs a wool shop on Bridge Street, took over the Pelham Chamber of Trade this month.",
     caption="Nisha Varma behind the counter of Purl & Pelham.", credit="Photo: Owen Ledbury",
     low=1, only=["correction"],
     correction="Correction: an earlier version of this interview gave the number of empty shops in Pelham town centre as 31. The right figure is 23.",
     body="""
Nisha Varma opened Purl & Pelham, a wool and haberdashery shop on Bridge Street, nine years ago. This month she became the first woman to chair the Pelham Chamber of Trade in its 112-year history. We asked her about the town centre.

**How bad is it?**

There are 23 empty shops out of about 190. That is too many, but it is fewer than two years ago.

**What would you change first?**

Parking. The first hour should be free. People who pop in for a birthday card shouldn't pay £2.40 for the privilege.

**Online shopping?**

I sell more wool online than in the shop now. That isn't the enemy. The shop is where people learn to knit, and then they buy from me online at midnight.

**Business rates?**

Still the biggest complaint I hear. We are lobbying for a discount for independent shops in their first three years.

**Anything else?**

A market on Thursday evenings in summer, with food stalls and music. The council has said yes in principle.

**And your own shop?**

Open six days a week, with a knitting circle on Wednesday nights. Everyone is welcome, even beginners who have never held a needle.
"""),

dict(id="h48-en-006", lang="en", tpl="quintype", section="Sport", date="2026-04-06", byline="Bethany Kerrigan",
     title="Alder Green Ladies reach the county cup final for the first time",
     sub="A 17-year-old goalkeeper saved two penalties as the six-year-old club knocked out the holders.",
     caption="Alder Green players run to goalkeeper Amy Talbot after the shoot-out.", credit="Photo: Bethany Kerrigan",
     carry=["scores"],
     look=[("highlight", "Goalkeeper Amy Talbot"), ("br", "\"I didn't dive early")],
     body="""
Alder Green Ladies will play in the final of the county women's cup for the first time after beating holders Kestrel Park 3-1 on penalties on Sunday.

The semi-final finished 1-1 after extra time at the Bowling Lane ground, where a record crowd of 430 watched in steady rain.

Captain Holly Brennan put Alder Green ahead after 17 minutes with a shot from the edge of the area. Kestrel Park equalised eight minutes from the end of normal time through Sadie Crowther.

Goalkeeper Amy Talbot, a 17-year-old student, saved two penalties in the shoot-out.

"I didn't dive early. I just watched her hips, like the coach told me," she said.

The team was formed only six years ago, when a group of mothers started kicking a ball about while their children trained. The club now has three adult sides and 140 girls in its junior section.

Manager Dean Ferrier said the club had paid for the coach to the final by selling cakes at home games. "We've sold an awful lot of flapjacks," he said.

The final against Northam Rovers will be played at Westfield Stadium on 3 May. Tickets cost £5 for adults and £1 for children.
"""),

dict(id="h48-en-007", lang="en", tpl="nextjs", section="Community", date="2026-05-04", byline="Yusuf Carmody",
     title="Repair café mends its 1,000th broken item in its first year",
     sub="A toaster given as a wedding present in 1974 took the tally into four figures.",
     caption="Volunteer Colin Ashdown at work on a table lamp in the Methodist church hall.", credit="Photo: Yusuf Carmody",
     look=[("bold", "The café needs more volunteers")],
     body="""
A toaster from 1974 became the 1,000th item to be fixed at Lowick's repair café on Saturday, a year after volunteers first set up their tables in the Methodist church hall.

The café opens on the last Saturday of every month. Visitors bring broken lamps, radios, clothes, bikes and furniture, and volunteers try to fix them while they wait, free of charge.

Organiser Colin Ashdown, a retired electrician, said about seven in ten items went home working. "The rest we send home with an honest answer, which is sometimes just as useful," he said.

**How a repair session works**

1. Book in at the door and describe the fault
2. Wait with a cup of tea until a volunteer is free
3. Watch the repair and learn how to do it yourself next time
4. Leave a donation if you want to

The most common repairs are lamps, zips and vacuum cleaners. The strangest so far was a singing fish that had stopped singing.

Volunteers share tools, spare parts and tips in a group chat, and anyone who wants to follow their progress can check the tally on a board by the church door.

The toaster belonged to Margaret Oyelaran, 83, who was given it as a wedding present. "It needed a new switch and a good clean. So did I, at one point," she said.

The café needs more volunteers who can sew or fix bikes. The next session is on 30 May from 10am to 1pm.
"""),

dict(id="h48-en-008", lang="en", tpl="drupal", site="Ravensmoor District Council", kind="public", section="Council news",
     date="2026-03-02", byline="Communications team",
     title="Parking charges in council car parks to change from 1 April",
     sub="The first hour in the town centre car parks will be free. Longer stays will cost more.",
     caption="Pay-and-display machines at the Market Street car park in Ravensmoor.", credit="Ravensmoor District Council",
     carry=["parking"], avoid=["comments"],
     look=[("box", "Blue badge holders will continue")],
     body="""
New parking charges will apply in the council's eleven pay-and-display car parks from Wednesday 1 April, after they were approved at the full council meeting on 19 February.

The first hour of parking in the town centre car parks in Ravensmoor and Ellerby will now be free, to encourage short shopping trips. Longer stays will cost more.

The new charges in town centre car parks are:

- up to 1 hour: free
- up to 2 hours: £1.80
- up to 4 hours: £3.50
- all day: £6.00

Charges at the country park and the leisure centre are not changing.

Blue badge holders will continue to park free of charge in all council car parks.

Season tickets bought before 1 April remain valid until they expire. People who work in the town centre can apply for a discounted permit at £240 a year.

Civil enforcement officers will continue to patrol the car parks. Drivers who park without a valid ticket, or who stay longer than they have paid for, may receive a penalty charge notice.

The income from the car parks pays for their upkeep, lighting and the free evening parking scheme before Christmas.

For questions about permits, call the parking services team on 01632 960 215 between 9am and 4pm, Monday to Friday.
"""),

dict(id="h48-en-009", lang="en", tpl="gutenberg", section="News", date="2026-02-23", byline="Tamsin Holloway",
     title="Drovers Arms reopens as Hexley's community-owned pub",
     sub="312 villagers bought the pub between them. On the first night the bar ran dry before ten.",
     caption="The Drovers Arms on Hexley green on Friday evening.", credit="Photo: Tamsin Holloway",
     carry=["gallery"],
     look=[("box", "More than a bar")],
     body="""
The Drovers Arms in Hexley reopened on Friday night, two years after it closed and eight months after 312 villagers bought it between them.

The shareholders raised £465,000 by selling shares at £100 each, with a grant from a national fund for community pubs making up the rest. The smallest investor is nine years old; the largest put in £20,000.

## Doors open

More than 400 people came through the doors on the first night, and the bar ran out of the local bitter before ten o'clock.

The chair of the pub's committee, Sunita Kirkwood, pulled the first pint at 6pm. "It was mostly froth. Nobody complained," she said.

Volunteers redecorated the pub over 23 weekends, stripping the walls, sanding the floors and rebuilding the fireplace in the lounge.

## More than a bar

The back room will be used as a post office counter two mornings a week and for a lunch club for older residents on Wednesdays. A small shop selling bread, milk and papers will open in the former snug in June.

A manager and four staff have been taken on, all from the village or the next one along.

The pub's original sign, which had hung in a barn since the closure, was put back up on Thursday by the oldest shareholder, 94-year-old Walter Pengelly.

Opening hours are noon to 11pm, with food served until 8.30pm.
"""),
]
