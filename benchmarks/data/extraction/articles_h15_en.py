# English stories for the fifteenth held-out part (h15-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), only (fixed residue families),
# site (fixed site name), sub (standfirst / subtitle; shown by the tilda, sanity, blox and hugo templates,
# never body).
ARTICLES = [
dict(id="h15-en-001", lang="en", tpl="tilda", section="Libraries", date="2026-04-14", byline="Harriet Quayle",
     title="Mobile library van back on the road to 14 villages after two-year gap",
     sub="A lottery grant and eleven volunteer drivers have brought the service back to the Tarn valley.",
     caption="The new library van at its first stop in Millbeck.", credit="Photo: Harriet Quayle",
     body="""
The mobile library is back. For the first time since the spring of 2024, a van full of books pulled into the lay-by outside Millbeck village hall on Monday morning, and by ten past nine there was a queue.

The old van was taken off the road when its gearbox failed and the county council said it could not afford a replacement. Fourteen villages in the Tarn valley were left without any library service at all.

A grant of £86,000 from the National Lottery Heritage Fund has paid for a second-hand van, which has been fitted with shelves for about 2,500 books, a step lift and a small desk for a laptop.

## Who runs it

The council still owns the stock and pays for one part-time librarian, Gwen Addy. The driving is done by volunteers, eleven of them so far, most of them retired.

Read the timetable pinned inside the parish noticeboards and you will see the van now visits each village once a fortnight, for between 40 minutes and an hour and a half.

"I've missed the chat as much as the books."

That was Margaret Horne, 81, who borrowed four crime novels and a large-print atlas. Like everyone else in the queue, she did not need to bring her library card: the membership list was transferred from the old system.

## What it carries

Ms Addy said the van had been stocked with what people had asked for in a survey last autumn. The most requested were:

- large-print fiction;
- local history;
- picture books for under-fives;
- jigsaw puzzles.

The council said it had been in contact with two neighbouring authorities about sharing the van on days when it is not needed in the valley.
"""),

dict(id="h15-en-002", lang="en", tpl="wordpress", section="Fishing", date="2026-02-03", byline="Colm Rafferty",
     title="Inshore fishermen get their own ice machine at Porthkerry harbour",
     sub="",
     caption="Crab boats moored in Porthkerry harbour.", credit="Photo: Colm Rafferty",
     body="""
Inshore fishermen at Porthkerry will no longer have to drive 30 miles to buy ice, after the harbour board agreed to install an ice machine on the quay.

The machine, which can make two tonnes of flake ice a day, will be housed in a converted shipping container next to the fuel pump. It is expected to be working by the start of the crab season in April.

The harbour has 23 boats under ten metres long, most of them worked by one or two people. Until now they have bought ice from a fish merchant in Aberfal, which means a round trip of more than an hour before they can put to sea.

## "Ice is the difference between a good price and a bad one"

Follow the boats out on a summer morning and you will see the problem. Shellfish kept on a hot deck for eight hours can lose a third of their value by the time they reach the merchant.

Dewi Probert, who has fished from Porthkerry for 27 years, said some skippers had simply stopped buying ice because of the time it took.

"You come back with a full boat and half of it is worth nothing."

The machine cost £64,000. The money has come from three places:

- £40,000 from a coastal communities fund;
- £15,000 from the harbour board's reserves;
- £9,000 raised by the fishermen themselves.

Fishermen will pay £6 for a 50-kilo tub, a price the board says covers electricity and maintenance.

Harbour master Alun Gwilt said the board would review the charge after the first year.
"""),

dict(id="h15-en-003", lang="en", tpl="sanity", section="Zoo", date="2025-11-25", byline="Esther Lavelle",
     title="Zoo apologises after its new app tracked visitors' phones around the grounds",
     sub="Thousands of annual members were asked to download the app when the paper passes were withdrawn.",
     caption="The entrance to Brackenridge Zoo.", credit="Photo: Esther Lavelle",
     body="""
Brackenridge Zoo has apologised after its new visitor app was found to be recording the location of people's phones as they walked around the grounds, without asking for their consent.

The zoo launched the app in September, when it withdrew paper passes for its 19,000 annual members. Members were told they would need the app to get through the gates.

A visitor who works in software, Tom Ansell, noticed that the app asked for permission to use his location "always" rather than "only while using the app". When he looked at the data it was sending, he found his route around the zoo logged every 30 seconds.

## "Nobody said anything about tracking"

Sharing a location with an app is not the same as agreeing to be followed, Mr Ansell said. The zoo's privacy notice mentioned "visitor flow analytics" but did not say the data would be collected in the background.

"I thought it was a ticket. It was a tracker."

The zoo said the data had been used only to work out which enclosures were busiest and at what times, and had never been sold or shared with advertisers.

## What the zoo is changing

Chief executive Ruth Okonjo said the zoo had got it wrong. From next week:

- location tracking will be switched off by default;
- members will be asked to opt in, with a plain explanation;
- the data collected so far will be deleted;
- paper passes will be available again at the ticket office.

The zoo has told the Information Commissioner's Office about the problem. Members who want to cancel their membership because of it will get a full refund, Ms Okonjo said.
"""),

dict(id="h15-en-004", lang="en", tpl="blox", section="Transport", date="2026-03-24", byline="Dean Maxfield",
     title="Brook Road cycle lane to stay after trial, despite traders' objections",
     sub="Cycling on the road has nearly doubled since the temporary wands went in last May.",
     caption="The trial cycle lane on Brook Road.", credit="Photo: Dean Maxfield",
     body="""
The trial cycle lane along Brook Road in Hensworth is to be made permanent, the county council's highways committee decided on Monday.

The lane, separated from traffic by plastic wands, was put in last May for an 18-month trial. Counters on the road recorded an average of 640 cycle trips a day in February, up from 350 before the lane was built.

Councillors voted five to two to replace the wands with a stone kerb. The work is expected to cost £410,000 and to be finished by the end of the year.

## Loading bays

The decision was opposed by several shops along the road, which lost 22 parking spaces to the lane. Their association told the committee that takings had fallen at some businesses.

Listen to the shopkeepers and the complaint is less about the lane than about deliveries. Vans now have to stop in side streets, and drivers have been fined.

"We're not against bikes. We just need somewhere to unload."

The council has agreed to three changes as part of the permanent scheme:

- two loading bays on Brook Road, usable before 10am;
- a short-stay car park on Fuller Street, free for 30 minutes;
- a review of the parking fines issued during the trial.

## Safety figures

Police recorded four collisions involving cyclists on Brook Road in the year before the trial and one since. The council said the figures were too small to draw firm conclusions.

Committee chair Lisa Haddon said the lane had shown that people would cycle if they felt safe doing it.
"""),

dict(id="h15-en-005", lang="en", tpl="nextjs", section="Heritage", date="2025-10-07", byline="Anita Ruddock",
     title="Bronze Age burial found on site of new housing estate at Coldharbour",
     sub="",
     caption="Archaeologists at work at Coldharbour Farm.", credit="Photo: Wessex Field Archaeology",
     body="""
Archaeologists digging ahead of a new housing estate near Coldharbour have found a Bronze Age burial, with a pottery beaker and a copper knife placed beside the body.

The grave, about 4,000 years old, was found in August under a field at Coldharbour Farm where 180 homes are due to be built. It is the first burial of its kind found in the parish.

The excavation was a condition of the planning permission. The developer, Linden Vale Homes, has paid for the dig and agreed to a two-month delay to the first phase of building.

## What was found

The skeleton is that of an adult, lying on its left side with its knees drawn up. Near the head was a decorated beaker, almost complete, and near the hands a small knife blade.

Project officer Mark Tollan said a burial with a knife was unusual in the area. The team has sent samples for radiocarbon dating and will also test:

1. the teeth, to learn where the person grew up;
2. residue inside the beaker, to see what it held;
3. the knife, to find the source of the copper.

The finds were removed with the landowner's consent and the permission of the Ministry of Justice, which licenses the excavation of human remains. The site team has been in contact with the county museum, which hopes to display them.

"It's a person first, and a find second."

## Open day

About 300 people came to an open day at the site in September. The archaeologists will give a talk on the results at Coldharbour village hall in the spring.
"""),

dict(id="h15-en-006", lang="en", tpl="cms", section="Weather", date="2026-01-20", byline="Rhian Penberthy",
     title="Volunteer 4x4 drivers ferried 200 nurses to work through the snow",
     sub="",
     caption="A volunteer driver clears snow from his windscreen in Castlemorton.", credit="Photo: Rhian Penberthy",
     body="""
Volunteer drivers with four-wheel-drive vehicles made more than 400 journeys during last week's snow, taking nurses, carers and hospital staff to and from work when roads in the hills were impassable.

The county's 4x4 response group, which has 62 members, was called out by the ambulance service on Tuesday evening, after 20cm of snow fell in six hours and most bus routes were suspended.

Over the next five days, its drivers took around 200 staff to the county hospital, three community hospitals and dozens of care homes. They also delivered prescriptions to 38 people who could not get to a pharmacy.

## How the group works

The group's controller, Stephen Loam, said requests come in through the ambulance service and the council's emergency planning team, never directly from the public. He explained the rules:

- drivers must have winter tyres or snow socks;
- no one drives alone after dark;
- every journey is logged with the control room.

Mr Loam said the group had been in contact with the hospital trust all week, moving drivers between sites as shifts changed.

"Some of them did three shifts in a row because nobody could relieve them."

That was Karen Dyer, a ward sister at the county hospital, who was picked up at 5am on three consecutive mornings by the same volunteer, a retired farmer from Hollybush.

## Call for more drivers

The group is now looking for more volunteers, particularly in the south of the county. Drivers are reimbursed for fuel and covered by the group's insurance.

The ambulance service said the volunteers had kept services running that would otherwise have closed.
"""),

dict(id="h15-en-007", lang="en", tpl="semantic", section="Politics", date="2026-05-12", byline="Graham Teale", low=0,
     title="Tied parish council vote settled by drawing names from a hat",
     sub="",
     caption="Upper Radley village hall, where the count took place.", credit="Photo: Graham Teale",
     body="""
The last seat on Upper Radley parish council was decided by drawing a name from a hat on Thursday night, after two candidates finished the count with exactly 212 votes each.

The by-election was called after the death of long-serving councillor Edna Moss in February. Four people stood for the one vacancy, the first contested election in the parish for twelve years.

Turnout was 41 per cent, almost twice what officials had expected. The count, held in the village hall, took less than an hour.

## A recount, then a hat

When the two leading candidates, Phil Cresswell and Anjali Mehta, tied, both asked for a recount. It produced the same result.

Under election rules, a tie is settled by lot. The returning officer wrote each name on an identical slip of paper, folded them, and put them into a borrowed trilby.

The name drawn was Ms Mehta's.

"I'd rather have won by one vote, but I'll take it."

## "Everyone should vote"

Mr Cresswell, a retired postman, said he would not challenge the result and would stand again at the full elections in two years. He said the result showed that every vote mattered.

Ms Mehta, a teacher who moved to the village in 2021, said her first priorities would be:

- a crossing near the primary school;
- repairs to the playground fence;
- a regular litter pick.

She will be sworn in at the council's next meeting on 2 June.
"""),

dict(id="h15-en-008", lang="en", tpl="storybody", section="Music", date="2025-09-30", byline="Lucy Farrant",
     title="Folk festival to cut its capacity after complaints about late-night noise",
     sub="",
     caption="The main stage at Hollin Folk Festival.", credit="Photo: Lucy Farrant",
     body="""
Hollin Folk Festival will sell 2,000 fewer tickets next summer and stop its music at 11pm, after the district council received more than 60 complaints about noise from this year's event.

The three-day festival, held on farmland outside the village of Hollin since 2011, had grown to 9,000 people a day. Next year it will be limited to 7,000.

Residents told a licensing hearing that bass from a late-night stage could be heard more than two miles away. Some said they had not slept until three in the morning.

## New conditions

The festival's licence has been renewed with conditions. Among them:

- all amplified music must end at 11pm;
- the dance tent will move to the far side of the site;
- a noise officer will take readings in the village every hour;
- a phone line for complaints will be staffed throughout.

The festival's director, Niamh Caddick, said the late stage had been a mistake. "We heard the village loud and clear," she said.

## Tickets

Share the same costs among fewer people and each ticket costs more. Early-bird tickets will cost £145, up from £120. Ms Caddick said there would still be 500 reduced-price tickets for local residents.

Village hall chairman Robert Lyle said relations had improved since the hearing. The festival had been in contact with residents every week since August, he said.

"We want it to stay. We just want to sleep."

Tickets go on sale in December.
"""),

dict(id="h15-en-009", lang="en", tpl="ghost", section="Notes", date="2026-03-02", byline="Owen Brace",
     title="Our rain gauge on the chapel roof had its wettest winter in eleven years",
     sub="",
     caption="The rain gauge on the roof of Bethel chapel.", credit="Photo: Owen Brace",
     body="""
Every morning at nine, one of four volunteers climbs the ladder at Bethel chapel and reads the rain gauge on its flat roof. We have done it since January 2015, and we have not missed a day.

This winter, from the start of December to the end of February, the gauge caught 612 millimetres of rain. That is the most in the eleven winters we have measured, and about 40 per cent more than average.

## The wettest days

Most of it fell in a handful of storms. The five wettest days of the winter were:

- 18 December, 41mm;
- 2 January, 38mm;
- 3 January, 35mm;
- 29 January, 33mm;
- 11 February, 30mm.

The two days in early January are the ones most of you will remember. The river came over the footpath by the mill, and the lower car park was closed for a week.

Read the old parish magazines and you will find people saying winters were wetter when they were young. Our figures are too short to say. But the Met Office station at Pennard, with records back to 1931, had its second-wettest winter.

## Why we do it

Our readings go to a national network of volunteer observers, and the figures are used to check radar estimates of rainfall.

"Nobody else is measuring what falls on this valley."

Subscribe, if you have not already, and you will get the daily readings for March in next week's issue. Paying members can download all eleven years as a spreadsheet.
"""),
]
