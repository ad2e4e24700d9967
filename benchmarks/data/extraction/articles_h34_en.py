# English stories for the thirty-fourth held-out part (h34-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h32_en.py (tpl: "nuxt" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, standfirst, pull, correction, look; section_tag: the story's section is
# typed as a bold tag into the start of its first paragraph); "carry" names the residue families
# a page must carry, among them the three families new in this part (odds, pharmacy, motors), which are placed only
# on stories where a real site would print them.
ARTICLES = [
dict(id="h34-en-001", lang="en", tpl="nuxt", site="Carrick Vale Evening Post", section="Council matters", date="2026-02-11",
     byline="Dougie Rennie",
     title="Bin reminders move to an app as council scraps printed calendars",
     sub="Carrick Vale's 48,000 households will no longer get a paper collection calendar through the door.",
     caption="A recycling lorry on its Tuesday round in Kirkhope Road.", credit="Picture: Dougie Rennie",
     carry=["calendar"],
     look=[("dropcap", "Every household in Carrick Vale"), ("factbox", "Key dates"),
           ("highlight", "Residents without a smartphone")],
     body="""
Every household in Carrick Vale will have to use an app, a text message service or the council website to check its bin days from April, after councillors voted to stop printing collection calendars.

The calendars, posted to 48,000 homes each spring, cost £61,000 a year to print and deliver. The environment committee approved the change by seven votes to two on Tuesday.

Council leader Moira Callander said most residents already looked up their collection days online. "We were paying to post a leaflet that a lot of people put straight in the recycling," she said.

## What changes in April

From 1 April, collection days will be published only in the new Carrick Bins app, on the council's website and by text message. Bulky waste collections will also be booked through the app, with a phone line kept for those who cannot use it.

Garden waste permits, which arrive as a sticker in the post, will become digital. Crews will check a list on a tablet in the cab instead of looking for a sticker on the lid.

**How to sign up**

The council has set out four steps:

1. Download the Carrick Bins app or go to the council website
2. Enter your postcode and house number
3. Choose email, text or app reminders
4. Register by 1 March to keep your garden waste permit

## Key dates

- 1 March: last day to register a garden waste permit
- 1 April: printed calendars end
- 7 April: first bulky waste collections booked through the app

Opposition councillor Graeme Lusk said older residents would be left behind. "My mother is 88. She is not going to download an app to find out when to put her bin out," he said.

Residents without a smartphone can ask for a printed calendar by phoning 0300 555 0184, the council said. The free text service sends a reminder the evening before each collection.

The council will also post changes to collections over Christmas and in bad weather on its Facebook page, and has asked residents to follow it.
"""),

dict(id="h34-en-002", lang="en", tpl="cms", section="Politics", date="2026-05-08", byline="Hamish Tolland",
     title="'I knocked on 3,000 doors': Ashcombe's new councillor on winning the by-election",
     sub="Independent Lorna Petrie took the seat with a majority of 212. We asked her what comes next.",
     caption="Lorna Petrie at the count in Ashcombe Leisure Centre.", credit="Photo: Hamish Tolland",
     carry=["pharmacy"],
     look=[("italic", "Lorna Petrie, a retired midwife"), ("bold", "Why stand now?"), ("bold", "Why not join a party?"),
           ("bold", "How did you win?"), ("bold", "And the health centre?"), ("bold", "What will you do first?")],
     body="""
Lorna Petrie, a retired midwife, won the Ashcombe ward by-election on Thursday as an independent, beating the candidates of three national parties with 1,184 votes on a turnout of 31 per cent.

The seat fell vacant in January when the sitting councillor emigrated. Ms Petrie, 63, has lived in the ward for 35 years and campaigned mainly against the closure of the Ashcombe health centre.

We spoke to her the morning after the count.

Why stand now?

Because the health centre is closing and nobody asked us. I was a midwife there for 22 years. When the letter came saying it would shut in June, I thought somebody has to make a fuss, and it might as well be me.

Why not join a party?

I have nothing against them. But in a ward of 9,000 people, I think people want someone who answers to them and not to a whip.

How did you win?

Shoe leather. I knocked on about 3,000 doors with my neighbour Ann, who did the leaflets. Plenty of people told me they had never seen a candidate on their doorstep before.

And the health centre?

I have asked for a meeting with the health board next week. I know I cannot reopen it on my own, but I can make sure the board explains its decision in public.

What will you do first?

Learn where everything is in the council chamber. After that, the potholes on Mill Lane. Everyone mentions them.

The result means no group has a majority on the council: the ruling group now holds 24 of the 49 seats.

Ms Petrie will take her seat at the full council meeting on 14 May.
"""),

dict(id="h34-en-003", lang="en", tpl="regional", section="Sport", date="2026-04-13", byline="Liam Cartwright",
     title="Harrowby Town reach county cup final for first time in 50 years",
     sub="Two late goals sink Stourleigh Rovers in front of the biggest crowd at Cotton Lane for decades.",
     caption="Captain Dan Whitlock celebrates the winning goal at Cotton Lane.", credit="Photo: Liam Cartwright",
     carry=["odds", "scores"],
     look=[("br", "Two goals in the last ten minutes"), ("italic", "\"At 1-0 down")],
     body="""
Harrowby Town will play in the final of the Mercia County Cup for the first time since 1976 after beating Stourleigh Rovers 2-1 in Saturday's semi-final.

Two goals in the last ten minutes, from substitute Kieran Obi and captain Dan Whitlock, turned the match after Rovers had led since just before half-time.

More than 1,400 people watched at Cotton Lane, the club's biggest crowd since its floodlights were switched on in 1989.

Manager Steve Kettering said his players had "run through a wall" in the second half.

"At 1-0 down with ten minutes left, I was already writing the speech about being proud of them. I won't need it now," he said.

Town, who play in the eighth tier, will meet Wolverley United, three divisions above them, in the final on 9 May at the county ground.

Bookmakers have made Town clear outsiders, but chairman Pam Hollis said nobody at the club would be reading the odds. "We were outsiders in every round. It hasn't done us any harm," she said.

The club will run three coaches to the final and has asked supporters to book seats through its website by the end of April.

Tickets for the final go on sale on Monday, with under-16s admitted free.
"""),

dict(id="h34-en-004", lang="en", tpl="storybody", section="Business", date="2026-02-26", byline="Fiona Drummond",
     title="Last petrol station in the Dunmore valley to close after 47 years",
     sub="Drivers will face a 26-mile round trip for fuel when Garvie's Garage turns off its pumps.",
     caption="Tom Garvie on the forecourt of Garvie's Garage in Lintmill.", credit="Photo: Fiona Drummond",
     carry=["motors", "map"],
     look=[("bold", "Motorists in the Dunmore valley")],
     body="""
Motorists in the Dunmore valley will face a 26-mile round trip for fuel from next month, when the last petrol station between Kellside and Brackwater closes.

Tom and Elsie Garvie, who have run Garvie's Garage in Lintmill since 1979, said rising wholesale prices, new rules on underground tanks and falling sales meant they could no longer keep the pumps open. The last fuel will be sold on 28 March.

Mr Garvie, 71, said the garage sold about 4,000 litres a week, a third of what it sold twenty years ago. "The supermarkets in town sell it cheaper than I can buy it," he said. "People fill up there and come to me when they run out."

## What drivers can do

The nearest alternatives are:

- Brackwater service station, 13 miles
- Kellside supermarket, 11 miles, open until 10pm
- The truck stop on the A84, 17 miles, open 24 hours

The garage's workshop, which does MOT tests and repairs, will stay open, and the couple's son Robbie plans to install two electric car chargers on the forecourt this summer.

## 'A lifeline'

Community council chair Isla Murchie said the closure would hit farmers, carers and the valley's district nurses hardest. "For a lot of people here, that pump is a lifeline," she said.

The community council is asking fuel suppliers whether a community-owned pump, of the kind some Highland villages already run, could work in Lintmill.
"""),

dict(id="h34-en-005", lang="en", tpl="semantic", section="Council", date="2026-03-18", byline="Priya Ramsay",
     title="Council's parking payment website shared drivers' data with advertisers",
     sub="The data watchdog says tracking cookies loaded before visitors could refuse them.",
     caption="A pay-and-display sign in the Marlvale Market Street car park.", credit="Photo: Priya Ramsay",
     low=0,
     look=[("italic", "A council spokesperson said")],
     body="""
Drivers who paid for parking on Marlvale Council's website over the past two years had details of their visits passed to advertising companies without their consent, the data protection regulator has found.

The site placed tracking cookies on visitors' computers and phones as soon as the payment page loaded, before they could accept or refuse them, according to the regulator's report published on Wednesday.

The cookies allowed two advertising networks to record which car parks drivers had paid for and how long they stayed. The regulator found no evidence that card details were shared.

The council has been given a reprimand rather than a fine, because it removed the cookies within a week of being told about them last October.

A council spokesperson said the tracking code had been added by the company that built the website, and that the council had not known it was there. "We should have checked, and we are sorry," she said.

## What the council must do

The regulator has told the council to:

- check every page of its websites for third-party tracking code every three months
- show a cookie banner that lets visitors refuse all non-essential cookies with one click
- write to the 38,000 drivers whose data may have been shared

Letters will go out in May. The council has also stopped advertising its car parks on social media while its contract with the website company is reviewed.

Residents who want to know what was collected about them can ask the council for a copy of their data, free of charge.
"""),

dict(id="h34-en-006", lang="en", tpl="squarespace", site="Fernleigh Cricket Club", kind="small", section="Club news",
     date="2026-04-21", byline="Bryony Shaw",
     title="Every home game to be streamed live this summer",
     sub="Two cameras on the pavilion roof, paid for with a parish council grant.",
     caption="One of the new cameras on the pavilion roof, looking towards Church Lane.", credit="Photo: Fernleigh CC",
     look=[("bold", "Club secretary Bryony Shaw said")],
     body="""
Fernleigh Cricket Club will stream all 18 of its home league matches live on YouTube this season, thanks to two cameras bought with a £2,400 grant from the parish council.

The cameras are mounted on the pavilion roof and at the Church Lane end. Volunteers from the junior section will run the scoreboard graphics, and former captain Alan Rudd has agreed to commentate.

Club secretary Bryony Shaw said the idea came from members who had moved away. "We have former players in Perth and Vancouver who still check our scores every Saturday night. Now they will be able to watch," she said.

**How to watch**

- Search for Fernleigh CC on YouTube
- Matches start at 1pm on Saturdays
- Highlights go up on Sunday evenings

The first stream will be the home game against Bexworth on 2 May. If it rains, the club will show the archive footage of the 1994 village cup final instead, which Alan has promised to commentate as well.

The club is asking everyone in the village to subscribe to the channel, because it needs more subscribers before YouTube will let it stream from a phone when the cameras fail, and to share the link with friends and family who have moved away.
"""),

dict(id="h34-en-007", lang="en", tpl="sanity", section="Sport", date="2026-10-20", byline="Gareth Lowe",
     title="Postman, 58, qualifies for darts world championship",
     sub="Barry Pennock learned to play in his local pub. In December he will play at the world championship.",
     caption="Barry Pennock practising in his garage in Netherby.", credit="Photo: Gareth Lowe",
     carry=["odds", "scores"],
     look=[("dropcap", "A 58-year-old postman"), ("highlight", "His first-round prize money")],
     body="""
A 58-year-old postman who learned to play darts in his local pub has qualified for the world championship at his first attempt.

Barry Pennock, from Netherby, won four matches in a single day at the qualifying event in Milton Keynes on Sunday, beating two former tour card holders on the way.

He said he still could not quite believe it. "I had booked Monday off work in case I was tired. I did not think I would be booking three weeks off in December," he said.

Mr Pennock has played for the Kings Arms team in the Netherby and District League for 31 years. He practises for an hour every night on a board in his garage, which meant his wife Carol had to start parking the car on the drive.

## First-round draw

The draw for the first round will be made on 1 November. Qualifiers usually face one of the seeded players, and the bookmakers have him among the longest-priced players in the field.

His first-round prize money is guaranteed at £15,000. That is more than half what he earns in a year on his round.

The Kings Arms will show his match on a big screen. Landlord Gary Fenn said the pub had already sold out its tables for the night.

His employer said it was delighted for him and had agreed to his leave.
"""),

dict(id="h34-en-008", lang="en", tpl="medium", site="The Saltmarsh Letter", kind="indie", section="People",
     date="2026-06-25", byline="Anna Kettlewell",
     title="Forty years behind the counter: Rita Fennimore on closing the village shop",
     sub="The Saltmarsh shop closes on Saturday. We asked Rita what she will miss, and what she won't.",
     caption="Rita Fennimore at the till of the Saltmarsh village shop.", credit="Photo: Anna Kettlewell",
     look=[("italic", "We sat down with her"), ("bold", "How does it feel?"),
           ("bold", "What will you miss?"), ("bold", "And what won't you miss?"), ("bold", "What changed most?"),
           ("bold", "Any advice for the co-op?")],
     body="""
Rita Fennimore opened the village shop in Saltmarsh in 1986 with her late husband, Clive. On Saturday she will lock the door for the last time. The building has been bought by a community group, which plans to reopen it as a co-operative in the autumn.

We sat down with her among the half-empty shelves.

How does it feel?

Strange. I keep picking things up and putting them down again. Forty years is a long time to stand in one place.

What will you miss?

The people. You know everything about a village when you sell it its milk. Who is poorly, who has a new baby, whose son has gone off to university.

And what won't you miss?

Getting up at half past five for the newspapers. And the cash and carry on a Tuesday.

What changed most?

Everyone used to pay with cash. Now it is cards and phones, and the fees on those add up. The post office counter went in 2014, and that took a lot of trade with it.

Any advice for the co-op?

Open early and keep the bread fresh. People will forgive you a lot if the bread is good.

The new co-operative has sold 214 shares so far at £25 each. It will post updates on its plans in a monthly newsletter, and anyone can sign up for it at the shop counter until Saturday.
"""),

dict(id="h34-en-009", lang="en", tpl="magazine", section="Communities", date="2026-09-09", byline="Siân Llewelyn",
     title="The community paper that has not missed a month in 49 years",
     sub="Y Gloch is folded, stapled and delivered by volunteers. Its editor is 81.",
     caption="Megan Pritchard with the first issue of Y Gloch, from March 1977.", credit="Photo: Siân Llewelyn",
     pull="If you pay people, you have to pay them every month.",
     carry=["translated", "gallery"],
     look=[("dropcap", "Every month since 1977"), ("box", "The paper's archive")],
     body="""
Every month since 1977, a team of volunteers in Llanfair Dulas has folded, stapled and delivered Y Gloch, the village's Welsh-language community newspaper.

Its editor for the last 22 years, Megan Pritchard, is 81. She still types most of the paper herself, on a computer in her back bedroom, from handwritten notes pushed through her letterbox.

The paper has 16 pages and a print run of 620 copies. Each issue carries news from the chapel, the school and the young farmers' club, eisteddfod results, birthday greetings and a crossword that readers say is the hardest in Wales.

Subscribers pay £12 a year, and the paper has never taken advertising from outside the valley.

Mrs Pritchard says the secret is that nobody is paid. "If you pay people, you have to pay them every month. Volunteers just turn up," she said.

The paper's archive, every issue since the first, has been scanned by volunteers from the local history society and can now be read online free of charge.

Y Gloch is one of about fifty community papers that still appear across Wales, most of them started in the 1970s to keep Welsh in print at a local level.

Mrs Pritchard has no plans to stop, but she has started training a successor: her great-nephew, Osian, who is 19 and studying journalism in Cardiff.
"""),
]
