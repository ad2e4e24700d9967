# English stories for the eighty-ninth held-out part (h89-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h88_en.py (tpl: "duda" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in); "carry" names the residue
# families a page must carry, among them the three families new in this part (smokecontrol, landlordlicensing,
# parkingsuspensions), which are placed only on stories where a real site would print them; "run_in" names a
# carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h89-en-001", lang="en", tpl="duda", site="The Pellingford Ledger",
     section="Housing", date="2026-09-23", byline="Tom Askwith",
     title="Landlords in Northgate and Riverside will need a licence for every home they let",
     sub="Councillors approved a five-year selective licensing scheme covering about 2,300 rented homes after a survey found hazards in one in four.",
     caption="Terraced houses on Tanner's Row, Northgate, where a third of homes are privately rented.", credit="Picture: Tom Askwith",
     carry=["landlordlicensing"],
     look=[("dropcap", "Landlords who let homes in two Pellingford wards"), ("bold", "The vote was 31 to 9."),
           ("italic", "\u201cEvery pound of that fee will end up on somebody's rent.\u201d"), ("br", "She is still waiting for it to be fixed.")],
     body="""
Landlords who let homes in two Pellingford wards will need a council licence for every property from next April, after councillors voted on Tuesday to bring in a selective licensing scheme for Northgate and Riverside.

The scheme covers about 2,300 privately rented houses and flats. Each licence will last five years, and the borough council says its officers will inspect every licensed home at least once in that time.

## Why these two wards

A survey of 410 rented homes in the two wards last autumn found serious hazards, mostly damp, mould and old wiring, in almost one in four of them. Across the rest of the borough the figure was one in eleven.

Councillor Amira Dossett, who leads on housing, told the meeting that most landlords in Northgate and Riverside already looked after their tenants well. "This is about the ones who never answer the phone," she said.

The vote was 31 to 9.

Opponents argued that the fee, expected to be about £640 a property, would be passed straight on to tenants. Graham Tullett, who chairs the Pellingford Landlords' Forum and lets eleven flats in Riverside, said the council already had the powers it needed.

\u201cEvery pound of that fee will end up on somebody's rent.\u201d

## What it means for renters

Renters in the two wards will be able to look up on a public register whether their home is licensed, and report a landlord who has not applied.

Becky Harland, who has rented in Northgate for six years, welcomed the decision. "Our bathroom ceiling came down in March, and I have dated pictures of every bit of it," she said.

She is still waiting for it to be fixed.

A drop-in session about the scheme will be held at Northgate Community Centre on Thursday 15 October, from 2pm to 7pm.
"""),

dict(id="h89-en-002", lang="en", tpl="amp",
     section="Environment", date="2026-11-04", byline="Helen Marchbank",
     title="Smoke rules to be extended to Marrow Green and Duncote after winter of complaints",
     sub="Wood burners in the two villages will have to be approved models, and only authorised fuels may be burned, from next October.",
     caption="Chimney smoke hanging over Duncote on a still evening last February.", credit="Picture: Helen Marchbank",
     carry=["smokecontrol"],
     body="""
Two villages on the edge of Pellingford will become part of the borough's smoke control area next autumn, after residents logged more than 200 complaints about chimney smoke last winter.

From 1 October 2027, households in Marrow Green and Duncote will only be allowed to burn authorised smokeless fuels in an open fire, or to use a wood burner that has been approved for use in smoke control areas.

The borough council's environment committee agreed the change on Monday without a vote.

Dr Sunita Rao, a GP at the Duncote surgery, told councillors that she saw more children with wheezing in the village in January than at any time of the year. "On a still night the smoke just sits in the valley bottom," she said.

Air monitors fitted to lamp posts in both villages last winter recorded fine particle levels on 19 evenings that were above the level the World Health Organization advises over a full day.

Not everyone was convinced. Marrow Green parish councillor Denis Holroyd said many older residents relied on a log fire as their main heating.

"Most of them bought their stoves years ago and have no idea whether they are approved models or not," he said.

The council says it will write to every household before the rules begin, and that officers will give advice first, rather than fines, in the first winter.

Residents can ask for a free home visit to check their stove by calling the council's environmental health team on 01632 960 718.
"""),

dict(id="h89-en-003", lang="en", tpl="legacy-br",
     section="Sport", date="2027-03-10", byline="Nadia Penrose",
     title="Road closures and suspended bays as the Pellingford 10K returns to the town centre",
     sub="About 1,400 runners are expected on Sunday 21 March, the first time the race has started in the market square since 2019.",
     caption="Runners passing the castle gate during the 2019 race.", credit="Picture: Pellingford Harriers",
     carry=["parkingsuspensions"],
     body="""
The Pellingford 10K will start and finish in the market square again this month for the first time in eight years, and drivers are being warned to expect closed roads across the town centre on the morning of the race.

About 1,400 runners have entered the race on Sunday 21 March, which will set off from outside the Guildhall at 9.30am.

The route leaves the square along Castle Street, follows the river path as far as Lenn Bridge and loops back through Northgate before a final climb up Sheaf Lane.

## Closures on race morning

Castle Street, Bridge Road and Sheaf Lane will be closed from 7am until about 12.30pm. The market square will be closed from 6am, when marshals begin putting up the finish gantry.

Parking on Castle Street will be suspended from 8pm on the Saturday so that the road is clear for the start.

Race director Colin Fairbank of Pellingford Harriers said the club had delivered letters to more than 600 homes and businesses along the route.

"We know a race is a nuisance if you just want to get to the shops, so we have tried to keep it to a single morning," he said.

The Sunday market will move to the Guildhall car park for the day.

The race moved to the retail park in 2020, when building work closed part of Castle Street. Runners had asked for years to bring it back to the old course, Mr Fairbank said.

Spectators are asked to cheer from the river path and Northgate, where the pavements are widest. Late entries close at midnight on Friday 12 March.
"""),

dict(id="h89-en-004", lang="en", tpl="semantic",
     section="Housing", date="2026-06-17", byline="Tom Askwith",
     title="Castle ward renters ask to be included in licensing plan",
     sub="A tenants' group says its own survey found damp in 41 of 96 homes, and wants the ward added to the council's proposed scheme.",
     caption="Members of the Castle Ward Renters' Group outside the Guildhall.", credit="Picture: Tom Askwith",
     carry=["landlordlicensing"],
     look=[("italic", "\u201cNobody should need a bucket under the window in June.\u201d")],
     body="""
A group of tenants in Castle ward has asked Pellingford Borough Council to add their streets to a planned licensing scheme for private landlords, saying they face the same problems as renters in the two wards already chosen.

The council is consulting on plans to require a licence for every privately rented home in Northgate and Riverside, where a survey last year found high rates of damp, mould and unsafe wiring.

Castle ward was left out because the council's own survey there turned up fewer hazards.

The Castle Ward Renters' Group says that survey visited too few homes. Its members knocked on doors in twelve streets in April and May and asked tenants to fill in a short form about the state of their home.

Of 96 households who answered, 41 reported damp or mould, 17 had a broken boiler or heater during the winter, and nine said a landlord had not fixed a reported problem in more than six months.

\u201cNobody should need a bucket under the window in June.\u201d

Group secretary Kirsty Waddell handed the results to the council's housing team on Friday.

"We are not against landlords. Plenty of us have good ones. We just want the same protection as people three streets away," she said.

A council spokesman said the group's findings would be considered alongside all other responses, and that any decision to widen the scheme would need a fresh consultation.

The consultation on the Northgate and Riverside scheme closes on 31 July. Responses can be made online or on paper forms at Pellingford library.
"""),

dict(id="h89-en-005", lang="en", tpl="wordpress",
     section="People", date="2026-12-02", byline="Helen Marchbank",
     title="\u201cThe tenor bell weighs more than my car\u201d: sixty years on the ropes at St Wendreda's",
     sub="Arthur Blyth rang for the first time as a boy of eleven. He is handing over the tower keys at Christmas.",
     caption="Arthur Blyth in the ringing chamber of St Wendreda's, Oxley St Clare.", credit="Picture: Helen Marchbank",
     only=["correction"],
     correction="Correction, 4 December: this interview first said that the tenor bell was recast in 1924. It was recast in 1927, and the weight given for it has also been corrected.",
     look=[("dropcap", "Arthur Blyth was eleven when the tower captain")],
     body="""
Arthur Blyth was eleven when the tower captain at St Wendreda's in Oxley St Clare let him take hold of a bell rope for the first time. Sixty years later, he is handing over the keys to the tower. We asked him about a lifetime of Sunday mornings.

**Do you remember that first time?**

I remember being told not to let go, whatever happened. The rope went up and took me with it, about a foot off the floor. Everyone laughed, and I came back the next week.

**How many bells are there?**

Six. The tenor, the biggest, weighs just over 14 hundredweight. That is more than my car, and you stop it with one hand on a rope.

**What has changed in sixty years?**

There were fourteen ringers when I started, most of them farm workers. For a while in the 1990s there were only four of us, and we rang three bells for weddings. Now there are nine again, and three of them are under twenty.

**And the weddings?**

I have rung for about four hundred. I have rung for my own daughter's, too, which I would not recommend. You cannot see anything from the ringing chamber.

**Will you still ring?**

On Christmas morning, yes. After that I will be a ringer like any other, which is what I wanted. Somebody else can climb up in January to fix the clock.

Practice night at St Wendreda's is Tuesday from 7.30pm, and new ringers of any age are welcome.
"""),

dict(id="h89-en-006", lang="en", tpl="ghost",
     section="Community", date="2026-10-14", byline="Nadia Penrose",
     title="Kettles, lamps and a 1970s hairdryer: Hatherby repair caf\u00e9 fixes its thousandth item",
     sub="Volunteers have mended toasters, trousers and bicycles at the village hall once a month since 2021.",
     caption="Volunteers at work at Hatherby village hall.", credit="Picture: Nadia Penrose",
     low=0,
     look=[("callout", "The caf\u00e9 runs on the second Saturday of every month")],
     body="""
Share a table with a stranger and a broken toaster at Hatherby village hall on a Saturday morning, and you might leave with the toaster working again.

The village's repair caf\u00e9 mended its thousandth item last weekend: a brass table lamp brought in by 82-year-old Irene Coldwell, who had been told by a shop in Pellingford that it was not worth fixing.

It took volunteer electrician Dev Mistry eleven minutes and a new switch.

"She cried a bit, and then so did I," he said.

The caf\u00e9 was started in 2021 by three neighbours who wanted to keep things out of the tip. It now has 23 volunteers, among them a retired watchmaker, two seamstresses and a teenager who is, according to organiser Ruth Emsley, "the only one of us who understands games consoles".

The most common repairs since it opened have been:

- lamps and kettles, about 300 between them;
- clothes, mostly zips and hems;
- bicycles, from punctures to brakes;
- vacuum cleaners, often with a sock stuck somewhere inside.

The strangest item, everyone agrees, was an orange hairdryer from the 1970s that still had its original box and guarantee card. It works again.

The caf\u00e9 runs on the second Saturday of every month, from 10am to 1pm. Repairs are free, though visitors are asked to put something in the tea fund, and nobody is ever told their item is beyond saving until at least two volunteers have looked at it.

The next session is on Saturday 14 November. Bring the thing that broke, and the bits that fell off it.
"""),

dict(id="h89-en-007", lang="en", tpl="storybody",
     section="Community", date="2026-04-08", byline="Helen Marchbank",
     title="Forty new allotment plots on old Lenn Meadows nursery site",
     sub="The waiting list for a plot in Pellingford had grown to 312 names.",
     caption="The former nursery greenhouses at Lenn Meadows.", credit="Picture: Helen Marchbank",
     body="""
Forty new allotment plots are to be laid out on the site of a former plant nursery at Lenn Meadows, cutting a waiting list that has grown to more than 300 names.

Pellingford Town Council bought the two-acre site for £185,000 last year after the nursery closed.

**The waiting list**

There are 212 plots on the town's four existing sites, and almost none come free in a typical year. Some people on the list have been waiting since 2019.

Clerk Joanne Pickard said the council had received more applications in the first year of the pandemic than in the previous five years put together, and the list had never recovered.

**Half plots for beginners**

Twelve of the new plots will be half the usual size. The council hopes they will suit people who have never grown their own before, and will cost £28 a year instead of £52.

The nursery's two largest glasshouses are being kept and repaired, and will be shared by plot holders for raising seedlings.

**Work on the site this summer**

Contractors will clear the site over the summer, and paths, water troughs and a compost area will be put in before the autumn.

Alf Moorcroft, 79, who has kept a plot on the Sheaf Lane site for 41 years, said he was delighted. "A plot keeps you going. I'd give one to every doctor's patient if I could," he said.

The first 40 people on the waiting list will be offered a plot in September. Anyone can join the list by writing to the town council at the Guildhall.
"""),

dict(id="h89-en-008", lang="en", tpl="cms",
     section="Community", date="2026-02-25", byline="Nadia Penrose",
     title="Duncote library reopens in the old chapel with longer hours",
     sub="Volunteers have run the library since the borough council withdrew funding in 2023.",
     caption="The reading room in the former Methodist chapel, Duncote.", credit="Picture: Nadia Penrose",
     look=[("br", "The pews have gone, but the organ stays.")],
     body="""
Duncote's library has reopened in the village's former Methodist chapel, three years after it was saved from closure by a group of volunteers.

The library had been squeezed into a single room at the back of the village hall since 2023, when the borough council stopped paying for it and a charity, the Friends of Duncote Library, took it over.

The chapel, which closed for worship in 2021, was bought by the parish council last year and leased to the charity for a peppercorn rent.

Shelving for about 6,000 books has been built along the side walls by volunteers from the village's men's shed. The chapel's gallery has become a children's corner.

The pews have gone, but the organ stays.

Chair of the Friends, Margaret Ellery, said the move meant the library could open five days a week instead of two.

"We have room for the Tuesday toddler group, the homework club and the knitters all at once, which we never did before," she said.

Membership has risen from 240 to more than 400 since the charity took over. The reading group, which meets on the last Friday of the month, has a waiting list of its own.

Its members have promised that the homemade cookies will now come every week, not just on book nights.

The library is open Tuesday to Saturday, from 10am to 4pm, and until 7pm on Thursdays.
"""),

dict(id="h89-en-009", lang="en", tpl="magazine",
     section="Features", date="2026-07-29", byline="Tom Askwith",
     title="Life on the Lenn: the family who swapped a semi for a seventy-foot narrowboat",
     sub="Four years, two children and one very patient cat on the Pellingford navigation.",
     caption="The Sandfords' narrowboat Kittiwake moored below Lenn Bridge.", credit="Picture: Tom Askwith",
     pull="Every winter somebody says we'll be back in a house by spring",
     look=[("dropcap", "At seven in the morning, the only sound"), ("box", "A continuous cruising licence on the Lenn")],
     body="""
At seven in the morning, the only sound on the Kittiwake is the kettle. Then eight-year-old Poppy Sandford opens the side hatch to check on the swans, and the day on the river begins.

Poppy, her brother Finn, six, and their parents Leah and Matt have lived on the seventy-foot narrowboat since they sold their semi-detached house in Oxley St Clare in 2022.

"We wanted to spend more time together and less on a mortgage," said Leah, a part-time bookkeeper. "We have certainly managed the first one."

The boat has two cabins, a wood-burning stove, a shower the size of a phone box and a roof garden of herbs in old paint tins.

A continuous cruising licence on the Lenn means the family must move at least every fourteen days. The children's school is in Pellingford, so they shuffle between five moorings within cycling distance of the gates.

## Water, coal and a very patient cat

Water comes from a tap at the lock, to be filled every ten days. Electricity comes from solar panels in summer and a generator in the dark months.

Matt, a joiner, built most of the inside himself, down to a cat flap for Dill, who has fallen in twice.

"Every winter somebody says we'll be back in a house by spring," he said. "Every spring we look at the kingfishers and forget about it."

Finn's view is simpler. "Houses don't move," he said.

The Sandfords are among the boaters opening their boats to visitors at the Lenn Festival of Boats on 15 and 16 August at Lenn Bridge wharf.
"""),
]
