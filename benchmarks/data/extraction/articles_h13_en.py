# English stories for the thirteenth held-out part (h13-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst / subtitle; shown by the medium, sanity, blox, hugo and webflow
# templates, never body).
ARTICLES = [
dict(id="h13-en-001", lang="en", tpl="medium", section="Housing", date="2026-03-10", byline="Alex Marwood",
     title="The Station Road car park will become 84 flats. Here's what that means for parking",
     sub="Councillors approved the plan on Tuesday night after two hours of debate.",
     caption="The upper deck of the Station Road multi-storey, closed since 2023.", credit="Photo: Alex Marwood",
     body="""
The multi-storey car park on Station Road in Kellington, shut since concrete was found crumbling on its upper deck three years ago, is to be knocked down and replaced with 84 flats.

Councillors on the planning committee voted six to three in favour on Tuesday night. Thirty of the flats will be let at social rent and a further twelve sold through shared ownership.

Listen to anyone who used to park there and the first question is where the cars will go now. The answer, for most of them, is the retail park at Fenny Lane, a ten-minute walk from the high street.

## What happens to the spaces

The car park had 410 spaces when it closed. The new building will have 40, all of them for residents, and a covered store for 120 bicycles.

The council said it had been in contact with the town's traders' association throughout and had agreed to three changes before demolition starts:

- the Fenny Lane car park will be free for the first hour;
- a shuttle bus will run to the high street every 20 minutes on Saturdays;
- eight disabled bays will be added on Market Street.

Traders were not all won over. Denise Okafor, who runs a card shop opposite the site, said footfall had fallen by a quarter since the car park closed.

"A shuttle on Saturdays is not a plan. It's a gesture."

## When work starts

Demolition is expected to begin in September and take about four months. The developer, Hartwell Homes, says the first residents could move in by the spring of 2028.

Councillor Raj Bhatti, who chairs the committee, said leaving a dangerous, empty building in the middle of town was not an option.
"""),

dict(id="h13-en-002", lang="en", tpl="wordpress", section="Courts", date="2026-01-27", byline="Martin Gale",
     title="Locksmith who charged pensioners up to £1,400 for lockouts is jailed",
     sub="",
     caption="Carlow Crown Court.", credit="Photo: Gemma Hollis",
     body="""
A locksmith who charged elderly customers up to £1,400 to open their own front doors has been jailed for two years and eight months.

Jason Pellow, 39, from Carlow, admitted seven counts of fraud by false representation at Carlow Crown Court. He had advertised online as a "local family firm" with a fixed call-out charge of £49.

The court heard that once inside, he told customers that their locks had been damaged and had to be replaced with "insurance-approved" ones. The replacement locks cost him about £12 each.

## Card machine "wouldn't print a receipt"

Most of his victims were in their seventies and eighties. One, an 84-year-old widow from Ferrybank, paid £1,380 after locking herself out while putting the bins out.

Read the invoices he eventually sent, prosecutor Alan Whitby told the court, and every one listed the same three items:

- emergency call-out;
- "anti-snap" cylinder;
- out-of-hours labour.

Pellow told customers his card machine would not print receipts and that invoices would follow by email. Few arrived.

Trading standards officers were alerted by a bank that noticed several large payments to his business from older customers in a single week.

"He chose people who would not argue."

Judge Catherine Morley said Pellow had exploited moments when people were cold, frightened and alone on their own doorsteps.

He was ordered to repay £9,600 to his victims and banned from running a business for six years.
"""),

dict(id="h13-en-003", lang="en", tpl="sanity", section="Technology", date="2026-02-24", byline="Nadia Fenwick",
     title="Period-tracking app fined for passing users' data to advertisers",
     sub="Regulator says women were never properly asked whether their health data could be shared.",
     caption="The Lunara app on a phone screen.", credit="Photo: Lunara Ltd",
     body="""
A period-tracking app used by more than 600,000 women in the UK has been fined £2.3m for sharing their health data with advertising companies without valid consent.

The data protection regulator found that Lunara sent details including the dates of users' cycles and whether they were trying to get pregnant to two advertising networks between 2022 and 2025.

The app's sign-up screen had a single button marked "Get started". Agreement to data sharing was buried in paragraph 14 of a privacy policy that users were not required to open.

"Pressing a button to use an app is not consent to telling advertisers you might be pregnant," the regulator said.

## Cookies on the website too

The investigation also found that Lunara's website set advertising cookies as soon as a page loaded, before visitors had clicked "Accept all" or anything else on its banner.

Sharing health data is allowed only with explicit consent, the regulator said, and that consent must be separate from agreeing to the terms of use.

The company must now:

- stop sending any health data to third parties;
- ask every existing user again, with "yes" and "no" buttons of equal size;
- delete the data of anyone who does not answer within 60 days.

Lunara said it was "disappointed" and had already changed its sign-up process. It said it had never sold data and would consider an appeal.

Campaigners welcomed the fine. Hannah Liu of the group Private Bodies said many users had deleted the app after the investigation was first reported.

"Women trusted it with things they had not told their partners."
"""),

dict(id="h13-en-004", lang="en", tpl="blox", section="Sport", date="2025-11-18", byline="Gary Stott",
     title="Darts team from the Three Tuns wins national pub league at first attempt",
     sub="The eight-player side beat teams from 300 pubs.",
     caption="The Three Tuns team with the league trophy.", credit="Photo: Pete Dunmore",
     body="""
A darts team from a village pub in Ashby Magna has won the National Pub Darts League in its first season, beating a side from Middlesbrough 9-7 in the final in Blackpool on Saturday.

The Three Tuns team only entered the league last year, after the pub's landlady, Sue Harker, spotted an advert on a beer mat.

"We thought we'd get knocked out in the first round and have a nice weekend away."

## A 180 to finish

The final went to the last leg. Team captain Lee Brannigan, a 52-year-old postman, needed 121 to win and took it out with a treble 20, a single 11 and double 25.

Follow the league table back through the season and the team lost only twice, both times away in Yorkshire.

Membership of the league costs £15 a player for the year, which the pub paid. The prize is £3,000, which the players have agreed to split three ways:

- a third to the village hall roof appeal;
- a third to a new dartboard and lighting at the pub;
- a third towards next year's travel.

Ms Harker said the pub had sold more on the night of the final, when 70 people watched a live stream on the big screen, than on New Year's Eve.

The team will defend the title next season. Mr Brannigan said they would need to find a ninth player, because two of them have grandchildren due in the spring.

"We'll be at the board on Thursday as usual."
"""),

dict(id="h13-en-005", lang="en", tpl="nextjs", section="Environment", date="2025-09-16", byline="Imogen Tarrant",
     title="Camera traps show otters breeding on the River Lenn for the first time in decades",
     sub="",
     caption="A still from one of the group's camera traps.", credit="Photo: Lenn Otter Watch",
     body="""
Otters are breeding on the River Lenn for the first time in at least 40 years, according to footage from a network of cameras set up by volunteers.

The Lenn Otter Watch group put 14 motion-triggered cameras along the banks between Rushford and the estuary last spring. In July one of them filmed a female with two cubs crossing a weir at night.

The clip, stamped "Photo: Otter Watch camera 7, 02:14", has since been viewed more than 80,000 times on the group's page.

## A river that was written off

The Lenn was one of the most polluted rivers in the region in the 1970s, when effluent from two tanneries ran straight into it. Both closed in the 1980s.

Group founder Ruth Okonedo, a retired biology teacher, said the volunteers had found spraints, the droppings otters use to mark territory, for several years before the footage.

"We knew they were passing through. We didn't know they were staying."

The county wildlife trust said it had been in contact with the group since the first sightings and would help it map the holts, the dens where otters raise their young.

The volunteers now want:

1. the cameras to stay in place for at least three more years;
2. anglers to report any sightings on the group's website;
3. the council to keep dogs on leads along one stretch of bank.

The trust said the exact location of the breeding site would not be published, to keep people away from the cubs.
"""),

dict(id="h13-en-006", lang="en", tpl="cms", section="Health", date="2025-12-02", byline="Owen Lister",
     title="Walk-in eye clinic cuts A&E visits for red eyes and scratches",
     sub="",
     caption="The Kingsmead eye clinic.", credit="Photo: Kingsmead NHS Trust",
     body="""
A walk-in eye clinic run by high-street optometrists has cut the number of people going to A&E with minor eye problems by almost half in its first year, a hospital trust says.

The clinic at Kingsmead Health Centre opened in November 2024. It is staffed by optometrists with extra training and is open from 8am to 8pm every day.

Before it opened, the emergency department at Kingsmead General saw about 90 patients a week with conditions such as conjunctivitis, grit in the eye or a scratched cornea. That has fallen to 48.

## Seen in 20 minutes

Listen to patients in the waiting room and the same comparison comes up again and again: a morning at A&E against twenty minutes at the clinic.

The average wait last month was 22 minutes. About one patient in 12 is sent on to the hospital's eye department, usually the same day.

The clinic treats:

- red, sore or sticky eyes;
- something stuck in the eye;
- sudden flashes or floaters, which are checked for a detached retina;
- minor injuries and scratches.

Dr Farah Quadri, the trust's medical director, said the clinic had freed up time for emergency staff and cost less per patient than an A&E visit.

"Nobody should wait four hours with a bit of grit in their eye."

The trust wants to open a second clinic in Danbury next year, but says it needs to recruit four more optometrists first.
"""),

dict(id="h13-en-007", lang="en", tpl="semantic", section="Transport", date="2026-01-06", byline="Carol Denby", low=0,
     title="Driver of the 41 bus retires after 38 years on the same route",
     sub="",
     caption="Brian Colley at the wheel of the 41.", credit="Photo: Carol Denby",
     body="""
For 38 years, passengers on the 41 between Wendale and Hilcote have been greeted by the same driver. On Friday Brian Colley made his last run.

The 65-year-old joined the bus company in 1987, a week after leaving the Army. He asked to drive the 41 because it passed his mother's house, and never asked to move.

The route climbs over Wendale Moor, and in winter it is often the only way in or out of the three villages along it. Mr Colley reckons he has driven it about 40,000 times.

## Knowing the regulars

Passengers say he knew most of them by name, and which stop they needed. When a regular did not turn up, he would ask in the village whether they were ill.

"Some of them I've driven to school, to work and then to the doctor's," he said.

In 2010 he drove the bus through a snowdrift to take a woman in labour to the cottage hospital in Hilcote. Her son, now 15, was waiting at the terminus on Friday with a card.

A farewell party was held in Hilcote village hall on Saturday. Around 120 people came, many of whom had travelled there on the 41.

## Into retirement

Mr Colley plans to spend more time with his grandchildren and on his allotment, which is, he points out, beside the route.

"I'll wave at whoever's driving."

The bus company said his replacement had been sent out with him for two weeks to learn the road.
"""),

dict(id="h13-en-008", lang="en", tpl="storybody", section="Education", date="2025-10-21", byline="Priya Sandhu",
     title="Waiting list for adult reading classes doubles in a year",
     sub="",
     caption="A reading class at Oldbridge library.", credit="Photo: Oldbridge Adult Learning",
     body="""
The number of adults waiting for a place on free reading and writing classes in Oldbridge has doubled in a year, and some have been on the list since last summer.

Oldbridge Adult Learning runs 14 classes a week in libraries and community centres. There are 96 places, and 210 people on the waiting list.

Co-ordinator Joanne Reese said demand had risen after the job centre began referring people who struggled to fill in online forms.

## "I hid it for forty years"

Share a table with the students and it soon becomes clear why they came. One wants to read bedtime stories to a grandson. Another wants to pass a forklift licence test that is now taken on a tablet.

Gordon Ashby, 58, a builder, said he had hidden his difficulty from his employers for his whole working life.

"My wife filled in everything. When she died I couldn't open the post."

After a year of classes he reads the local paper every morning and has written a letter to his MP.

The service is funded by the council and a local charity. To take more people it needs:

- four more volunteer tutors;
- rooms available on weekday evenings;
- about £18,000 a year for a second paid co-ordinator.

The council said it was looking at the funding as part of next year's budget. Anyone interested in volunteering can contact the service through Oldbridge library.
"""),

dict(id="h13-en-009", lang="en", tpl="ghost", section="Notes", date="2026-02-16", byline="Sam Whitlock",
     title="We counted every empty shop in Marlow Street. Here is what we found",
     sub="",
     caption="Empty units on Marlow Street in January.", credit="Photo: Sam Whitlock",
     body="""
On a wet Saturday in January, three of us walked the length of Marlow Street with a clipboard and counted every shop unit. There are 71. Fourteen are empty.

That is one in five, about the same as two years ago, when the council last published a figure. So the street is not dying, whatever you read on the town's Facebook groups. But it is changing.

## Who has moved in

Of the shops that have opened since 2024, most are not shops in the old sense. The new arrivals are:

- cafés;
- barbers;
- nail bars;
- a gym;
- a repair shop.

Only one sells goods you take home: a second-hand record shop at number 52, which opened in October.

Follow the empty units along the street and there is a pattern. Eleven of the fourteen are at the north end, beyond the crossroads, where there is no parking and the pavement is narrowest.

## What the landlords say

We wrote to the owners of all fourteen. Four replied. Two said they were waiting for the council to decide what happens to the old cinema before letting their units. One said the rent was simply too high for anyone to pay and he would rather wait.

"I'm not going to give it away," he told us.

Subscribe, if you have not already, and you will get our full list of units, with the date each one closed, in next week's issue. Paying members also get the spreadsheet.

We will do the count again in July.
"""),
]
