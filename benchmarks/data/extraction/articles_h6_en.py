# English stories for the sixth held-out part (h6-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# sub (standfirst / subheadline; shown by the quintype and typo3 templates, never body).
ARTICLES = [
dict(id="h6-en-001", lang="en", tpl="quintype", section="Education", date="2025-06-03", byline="Priya Castellan",
     title="Schools must ask parents before posting pupils' photos on class apps, watchdog rules",
     sub="The Information Standards Office says a tick in the admissions pack is not enough.",
     caption="A class app on a parent's phone at the school gates in Wealdbrook.", credit="Photo: Ben Arkwright",
     body="""
Schools will need the separate, written consent of parents before they share photographs of pupils on class messaging apps, the Information Standards Office said on Tuesday.

The ruling follows a complaint from a father in Carrow Vale who found a picture of his seven-year-old daughter, with her full name in the caption, in a feed seen by more than 200 families.

Many schools ask parents to sign a single form when a child starts, covering everything from school trips to the prospectus. The office said that approach would no longer do.

## Consent that can be withdrawn

"Agreeing to a school trip is not the same as agreeing to your child's face being sent to hundreds of phones," said Hollie Brandt, the office's head of children's privacy.

Under the new guidance, schools must:

- ask about class apps on a separate form, with "yes" and "no" given equal space;
- let parents withdraw consent at any time, by email or in person;
- remove a photo within 48 hours of being asked.

Sharing a photo of a whole class without names will still be allowed, provided no parent has objected.

The National Association of Primary Heads said most schools already went further than the law required. Its general secretary, Colm Rafferty, said teachers used the apps "to show parents the good days, not to publish their children".

The father who complained, who asked not to be named, said he had never objected to the app itself.

"I just wanted to be asked."

The guidance takes effect from September, at the start of the new school year.
"""),

dict(id="h6-en-002", lang="en", tpl="quintype", section="Media", date="2025-04-15", byline="Dominic Heale",
     title="Listeners save Tarrant Sound with £3-a-month memberships",
     sub="The community station was weeks from closing when the appeal went out in January.",
     caption="Presenter Gwen Aldous in the Tarrant Sound studio above the old post office.", credit="Photo: Tarrant Sound",
     body="""
A community radio station that was weeks from closing has been saved by more than 1,800 listeners who now pay £3 a month to keep it on air.

Tarrant Sound, which broadcasts from two rooms above the old post office in Ashby Tarrant, lost its main sponsor, a local car dealership, last autumn. Its trustees warned in January that the money would run out by Easter.

The station asked listeners to become members. It hoped for 500.

"By the end of the first weekend we had 640," said the station manager, Gwen Aldous, who also presents the breakfast show. "People were ringing the studio line to ask how to pay, live on air."

## What members get

Members receive no extra programmes and there is no paywall: the station's output remains free on FM and online.

Listen to the breakfast show on any weekday and the names of new members are read out just after the 8am news, a tradition Aldous started as a joke and now cannot stop.

The money, about £65,000 a year, covers rent, the transmitter licence and the wages of the station's only two paid staff.

Ron Petheridge, 81, who has listened since the station started in 2009, said he signed up "before I'd finished my tea".

"It is the only place I hear my own street mentioned," he said.

The trustees said they would publish accounts every six months so that members could see where their money went.
"""),

dict(id="h6-en-003", lang="en", tpl="typo3", site="University of North Ashmere", section="Research news", date="2025-02-26",
     byline="Press Office", title="Laser scans reveal hidden makers' marks on medieval church bells",
     sub="Researchers have identified the workshops behind 140 bells across three counties.",
     caption="Dr Imogen Castle scanning the tenor bell at St Edith's, Lower Brandon.", credit="Photo: University of North Ashmere",
     body="""
Researchers at the University of North Ashmere have used laser scanning to read worn inscriptions on medieval church bells, identifying the foundries that cast them for the first time.

The team scanned 140 bells in towers across three counties between 2022 and 2024, climbing into belfries with a portable scanner the size of a shoebox.

Most of the bells date from between 1350 and 1520. Their inscriptions, usually a prayer and sometimes a name, had been worn almost smooth by centuries of weather and ringing.

## Marks too faint to see

The scans measure the surface of the bronze to a fraction of a millimetre. When the data is shaded by computer, letters and small stamped symbols that cannot be seen with the naked eye appear clearly.

"Bell founders stamped their work like a signature," said Dr Imogen Castle, who led the project. "We simply could not read those signatures until now."

The team found marks from 11 foundries. Three were previously unknown.

The results suggest that:

- most parishes bought their bells from founders within a day's travel;
- one workshop, in the market town of Hesketh, supplied at least 38 bells over 60 years;
- several bells were recast from older ones, keeping fragments of the earlier inscriptions.

Dr Castle said the findings changed how historians should think about village life in the period.

"A bell was the most expensive thing most parishes ever bought. Knowing who made it tells you who they trusted with their money."

The study is published in the Journal of Medieval Material Culture. The scans will be made freely available online.
"""),

dict(id="h6-en-004", lang="en", tpl="bitrix", site="The Steppe Gazette", section="Transport", date="2025-05-20",
     byline="Aigerim Saparova", title="First passenger train runs on new Karatal–Zhemis line",
     caption="The first train arriving at Zhemis station.", credit="Photo: Steppe News Agency",
     body="""
The first passenger train on the new railway between Karatal and Zhemis arrived on Tuesday, cutting the journey between the two cities from nine hours by road to a little over four.

The 312-kilometre line took six years to build and crosses the Sary river on a bridge more than a kilometre long. It was due to open in 2023 but was delayed by flooding and a shortage of steel.

About 400 passengers made the first trip, many of them railway workers and their families. The train left Karatal at 7.15 in the morning and reached Zhemis at 11.30, eight minutes late.

"My father worked on the old plans for this line in the 1980s," said Nurlan Abenov, 58, who bought a ticket as soon as sales opened. "He never saw it. I came for him."

Two trains a day will run in each direction from June, rising to four in the autumn. A one-way ticket in second class costs 6,400 tenge.

The national railway company said the line would also carry grain and coal, taking an estimated 300 lorries a day off the main highway.

Not everyone was celebrating. Farmers near the village of Kokterek say the line has cut their land in two, and that the promised crossing for livestock has not been built.

A spokesman for the railway company said engineers were in contact with the farmers and that the crossing would be finished by August.

"We have heard that before," said one farmer, Yerlan Dosov.
"""),

dict(id="h6-en-005", lang="en", tpl="wordpress", section="Courts", date="2025-03-11", byline="Hannah Quiller",
     title="Folk band wins case against brewery over 'Pour One for the Valley' slogan",
     caption="The Harrowgate Reel performing in Carrow in 2019.", credit="Photo: Marcus Deane",
     body="""
A folk band has won its case against a brewery that used a line from one of its best-known songs as an advertising slogan on beer cans and beer mats.

The Harrowgate Reel wrote "Pour one for the valley, and one for the ones who left" in 1998, for a song about miners who moved away after the local pits closed.

In 2023 Castle Fold Brewery launched a pale ale called Valley Pour. Its cans carried the words "Pour One for the Valley" in large letters across the front.

## 'The words are ours'

Judge Amelia Stroud ruled at the Intellectual Property Enterprise Court that the slogan reproduced a substantial part of the lyric and that the brewery had no licence to use it.

The band's lawyer showed the court the sleeve of the 1998 album, which carries the line "Words and music © The Harrowgate Reel. All rights reserved." at the bottom of the lyric sheet.

"Those words mean something," the judge said. "They are not decoration."

The brewery argued that the phrase was a common expression in the area and that nobody owned it. The judge said she had seen no evidence that anyone used it before the song.

Subscribers to the band's fan club had first spotted the cans in a supermarket in 2023 and posted photographs online.

"We are not against beer," said the band's fiddler, Tom Ellery. "We are against someone else selling our song."

The brewery was ordered to stop selling the ale under that name and to pay £24,000 in damages. It said it would rename the beer.
"""),

dict(id="h6-en-006", lang="en", tpl="cms", section="Health", date="2025-01-21", byline="Rachel Onwuka",
     title="GP practices to offer evening appointments until 8pm in six-month trial",
     caption="The waiting room at Fenmoor Medical Centre.", credit="Photo: Carrow Valley Health Partnership",
     body="""
Patients at nine GP practices in the Carrow Valley will be able to book appointments until 8pm on weekdays from next month, under a six-month trial.

The health partnership that runs the practices said the later slots were aimed at people who cannot take time off work, and at parents who do not want to take children out of school.

At present, most practices in the area close their doors at 6.30pm.

Read the small print, though, and the offer is more limited than it first appears. Evening appointments will be held at three of the nine surgeries, on a rota, and patients may have to travel to a practice that is not their own.

## How it will work

The partnership said patients would be able to book:

- appointments with a GP or practice nurse between 6.30pm and 8pm;
- blood tests and routine checks on Tuesday and Thursday evenings;
- telephone consultations until 7.30pm.

Evening slots will be released seven days in advance and can be booked online or by phone.

Dr Saul Kemble, the partnership's clinical director, said: "If the evening surgeries are busy, that tells us something. If they are empty, that tells us something too."

Patient groups welcomed the trial but said the bigger problem was getting an appointment at any time of day. A survey by the Carrow Patients' Forum last year found that four in ten patients had waited more than two weeks to see a doctor.

The trial will be reviewed in July.
"""),

dict(id="h6-en-007", lang="en", tpl="nextjs", section="Sport", date="2025-05-12", byline="Ewan Blackstock",
     title="Ultra-runner Maddie Frome breaks coast path record by 14 hours",
     caption="Maddie Frome on the cliff path near Holt Point on day six.", credit="Photo: Jonah Pryce",
     body="""
Maddie Frome has set a new record for running the length of the Western Coast Path, completing the 630-mile route in nine days, six hours and 22 minutes.

The 34-year-old physiotherapist from Ashmere finished at the stone marker in Saltford on Sunday evening, beating the previous record, set in 2019, by more than 14 hours.

She ran for up to 19 hours a day and slept for between three and four hours each night in a campervan driven by her brother.

## 'The hills never stop'

The path climbs the equivalent of four times the height of Everest, much of it on steep, narrow steps.

"Everyone tells you about the hills," Frome said. "Nobody tells you the hills never stop."

Following her for the final 20 miles were about 60 runners from local clubs, some of whom had joined her at two in the morning.

Frome said the hardest moment came on day five, when a swollen ankle forced her to walk for most of a day. Her team strapped it and she carried on.

"I sat on a wall and cried for ten minutes," she said.

"Then I got up."

Her run raised more than £41,000 for a charity that supports young people with eating disorders, a cause she said was personal.

The record will be submitted to the Coast Path Association, which verifies attempts using GPS data and photographs taken at checkpoints along the way.
"""),

dict(id="h6-en-008", lang="en", tpl="semantic", section="Environment", date="2025-03-28", byline="Fergus Lyle", low=0,
     title="Seaweed farm off Carrick Point brings in its first harvest",
     caption="Ropes of sugar kelp being lifted at the Carrick Point farm.", credit="Photo: Carrick Sea Farms",
     body="""
The first seaweed farm on this stretch of coast has brought in its first harvest, lifting about 12 tonnes of kelp from ropes anchored a mile offshore.

Carrick Sea Farms, set up by two former fishermen, Alun Pryddy and his cousin Megan, seeded the ropes with young kelp last October. By March the fronds had grown to more than two metres long.

The farm covers about four hectares and is marked by yellow buoys. It needs no feed, fertiliser or fresh water.

Most of the harvest will be dried and sold to a company that makes fertiliser for organic growers. A smaller amount will go to restaurants and to a local soap maker.

"We spent 30 years taking things out of the sea," Alun Pryddy said. "This is the first time we have put something in and taken it out again."

Researchers from the Marine Institute at Port Carrick are studying the site to see whether the kelp improves water quality and provides shelter for young fish. Early results are encouraging, they said, but it is too soon to draw conclusions.

The cousins hope to double the size of the farm next year, subject to a new licence.

The harbour master said the farm had caused no problems for shipping.

Other fishermen are watching closely.
"""),

dict(id="h6-en-009", lang="en", tpl="storybody", section="Culture", date="2025-02-07", byline="Oliver Penhaligon",
     title="Newspaper's lost negatives reveal 40 years of a market town",
     caption="Market day in Wealdbrook, 1962, from the rediscovered negatives.", credit="Photo: Wealdbrook Museum",
     body="""
Thousands of photographic negatives from a weekly newspaper that closed in 1989 have been found in the basement of a former bank in Wealdbrook, and are to be shown in a new exhibition.

The negatives, about 31,000 in all, were taken by photographers for the Wealdbrook Weekly Advertiser between 1948 and 1988. They were stored in shoeboxes and biscuit tins, each labelled in pencil.

Most were the work of one man, Harold Dunmore, who was the paper's only full-time photographer for 33 years. Every print he sent to the newsroom was stamped on the back "Pic: H. Dunmore", and the museum has named the exhibition after the stamp.

## Weddings, floods and cattle

The pictures cover almost every part of town life: weddings, school sports days, the 1953 flood, the closing of the cattle market and the opening of the bypass.

"He photographed the whole town, and the whole town knew him," said the museum's curator, Bethan Morrow. "People tell me he was at their christening and their wedding."

Volunteers have spent 18 months cleaning and scanning the negatives. So far they have identified more than 2,000 people in the pictures, many with the help of older residents who visited the museum to look through prints.

Dunmore's daughter, Elaine Fisk, 79, said her father would have been embarrassed by the attention.

"He always said the picture was the story, not the man behind the camera."

The exhibition opens on 1 March and runs until the end of the summer. Admission is free.
"""),
]
