# English stories for the sixty-eighth held-out part (h68-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h66_en.py (tpl: "polopoly" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (areastats, parkingpermits,
# coursefinder), which are placed only on stories where a real site would print them.  On the polopoly pages the
# "sub" is the article's standfirst, "caption" / "credit" belong to the lead image of the article template and
# "body_caption" to the image the editor embedded in the rich-text body; a block of lines starting with "| " is a
# story table (a table typed in Polopoly's rich-text editor; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h68-en-001", lang="en", tpl="polopoly", site="Harrowdale Evening Star",
     section="News", date="2026-05-12", byline="Gemma Threlfall",
     title="Harrowdale passes 100,000 people as new estates fill up",
     sub="The borough grew faster than anywhere else in the county over the last decade, and almost all of the growth was on the eastern edge of town.",
     caption="New homes on the Kilnfield estate, where the population has more than doubled.", credit="Picture: Harrowdale Evening Star",
     body_caption="Pupils arriving at Kilnfield Primary, which opened two years ago.",
     carry=["areastats"],
     look=[("highlight", "Harrowdale has more than 100,000 residents"), ("italic", "\u201cWe moved here for a garden and a school place.\u201d"),
           ("br", "It did not: another 1,200 homes")],
     body="""
Harrowdale has more than 100,000 residents for the first time, according to census figures published on Tuesday. The borough's population rose by 11.4 per cent in ten years, more than twice the county average.

Almost all of the increase was in three wards on the eastern edge of town, where around 3,900 homes have been built since the last count.

| Ward | Last census | This census
| Kilnfield | 4,210 | 9,480
| Ashcombe East | 6,870 | 8,930
| Moor Lane | 5,540 | 6,710

The figures also show that Harrowdale is getting younger. The median age fell from 42 to 40, while it rose in every other district in the county.

\u201cWe moved here for a garden and a school place.\u201d

That was how Priya Landau, who moved to Kilnfield from the city with her two sons in 2022, summed up the appeal. "The houses are not cheap, but you get twice the space for the same money."

## Pressure on services

Council leader Graham Oduya said the numbers confirmed what residents already knew. "Our GP surgeries and primary schools were planned for a town of 85,000. We are now asking the government for funding that reflects the town we actually are."

Planners had expected the growth to level off after 2020.

It did not: another 1,200 homes have planning permission and building has started on 400 of them.

The census also counted 41,300 households in the borough, and found that one in four people over 65 lives alone.

Councillors will discuss the figures at a public meeting in the Corn Exchange on 21 May at 7pm.
"""),

dict(id="h68-en-002", lang="en", tpl="wordpress", section="Local news", date="2026-02-17", byline="Owen Castleford",
     title="Parking zone to spread to 14 more streets around Kingsmead station",
     sub="Residents say commuters fill their roads from 7am. Permits will cost \u00a368 a year for a first car.",
     caption="Cars parked on both sides of Orchard Rise, one of the streets in the scheme.", credit="Photo: Owen Castleford",
     carry=["parkingpermits"],
     look=[("dropcap", "Fourteen streets around Kingsmead station")],
     body="""
Fourteen streets around Kingsmead station will become part of a resident parking zone from June, after a survey found that more than half the cars parked there on weekdays belonged to commuters.

The borough council's highways committee approved the extension on Monday night by six votes to two.

Residents of Orchard Rise, Tanner's Walk and the roads around them have complained for years that they cannot park near their own homes between 7am and 6pm. Some said they had been blocked into their drives.

"I have a disabled mother who visits twice a week, and there has not been a space within a hundred yards of my house since the car park at the station started charging \u00a312 a day," said Janine Ferris, who organised a petition signed by 312 people.

**What the scheme means**

Under the scheme:

- a permit for a first car will cost \u00a368 a year, and \u00a3110 for a second
- each household can buy 50 visitor vouchers a year
- restrictions will apply from 8am to 6.30pm, Monday to Friday
- blue badge holders will be able to park without a permit

Not everyone is happy. Two councillors who voted against said the zone would simply push commuters into the next streets out. The owner of a hair salon on Station Approach said her customers would have nowhere to stop.

The council says it will review the zone after a year and could extend it further if problems move elsewhere.

Residents who want to ask questions can contact the parking team at a drop-in session at Kingsmead library on 4 March between 3pm and 7pm.
"""),

dict(id="h68-en-003", lang="en", tpl="amp", section="People", date="2026-08-28", byline="Carys Penhallow",
     title="'People tell librarians everything': Lynn closes the book after 41 years",
     sub="Lynn Ashcroft started at Pellham library in 1985, stamping books by hand. She retires on Friday.",
     caption="Lynn Ashcroft among the shelves at Pellham library.", credit="Photo: Carys Penhallow",
     low=0,
     body="""
Lynn Ashcroft started at Pellham library in 1985, when every book was stamped by hand and the catalogue lived in wooden drawers. On Friday, after 41 years, she retires. We asked her about it.

**How did you end up in a library?**

I failed my typing test at the bank. The library was over the road and had a card in the window. I thought it would be quiet.

**Was it quiet?**

Never. A library is the only warm place in town where nobody asks you to buy anything. We had toddlers, students, men reading the racing pages, people looking for work.

**What has changed the most since 1985?**

The computers. In 1998 we got four, and there was a queue round the building. Now half of what I do is helping people fill in forms for the council and the job centre.

**Your best day there?**

The day a lad I had helped with his reading at eight came in at 30 and showed me a book he had written.

**Worst?**

The flood in 2007. We lost the whole local history room. Volunteers dried some of the photographs on washing lines in the car park.

**Favourite corner?**

The big armchair by the radiator in the reference section. There has been the same man in it every Tuesday for twenty years.

**What will you do now?**

Read, for a start. I have never had time. And I have joined the Friends of the library, so they have not got rid of me.

Colleagues are holding a farewell tea for Lynn at the library on Saturday from 2pm, and everyone is welcome.
"""),

dict(id="h68-en-004", lang="en", tpl="table", section="Heritage", date="2026-10-14", byline="Ross Ambler",
     title="Town hall clock strikes again after two silent years",
     sub="The 1873 clock in Wetherby Cross's town hall tower has been taken apart, cleaned and rebuilt.",
     caption="Clockmaker Iain Parfitt with the restored movement.", credit="Photo: Ross Ambler",
     only=["correction"],
     correction="Correction, 15 October: this story originally said the clock has two bells. It has three.",
     body="""
The clock on Wetherby Cross town hall struck noon on Tuesday for the first time in two years, to applause from a small crowd in the market place below.

The clock, made in 1873 by a firm in Leeds, stopped in October 2024 when a worn gear wheel broke. It has since been taken apart, piece by piece, and carried down the tower's 96 steps.

Clockmaker Iain Parfitt, whose workshop is in a former chapel in Burnsall, spent fourteen months restoring it. He cleaned every part, made a new gear wheel by hand and fitted an electric winding system so that nobody has to climb the tower twice a week.

"It is a very good clock," he said. "Somebody looked after it properly for a hundred years, and then nobody did for about forty."

The work cost \u00a386,000. Most of it came from a heritage grant, and the rest from the town council and a collection in the market's pubs and shops, which raised \u00a39,400.

Market trader Denise Kaur, who has run a fruit stall beneath the tower since 1991, said the square had felt strange without it. "You set your day by it. People kept looking up and then at their phones."

The clock's three bells will ring every quarter hour between 7am and 11pm, and will be silent overnight after requests from people living on the square.

Guided tours of the tower will be held on the first Saturday of each month, and places can be booked at the town hall reception.
"""),

dict(id="h68-en-005", lang="en", tpl="semantic", section="Education", date="2026-09-23", byline="Naomi Sefton",
     title="Over-60s fill evening classes as college reopens its adult centre",
     sub="Marlow Cross College has taken 1,140 enrolments for its Quarry Street centre, almost a third of them from pensioners.",
     caption="Students in a beginners' pottery class at the Quarry Street centre.", credit="Photo: Naomi Sefton",
     carry=["coursefinder"],
     look=[("italic", "\u201cI was always told I was no good with my hands.\u201d")],
     body="""
Evening classes at Marlow Cross College's adult centre have almost sold out in the first fortnight, and nearly a third of the students are over 60.

The college closed its Quarry Street building in 2023 after the roof failed a safety inspection. It reopened this month after a \u00a31.9 million refurbishment, with ten classrooms, a kitchen and a pottery studio.

Principal Adaeze Morton said the college had taken 1,140 enrolments, against a target of 800. "We expected the practical courses to be popular. We did not expect people to queue outside at eight in the morning to get a place on Spanish for beginners."

The most popular courses this term are:

1. digital skills for beginners
2. conversational Spanish
3. pottery and ceramics
4. bookkeeping for small businesses

Retired postman Derek Allinson, 71, has signed up for woodwork. His late wife did all their DIY, he said.

\u201cI was always told I was no good with my hands.\u201d

Not everyone has got a place. The college says it has waiting lists for eleven courses and will add Saturday classes in January if it can find tutors.

Fees start at \u00a349 for a ten-week course, and are free for people on some benefits. Tutor Rhona Begg, who teaches the digital skills class, said many of her students had come to learn how to contact their grandchildren by video and to stop paying for things by cheque.

The centre is open from 9am to 9pm on weekdays, and the reception desk can advise on courses starting after Christmas.
"""),

dict(id="h68-en-006", lang="en", tpl="storybody", section="Community", date="2026-11-30", byline="Sally Kenworthy",
     title="Centenarian flicks the switch on Ashford Magna's Christmas lights",
     sub="Edna Pullinger, 102, was chosen by the traders' association after 80 years of living on the high street.",
     caption="Edna Pullinger switches on the lights from the steps of the market cross.", credit="Photo: Sally Kenworthy",
     carry=["calendar"],
     body="""
Cookies, mulled apple juice and a brass band greeted more than 2,000 people in Ashford Magna on Saturday evening, as the town's Christmas lights were switched on by its oldest resident.

Edna Pullinger, 102, has lived above what is now a phone shop on the high street since 1946. She pressed the button at 5.30pm from the steps of the market cross, helped by her great-granddaughter Mia.

"I remember when the lights were a few bulbs on a string between the butcher's and the bank," she said. "This is rather better."

**Paid for by traders**

The lights, 1,400 metres of them, were paid for by the town's traders' association, which raised \u00a324,000 through a raffle, a sponsored cycle ride and donations from 63 businesses.

Association chair Vikram Dholakia said footfall on the night of the switch-on was worth more to the high street than any other evening of the year. "People come for the lights, then they stay and have their tea in town."

**A quieter year for the fair**

The funfair, which in past years filled the market place, was smaller this time after complaints about noise from people living nearby. Organisers replaced some of the rides with a craft market and a carol stage.

St Michael's primary school choir sang three carols, and the town's Rotary club collected \u00a31,180 for the children's hospice.

The lights will stay on every evening until Twelfth Night. Late-night shopping runs on Thursdays until Christmas, and the Christmas market returns on 12 and 13 December.
"""),

dict(id="h68-en-007", lang="en", tpl="ghost", section="Community", date="2026-01-20", byline="Liam Gathercole",
     title="Food bank moves to a warehouse three times the size",
     sub="Brinsworth Food Bank fed 4,800 people last year. Its old home behind a church could hold two weeks of stock.",
     caption="Volunteers stacking shelves in the new warehouse on Canal Road.", credit="Photo: Liam Gathercole",
     look=[("callout", "The food bank is open on Mondays")],
     body="""
Brinsworth Food Bank has moved out of the cramped rooms behind St Aidan's church and into a former carpet warehouse on Canal Road, three times the size.

Last year the food bank handed out emergency parcels to 4,800 people, a third of them children, up from 1,900 five years ago. Its old premises could hold only two weeks of stock, and volunteers had to store tins in their garages.

"We were turning donations away at the door because there was nowhere to put them," said manager Bernadette Okoro.

## A shop as well as a food bank

The new building, leased from a local firm for a nominal rent, has room for a small social supermarket. Members pay \u00a35 a week for shopping worth about \u00a325.

It also has a room where advisers from the citizens' advice service and the credit union will see people on Tuesdays.

The items the food bank is shortest of this winter are:

- tinned meat and fish
- UHT milk
- toiletries and sanitary products
- tea and coffee

Ms Okoro said demand usually peaked in February, when heating bills arrived. "People who used to donate are now coming to us. That is the hardest part."

The food bank is open on Mondays, Wednesdays and Fridays from 10am to 1pm. Donations can be dropped off at the warehouse or at collection points in the town's supermarkets.

Volunteers post the week's shortest items every Sunday, and people who want to help can follow the food bank on Facebook.
"""),

dict(id="h68-en-008", lang="en", tpl="hugo", section="Education", date="2026-03-03", byline="Helena Marsh",
     title="New estates leave Brinsworth primary schools 160 places short",
     sub="Census figures show the number of children under five in the north of the town has risen by 40 per cent.",
     caption="Temporary classrooms at Northgate Primary.", credit="Photo: Helena Marsh",
     carry=["areastats"],
     body="""
Primary schools in the north of Brinsworth will be 160 places short by September next year, the county council has warned, after census figures showed a sharp rise in the number of young children there.

The number of children under five in the three northern wards has risen by 40 per cent since the last census, to 1,930. Over the same period the county as a whole had fewer young children.

## Where the families came from

Most of the new families live on the Linnet Fields and Mayfield estates, where about 1,600 homes have been built since 2017.

Council officers told a scrutiny meeting that the developers' payments towards new school places had been based on national averages. The estates, they said, had attracted more young families than expected because homes there were cheaper than in the city.

## Temporary classrooms

Northgate Primary already teaches two classes in temporary buildings on its playing field. Head teacher Martin Adeyemi said the school had done its best. "But the children have lost half their field, and we are using the hall as a dining room, a gym and a classroom."

A new primary school was promised as part of the Linnet Fields plans, but has not been built. The council now says it hopes to open it in 2028.

Until then, it plans to expand two existing schools and to offer places at a school in Cawthorne, three miles away, with free transport.

Parent Sophie Marchetti, whose daughter starts school in September, said the options were not good enough. "We bought a house within walking distance of a school. Now we might be driving to the next village."

Applications for primary school places close on 15 April.
"""),

dict(id="h68-en-009", lang="en", tpl="medium", site="The Wharfside Ledger", kind="indie",
     section="Neighbourhood", date="2026-06-09", byline="Tessa Morland",
     title="Five years of mending things at the Wharfside repair caf\u00e9",
     sub="Toasters, trousers and a 1960s radiogram: what we learned from 3,000 repairs in a church hall.",
     caption="Volunteer Ray Gosling at work on a bedside lamp.", credit="Photo: Tessa Morland",
     carry=["calendar"],
     look=[("italic", "\u201cNothing is broken, it is only waiting for someone with a screwdriver.\u201d")],
     body="""
On the first Saturday of June 2021, six of us set up folding tables in St Barnabas church hall, put a sign on the door and waited to see if anyone would bring us something broken. Eleven people came. One of them brought a toaster.

Five years on, the Wharfside repair caf\u00e9 has fixed, by our own count, 3,012 things. Here is some of what we have learned.

People do not really come to save money. Most of what they bring could be replaced for less than the bus fare to get here. They come because they cannot bear to throw something away, or because it belonged to someone they loved.

The things we mend most often are:

- lamps, which almost always need a new switch or plug
- trousers and coats with broken zips
- vacuum cleaners, usually blocked rather than broken
- bicycles with flat tyres and tired brakes

Our volunteers now number 24: two retired electricians, a seamstress, a bike mechanic, a former watchmaker and a lot of people who just make the tea and keep the queue happy.

Ray Gosling, 78, who has been here since the first morning, has a saying that has ended up on our banner.

\u201cNothing is broken, it is only waiting for someone with a screwdriver.\u201d

The hardest thing is parts. Manufacturers make them hard to buy and glue together what used to be screwed.

Several readers who subscribe to this publication have asked how to start a repair caf\u00e9 of their own. Our advice: find a hall, find an electrician, and put the kettle on.

Our birthday session is on Saturday 4 July from 10am to 1pm, with cake.
"""),
]
