# English stories for the thirty-third held-out part (h33-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**), plus story tables: a block whose lines all start with "|" is a table,
# one row a line, cells separated by "|"; a line of dashes ("|---|---") after the first row makes that row the
# header row (without it the table has no header row).  In the truth every row is one paragraph, its cells joined
# by " | ".
# Fields as in articles_h32_en.py (tpl: "wagtail" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, standfirst, pull, correction, look, and "markup": the index of
# a residue markup the page must use, for "related"); "carry" names the residue
# families a page must carry, among them the three families new in this part (election, quiz, markets), which are
# placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h33-en-001", lang="en", tpl="wagtail", site="Castlebury City Council", kind="public", section="Council news",
     date="2026-02-26", byline="Press office",
     title="Council sets 2026/27 budget with £4.1m more for roads",
     sub="Council tax will rise by 4.99% from April. Adult social care takes the largest share of spending.",
     caption="Councillors voting on the budget in the council chamber at the Guildhall.",
     credit="Photo: Castlebury City Council",
     look=[("box", "Residents can report a pothole"), ("bold", "Council tax bills will be sent")],
     body="""
Castlebury City Council has agreed its budget for 2026/27, with an extra £4.1 million for road and pavement repairs and a council tax rise of 4.99%.

The budget was approved at the full council meeting on Wednesday 25 February by 31 votes to 17, with two abstentions.

For a Band D home, the city council's share of the bill will rise by £1.43 a week to £1,538.60 a year. The police and fire authorities set their own charges, which are added to the bill.

## How the £168.2m is split

The council will spend £168.2 million on day-to-day services next year. Spending by service area compares with this year as follows:

| Service | 2025/26 | 2026/27
|---|---|---
| Adult social care | £61.4m | £65.9m
| Children's services | £38.7m | £40.2m
| Highways and transport | £14.9m | £19.0m
| Waste and recycling | £12.6m | £12.8m
| Libraries, parks and leisure | £9.3m | £9.1m

Councillor Anjali Rao, cabinet member for finance, told the meeting that the growing cost of care was the single biggest pressure on the council.

> "Two of every five pounds we spend now go on caring for older and disabled residents. That is right, but it means every other service has to work harder for each pound it gets."

## Potholes and pavements

The extra money for highways will pay for resurfacing on 46 roads, including the A614 Tollgate Road, and for a second pothole repair team from June.

Residents can report a pothole online at any time. Dangerous potholes are made safe within 24 hours.

## Libraries stay open

All nine libraries will stay open, although opening hours at Northgate and Wick Lane will be reviewed in the summer. Any change will go out to public consultation first.

Council tax bills will be sent to households from 9 March.
"""),

dict(id="h33-en-002", lang="en", tpl="magazine", section="Sport", date="2026-09-10", byline="Lorna Pickersgill",
     title="Hawes Bridge win the Upper Dale League on the last ball of the season",
     sub="A six from a 17-year-old number eleven ends a 37-year wait.",
     caption="Hawes Bridge players celebrate on the outfield at Cotterby.", credit="Photo: Lorna Pickersgill",
     pull="We didn't set out to win anything.",
     carry=["quiz"],
     look=[("dropcap", "It came down to")],
     body="""
It came down to the final over of the final match. Hawes Bridge needed four runs off the last two balls at Cotterby on Saturday, and their number eleven, 17-year-old Ellis Thwaite, hit the first of them over the pavilion.

The six gave Hawes Bridge the Upper Dale League title for the first time since 1989, two points ahead of Cotterby, who had led the table since June.

"I shut my eyes and swung," Thwaite said afterwards. "I only opened them when everyone started shouting."

## How the table finished

The top five after the last round of matches:

| Pos | Club | Played | Won | Points
|---|---|---|---|---
| 1 | Hawes Bridge | 18 | 12 | 231
| 2 | Cotterby | 18 | 12 | 229
| 3 | Lunds Green | 18 | 10 | 204
| 4 | Askwith Moor | 18 | 8 | 171
| 5 | Redmire Foot | 18 | 7 | 158

## A club that nearly folded

Eight years ago the club could not raise a side. Captain Martin Ogden, 44, remembers a whole season played with nine men and a wicketkeeper borrowed from the village football team.

The revival started when the club opened its nets to children from the primary school on Friday evenings. Five of this year's first eleven came through those sessions.

"We didn't set out to win anything. We just wanted the ground to have cricket on it again," Ogden said.

The trophy, which has spent 37 years in other villages' cabinets, will be handed over by league president Joan Metcalfe at a presentation evening at the Bridge Inn on 26 September.
"""),

dict(id="h33-en-003", lang="en", tpl="typo3", site="Ravensholme County Council", kind="public", section="Libraries",
     date="2026-03-05", byline="Communications team",
     title="Library opening hours change from 1 April",
     sub="Six branches will open later in the morning and stay open later in the evening.",
     caption="The children's corner at Ravensholme Central Library.", credit="Photo: Ravensholme County Council",
     look=[("italic", "Library cards are free")],
     body="""
Opening hours at six of Ravensholme's county libraries will change from Wednesday 1 April, after a review of how and when people use them.

The review counted visits hour by hour for twelve months. It found that the busiest times were straight after school and on Saturday mornings, while the first hour of the day was the quietest at almost every branch.

Most of the six libraries will now open later in the morning and stay open later on weekdays. Total opening hours across the county stay the same, at 312 hours a week.

## The new hours

The changes at the branches affected are:

| Library | Current hours | From 1 April
|---|---|---
| Ravensholme Central | Mon–Sat 9am–5pm | Mon–Fri 10am–7pm, Sat 9am–4pm
| Brackley Common | Tue–Sat 9am–1pm | Tue–Sat 10am–2pm
| Eastholt | Mon, Wed, Fri 9am–5pm | Mon, Wed, Fri 11am–7pm
| Sallow Vale | Tue, Thu 2pm–6pm | Tue, Thu 3pm–7pm
| Kettleby | Sat 9am–noon | Sat 9am–1pm
| Ferriby Mill | Mon–Fri 9am–5pm | Mon–Fri 9.30am–5.30pm

Ravensholme Central will also open on the first Sunday of each month, from 11am to 3pm, for family events.

## Online at any hour

E-books, e-audiobooks and digital newspapers remain available at any time to anyone with a library card.

Councillor Peter Ashdown, cabinet member for communities, said: "We have listened to what the figures and our readers told us. More people will be able to get to their library after work or after school."

Library cards are free for everyone who lives, works or studies in the county.
"""),

dict(id="h33-en-004", lang="en", tpl="cms", section="Business", date="2026-10-15", byline="Gareth Okonjo",
     title="Supermarket price war cuts Sallowby petrol prices by 9p a litre",
     sub="Independent garages say they cannot compete with the forecourts of the two big stores.",
     caption="The forecourt of the Harvest Foods filling station on Quarry Road.", credit="Photo: Gareth Okonjo",
     carry=["markets"],
     look=[("highlight", "Drivers in Sallowby are paying")],
     body="""
Drivers in Sallowby are paying up to 9p a litre less for petrol than a fortnight ago. Two supermarkets have been cutting the prices at their forecourts almost daily.

The Harvest Foods filling station on Quarry Road dropped unleaded to 129.9p on Monday 12 October. Within hours the Fairway store half a mile away matched it, and on Wednesday both cut again.

Independent garages say they cannot keep up.

## 'We sell at a loss or we sell nothing'

Sandra Hollis, who runs the Moorside Service Station with her husband, said her last delivery of fuel had cost her more than the supermarkets were now charging at the pump.

"We sell at a loss or we sell nothing. Neither works for very long," she said. The garage has asked regular customers to keep buying their milk and papers there, even if they fill up elsewhere.

## How long will it last?

Motoring groups say price wars of this kind rarely last more than a few weeks. A spokesperson for Harvest Foods said the company was "committed to keeping fuel affordable for families in the area" but would not say for how long.

Fairway did not respond to a request for comment.

For drivers the difference adds up. Filling a 55-litre family car now costs around £5 less than at the start of the month.

The town's three other forecourts have lowered their prices by between 3p and 5p a litre since the weekend.
"""),

dict(id="h33-en-005", lang="en", tpl="semantic", section="Politics", date="2026-08-21", byline="Priya Wadhwa",
     title="Greens take Millbrook ward in by-election upset",
     sub="The seat had been held by the Civic Alliance for 22 years.",
     caption="Nadia Farrokh after the count at the Valley Leisure Centre.", credit="Photo: Priya Wadhwa",
     carry=["election"],
     look=[("br", "He had represented the ward")],
     body="""
The Green Party has won the Millbrook ward by-election on Harefield Vale District Council, taking a seat that the Civic Alliance had held for 22 years.

Nadia Farrokh won 1,184 votes, 212 more than the Civic Alliance candidate, Graham Leese. Turnout was 31.6%.

The seat fell vacant in July when councillor Bernard Hope stood down for health reasons.

He had represented the ward since 2004.

## A campaign about a bus

Ms Farrokh, 38, a physiotherapist, campaigned mainly on the loss of the 14A bus, which stopped running through the Millbrook estate in the spring.

"People here are not radical. They just want a bus to the hospital," she said after the count at the Valley Leisure Centre, which finished shortly after 1am.

## Balance of power unchanged

The result does not change who runs the council. The Civic Alliance still leads with 23 of the 45 seats, a majority of one.

Council leader Fiona Marsh said her party would "listen to what Millbrook has told us" and congratulated the new councillor.

Mr Leese said he was disappointed but would stand again at the full council elections in 2027.

The other candidates were Pauline Tuck, for the Valley Independents, with 604 votes, and Rory Devlin, an independent, with 131.
"""),

dict(id="h33-en-006", lang="en", tpl="storybody", section="Heritage", date="2026-10-22", byline="Samuel Achterberg",
     title="Lost cine films of 1930s Brayfield found behind a loft water tank",
     sub="Forty reels shot by a local chemist will be shown in public for the first time next month.",
     caption="A frame from one of the reels: the carnival procession on the Parade in 1934.",
     credit="Image: Brayfield Local History Society",
     carry=["quiz", "tickets"],
     look=[("italic", "The films were shot")],
     body="""
Forty reels of home-movie film showing Brayfield in the 1930s have been found in the loft of a house on Chapel Row. They will be shown in public for the first time next month.

The films were shot between 1931 and 1939 by Arthur Bellamy, a chemist who owned one of the first cine cameras in the town. They show the opening of the open-air baths, the carnival, the 1937 coronation party and the last horse-drawn milk float.

They were found in March by Tom and Grace Ojo, who were clearing the loft before building work. "There was a tin trunk behind the water tank with his name on it. We nearly took it to the tip," Mr Ojo said.

## Saved just in time

The couple contacted the Brayfield Local History Society, which sent the reels to a specialist film archive. Some of the film had begun to shrink and curl, and technicians said a few more years would have been too late.

Society chairwoman Eileen Sowerby said about three-quarters of the footage could be saved.

"We have photographs of all these places, but seeing people walking and laughing on the Parade is something else. Somebody is going to recognise their grandmother," she said.

## Two screenings at the Regal

The films, about 95 minutes in all, will be shown at the Regal Cinema on Saturday 14 and Sunday 15 November, with a pianist playing live.

The society is asking anyone who recognises a face to get in touch, so that names can be added to the archive.
"""),

dict(id="h33-en-007", lang="en", tpl="regional", section="Politics", date="2026-05-14", byline="Daniel Stroud",
     title="New council leader promises to reopen Tarn Street baths",
     sub="Ruth Adeyemi's Valley Independents won control of Hallam Cross Borough Council last week.",
     caption="The closed Tarn Street baths, boarded up since 2023.", credit="Photo: Daniel Stroud",
     carry=["election"],
     look=[("bold", "\"Promises are free")],
     body="""
The new leader of Hallam Cross Borough Council has promised to reopen the Tarn Street swimming baths within two years, a week after her party won control of the council for the first time.

Councillor Ruth Adeyemi, 51, was elected leader at Tuesday's annual meeting by 26 votes to 21. Her party, the Valley Independents, won 26 of the 47 seats in the elections on 7 May.

The baths closed in 2023 when the previous administration said it could not afford a £3.2 million repair of the roof and the pool tank.

## 'The first thing people asked about'

Cllr Adeyemi said the baths had come up on almost every doorstep during the campaign.

"It was the first thing people asked about, before bins and before parking. Children in this town are growing up without learning to swim," she said.

She said the council would look at a partnership with a leisure trust and apply for national sports funding, but gave no figure for how much the council itself would put in.

## Opposition warns on cost

The leader of the opposition, Councillor Dennis Rowe, whose party ran the council for 16 years, said he wanted the baths open too, but warned that the money would have to come from somewhere.

"Promises are free. Roofs are not," he told the meeting.

The new cabinet meets for the first time on 2 June. A report on the future of the baths is due in September.
"""),

dict(id="h33-en-008", lang="en", tpl="squarespace", site="Brackenfield Community Choir", kind="small", section="Choir news",
     date="2026-12-18", byline="Choir committee",
     title="Our carol marathon raised £4,260 for St Bede's Hospice",
     sub="Twelve hours, 148 carols and one very patient accompanist.",
     caption="Choir members singing in the foyer of the Brackenfield Shopping Arcade.",
     credit="Photo: Brackenfield Community Choir",
     body="""
Thank you to everyone who came to hear us, sang along or dropped a coin in the bucket at our twelve-hour carol marathon on Saturday 13 December.

Between 9am and 9pm we sang 148 carols in the foyer of the Brackenfield Shopping Arcade, with 41 members taking turns in two-hour shifts. Only three carols were sung twice, and we are not saying which.

Altogether we raised £4,260 for St Bede's Hospice, which cared for the husbands of two of our own members last year. That is more than double our target.

## A few thank-yous

- The arcade management, for the space, the power and the staff who brought us tea all day
- Fenwick's Music, for lending us an electric piano
- Our accompanist Dilys Hart, who played for nine of the twelve hours
- Everyone who baked for the cake stall, which raised £612 on its own

Hospice fundraiser Carl Mensah came to collect the cheque at our rehearsal on Tuesday. He told us the money would pay for around 170 hours of nursing care at home.

## Join us in January

We start rehearsing for our spring concert on Tuesday 13 January at 7.30pm at Brackenfield Methodist Hall. New singers are always welcome, and you do not need to read music.

Tea and biscuits at the break, as always.
"""),

dict(id="h33-en-009", lang="en", tpl="medium", site="The Wrayside Dispatch", kind="indie", section="Local business",
     date="2026-01-20", byline="Megan Thorley",
     title="The last bookshop on Kiln Street is closing. Here is why",
     sub="Sales were fine. The rent was not.",
     caption="Judith Page behind the counter of Hollis & Page.", credit="Photo: Megan Thorley",
     look=[("bold", "Rents on Kiln Street")],
     body="""
After 31 years, Hollis & Page, the only bookshop left on Kiln Street, will close on 28 February.

Owner Judith Page told the Dispatch that the decision had nothing to do with online shopping or a lack of readers. Sales last year were the second-best in the shop's history.

Rents on Kiln Street have nearly doubled since the street was pedestrianised in 2022. The new lease offered to the shop in November asked for £38,000 a year, up from £21,500.

"I can sell a lot of books. I cannot sell that many," she said.

## A street of coffee shops

Of the 24 units on Kiln Street, nine are now cafés. Three are empty. The landlord of most of the street, a pension fund based in London, did not reply to our questions.

Local councillor Owain Pryce said the council had no power over commercial rents, but was looking at a scheme to let small shops take empty council-owned units on Market Walk at lower rents.

## What happens to the books

Ms Page will hold a closing sale from 1 February. Any stock left at the end will go to the school library service and to the library at HMP Wrayside.

She has not ruled out opening again somewhere else.

"I have had three phone calls this week from people offering me space. One was a barber's with a spare room. I am thinking about it," she said.

Regular customers are invited to a farewell reading on the shop's last evening, from 6pm.
"""),
]
