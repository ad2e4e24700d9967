# English stories for the thirty-fifth held-out part (h35-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h34_en.py (tpl: "craft" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, standfirst, pull, correction, look; section_tag: the story's section is
# typed as a bold tag into the start of its first paragraph); "carry" names the residue families a page must carry
# because its story gives the reason (a programme of dates, a road closure, a photographer's pictures, a match, a
# health service).  No family is new in this part.
ARTICLES = [
dict(id="h35-en-001", lang="en", tpl="craft", site="Kelderby Ledger", section="Villages and community", date="2026-02-27",
     byline="Ruth Calloway",
     title="Library starts its own newsletter as branch hours are cut",
     sub="Kelderby's central library will send a monthly update to members who no longer pass its noticeboard.",
     caption="Librarian Ruth Ambler with the first printed copies of the newsletter.", credit="Photograph: Sam Oduya",
     caption2="A volunteer helps a resident with an online form at one of the library's IT sessions.", credit2="Photograph: Sam Oduya",
     carry=["calendar"],
     look=[("dropcap", "Kelderby Central Library has launched"), ("factbox", "What's on in March")],
     body="""
Kelderby Central Library has launched a monthly newsletter, by email and on paper, after its opening hours were cut from six days a week to four.

The first issue went out on Monday to 2,300 members who had given the library an email address. Another 400 copies were printed for the counter, the health centre and the two village shops on the mobile library's route.

Librarian Ruth Ambler said the idea came from readers who kept turning up on days the building was shut. "People used to find out about everything from the noticeboard by the door. If they only come in twice a week, they miss half of it," she said.

> "It's not glossy. It's two sides of A4 and a list of dates, and that's what people asked for."

The newsletter lists events, new books, changes to the mobile library timetable and the dates of the fortnightly IT help sessions, which volunteers run for residents who need a hand with online forms.

## What's on in March

- 4 March: Knit and natter, 10am
- 11 March: Local history talk on the Kelderby tramway, 7pm
- 18 March: IT help with online council forms, 2pm
- 25 March: Rhyme time for under-fives, 10.30am

The county council reduced hours at six of its 14 libraries in January to save £340,000 a year. Kelderby now opens on Tuesdays, Thursdays, Fridays and Saturdays.

Councillor Anjali Brook, who chairs the culture committee, said she welcomed the newsletter but could not promise that the hours would return. "We will do what we can," she said.

Readers can sign up for the newsletter at the counter or on the library's page of the council website.
"""),

dict(id="h35-en-002", lang="en", tpl="wordpress", section="Business", date="2026-03-12", byline="Owen Marchbank",
     title="Traders warned over website cookie banners after regulator's letters",
     sub="Forty small firms in the district were told their sites set tracking cookies before visitors agreed.",
     caption="Kath Ollerenshaw at the Bramble Tearooms, one of the businesses that received a letter.",
     credit="Photo: Owen Marchbank",
     look=[("dropcap", "Forty small businesses in the Brenholt")],
     body="""
Forty small businesses in the Brenholt district have been told by the data protection regulator that their websites break the law on cookies.

The letters, sent last month, say the sites placed advertising and tracking cookies on visitors' devices before they had clicked to accept them. The firms include two estate agents, a garden centre, several cafés and a driving school.

The regulator said it would check the sites again in eight weeks and could fine those that had not made changes.

**What the rules say**

Websites must ask before setting any cookie that is not strictly needed for the site to work. The regulator's guidance says businesses should:

- make "reject all" as easy to click as "accept all"
- set no analytics or advertising cookies before consent
- explain in plain words what each cookie does
- let visitors change their mind later

Many owners said they had no idea the banners on their sites did not work. Kath Ollerenshaw, who runs the Bramble Tearooms, said her website was built by a nephew six years ago. "I thought the cookie pop-up was the thing that made it legal. Turns out it was just decoration," she said.

Mark Devine of the Brenholt Chamber of Trade said the chamber would hold a free session for members next month with a local web designer.

"Nobody here is trying to spy on anyone. They bought a template and trusted it," he said.

The regulator said most of the sites it checked in the area were made with free website builders or old plugins.

A list of checks that businesses can carry out themselves is on the regulator's website.
"""),

dict(id="h35-en-003", lang="en", tpl="amp", section="Sport", date="2026-02-09", byline="Niall Brennock",
     title="Ten-man Ravensworth Rovers hold on to reach Vase semi-final",
     sub="Goalkeeper Tom Sheard makes three stoppage-time saves as Rovers beat Copperfield Town 1-0.",
     caption="Callum Pryce heads the only goal of the game at Marsh Lane.", credit="Picture: Niall Brennock",
     carry=["scores", "odds"],
     look=[("highlight", "Goalkeeper Tom Sheard made three saves")],
     body="""
Ravensworth Rovers are one tie away from a first national Vase final after a 1-0 win over Copperfield Town in the quarter-finals on Saturday, despite playing the last 25 minutes with ten men.

Striker Callum Pryce scored the only goal in the 38th minute, heading in a corner from Jordan Maitland at the near post.

Rovers lost defender Lewis Amadi to a second yellow card midway through the second half, and Copperfield, who play two divisions higher, spent most of the remaining time in the Ravensworth half.

Goalkeeper Tom Sheard made three saves in stoppage time, the last a one-handed stop from a free kick that the crowd of 860 applauded for a full minute.

"I've not seen anything like that from him," said manager Ian Hebblethwaite. "He's a plumber. He was up at five this morning fitting a boiler."

Rovers will learn their semi-final opponents in Monday's draw. The two-legged tie will be played in March.

Hebblethwaite said his players, who all have full-time jobs, would need help from the club with time off work for the away leg if it meant a long trip.

Club secretary Donna Firth said the club had already been in contact with two coach firms.

"We'll do what's needed to get there," she said.
"""),

dict(id="h35-en-004", lang="en", tpl="ghost", section="Culture", date="2026-03-04", byline="Imogen Lacey",
     title="Photographer's portraits of Dunstow shopkeepers go on show",
     sub="Nadia Fenwick spent two years photographing the people behind the town's counters.",
     caption="One of Nadia Fenwick's portraits: the butcher Alan Rigg in his shop.", credit="Photo: Nadia Fenwick",
     carry=["gallery"],
     look=[("callout", "The exhibition is free and runs")],
     body="""
A photographer who spent two years taking pictures of the shopkeepers of Dunstow has put 48 of her portraits on show at the town's Corn Exchange.

Nadia Fenwick, 34, started the project in 2024 after the baker at the end of her street retired and the shop closed within a week. "I realised I had bought bread from him for ten years and had no idea what his first name was," she said.

She photographed 61 shopkeepers, from the butcher and the cobbler to the woman who has run the post office counter for 31 years, always in their own shops and always in the hour before opening.

Taking the photographs, she said, was the easy part. Persuading people to stand still for them took longer. "Most of them said they weren't the type. Then they asked if they could bring the dog."

Six of the shops in the pictures have closed since.

The exhibition's title, Open Until Six, comes from a sign in the window of the hardware shop on Bridge Street, which shut last spring.

Fenwick has given a print to every shopkeeper who took part. The Corn Exchange said it had already been asked whether the show could travel to libraries in the district.

The exhibition is free and runs until 30 April, Tuesday to Saturday, 10am to 4pm.
"""),

dict(id="h35-en-005", lang="en", tpl="nextjs", section="Council", date="2026-04-20", byline="Asha Whitmore",
     title="'Take a photo, press send': the council's new pothole app explained",
     sub="Harlaston's new app lets residents report potholes, fly-tipping and broken lights. We asked the man in charge how it works.",
     caption="The Fix Harlaston app on a resident's phone.", credit="Photo: Asha Whitmore",
     look=[("bold", "What does the app do?"), ("bold", "Do I have to register?")],
     body="""
Harlaston District Council launched its new reporting app, Fix Harlaston, on Monday. Residents can use it to report potholes, fly-tipping, graffiti and broken street lights, and to follow what happens to each report.

The council says the app will replace its online forms, which received about 9,000 reports last year. We spoke to Dev Mistry, the council's head of neighbourhood services.

What does the app do?

You take a photo, the phone adds the location, you pick what the problem is and press send. It goes straight to the team who fix it, not to an inbox somebody has to sort.

Do I have to register?

No. You can report anonymously. If you give us an email address, we will tell you when the job is booked and when it is done.

**How quickly will things be fixed?**

That doesn't change. Dangerous potholes within 24 hours, others within 28 days. The app won't make the tarmac arrive any faster, but it should stop jobs getting lost.

**What about people without smartphones?**

The phone line stays, and so does the form on the website. Nobody has to download anything.

**Cost?**

£48,000 to set up and about £9,000 a year to run, which we expect to save in staff time within two years.

Fix Harlaston is free to download for iPhone and Android. Reports can still be made by phone on 01632 960 318.
"""),

dict(id="h35-en-006", lang="en", tpl="gutenberg", section="Health", date="2026-05-14", byline="Martin Greaves",
     title="Weekend GP clinic to open at Millbrook health centre",
     sub="Patients in the Soar valley will be able to see a doctor or nurse on Saturdays and Sundays from June.",
     caption="Millbrook health centre, where the weekend clinic will be based.", credit="Photo: Martin Greaves",
     carry=["pharmacy"],
     look=[("dropcap", "Patients in the Soar valley"), ("box", "Appointments must be booked")],
     body="""
Patients in the Soar valley will be able to see a GP at weekends without travelling to the city from June, when a new clinic opens at Millbrook health centre.

The clinic will run from 9am to 5pm on Saturdays and from 10am to 2pm on Sundays, staffed by doctors, nurses and a pharmacist from the five practices in the valley.

At present, patients who need a doctor at the weekend have to call the out-of-hours service, which is based 19 miles away at the city hospital. Last year 4,100 people from the valley made that journey, according to the health board.

Dr Helen Sowerby, a partner at Millbrook Surgery, said the practices had wanted to do this for years. "Half the people we see on a Monday morning have been ill since Friday night," she said.

Appointments must be booked in advance through the NHS 111 phone line or through a patient's own practice. There will be no walk-in service.

The health board has set aside £210,000 for the first two years. It will decide in 2028 whether to keep the clinic open.

The pharmacy next to the health centre has agreed to stay open until 5pm on Saturdays so that patients can collect prescriptions straight away.

Local councillor Ben Ashworth called it "the best news the valley has had from the health board in a long time".
"""),

dict(id="h35-en-007", lang="en", tpl="quintype", section="Crime", date="2026-01-26", byline="Priya Lomax",
     title="Driver charged after lorry ploughs into Castlegate shop",
     sub="Nobody was hurt when the HGV left the road in the early hours of Sunday.",
     caption="The lorry inside Castlegate Stores on Sunday morning.", credit="Picture: Priya Lomax",
     look=[("highlight", "A 52-year-old man has been charged")],
     body="""
A 52-year-old man has been charged with dangerous driving after a lorry crashed into the front of a shop in Castlegate in the early hours of Sunday.

The HGV left the road at about 3.40am, crossed the pavement and came to a stop inside Castlegate Stores, a convenience shop with two flats above it. Nobody was injured.

Police said the driver, from Hull, would appear before Wetherfield magistrates on 3 March. He has also been charged with driving while over the legal limit for drugs.

## Residents led out of flats

Firefighters helped four residents out of the flats while structural engineers checked the building. They were allowed back in on Monday afternoon.

Shop owner Farid Haq said he had been woken by a call from his alarm company. "I came down and there was a lorry cab where the newspaper stand used to be," he said.

## Road shut for 14 hours

Castlegate was closed for 14 hours while the lorry was removed. The road reopened at 6pm on Sunday.

A police spokesman said officers were in contact with the haulage company, and asked anyone with dashcam footage of the lorry to come forward.

Mr Haq hopes to reopen within a month. "The regulars have been brilliant. One of them turned up with a flask of tea at five in the morning," he said.
"""),

dict(id="h35-en-008", lang="en", tpl="legacy-br", section="Community", date="2026-05-02", byline="Gwen Tasker",
     title="Village hall roof appeal reaches its £40,000 target",
     sub="Fernby's hall will get a new roof in September after 212 donations.",
     caption="Fernby village hall, built in 1958.", credit="Photo: Gwen Tasker",
     low=0,
     body="""
Fernby village hall committee has reached its £40,000 target to replace the hall's leaking roof, eight months after launching its appeal.

The money came from 212 donations, a quiz league, two auctions of promises and a £15,000 grant from the district council's community fund.

Committee chair Gwen Pattinson said the largest single gift was £2,500 and the smallest was 40p, handed over in an envelope by a seven-year-old. "She said it was her tooth fairy money. We've framed the envelope," she said.

The roof, which dates from 1958, has leaked over the stage for at least ten years. Buckets have become a permanent feature of the annual pantomime.

Work will start in September and is expected to take six weeks. Regular bookings, including the playgroup and two dance classes, will move to the primary school while it is done.

The committee will hold a thank-you evening for everyone who gave money on 14 June.
"""),

dict(id="h35-en-009", lang="en", tpl="drupal", site="Ashby Moor District Council", kind="public", section="Roads and transport",
     date="2026-06-02", byline="Communications team",
     title="Wendle Bridge to close for eight weeks for repairs",
     sub="The 1824 bridge on the B6271 needs work on two of its three arches.",
     caption="Wendle Bridge from the riverbank.", credit="Ashby Moor District Council",
     carry=["map"], avoid=["comments", "moderation"],
     body="""
Wendle Bridge on the B6271 will close to all traffic from Monday 6 July for eight weeks while its stone arches are repaired.

The bridge, built in 1824, carries about 5,000 vehicles a day between Wendle and Ashby Moor. An inspection last year found that water getting into the structure had loosened stones in two of its three arches.

The work will cost £780,000 and is being paid for by a government grant for bridge maintenance.

**Diversion route**

Drivers will be signed along the A629 through Harcliffe, which adds about six miles to the journey. To follow the diversion:

1. Leave the B6271 at the Wendle roundabout
2. Follow the A629 north through Harcliffe
3. Rejoin the B6271 at Lowfold crossroads

Pedestrians and cyclists will be able to cross on a temporary walkway for most of the closure, except on three weekends when the walkway has to be moved.

The 41 bus will follow the diversion and will not stop in Wendle village during the works. A minibus will link the village with the diverted route every hour.

Councillor Sue Hartley, cabinet member for highways, said: "We know this is a big inconvenience, but if we don't repair the bridge now, we may have to close it for much longer later."

The council will post updates on the works on its website and social media pages, and has asked residents to follow them.
"""),
]
