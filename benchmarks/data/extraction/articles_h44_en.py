# English stories for the forty-fourth held-out part (h44-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h42_en.py (tpl: "liferay" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (cams, sky, puzzles), which are placed
# only on stories where a real site would print them.
ARTICLES = [
dict(id="h44-en-001", lang="en", tpl="liferay", site="Calder Vale Broadcasting", kind="broadcaster", section="Travel and roads",
     date="2026-04-13", byline="Imogen Sutcliffe",
     title="Ten weeks of lane closures as Hebble viaduct is resurfaced",
     sub="Drivers on the A6290 are being told to allow an extra 20 minutes at peak times from Monday.",
     caption="Traffic on the Hebble viaduct above the canal at Sowerholme.", credit="Image: Imogen Sutcliffe / Calder Vale Broadcasting",
     inset=("Contractors' cabins at the eastern end of the viaduct.", "Image: Calder Vale Broadcasting"),
     carry=["cams"],
     look=[("dropcap", "The Hebble viaduct"), ("factbox", "Diversions and closures"),
           ("highlight", "Buses will keep using")],
     body="""
The Hebble viaduct, which carries 31,000 vehicles a day over the canal and the railway at Sowerholme, will be down to one lane in each direction for ten weeks from Monday while its road surface is replaced.

It is the first time the concrete deck has been stripped back since the viaduct opened in 1974. Engineers found last year that water was getting through cracks in the surface and into the joints.

The county council says the work will cost £3.8 million. Contractors will work from 7am to 7pm on weekdays, with some night shifts in May.

Highways cabinet member Councillor Anwar Rashid admitted the timing was "not ideal" for commuters. "There is never a good time to close half of a road like this. The alternative is to wait until it has to be shut completely," he said.

## Diversions and closures

- Eastbound slip road from Mill Lane closed for the whole ten weeks
- Full overnight closures on the nights of 4, 5 and 6 May, with traffic sent through Brigstone
- No lorries over 7.5 tonnes on the diversion through Brigstone village centre

Buses will keep using the viaduct throughout. Operator Pennine Link says timetables on the 501 and 503 routes will not change, but passengers should expect delays in the morning peak.

Businesses on the Sowerholme trading estate say they are worried about deliveries. Gail Fernley, who runs a bathroom showroom on the estate, said most of her customers came by car. "If people sit in a queue for half an hour, they will go somewhere else," she said.

The work is due to finish on 19 June.
"""),

dict(id="h44-en-002", lang="en", tpl="amp", section="News", date="2026-07-18", byline="Declan Ashworth",
     title="Hottest day of the year as Kettering Quay reaches 34C",
     sub="The beach and the lido were full by mid-morning and a water company asked people to use less.",
     caption="Families on the beach at Kettering Quay on Friday afternoon.", credit="Photo: Declan Ashworth",
     carry=["sky"],
     look=[("bold", "Follow the simple advice")],
     body="""
Follow the simple advice and stay safe, paramedics said on Friday, as Kettering Quay recorded the hottest day of the year so far.

The thermometer at the coastguard station reached 34.1C at 3.40pm, the highest reading in the town since August 2022. Inland, the Met station at Corby Fields recorded 35.2C.

The beach and the open-air lido were full by mid-morning. Lifeguards said they had dealt with 14 cases of sunburn and two children who had become separated from their parents, both found within half an hour.

The ambulance service said calls were up by about a fifth on a normal Friday. Its advice for the weekend:

- Keep out of the sun between 11am and 3pm
- Drink water regularly, even if you do not feel thirsty
- Check on elderly neighbours and anyone who lives alone
- Never leave a child or a dog in a parked car

Wessex Water asked customers not to use hosepipes or fill paddling pools in the evening, when demand is highest. A spokesperson said reservoir levels were normal but the network was struggling to keep up.

At the Quayside ice cream kiosk, Stella Moyo said she had sold out of vanilla by 2pm. "I've rung the supplier three times. He says everyone is ringing him," she said.

Temperatures are expected to fall to about 26C on Sunday, with thunderstorms possible overnight.
"""),

dict(id="h44-en-003", lang="en", tpl="drupal", site="Ashcombe District Council", kind="public", section="News",
     date="2026-09-07", byline="Communications team",
     title="Send us your photos for the 2027 district calendar",
     sub="Twelve pictures taken by residents will be printed in the free calendar delivered to every home.",
     caption="Last year's winning picture: frost on Ashcombe Common.", credit="Photo: Gareth Pim",
     avoid=["comments"],
     look=[("box", "The pictures must have been taken")],
     body="""
The council is looking for twelve photographs of the district, taken by people who live here, for its 2027 calendar.

The calendar is printed free of charge and delivered to all 46,000 homes in the district in December, together with the dates of bin and recycling collections for the year.

Last year more than 900 photographs were sent in. The winning picture of frost on Ashcombe Common was taken by 15-year-old Gareth Pim on his phone on the way to school.

## What we are looking for

We would like pictures that show the district through the seasons: our towns, villages, countryside, coast and people. Photographs of events, markets and festivals are welcome.

The pictures must have been taken in the district in the last two years. Each person can send up to three photographs, in landscape format and at full size.

## How the winners are chosen

A panel of councillors, staff and the chair of the Ashcombe Camera Club will pick a shortlist of 30 in October. Residents will then be able to vote for their favourites at the libraries in Ashcombe, Norley and Stoke Barton, and online.

Winners will receive a framed print of their photograph and £50 in vouchers for local shops. Their names will be printed under their pictures.

Photographs of people who can be recognised can only be used if they have agreed. Please do not send pictures of children other than your own.

The closing date is 30 September. Send your photographs to calendar@ashcombe.example or contact the communications team on 01632 960 580.
"""),

dict(id="h44-en-004", lang="en", tpl="fusion", section="Sport", date="2026-04-27", byline="Rory Halloran",
     title="Penhallow RFC promoted after last-gasp win at Tregenna",
     sub="A try in the 79th minute sealed the title on the final day of the season.",
     caption="Penhallow players celebrate at the final whistle at Tregenna.", credit="Photo: Rory Halloran",
     carry=["scores"],
     look=[("factbox", "Final standings")],
     body="""
Penhallow RFC will play in Regional One next season after a try with a minute left gave them a 24-20 win at Tregenna on Saturday and the league title.

Penhallow went into the last round one point ahead of Lanrick, who beat St Ives Wanderers 31-12. A draw would not have been enough.

They trailed 20-17 when scrum-half Tomos Pengelly broke from a ruck on the Tregenna 22 and fed winger Ashley Bray, who went over in the corner. Fly-half Ben Carthew added the conversion from the touchline.

Head coach Martin Jago said he had not been able to watch the last five minutes. "I was looking at the car park. Somebody had to tell me we had scored," he said.

## Final standings

- Penhallow: played 22, 87 points
- Lanrick: played 22, 85 points
- Tregenna: played 22, 71 points
- Bodmin Moor: played 22, 64 points

It is the club's first promotion since 2009. Penhallow were relegated from Regional One in 2017 and lost a play-off final two seasons ago.

Club captain Jory Tonkin, 33, said he had promised his wife that this would be his last season. "I might have to renegotiate," he said.

The club will hold a celebration at the clubhouse on Friday evening. Supporters are asked to bring their own chairs.
"""),

dict(id="h44-en-005", lang="en", tpl="ghost", site="Thornwick Lanes", kind="small", section="Around the village",
     date="2026-03-21", byline="Pauline Everett",
     title="Repair café mends its 500th item: a 1962 radio",
     sub="Volunteers have been fixing toasters, lamps and trousers in the church hall since 2023.",
     caption="Volunteer Alan Briggs with the repaired radio.", credit="Photo: Pauline Everett",
     carry=["calendar"],
     look=[("callout", "The repair café is open")],
     body="""
The Thornwick repair café fixed its 500th item on Saturday morning: a walnut-cased valve radio bought in 1962 by the late father of its owner, Sheila Hartley.

The radio had not worked for more than thirty years. Volunteer Alan Briggs, a retired electrician, spent most of the morning on it, replacing two capacitors and a frayed cable.

When the first crackle came out of the speaker, the whole hall stopped to listen. "Dad used to listen to the cricket on it in the shed. I never thought I would hear it again," Mrs Hartley said.

The café started in the church hall in April 2023 with four volunteers and a borrowed toolbox. It now has fourteen, including two seamstresses, a bicycle mechanic and a man who sharpens knives and garden shears.

Organiser Jenny Mowbray keeps a record of every repair in a notebook. About three quarters of the items brought in are fixed on the day. The most common are lamps, vacuum cleaners and trousers with broken zips.

"Nobody pays, but people can put something in the tin for the hall," she said. "We have paid for a new boiler for the hall out of that tin."

The repair café is open on the third Saturday of every month, from 10am to 12.30pm, in St Lawrence's church hall. Anyone with something to fix can just turn up.

New volunteers are welcome, whether or not they can fix things. Jenny says they always need someone to make the tea.
"""),

dict(id="h44-en-006", lang="en", tpl="gutenberg", section="Features", date="2026-10-02", byline="Harriet Quayle",
     title="After 1,000 crosswords, Marjorie Platt is running out of clues for 'eel'",
     sub="The retired teacher has set the weekly puzzle for the Lindale Gazette since 2007. We asked her how she does it.",
     caption="Marjorie Platt at her kitchen table with a pencil and a stack of dictionaries.", credit="Photo: Harriet Quayle",
     carry=["puzzles"],
     look=[("dropcap", "Marjorie Platt set"), ("bold", "How did it start?"), ("bold", "How long does one take?"),
           ("bold", "Any complaints?"), ("bold", "And 'eel'?"), ("box", "The 1,000th crossword")],
     body="""
Marjorie Platt set her first crossword for a school magazine in 1971. This week, at the age of 81, she finished her 1,000th for the Gazette.

She still works with a pencil, a rubber and three dictionaries on her kitchen table in Lindale, and sends the finished grid to the office by post.

How did it start?

The editor at the time was a former pupil of mine. He rang me and said the man who set the crossword had died, and did I know anyone. I said I would do it for a month.

How long does one take?

About two evenings. The grid is quick. The clues are the hard part, because every one has to be fair.

Any complaints?

Plenty. A man in Grange once wrote to say that one of my answers was not a real word. It was. I sent him the page from the dictionary.

And 'eel'?

It turns up in a grid about once a month. I have clued it as a fish, a slippery customer and something you find in a steel works. I am running out.

The 1,000th crossword is in this week's paper. Every answer in it is the name of a place in the district.

Mrs Platt says she has no plans to stop. "My brain needs the exercise, and my husband needs the peace," she said.
"""),

dict(id="h44-en-007", lang="en", tpl="legacy-br", section="News", date="2026-06-09", byline="Colm Redfern",
     title="Tortoise missing for nine days found two streets away thanks to residents' WhatsApp group",
     sub="Percy, who is 47, had dug under a garden fence.",
     caption="Percy the tortoise back in his garden on Cobden Terrace.", credit="Photo: Colm Redfern",
     low=0,
     body="""
Share, share, share: that was the plea on the Cobden Terrace residents' WhatsApp group last week, after a 47-year-old tortoise called Percy went missing from a back garden.

His owner, Lorraine Bickley, had last seen him eating dandelions on the lawn on a Sunday afternoon. By the evening he had gone, leaving a hole under the fence.

"He is very slow, but he is very determined," she said.

The group, which has 160 members, was set up during the pandemic to share shopping and prescriptions. Mrs Bickley posted a photo of Percy and asked neighbours to check their sheds and flower beds.

Within a day, the photo had been shared to two other street groups and the local Facebook page. Children from the primary school on Harcourt Road made posters and taped them to lampposts.

Nine days later, Devika Rana found him under a rhubarb plant in her garden on Mafeking Street, two streets and at least four fences away.

"I thought it was a stone until it moved," she said. She recognised him from the posters and sent a message to the group.

Mrs Bickley said she had been close to giving up. "People I have lived near for twenty years and never spoken to were out looking for him. It has been lovely," she said.

Percy now has a wire mesh barrier along the bottom of the fence. His owner has also downloaded an app to track the small GPS tag she has fixed to his shell.
"""),

dict(id="h44-en-008", lang="en", tpl="table", section="Transport", date="2026-02-16", byline="Nadia Okonkwo",
     title="Evening buses cut on three routes from March",
     sub="Stagecoast Vale says passenger numbers after 8pm have not recovered.",
     caption="A route 12 bus at Hadley bus station.", credit="Photo: Nadia Okonkwo",
     low=1, only=["correction"],
     correction="Correction: an earlier version of this story gave the wrong date for the changes. They start on 2 March, not 9 March.",
     body="""
Evening bus services on three routes in Hadley will be cut from 2 March, the operator Stagecoast Vale has announced.

The company says fewer than six passengers a journey use the last buses on the routes, and it can no longer run them without a subsidy from the county council.

The new last departures from Hadley bus station will be:

- Route 12 to Elmsworth: 7.40pm, instead of 10.40pm
- Route 15 to Barrow Green: 8.05pm, instead of 11.05pm
- Route 22 to the hospital via Priory Park: 8.30pm, instead of 10.50pm

Daytime timetables are not affected.

Nurses and care workers have criticised the change to route 22, which many use to get home after late shifts at Hadley General. Unison steward Karen Walsh said some staff would now have to pay for taxis. "A taxi is £14. That is an hour's pay for some of our members," she said.

The county council said it had no money to support the evening journeys this year but would look again at the routes in the autumn.

Stagecoast Vale said it would restore services if passenger numbers rose. Managing director Paul Dacre said the decision had been "difficult" but the late buses were "running empty most nights".

The new timetables will be on display at the bus station from next week and can be downloaded from the operator's website. Passengers with questions can contact the customer line on 0345 000 0212.
"""),

dict(id="h44-en-009", lang="en", tpl="wordpress", section="Crime and courts", date="2026-11-24", byline="Owain Brennan",
     title="Driver walks away after train hits car on Sedgeby level crossing",
     sub="The 64-year-old had stopped on the tracks when the barriers came down.",
     caption="The damaged car beside the level crossing on Moss Road.", credit="Photo: Owain Brennan",
     carry=["cams"],
     section_tag=True,
     look=[("highlight", "Parish councillor Frances Yeo")],
     body="""
A driver escaped with cuts and bruises after a passenger train hit his car on the Moss Road level crossing at Sedgeby on Monday evening.

The 64-year-old man had stopped on the crossing in queuing traffic when the barriers came down behind and in front of him at about 5.50pm, police said. He got out of the car seconds before the train struck it.

The 17.32 service from Carlow to Midford, carrying about 80 passengers, was travelling at around 40mph. Nobody on the train was hurt.

**What happened next**

The car was pushed about 30 metres along the line. The road was closed until after midnight while the car was removed and the track was checked.

Trains between Carlow and Midford were cancelled for the rest of the evening, and buses replaced them until Tuesday morning.

**A crossing with a history**

The barriers came down on a car at the same crossing in 2019. Residents have long asked Network Rail to move the yellow box markings further back so that drivers cannot stop on the tracks in a queue.

Parish councillor Frances Yeo said: "We have been saying for years that it was only a matter of time. Next time somebody will not get out."

Network Rail said it would review the crossing with the highways authority. British Transport Police are appealing for anyone with dashcam footage to contact them, quoting log 612 of 23 November.
"""),
]
