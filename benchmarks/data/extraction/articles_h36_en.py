# English stories for the thirty-sixth held-out part (h36-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h34_en.py (tpl: "aem" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (lottery, tvguide, exams), which are
# placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h36-en-001", lang="en", tpl="aem", site="Westmoor Broadcasting", section="Westmoor local news", date="2026-03-06",
     byline="Callum Birtles",
     title="Bakehouse owner from Pendleford reaches television baking final",
     sub="Shona Gatt, who runs a two-oven bakery on Chapel Street, is one of three finalists left in the contest.",
     caption="Shona Gatt in the kitchen of her Chapel Street bakehouse.", credit="Image: Callum Birtles / Westmoor Broadcasting",
     carry=["tvguide"],
     look=[("dropcap", "A baker who learned her trade"), ("factbox", "The final at a glance"),
           ("highlight", "Her regulars have been told")],
     body="""
A baker who learned her trade in her grandmother's kitchen in Pendleford will compete in the final of a national television baking contest next Tuesday.

Shona Gatt, 34, opened the Chapel Street Bakehouse six years ago with a bank loan of £18,000 and one secondhand oven. She now employs five people and sells about 900 loaves a week.

She applied for the programme last spring after a customer filled in the form for her. "I found out when the producers rang me. I thought it was a wind-up," she said.

The series was filmed over eight weekends in a marquee in Hertfordshire last summer, and the contestants were sworn to secrecy until the episodes went out.

Her regulars have been told nothing about the result. Ms Gatt said several had tried to get it out of her over the counter. "One lady offered me a tenner. I told her to buy a cob like everyone else," she said.

## The final at a glance

- Three bakers left out of twelve
- Three rounds: a signature bake, a technical challenge and a showstopper
- Filmed in a single day in August

The bakery will close early on the night of the final so that staff can watch it together in the back room, with the ovens off for once.

Pendleford's mayor, Councillor Derek Osei, said the town was "ridiculously proud" of her, whatever happens.

We will have reaction from Chapel Street after the programme on our breakfast show.
"""),

dict(id="h36-en-002", lang="en", tpl="wordpress", section="Education", date="2026-08-13", byline="Natalie Brough",
     title="Record A-level results at Holmbury Sixth Form College",
     sub="More than a third of entries were graded A or A* as the college celebrated its best year.",
     caption="Students at Holmbury Sixth Form College open their results on Thursday.", credit="Photo: Natalie Brough",
     carry=["exams"],
     look=[("dropcap", "Students at Holmbury Sixth Form College")],
     body="""
Students at Holmbury Sixth Form College collected the best A-level results in its history on Thursday morning, with 36 per cent of entries graded A or A*.

The college entered 412 students for 1,186 exams this summer. The pass rate was 99.2 per cent, and 71 students will go on to study medicine, dentistry, law or engineering.

Principal Joanne Ferris said the results were the reward for two years that had started with the college's science block closed for repairs. "They did their practicals in a marquee for the first term. I don't think I heard a single complaint," she said.

Among the highest scorers:

- Amira Haddad: four A* grades, going to study medicine
- Tom Kellaway: three A* grades and an A, going to study engineering
- Priya Nandra: three A* grades, going to study law
- Jake Ormerod: two A* grades and an A, staying on to train as an electrician through an apprenticeship

Jake said he had been offered a university place but chose the apprenticeship with a local firm. "I get paid to learn, and there is no loan at the end of it," he said.

Students who did not get the grades they needed were being seen by careers advisers throughout the day. The college said several had already found places through clearing by lunchtime.

Results for the college's vocational courses will be published next week.
"""),

dict(id="h36-en-003", lang="en", tpl="amp", section="News", date="2026-01-27", byline="Marcus Penhale",
     title="Hospital cleaners share £1.2m lottery win",
     sub="The fourteen members of the syndicate have paid £2 a week each since 2009.",
     caption="Members of the syndicate in the staff canteen at Carnwood General.", credit="Photo: Marcus Penhale",
     carry=["lottery"],
     look=[("italic", "\"I read it four times")],
     body="""
Fourteen cleaners at Carnwood General Hospital are sharing a £1.2 million lottery prize after matching five numbers and the bonus ball in Saturday's draw.

**The syndicate's organiser, Bev Trelawney, checked the numbers on her phone during a break on Sunday morning.**

"I read it four times. Then I went and found my supervisor and made her read it," she said.

Each member will receive about £86,000. The group has played the same numbers every week since 2009, paying £2 each into a tin kept in a locker on the second floor.

**What they will do with it**

Most of the winners said they would pay off mortgages and debts. One plans to take her three grandchildren to Florida, and another wants to buy a campervan.

Ward cleaner Dennis Okafor, who joined the syndicate three weeks before the draw, said his colleagues had been "very good about it".

"They keep reminding me I've only paid in six pounds," he said.

Nobody in the group plans to give up work. "We like it here. And somebody has to clean the wards," said Ms Trelawney.

The hospital trust said it had been in contact with all fourteen staff and would support anyone who wanted to change their hours.

Their first outing will be a meal at the Harbour Inn on Friday.
"""),

dict(id="h36-en-004", lang="en", tpl="legacy-br", section="Council", date="2026-05-19", byline="Ellen Varcoe",
     title="Potholes can now be reported with a photo through the council's new app",
     sub="Residents can also follow a repair from the report to the finished job.",
     caption="A pothole on the Tregarth Road near the school gates.", credit="Photo: Ellen Varcoe",
     low=0,
     body="""
Download the app, take a photo, press send. That is all residents of Penwithy now need to do to report a pothole, the district council says.

The council's new app, FixMyPatch, went live on Monday. It uses a phone's location to pin the exact spot of a pothole, broken streetlight or blocked drain, and sends the report with a photograph straight to the highways team.

Residents who use the app can follow the progress of each report, from inspection to repair, and receive a message when the work is finished.

Until now, reports had to be made by phone or through a form on the council website. The council says about a fifth of those reports could not be found by inspectors because the location was unclear.

Highways manager Piers Roskilly said the app would save each inspector about an hour a day. "We have had reports that said 'near the big tree'. There are a lot of big trees," he said.

The app cost £34,000 to build and is free to download for iPhone and Android. It does not show adverts and collects no data beyond what is needed for each report, the council said.

Residents without a smartphone can still report problems by phone on 01632 960 411.

Councillors will review the first six months of reports in November.
"""),

dict(id="h36-en-005", lang="en", tpl="ghost", site="The Fallowfield Post", kind="small", section="Community",
     date="2026-09-02", byline="Hannah Crewe",
     title="Fallowfield library starts its own newsletter, on paper and by email",
     sub="The first issue of Shelf Life comes out on Friday, with book picks chosen by children.",
     caption="Volunteer Rose Ambler with the first printed copies of Shelf Life.", credit="Photo: Hannah Crewe",
     carry=["calendar"],
     look=[("callout", "Shelf Life will be free")],
     body="""
Fallowfield library will launch its own newsletter this Friday, a year after the county council cut its opening hours from six days to four.

The newsletter, called Shelf Life, will come out once a month. It will list events, new books and the library's opening times, and each issue will include a page of book recommendations chosen by children from Fallowfield Primary School.

Librarian Gwen Ashdown said many regular visitors had not realised the library had changed its hours. "People were turning up on a Monday and finding the door locked. We needed a way to tell them," she said.

Shelf Life will be free. Readers can sign up by email at the library desk or pick up a printed copy from the library, the post office and the surgery waiting room.

The first issue announces the autumn programme:

- Rhyme time for under-fives, Tuesdays at 10am
- The knitting circle, Thursdays at 2pm
- A talk on the history of the Fallowfield mill by local historian Ivor Penn, 26 September at 7pm

The newsletter is written and folded by volunteers. Rose Ambler, 79, who will fold the printed copies, said she had "done worse jobs for less".

The library is also asking residents to share the newsletter with neighbours who are not online.
"""),

dict(id="h36-en-006", lang="en", tpl="nextjs", section="Sport", date="2026-11-09", byline="Owen Stainthorpe",
     title="Brackenfield Athletic manager: 'We were not good enough, and that's on me'",
     sub="After a 4-0 defeat at home to Thornley, Rob Yelland faces questions from supporters. We put some of them to him.",
     caption="Rob Yelland on the touchline at Moor Park on Saturday.", credit="Photo: Owen Stainthorpe",
     carry=["scores"],
     look=[("bold", "Was that the worst performance"), ("bold", "Are you worried about your job?"), ("bold", "Why so many changes?"),
           ("bold", "What do you say to the fans?")],
     body="""
Brackenfield Athletic slipped to 19th in the Northern Counties League on Saturday after a 4-0 home defeat by Thornley Town, their fifth loss in six matches.

Some of the 380 supporters at Moor Park booed the team off at full-time. Manager Rob Yelland, in his second season, spoke to us on Monday.

Was that the worst performance of your time here?

Yes. I won't dress it up. We were second to every ball, and we gave away two goals from set pieces we had worked on all week.

Are you worried about your job?

No. The chairman and I spoke on Sunday. He wants the same thing I want, which is to get out of this run.

Why so many changes?

We have six players injured, and two of them are our centre-halves. I have had to play a nineteen-year-old and a left-back in the middle. They have both done their best.

What do you say to the fans?

That they are entitled to boo. They pay their money. I would ask them to stick with the lads on Saturday, because it will make a difference.

Athletic travel to Hexley Colliery Welfare on Saturday. The club said it was in contact with two players on loan from league clubs and hoped to complete deals before the match.
"""),

dict(id="h36-en-007", lang="en", tpl="fusion", section="Arts", date="2026-10-14", byline="Freya Lindqvist",
     title="Estuary photographer wins national wildlife award with picture of an otter",
     sub="Keith Barnabas waited in a hide for 40 mornings to take the winning photograph.",
     caption="Keith Barnabas with his camera at Saltings Creek.", credit="Photo: Freya Lindqvist",
     carry=["gallery"],
     look=[("factbox", "About the award")],
     body="""
A retired postman who took up photography at 60 has won the country's best-known amateur wildlife photography award with a picture of an otter eating a crab at dawn.

Keith Barnabas, 68, from Saltings, took the photograph from a canvas hide on the mudflats of the Wyle estuary, after waiting there on 40 mornings over two winters.

The judges said his picture captured "the stillness of the estuary and the appetite of its most secretive resident".

Mr Barnabas said the otter had appeared only three times in all those mornings. "The first time I was pouring my tea. The second time the light was wrong. The third time, it all came together," he said.

He bought his first camera with his leaving present from the Royal Mail and learned to use it from library books and a club in the village hall.

## About the award

- Open to amateur photographers of any age
- More than 11,000 entries this year
- The winner receives £2,500 and a week's residency at a nature reserve

The winning photograph and the other shortlisted pictures will go on show at the Wyle Valley Museum from 1 November.

Mr Barnabas said he would spend part of the prize on a new lens and the rest on a new roof for the hide.

"The otter doesn't seem to mind the leaks. I do," he said.
"""),

dict(id="h36-en-008", lang="en", tpl="table", section="Business", date="2026-06-30", byline="Gavin Ruddock",
     title="Small firms given six months to fix cookie banners after new rules",
     sub="The island's data office will start checking websites in January.",
     caption="Shops on the high street in St Arvan.", credit="Photo: Gavin Ruddock",
     low=1, only=["correction"],
     correction="Correction: an earlier version of this article said the fines could reach £50,000. The maximum is £25,000.",
     body="""
Cookie banners on the websites of small businesses on the island must give visitors a button to refuse all non-essential cookies from 1 January, under rules published by the data protection office on Monday.

The office said most of the 240 websites it had checked in the spring made it harder to refuse cookies than to accept them, often by hiding the refuse option on a second page.

Under the new rules, refusing must take no more clicks than accepting, and a website must not load advertising or tracking cookies until a visitor has agreed to them.

Businesses that do not comply after a warning could be fined up to £25,000.

Data protection commissioner Alison Mourant said the office would help rather than punish at first. "Most small firms use a website builder and have no idea what their banner does. We will show them," she said.

The office will publish a free guide for businesses in July and hold drop-in sessions at the St Arvan chamber of commerce in September.

The chamber's president, Colin Le Page, said members welcomed the six months' notice. "Nobody wants to annoy their own customers," he said.

Businesses can ask the office to check their website free of charge before the end of the year.
"""),

dict(id="h36-en-009", lang="en", tpl="ucoz", site="Little Haddow Village Website", kind="small", section="Village news",
     date="2026-02-03", byline="webmaster_sue",
     title="Village hall reopens with new heating and a ramp at the front door",
     sub="The work took eight months and cost £46,000.",
     caption="The new ramp at the front door of Little Haddow village hall.", credit="Photo: Sue Kimber",
     carry=["map"],
     body="""
Little Haddow village hall reopened on Saturday after eight months of building work, with a new heating system, a ramp at the front door and an accessible toilet.

The work cost £46,000. Most of it came from a lottery heritage grant and a district council fund, and the rest was raised by villagers through quiz nights, a sponsored walk and the summer fete.

The old oil boiler, installed in 1971, has been replaced with two air source heat pumps. The hall committee expects its heating bills to fall by about half.

Committee chair Malcolm Pryce thanked everyone who had helped. "Some of you painted, some of you baked, and one of you lent us a cement mixer for three months without asking for it back. Thank you all," he said.

The ramp means that wheelchair users and parents with pushchairs can use the front door for the first time. Until now they had to go round the back past the bins.

The hall is open again for bookings. The toddler group and the Tuesday whist drive restart this week, and the film club will show its first film on 21 February.

Bookings can be made with Jean on 01632 960 218.
"""),
]
