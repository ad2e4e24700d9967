# English stories for the sixty-fifth held-out part (h65-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h64_en.py (tpl: "kentico" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (ferryboard, renttracker,
# eventpermits), which are placed only on stories where a real site would print them.  On the kentico pages the
# "sub" is the article's perex, and a block of lines starting with "| " is a story table (a table inserted in the
# Froala rich-text editor; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h65-en-001", lang="en", tpl="kentico", site="Carrick Firth Courier",
     section="Islands", date="2026-10-14", byline="Fiona Garvie",
     title="Inchmorra ferry cut to two sailings a day for the winter",
     sub="Islanders say the new timetable leaves no way to reach a morning hospital appointment on the mainland and get home the same day.",
     caption="The MV Morven leaving Portavie pier on Monday.", credit="Picture: Carrick Firth Courier",
     carry=["ferryboard"],
     look=[("highlight", "The ferry between Portavie and Inchmorra"), ("italic", "\u201cWe are an island, not a timetable.\u201d"),
           ("br", "The company says the reduced timetable")],
     body="""
The ferry between Portavie and Inchmorra will run only twice a day from 2 November until the end of March, after the operator said it could not crew a third daily return in the winter.

Firth Island Shipping blamed a shortage of qualified deckhands and engineers. Two of the crew of the MV Morven retired in the summer and a third is on long-term sick leave.

Inchmorra has about 240 permanent residents, a primary school, a shop and a doctor who visits twice a week. Everything else, from the secondary school to the supermarket and the hospital, is on the mainland.

## What changes on the Inchmorra run

| Day | Leaves Inchmorra | Leaves Portavie
| Monday to Friday | 7.40am and 3.10pm | 8.30am and 5.00pm
| Saturday | 9.15am | 12.30pm
| Sunday | no sailing | no sailing

The 11am sailing from the island and the 1.30pm return have been dropped, along with the Sunday service.

Hazel Munro, who chairs the island's community council, said the timetable would make life very hard for older residents with appointments at the Firth hospital.

\u201cWe are an island, not a timetable.\u201d

"If your appointment is at 11 you leave at 7.40 in the morning and you don't get home until nearly six. In January that is a long day for somebody of 85," she said.

The company says the reduced timetable is temporary. It is training four new deckhands, two of them from the island.

The secondary school pupils, who travel daily, will not be affected, because the early and late sailings have been kept.

The community council will meet the operator and the harbour trust at the Inchmorra hall on 21 October at 7pm.
"""),

dict(id="h65-en-002", lang="en", tpl="cms", section="Housing", date="2026-03-05", byline="Ravi Chaudhry",
     title="Average rent in Hallowmere passes £1,000 a month for the first time",
     sub="A two-bedroom flat now costs almost a third more to rent than it did three years ago.",
     caption="Flats to let on Queen's Parade, Hallowmere.", credit="Photo: Ravi Chaudhry",
     carry=["renttracker"],
     body="""
The average rent for a home in Hallowmere has gone above £1,000 a month for the first time, according to figures from the town's three largest letting agents.

The typical monthly rent across all sizes of home was £1,015 in February, up from £912 a year ago. For a two-bedroom flat the figure is now £1,080, almost a third more than in 2023.

Letting agent Carol Penhaligon said she had 38 enquiries within a day for a two-bedroom flat on Queen's Parade last week. "People are coming to viewings with a month's rent in their pocket, offering more than we're asking. We've had to stop accepting that," she said.

**Who is being squeezed**

Young people who grew up in the town and couples on average wages are the hardest hit, according to the Hallowmere Renters' Union, which has 410 members.

Its secretary, Dan Kewley, said some members were spending more than half their take-home pay on rent. "A nurse and a bus driver together can just about manage. One of them on their own cannot," he said.

The borough council says about 90 homes in the town centre have been turned into holiday lets since 2022, which has reduced the number for long-term rent.

**What tenants can do**

The union advises tenants who get a rent increase notice to:

- check that the notice was served in the right way and gives at least a month's warning
- compare the new rent with similar homes on the same street
- ask for the increase to be looked at by a tribunal if it seems too high

The council will debate a motion on limiting new holiday lets on 19 March. Tenants who want help with a rent increase can contact the Renters' Union at its Thursday evening surgery in the Carnegie Library.
"""),

dict(id="h65-en-003", lang="en", tpl="legacy-br", section="Community", date="2026-06-23", byline="Morag Tennant",
     title="Community minibus gets wheelchair lift after £18,000 appeal",
     sub="Dial-a-Ride in Brackenford had been turning away wheelchair users since its old lift broke in January.",
     caption="Driver Stuart Bell demonstrates the new lift.", credit="Photo: Morag Tennant",
     only=["correction"],
     correction="Correction: an earlier version of this article said the appeal had raised £16,000. The total was £18,000.",
     body="""
Brackenford's community minibus is carrying wheelchair users again after a five-month appeal paid for a new lift.

The lift on the 12-seat bus broke in January and the manufacturer said it could not be repaired. For five months the volunteer-run service, known as Dial-a-Ride, had to tell its wheelchair users it could not take them.

About 60 people a week use the bus to get to the shops, the health centre and lunch clubs. Eleven of them use wheelchairs.

Coordinator Linda Farrow said turning people away had been the hardest part. "One lady told me she hadn't been out of her house since Easter except to see the doctor," she said.

The appeal raised £18,000 from a sponsored swim, collections in the town's pubs and a grant from the town council. The Rotary club gave £2,500 and a local haulage firm fitted the lift at cost.

Driver Stuart Bell, 71, has driven for the service for nine years. "The first trip with the new lift was to the garden centre. Four of our regulars came and we had cake in the café. You'd have thought we'd gone to Paris," he said.

The service is now looking for more volunteer drivers so it can run on Saturdays. Drivers need a full licence and must be 25 or over.

Bookings can be made by phone on weekdays between 9am and noon.
"""),

dict(id="h65-en-004", lang="en", tpl="portal", section="Your town", date="2026-05-12", byline="Gemma Hollis",
     title="Street party applications double after council scraps road closure fee",
     sub="Sixty-four streets in Ketterby have asked to close their road for a party on the midsummer weekend.",
     caption="Bunting on Albion Terrace during last year's party.", credit="Photo: Gemma Hollis",
     carry=["eventpermits"],
     body="""
Sixty-four streets in Ketterby have applied to close their road for a party over the midsummer weekend, more than twice as many as last year, after the borough council dropped its £75 fee.

The council's events team said it had approved 51 applications so far. The rest are waiting for a check that buses and emergency vehicles can get round the closure.

Until this year residents had to pay the fee and buy their own insurance. The council now covers parties on quiet residential streets under its own policy.

Councillor Ade Ogunleye, who proposed the change, said the fee had put off the streets that most needed a party. "On the estates people would say, we'd love to, but £75 plus insurance is a week's food shop," he said.

## A first for Pinfold Road

Pinfold Road has never held a street party. Neighbour Shirley Gaunt, who has lived there for 40 years, filled in the form after a leaflet came through her door.

"I know about five people on my road by name. I'm hoping to know 20 by the end of the day," she said.

She has already been promised a gazebo, two barbecues and a bouncy castle from a neighbour whose son hires them out.

## What the rules ask of each street

Streets that want to hold a party must:

- apply at least four weeks before the day
- show that every household on the road has been told
- keep a clear lane for emergency vehicles
- clear up afterwards

Applications for the midsummer weekend close on 26 May.
"""),

dict(id="h65-en-005", lang="en", tpl="regional", section="Weather", date="2026-01-27", byline="Callum Strachan",
     title="Storm Brannagh: every west coast ferry cancelled as gusts reach 84mph",
     sub="Islanders were warned that some routes may not run again until Thursday.",
     caption="Waves breaking over the sea wall at Kilrannoch.", credit="Photo: Callum Strachan",
     carry=["ferryboard"],
     body="""
Every ferry sailing on the west coast was cancelled on Tuesday as Storm Brannagh brought gusts of up to 84mph to the islands.

The Met Office issued an amber warning for wind from 6am on Tuesday until midday on Wednesday. A gust of 84mph was recorded on the Isle of Carra just after 10am.

West Isles Ferries said all 26 of its routes were suspended and that some would not run before Thursday because of the height of the swell.

## Stranded on both sides

About 40 islanders who had travelled to the mainland on Monday for hospital appointments were stuck in Kilrannoch overnight. The operator said it would pay for hotel rooms for those who had booked on cancelled sailings.

Lorry drivers queued at the port for most of the day. One, carrying fresh food for the shops on Carra, said his load would have to be thrown away if he could not cross by Wednesday night.

On the island, the Carra Co-op said its shelves would run short of milk and bread by the end of the week. "People know the drill. They stock up when they see a storm coming," said manager Eilidh MacAskill.

## Power cuts

Around 3,100 homes lost power on the islands and along the coast. Engineers said most would be reconnected by Tuesday evening but warned that some remote homes could be without electricity for longer.

Schools on Carra and three other islands closed for the day.

The operator says the first sailings will be decided at 6am each morning, once the harbour masters have checked conditions.
"""),

dict(id="h65-en-006", lang="en", tpl="magazine", section="Features", date="2026-08-19", byline="Alys Penrose",
     title="150 years of the Porthgwyn lifeboat, told by the people who crewed it",
     sub="The station's open day on Saturday marks a century and a half of launches from the slipway below the church.",
     caption="The Porthgwyn lifeboat on exercise in the bay.", credit="Photo: Alys Penrose",
     carry=["gallery"],
     pull="Nobody ever asked who was in trouble or why",
     look=[("dropcap", "The first Porthgwyn lifeboat was a rowing boat"), ("box", "Crew members are volunteers who live or work")],
     body="""
The first Porthgwyn lifeboat was a rowing boat with ten oars, paid for in 1876 by a widow from Bath who had lost her son at sea. It was launched from a wooden slipway below the church, and the village has launched a lifeboat from the same spot ever since.

On Saturday the station holds an open day to mark 150 years. Its crews have launched more than 2,300 times and the station's records credit them with saving 611 lives.

Jack Tremayne, 88, joined the crew in 1956 and served for 31 years. He remembers the night in 1962 when the boat went out to a Dutch coaster with engine failure in a force ten gale.

"We were out nine hours. When we got back, the whole village was on the slipway in the dark with flasks of tea," he said.

His granddaughter, Kerensa, is now one of the station's helms. She is the first woman to take charge of the boat on a shout.

"Nobody ever asked who was in trouble or why. You just went," her grandfather said. "She's the same."

Crew members are volunteers who live or work within a few minutes of the station. When their pagers go off they leave work, the dinner table or their beds.

The station now has 24 crew, among them a plumber, a teacher, two fishermen and a vet. Most launches today are to walkers cut off by the tide, kayakers and paddleboarders.

People who want to follow the boat's launches can find them on the noticeboard outside the boathouse, where the crew still chalk up every shout.
"""),

dict(id="h65-en-007", lang="en", tpl="nextjs", section="People", date="2026-07-08", byline="Tom Ashworth",
     title="'I've seen three generations across this road': lollipop man hangs up his sign",
     sub="Keith Dunmore has stood outside Marlpit Lane Primary every school day since 2000.",
     caption="Keith Dunmore on his last week outside the school gates.", credit="Photo: Tom Ashworth",
     low=0,
     look=[("bold", "Why a lollipop?"), ("bold", "Worst weather?"), ("bold", "Any close calls?"),
           ("bold", "Do old pupils still wave?"), ("bold", "Miss it already?")],
     body="""
Keith Dunmore has helped children across Marlpit Lane in Ashby Green since September 2000. On Friday, at 74, he does it for the last time. We asked him about 26 years with a lollipop.

Why a lollipop?

I'd retired early from the railway and was bored stiff. My wife saw the advert in the post office window and said, you like children and you like standing about. So that was that.

Worst weather?

The snow in 2010. The school stayed open and so did I. I wore two coats and a pair of ski goggles my son lent me.

Any close calls?

A few. A van once came round the corner far too fast and I had to pull a little lad back by his rucksack. I went and had a word with the driver's boss. He sent a box of chocolates for the staff room.

Do old pupils still wave?

The first ones I crossed are in their thirties now and bring their own children. One of them is a police officer. She waves at me from her patrol car.

Miss it already?

The chat. You get a hundred hellos every morning. You don't get that sitting at home.

The school is holding a leaving assembly for Keith on Friday afternoon, and parents are welcome.
"""),

dict(id="h65-en-008", lang="en", tpl="fusion", section="Transport", date="2026-04-09", byline="Harriet Mellor",
     title="Cycle path between Dunsby and Holm Cross opens after 12 years of campaigning",
     sub="The four-mile route follows an old railway line and avoids the busy B road between the two villages.",
     caption="Cyclists on the new path at Holm Cross.", credit="Photo: Harriet Mellor",
     carry=["map"],
     look=[("factbox", "The route in numbers")],
     body="""
A four-mile cycle and walking path between Dunsby and Holm Cross opened on Saturday, twelve years after villagers first asked the county council for one.

The path follows the line of the old Dunsby branch railway, which closed in 1964. Until now anyone cycling between the villages had to use the B1174, where lorries heading to the quarry pass every few minutes.

More than 200 people, some on bikes, some on foot and a few on horseback, turned out for the opening.

Parent Sarah Okonjo said she would now let her two teenagers cycle to the secondary school in Holm Cross. "I never would have on that road. Never," she said.

## The route in numbers

- 4.2 miles long and three metres wide
- two new bridges over the River Lym
- 1,400 trees and shrubs planted alongside it
- £3.1m from a government active travel grant and the county council

The path was delayed by years of talks with the 14 landowners along the old railway. Two refused to sell, and the route swings round their fields on a new section of track.

Dunsby Cycling Club, which led the campaign, printed the news on the front of its newsletter this month. Its chairman, Phil Garside, said the club's members had walked the route with council officers more than 30 times.

The path is open all day and is lit at both village ends. Horses are allowed on the section between the two bridges.
"""),

dict(id="h65-en-009", lang="en", tpl="quintype", section="Business", date="2026-09-30", byline="Nadia Frost",
     title="Villagers who bought their shop reopen it as a co-operative",
     sub="More than 300 people in Lower Wyck put money in to save the only shop for six miles.",
     caption="Volunteers on the shop's first morning as a co-operative.", credit="Photo: Nadia Frost",
     look=[("highlight", "The shop will be run by a manager")],
     body="""
Share certificates were handed out at the door of the Lower Wyck village shop on Saturday morning, as it reopened under the ownership of the people who use it.

The shop closed in March when its owners, Bill and Judith Pascoe, retired after 22 years and could not find a buyer. It was the only shop and post office counter within six miles.

A group of residents set up a community benefit society in April and sold shares at £25 each. In ten weeks, 318 people bought shares, raising £96,000. A rural grant and a loan from a community finance charity made up the rest of the £180,000 needed to buy the building and refit it.

## Run by volunteers and a manager

The shop will be run by a manager and an assistant on the payroll, with about 40 volunteers on the tills. It will stock bread from a bakery in the next village and meat, eggs and vegetables from six local farms.

Chair of the society Ellen Marsh said the first morning had been "chaos, but the nice kind". Customers queued out of the door for the first loaf.

"Some people bought one share, some bought 40. Everyone has the same single vote," she said.

The post office counter will open on Monday, Wednesday and Friday mornings.

Bill Pascoe came in to buy a newspaper. "It looks better than it ever did when I had it," he said.
"""),
]
