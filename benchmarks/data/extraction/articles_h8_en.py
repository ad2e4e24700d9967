# English stories for the eighth held-out part (h8-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# sub (standfirst; shown by the sanity and blox templates, never body).
ARTICLES = [
dict(id="h8-en-001", lang="en", tpl="blox", section="Schools", date="2025-09-16", byline="Gareth Pennock",
     title="Schools told to get fresh consent before posting pupils' photos",
     sub="A county-wide review found permission forms that were up to seven years old.",
     caption="Pupils at Ashcombe Primary during a sports day last summer.", credit="Photo: Jenna Wolsey",
     body="""
Every school in the county must ask parents again for permission before it posts photographs of pupils online, after a review found that some consent forms had been signed seven years ago.

The review, carried out by the council's data protection team, looked at 58 primary and secondary schools. It found that 21 were relying on forms collected when children first joined, in some cases before the school had a social media account at all.

"Consent given in 2018 for a printed newsletter is not consent for Instagram in 2025," the report says.

## What schools must now do

From the start of next term, schools will have to:

- send a new form every September, with separate boxes for the website, social media and the local press;
- record a refusal as clearly as an agreement;
- take down any image within five working days of a parent asking.

Headteachers broadly welcomed the guidance, although several said the paperwork would fall on office staff who are already stretched.

Lorna Brack, head of Tolland Bay Academy, said her school had stopped naming pupils in photographs two years ago.

"Parents are far more careful than they used to be, and they are right to be."

The council said schools that had already updated their forms would not need to start again.
"""),

dict(id="h8-en-002", lang="en", tpl="blox", section="Media", date="2025-04-08", byline="Priya Mansell",
     title="Community radio station asks listeners for £3 a month to stay on air",
     sub="Vale FM says its transmitter lease and music licence now cost more than its adverts bring in.",
     caption="Presenter Dennis Orme in the Vale FM studio above the old post office.", credit="Photo: Vale FM",
     body="""
Vale FM, the volunteer-run station that has broadcast from a room above Fenwick's old post office since 2009, has asked its listeners for £3 a month to keep it on air.

The station's manager, Carol Hindley, said the cost of leasing space on the transmitter mast had risen by 40% this year, while income from local adverts had fallen.

"We can cover the electricity and the coffee," she said. "We can't cover the mast."

## A supporters' scheme

Listeners who sign up to the new supporters' scheme will get their name read out on the Sunday request show and a newsletter about what is coming up on air. The station hopes to find 400 supporters by the end of the summer; so far 163 have joined.

Listen to the station on a weekday morning and you will hear a farming report, the school run traffic and a quiz that has been running, under three different presenters, for eleven years.

Dennis Orme, who presents the breakfast show, said he would keep going whatever happened.

"If it comes to it I'll broadcast from my shed."

The station needs about £14,000 a year to run. It does not pay any of its 35 presenters.
"""),

dict(id="h8-en-003", lang="en", tpl="sanity", section="Environment", date="2025-05-20", byline="Hugh Tarrant",
     title="Swarm season keeps beekeepers' hotline ringing",
     sub="Volunteers collected 46 swarms in three weeks, one from a bus shelter.",
     caption="A swarm gathered on a hawthorn branch near Kestrel Heath common.", credit="Photo: Kestrel Heath Beekeepers",
     body="""
Volunteers from the Kestrel Heath Beekeepers' Association have collected 46 swarms of honeybees in the past three weeks, more than in the whole of last year.

A warm April followed by a cool, damp week meant many colonies ran out of room at the same time, said the association's swarm officer, Moira Calder.

The association runs a hotline that members of the public can ring when a swarm settles in a garden, a hedge or, on one occasion this month, the roof of a bus shelter on the Heath Road.

"People panic because it looks like thousands of angry bees," Calder said. "In fact a swarm is about the calmest a bee ever is."

## Not every call is a swarm

About a third of calls turn out to be bumblebees or wasps, which the volunteers do not collect. Callers are asked to send a photograph first.

Calder said the team had been in contact with the bus company, which agreed to close one stop for an afternoon while the swarm was boxed up.

Collected swarms are given to new beekeepers on the association's waiting list, which has 31 names on it.

"We have never had so many bees to give away," she said.
"""),

dict(id="h8-en-004", lang="en", tpl="wordpress", section="Food", date="2025-02-27", byline="Sian Delafield",
     title="Family bakery's rye loaf named best in the region",
     sub="",
     caption="Tomasz Wrobel shapes rye loaves at the Marsh Lane bakery.", credit="Photo: Sian Delafield",
     body="""
A rye loaf made to a recipe brought from Gdańsk in 1994 has been named the best bread in the region at the Western Counties Baking Awards.

Tomasz Wrobel, who runs the Marsh Lane Bakery in Ashcombe with his daughter Kasia, said he had entered the competition only because a customer filled in the form for him.

The loaf uses a sourdough starter that, Wrobel says, has been fed every day for 31 years, including on the day Kasia was born.

Read the judges' notes and you find the word "honest" three times. One judge wrote that it was "the loaf every other rye in the room was trying to be".

## Queues before seven

Since the result was announced the bakery has sold out by mid-morning. It now makes 140 rye loaves a day, up from about 60.

"We will not make more than that," Kasia Wrobel said. "The oven is the oven."

The family has turned down two offers from supermarket buyers. Wrobel said he would rather his customers got up early.

The bakery is open from 7am, Tuesday to Saturday.
"""),

dict(id="h8-en-005", lang="en", tpl="cms", section="Courts", date="2025-06-03", byline="Alan Rudd",
     title="Man fined for flying drone over prison yard",
     sub="",
     caption="HMP Tolland seen from the coast road.", credit="Photo: Kestrel News Agency",
     body="""
A man who flew a drone over the exercise yard of HMP Tolland has been fined £1,200 and banned from owning a drone for three years.

Kyle Danvers, 29, of Harbour Terrace, admitted flying an unmanned aircraft within a restricted zone when he appeared before Tolland magistrates on Monday.

The court heard that prison officers saw the drone hover above the yard for about four minutes on the afternoon of 14 March. It carried no package.

Danvers told police he had been filming the coastline and had not realised how close he was to the prison.

Prosecutor Helen Forde said the drone's own flight log showed it had circled the yard three times.

"It was not lost," she said. "It was looking."

## 'A stupid thing to do'

Danvers's solicitor said his client was a keen amateur photographer with no previous convictions who had since sold the drone.

"He accepts that it was a stupid thing to do."

The chairman of the bench said drones near prisons were a serious problem because of their use to smuggle drugs and phones, even if that had not been the case here.

Danvers was also ordered to pay £85 costs.
"""),

dict(id="h8-en-006", lang="en", tpl="nextjs", section="Science", date="2025-11-11", byline="Rhiannon Kell",
     title="Amateur astronomers track fireball across three counties",
     sub="",
     caption="The fireball as captured by a doorbell camera in Fenwick.", credit="Image: Fenwick Astronomical Society",
     body="""
A fireball that lit up the sky over the west of the county on Saturday night has been traced by amateur astronomers using footage from doorbell and dashboard cameras.

The Fenwick Astronomical Society collected 38 clips from members of the public within a day of the sighting, at 9.42pm. By comparing the angle of the light in each one, members calculated that the object entered the atmosphere over the sea and broke up about 30 kilometres above Kestrel Heath.

Society chair Neil Abbot said it was "almost certainly" a small piece of an asteroid, no bigger than a football.

## Searching the fields

If any of it reached the ground, the most likely area is a strip of farmland about two miles long north of the Heath Road. The society has asked landowners for permission to search.

Follow the line of the track on a map and it runs almost directly over the society's own observatory, which was closed for the night because of cloud.

"Forty years of looking up and we missed it by one evening," Abbot said.

Anyone who finds a dark, unusually heavy stone is asked not to wash it and to contact the society.
"""),

dict(id="h8-en-007", lang="en", tpl="semantic", section="Transport", date="2025-03-31", byline="Martin Solway", low=0,
     title="Island ferry adds early sailing for hospital workers",
     sub="",
     caption="The Skerry Lass leaves Tolland harbour.", credit="Photo: Tolland Ferries",
     body="""
The ferry between Tolland and Skerry Island will add a 6.05am sailing on weekdays from next month, so that island residents who work early shifts at the mainland hospital no longer have to stay overnight.

At present the first crossing leaves the island at 7.20am, too late for shifts that begin at 7.30am at Tolland General, a twenty-minute bus ride from the harbour.

About 25 of the island's 640 residents work at the hospital, according to a survey by the island's community council. Several said they had been paying for rooms on the mainland two or three nights a week.

"I have spent more on a spare room than on my own rent," said Jess Munro, a healthcare assistant.

The extra sailing will be paid for jointly by the health board and the county council for a trial of one year. It will carry foot passengers only.

Tolland Ferries said it had found a second crew without taking staff from other routes.

The company will publish passenger numbers every three months. If fewer than twelve people use the sailing on average, the trial will be reviewed.
"""),

dict(id="h8-en-008", lang="en", tpl="storybody", section="Arts", date="2025-08-05", byline="Fiona Braddock",
     title="Nurse's photo of heron wins county wildlife prize",
     sub="",
     caption="Mara Ellwood with her winning print at the Kestrel Heath gallery.", credit="Photo: Kestrel Heath Gallery",
     body="""
A night-shift nurse who photographs birds on her way home from work has won the county's wildlife photography prize with a picture of a heron standing in the fog on the river Tolle.

Mara Ellwood, 41, took the picture at 7.15am in January, after a twelve-hour shift, on a phone she says is "three years out of date".

The judges chose it from 1,130 entries. The print now hangs in the Kestrel Heath gallery with the credit line "Photo: Mara Ellwood / Tolle at dawn" beneath it.

"I nearly did not stop," she said. "I was so tired I thought the heron was a post."

## 'Just look'

Share a bench by the river with her on a weekday morning and she will tell you that she has photographed the same heron about 200 times.

Her advice to anyone starting out is simple:

- go to the same place again and again;
- go early;
- put the phone down now and then and just look.

Ellwood said she would spend her £500 prize on a proper camera, and possibly a better coat.

The exhibition of shortlisted pictures is open until the end of September.
"""),

dict(id="h8-en-009", lang="en", tpl="ghost", section="Community", date="2025-10-21", byline="Tom Greenhalgh",
     title="Repair café fixes its 2,000th broken item",
     sub="",
     caption="Volunteers at the Ashcombe repair café in the Methodist hall.", credit="Photo: Ashcombe Repair Café",
     body="""
The repair café that meets in Ashcombe's Methodist hall on the first Saturday of every month has mended its 2,000th item: a 1970s table lamp that belonged to its owner's grandmother.

The café was started in 2019 by retired electrician Bill Sandy and a group of friends who were tired of seeing working things thrown away. It now has 18 volunteers, including two seamstresses and a former bicycle mechanic.

Its records show that about two-thirds of the things brought in are fixed on the day. Toasters are the most common item; vacuum cleaners are the most likely to be beyond help.

"Half the time it is a fuse or a hair in a roller," Sandy said.

## No charge, but a cake tin

Repairs are free. There is a donation tin, and a second tin for cake.

Subscribe to the café's mailing list and you will get a reminder two days before each session, along with a note of which volunteers are coming, so that people know whether to bring a sewing job or a bike.

The owner of the lamp, Gwen Hardy, said she cried when it lit up.

"It had been in a cupboard for eleven years. I thought it was rubbish."
"""),
]
