# English stories for the eighteenth held-out part (h18-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**, "[^n]" footnote mark at the
# end of a paragraph on the substack page).
# Extra fields: tpl (page template: "weebly" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), standfirst (substack, fusion), pull
# (magazine), notes (substack footnotes), watch (broadcaster video captions), correction (the wording of
# the correction line, where a page carries one).
ARTICLES = [
dict(id="h18-en-001", lang="en", tpl="weebly", site="1st Fennick Bay Sea Scouts", section="Scout news",
     date="2026-05-18", byline="Dan Pryce",
     title="We did it: the safety boat fund is full",
     sub="More than 300 people helped us replace Old Grumpy.",
     caption="Scouts and leaders on the slipway after the sponsored paddle in March.", credit="Photo: Sam Whitlow",
     body="""
Thank you. After eighteen months of bag packs, quiz nights and one very cold sponsored paddle, the group has raised the £14,600 we needed to replace our old safety boat.

The boat it replaces, a 1998 inflatable the Scouts call Old Grumpy, failed its inspection last autumn. Without a safety boat on the water we cannot run sailing or kayaking sessions at all, so for most of the winter our Scouts and Explorers were stuck on dry land.

## Where the £14,600 came from

More than 300 people gave something. The biggest amounts came from:

- the sponsored paddle across the bay in March, which brought in £5,180;
- a grant of £4,000 from the harbour trust;
- bag packing at the Co-op on four Saturdays;
- the Cubs' bake sale, where homemade cookies and flapjacks raised £212.

The rest came in through the online donation page and the collection tin at the boathouse.

"I honestly thought it would take us three years," said our treasurer, Maureen Tulley.

## Next steps for the boat

The new boat, a 4.2-metre rigid inflatable with a 40hp engine, is being built in Cornwall and should arrive in early June. Two of our leaders will take their powerboat instructor course in the same month.

Sailing sessions will restart on Thursday evenings once the boat has been signed off. Parents will get the new programme by email.

## A note about photos

Photos from the sponsored paddle are now in the gallery. As always, only Scouts whose parents have given consent appear in them, and nobody is named.

Share the good news with anyone who put money in the tin. It made a real difference.
"""),

dict(id="h18-en-002", lang="en", tpl="wordpress", section="Courts", date="2026-03-05", byline="Megan Rowcliffe",
     title="Quarry firm fined £45,000 after dust coated homes in Hesketh Vale",
     sub="A failed pump left the haul road without water sprays for eleven weeks.",
     caption="The quarry face seen from Hesketh Vale.", credit="Photograph: Megan Rowcliffe",
     body="""
A quarry company has been fined £45,000 after dust from its site repeatedly coated homes, cars and gardens in a village on the edge of the Pennines.

Greystone Aggregates Ltd pleaded guilty at Calderford Magistrates' Court to four breaches of its environmental permit between May and September 2025.

The court heard that water sprays meant to keep dust down on the haul road had not worked for most of the summer, because a pump had failed and was not replaced for eleven weeks.

## 'It got into everything'

Residents of Hesketh Vale, about 400 metres from the quarry face, told the Environment Agency they had to wash their windows every two or three days. One woman said she had stopped hanging washing outside; another described grit collecting on her children's trampoline.

"It got into everything," one resident said in a statement read to the court.

## Company 'deeply regrets' failures

In mitigation, the company's barrister said a new pump had been fitted, a second spray bar installed and a dust monitor placed at the edge of the village, with readings published online every week.

He said the firm had written to every household to apologise and had paid for window cleaning for the rest of the year.

District Judge Helen Marsh said the failures were "entirely avoidable" and that the company had ignored warnings from its own staff.

As well as the fine, Greystone was ordered to pay:

- £9,800 in prosecution costs;
- a victim surcharge of £2,000.

The Environment Agency said it was in contact with the company about further checks this summer and would visit the site unannounced.
"""),

dict(id="h18-en-003", lang="en", tpl="nextjs", section="Science", date="2026-02-12", byline="Tom Haverley",
     title="Broadband cables under city streets reveal a buried river",
     sub="Researchers turned 14km of spare fibre into thousands of vibration sensors.",
     caption="Spare fibre-optic cable in a junction box on Coventry Road.", credit="Photo: University of Kelbridge",
     body="""
Researchers have used the broadband cables under a city's streets to map an ancient river channel buried beneath houses, shops and a ring road.

The team from the University of Kelbridge turned a 14-kilometre stretch of unused fibre-optic cable into a string of thousands of vibration sensors. Tiny disturbances in pulses of light sent down the cable show how the ground shakes as buses, lorries and even footsteps pass overhead.

## Listening to the traffic

Listen to the cable for long enough, the researchers say, and the city's traffic becomes a kind of scanner. Vibrations travel more slowly through soft, wet sediment than through rock, so a buried channel shows up as a band where the waves lag behind.

"We didn't dig a single hole," said Dr Amara Okoye, who led the study.

The results, published in the journal Near Surface Geophysics, show a channel up to 30 metres deep running under the east of the city, roughly where old maps mark a stream called the Sowe that was culverted in the 1850s.

## Why a buried river matters

Soft ground in old river channels shakes more in earthquakes and can settle under heavy buildings. The city council says the map will help with planning for:

- new tram foundations on the eastern corridor;
- flood storage tanks under two parks;
- checks on older buildings along the line of the channel.

The cable belongs to a telecoms company that let the university use its spare fibres for a year. No data about phone calls or internet traffic was collected.

The team now hopes to repeat the work in two other cities.
"""),

dict(id="h18-en-004", lang="en", tpl="magazine", section="Features", date="2026-02-24", byline="Ruth Olawale",
     title="Lost and found: a day in the lost-property office at Dunmore Central",
     sub="Umbrellas, a cello and a wedding dress that nobody has come back for.",
     caption="Pauline Osei among the shelves of the lost-property office.", credit="Photograph: Ruth Olawale",
     pull="Umbrellas are the easy part",
     body="""
The lost-property office at Dunmore Central is a narrow room behind platform 1, lined from floor to ceiling with grey metal shelves. On a Tuesday in February it holds 412 umbrellas, 96 phone chargers, a cello and a wedding dress still in its bag.

Pauline Osei has run the office for nine years. She logs every item, with where and when it was found, and keeps most things for three months before they go to charity or auction.

"Umbrellas are the easy part," she says. "Nobody comes back for an umbrella."

## What people leave behind

Some things turn up every week: glasses, house keys, school jumpers, headphones. Others surprise even her. In the past year staff have handed in:

- a set of false teeth in a sandwich box;
- a framed certificate for 25 years of service;
- a live tortoise in a shoebox, collected the same evening;
- a suitcase full of sheet music.

The cello was left on the 17:42 to Harwick and claimed two days later by a student who had been to an audition.

## Getting things home

Most callers are looking for a phone or a wallet, and those are the things most likely to find their way back. Osei checks lost phones for an emergency contact on the lock screen and, where there is one, rings it.

Follow the signs for the taxi rank and you will walk straight past her door without noticing it. That suits her.

## The wedding dress

The dress has been on the top shelf since November. It was found folded on a seat of a late train from the coast, with a dry-cleaning ticket pinned to the bag.

Osei rang the dry cleaner, who had only a first name for the customer. She has kept the dress longer than the rules allow.

"Someone will want it back," she says.
"""),

dict(id="h18-en-005", lang="en", tpl="regional", section="News", date="2026-04-02", byline="Gary Lumsden",
     title="Six seafront toilet blocks to close unless businesses take them on",
     sub="The council spends about £210,000 a year on the blocks.",
     caption="The Victorian toilet block on North Parade.", credit="Picture: Gary Lumsden",
     body="""
Six public toilet blocks along Seaholme's seafront will close at the end of September unless cafés, shops or community groups agree to run them, the borough council has said.

The council spends about £210,000 a year cleaning and repairing the blocks, which range from a listed Victorian building on the promenade to a portable cabin by the crazy golf.

Under the plan, a business or group that takes on a block would get a grant of up to £6,000 a year towards cleaning, in return for keeping it open during set hours.

## Which blocks are affected

The six blocks are at:

- North Parade, near the lifeboat station;
- the Marine Gardens bandstand;
- Jubilee Slipway;
- the crazy golf course;
- Kittiwake Steps;
- the Esplanade car park.

The toilets at the bus station and in the town hall will stay open as now.

## 'People will stop coming'

Campaigners say the closures would hit older residents, families and disabled visitors hardest. A petition against the plan has more than 3,000 names.

"People will simply stop coming," said Irene Holroyd, who runs a mobility scooter hire shop on the front.

Read the council's own figures and the picture is mixed: two of the blocks were used by fewer than 30 people a day last summer, while the North Parade block had more than 900 visitors on a busy August Sunday.

Cllr Peter Ansell, the cabinet member for finance, said closing the blocks outright was "the last thing we want".

The council will decide in July which offers to accept.
"""),

dict(id="h18-en-006", lang="en", tpl="hugo", site="The Brackwater Ledger", section="Data", date="2026-04-21",
     byline="Nisha Barraclough",
     title="What does it cost to light Brackwater's streets? We asked for the bills",
     sub="£486,000 last year, and the electricity part has nearly doubled since 2021.",
     caption="LED lamps being fitted on Mill Hill in March.", credit="Photo: Nisha Barraclough",
     body="""
How much does it cost to keep Brackwater's 4,812 streetlights on? A reader asked us that question in January, and it took three months and a freedom of information request to find out.

The answer: £486,000 last year, of which £301,000 was electricity and the rest maintenance, repairs and replacing columns hit by cars.

## Why the bill went up

The electricity bill has nearly doubled since 2021, even though the council has been swapping old sodium lamps for LEDs. Three things pushed it up:

1. the price per unit rose by 84% when the council's energy contract was renewed;
2. about 1,100 lamps have still not been converted;
3. lights on main roads stay on all night, while those on side streets are only dimmed after midnight.

The council says the remaining sodium lamps will be replaced by the end of next year, which should cut the electricity used by about a fifth.

## Switching off at night

Some councils switch streetlights off between midnight and 5am. Brackwater does not, and the council told us it has no plans to.

"Safety comes first, especially for shift workers," a spokesperson said.

## Where the question came from

This story started with an email from a reader who gets our weekly newsletter. She had noticed that the lamps outside her house had changed colour and wondered whether the switch had saved any money.

It has, but not yet enough to make up for the price rise. The council expects the bill to fall next year for the first time since 2020.
"""),

dict(id="h18-en-007", lang="en", tpl="joomla4", section="Sport", date="2026-04-27", byline="Callum Tennant",
     title="Netball: Orwick Flyers snatch promotion with last-second goal",
     sub="Kezia Barnes' shot hit the ring twice before dropping in.",
     caption="Kezia Barnes shoots for the winning goal against Dunley Park.", credit="Photo: Lee Carradine",
     body="""
Orwick Flyers will play in the top flight of regional netball for the first time after a goal with the final whistle gave them a 48-47 win over Dunley Park in Saturday's promotion play-off.

Goal shooter Kezia Barnes, 19, took the shot from the edge of the circle with a second left on the clock. The ball hit the ring twice before dropping in.

"I didn't see it go in. I just heard the noise," Barnes said.

## Tight from start to finish

Neither side led by more than four goals at any point. Dunley Park, who finished second in the league, were ahead 25-23 at half-time and 37-36 going into the last quarter.

The Flyers' coach, Sandra Mwale, made two changes at the break, moving captain Ellie Fawcett from wing attack to centre.

"We needed her hands on the ball more often," Mwale said.

## The season in numbers

The Flyers' season in brief:

- 16 wins and 4 defeats in the league;
- 921 goals scored, the most in the division;
- three players called up to the county under-21 squad.

## What promotion means

Promotion brings longer away trips, to clubs as far apart as Carlisle and Hull, and the club will need to raise about £8,000 for travel and court hire. A crowdfunding page opened on Sunday morning and had reached £2,300 by the evening.

The new season starts in September.
"""),

dict(id="h18-en-008", lang="en", tpl="semantic", section="Business", date="2026-06-09", byline="Anil Mistry",
     title="Tollgate Brewery handed to its 38 staff in employee ownership deal",
     sub="The founders turned down two offers from bigger brewers.",
     caption="Head brewer Tomasz Wójcik in the brewhouse at Tollgate.", credit="Photograph: Anil Mistry",
     body="""
The founders of Tollgate Brewery have handed the business to its 38 staff, making it the third employee-owned company in the town.

Rob and Janice Kettle, who started brewing in a garage in 2004, have sold a controlling stake to an employee ownership trust. The trust will pay them over ten years out of the brewery's profits.

Staff will not pay anything for their shares and will be able to receive tax-free bonuses of up to £3,600 a year each once the deal has been paid off.

## Why sell to the staff?

The couple say they had two offers from larger brewers last year and turned both down.

"We didn't want to see our name on someone else's price list," Janice Kettle said.

Under the new structure, a board that includes two elected staff members will run the brewery. Head brewer Tomasz Wójcik becomes managing director.

## What changes for drinkers

Customers should notice little. The brewery says:

- the core range of six beers will stay the same;
- the taproom will keep its opening hours;
- no jobs will go as a result of the sale.

It plans to spend £250,000 over two years on a new canning line, which will let it sell more beer to supermarkets. Last year it made a profit of £410,000 on sales of £3.2m.

The Employee Ownership Association says more than 2,000 UK firms are now owned this way, twice as many as five years ago.
"""),

dict(id="h18-en-009", lang="en", tpl="storybody", section="Health", date="2026-07-14", byline="Bethan Rees",
     title="Paramedics on e-bikes to answer city-centre emergency calls",
     sub="In a pilot last winter cycle paramedics reached patients in four minutes on average.",
     caption="Paramedic Josh Adeyemi with one of the response bikes.", credit="Photo: Western Ambulance Service",
     body="""
Paramedics on electric bikes will answer emergency calls in Harwick city centre from next month, in a trial the ambulance service hopes will cut response times in crowded streets.

Four specially trained paramedics will ride the bikes from 10am to 10pm, seven days a week, carrying a defibrillator, oxygen and a first-aid kit in their panniers.

## Why bikes?

Ambulances can take several minutes to cross the pedestrianised centre, particularly on match days and during the Christmas market. A bike can go where a vehicle cannot.

During a six-week pilot last winter, cycle paramedics reached patients in the centre in an average of four minutes, against eleven for an ambulance.

"On a Saturday afternoon, the bike wins every time," said paramedic Josh Adeyemi.

## What the cycle team will deal with

The riders will be sent to calls including:

- falls and head injuries;
- people who have collapsed in shops or on the street;
- cardiac arrests, alongside an ambulance crew;
- minor injuries at events.

About half of the patients seen during the pilot could be treated on the spot and did not need to go to hospital.

## Who is paying

The £86,000 trial is paid for by the city's business improvement district and the ambulance service. The bikes were built by a firm in the north of the county.

A spokesperson said the service was in contact with two other cities that have asked about starting similar schemes.
"""),
]
