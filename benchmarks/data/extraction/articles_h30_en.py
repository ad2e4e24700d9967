# English stories for the thirtieth held-out part (h30-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields as in articles_h29_en.py: tpl (page template: "tagdiv" is new in this part, the others are layouts
# of earlier parts), low, only, carry (residue families the page must carry: the three families new in this part,
# and the earlier ones that need a reason in the story, are only placed where a real site would put them), choose,
# avoid, site, sub, standfirst, pull, watch, tags (the tagdiv article's tags), correction, and score (the scoreline a
# match-centre card prints above or inside a sports story that carries "scores").
ARTICLES = [
dict(id="h30-en-001", lang="en", tpl="tagdiv", site="Kessler Falls Ledger", section="Prep Sports", date="2026-03-01",
     byline="Dana Wojcik",
     title="Kessler Falls girls win first regional title since 1995",
     sub="Junior guard Talia Brennan scored 22 points as the Hawks came back to beat Dunmore Valley 58-51.",
     caption="Kessler Falls players celebrate at Harmon Gym on Saturday night.", credit="(Photo: Dana Wojcik)",
     tags=["Kessler Falls Hawks", "girls basketball", "Dunmore Valley"],
     carry=["scores"], score="FINAL · Kessler Falls 58, Dunmore Valley 51",
     body="""
The Kessler Falls High School girls' basketball team won its first regional championship in 31 years Saturday night, beating Dunmore Valley 58-51 in front of a sold-out crowd at Harmon Gym.

Junior guard Talia Brennan scored 22 points, including four free throws in the final 40 seconds, after the Hawks had trailed by nine at halftime.

## A second-half turnaround

Coach Denise Okafor said she told her players at the break to stop rushing their shots.

"We were playing their game," Okafor said. "In the third quarter we finally started playing ours."

Kessler Falls held Dunmore Valley to eight points in the third quarter and took the lead for good on a corner three by senior Maddie Voss with 5:12 left.

"I just didn't want it to end," Voss said.

## Livestream trouble

Hundreds of fans who could not get tickets tried to follow the game on the school district's streaming app, which stopped working midway through the second quarter. The district said nearly 4,000 devices had tried to connect at once, four times the usual number.

District spokesperson Rob Kaminski apologized and said the full game would be posted on the district's YouTube channel by Monday.

## On to the quarterfinals

The Hawks will play in the state quarterfinals next weekend. Details released by the state association on Sunday:

- the game is Saturday at 2 p.m. at Lindell Arena in Harrisville;
- tickets are $8 for adults and $4 for students, sold online only;
- a fan bus will leave the high school at 10:30 a.m.

The last Kessler Falls team to reach the state quarterfinals, in 1995, lost by two points.

Brennan already knows that score. "Coach reminds us every day," she said.
"""),

dict(id="h30-en-002", lang="en", tpl="storybody", section="Travel", date="2026-09-22", byline="Owen Pritchard",
     title="Rail line to close for nine days while Lenn Mill bridge is replaced",
     sub="Replacement buses will add up to 50 minutes to journeys between Ashwick and Kelbourne.",
     caption="The railway bridge over the River Lenn at Lenn Mill.", credit="Image: Owen Pritchard",
     carry=["travel"], choose={"travel": 1},
     body="""
Trains will not run between Ashwick and Kelbourne for nine days next month while engineers replace a 140-year-old railway bridge over the River Lenn.

Network Rail said the line would close from 11 to 19 October. Replacement buses will run between all stations, adding up to 50 minutes to journeys.

## Why the bridge is being replaced

The cast-iron bridge at Lenn Mill was built in 1886. Inspections last year found cracking in two of its main girders, and trains have been limited to 20mph over it since February.

The new steel deck will be lifted into place by one of the largest mobile cranes in the country, which will arrive in 28 separate lorry loads.

## What passengers should do

Passengers are being advised to:

- allow extra time, especially for connections at Kelbourne;
- check before travelling, as bus times differ from train times;
- subscribe to the operator's free text alerts for the route.

Season ticket holders will be able to claim a partial refund for the nine days.

Commuter Hannah Leckie, who travels from Ashwick to Kelbourne every weekday, said the closure was "annoying but overdue".

"I'd rather have nine days of buses than a bridge falling down," she said.
"""),

dict(id="h30-en-003", lang="en", tpl="cms", section="Football", date="2026-05-10", byline="Kieran Moss",
     title="Last-gasp header keeps Wexley United in the league",
     sub="Callum Rees scored in the fourth minute of stoppage time to beat Orrington Athletic.",
     caption="Callum Rees heads the winning goal at Brook Lane.", credit="Photograph: Kieran Moss",
     carry=["scores"], score="FT · Wexley United 2-1 Orrington Athletic",
     body="""
Wexley United avoided relegation on the final day of the season after defender Callum Rees scored with a header in the fourth minute of stoppage time to beat Orrington Athletic 2-1.

Defeat would have sent the club down to the regional leagues for the first time since 1979.

## Ninety-four minutes

Orrington took the lead just before half-time through a penalty, and United's hopes looked over when their rivals Castleby went ahead in their own match at the same time.

Substitute Jordan Aziz equalised on 71 minutes. Rees, who had not scored all season, met a corner from Aziz at the near post with the last touch of the game.

"I closed my eyes and hoped," Rees said.

## Celebrations, then questions

Hundreds of supporters ran onto the pitch at the final whistle. The club said stewards had cleared the field within ten minutes and that nobody was hurt.

Manager Steve Holroyd said the club needed to learn from a season in which it won only eight of 38 matches.

"We can't do this to people again," he said. "Next year has to be different."

The club also confirmed that season ticket prices will be frozen. Supporters who renew before 30 June will pay:

- £190 for adults;
- £95 for over-65s and students;
- £25 for under-16s.

Highlights of the match will be shown on the club's website and app from Monday.
"""),

dict(id="h30-en-004", lang="en", tpl="semantic", section="Business", date="2026-02-17", byline="Nadia Farouk",
     title="Village shop kept open by veg box subscriptions",
     sub="Brindle St Mary's only shop now packs 180 boxes a week.",
     caption="Priya and Daniel Osei in their shop in Brindle St Mary.", credit="Photo: Nadia Farouk",
     low=0,
     body="""
The only shop in Brindle St Mary has been saved from closure by a subscription scheme that now supplies 180 households with a weekly box of fruit and vegetables.

Owners Priya and Daniel Osei warned last autumn that they would have to shut the shop in the spring unless takings rose by about £600 a week.

## A box a week

Customers pay £14 a week for a box packed with produce from farms within 20 miles of the village. They can pause their subscription for holidays, and cancel at any time.

Subscribers collect their boxes from the shop on Fridays, and most buy something else while they are there, Mr Osei said.

"The boxes pay the rent. What people buy on top of the box pays us," he said.

## Cookies and cake

The shop has also started selling cakes and cookies baked by two retired teachers in the village, who give half of their takings to the primary school.

Parish council chair Eileen Maddox said the village had come close to losing its shop in 2012 as well.

"People don't realise what they've got until it's nearly gone," she said.

The Oseis said they would now like to:

- open on Sunday mornings;
- take on a part-time assistant;
- add a bread subscription next year.
"""),

dict(id="h30-en-005", lang="en", tpl="regional", section="Obituaries", date="2026-03-03", byline="Helen Gatward",
     title="Tributes to lollipop lady who saw three generations across the road",
     sub="Patricia Dunmore was a school crossing patrol in Ellerby for 42 years.",
     caption="Patricia Dunmore on Station Road in 2019, the year she retired.", credit="Picture: Dunmore family",
     carry=["condolence"],
     body="""
Tributes have been paid to Patricia Dunmore, who helped children across Station Road in Ellerby as a school crossing patrol for 42 years, after her death at the age of 81.

Mrs Dunmore, known to pupils as Auntie Pat, started the job in 1977 and retired only in 2019, when the council presented her with a long-service award.

## 'She knew every name'

Headteacher Gareth Ince said she had seen three generations of some families safely to the gates of Ellerby Primary School.

"She knew every child's name, and usually their grandparents' names too," he said.

Former pupils shared memories online after her family announced her death. Several recalled that she kept a tin of mints in her coat pocket for anyone who was having a bad morning.

## A life in the village

Born in Ellerby in 1944, Mrs Dunmore worked at the town's hosiery factory before taking the crossing job, which she said fitted around her own children.

She sang in the church choir for more than 50 years and ran the village's Christmas lights appeal.

She is survived by her husband, Ken, three children and seven grandchildren.

Her funeral will be held at St Wilfrid's Church on 14 March at 11am. The family has asked people who wish to attend to wear something yellow, the colour of her coat.

"That's how everyone will remember her," her daughter Joanne said.
"""),

dict(id="h30-en-006", lang="en", tpl="magazine", section="Culture", date="2026-06-13", byline="Imran Qureshi",
     title="Forty years behind the lens at Stallbridge market",
     sub="Leonard Achebe has photographed whoever stops at his table every Saturday since 1986.",
     caption="Leonard Achebe at his folding table at the end of Stallbridge market.", credit="Photo: Imran Qureshi",
     pull="A photograph is a loan",
     carry=["series"],
     body="""
Every Saturday since 1986, Leonard Achebe has set up a folding table at the end of Stallbridge market and photographed whoever stops by.

He has never charged for a portrait. Sitters get a print the following week, and Mr Achebe keeps the negative.

## An archive of a town

There are now more than 31,000 negatives in boxes in his spare room, each labelled with a date and, where he knows it, a name.

Last year a local history group offered to scan them. Volunteers have so far digitised the photos from 1986 to 1992, and those will be shown at the town museum from next month.

"People come in looking for their mum, or for themselves at seven years old," said volunteer Ruth Hennessy. "Then they stay for an hour."

## Asking permission

Mr Achebe says he has always asked before taking a picture, and he has always honoured requests to destroy one.

"A photograph is a loan," he said. "The face still belongs to the person."

The museum will not put any photo online if the person in it, or their family, objects. Anyone who wants a picture withdrawn can:

- email the museum;
- fill in a form at the front desk;
- tell Mr Achebe himself, at his table, any Saturday.

He has no plans to stop.

"The market has changed. The people haven't," he said.
"""),

dict(id="h30-en-007", lang="en", tpl="squarespace", site="Hollin Bank Community Orchard", section="Orchard news",
     date="2026-09-15", byline="Sally Ferns",
     title="Apple Day is back, with a community pressing and a cider tent",
     sub="Saturday 4 October, 11am to 4pm, at the orchard on Hollin Bank.",
     caption="Volunteers picking Keswick Codlins last weekend.", credit="Photo: Martin Ayre",
     carry=["calendar"], choose={"calendar": 0},
     body="""
Our Apple Day returns to the orchard on Saturday 4 October, from 11am to 4pm, after two years in which bad weather and a poor harvest forced us to cancel.

This year's crop is the best since the orchard was planted in 2009. Volunteers picked more than 600kg of apples from the old varieties alone last weekend.

## What's on

The day will include:

- a community pressing, so bring your own apples and bottles;
- apple identification with the county pomologist, Dr Ann Liddle;
- a new cider tent run by the Hollin Bank Brewing Co-op;
- children's games and a longest-peel competition.

Entry is free. Food will be sold by the Scout group, and all the money from the cider tent goes to the orchard fund.

## Help wanted

We still need people to run the pressing and the car park, in two-hour shifts. If you can help, speak to Martin at the Wednesday work party or reply to this month's members' newsletter.

"Apple Day is the one day of the year the whole village comes up the hill," said our chair, Sally Ferns.

Last year's cancellation hit the orchard's finances, she said, because the day normally raises about £1,200 towards tree surgery and new fencing.

Please leave dogs at home this year, apart from assistance dogs.
"""),

dict(id="h30-en-008", lang="en", tpl="typo3", site="Glanmorfa County Council", section="News",
     date="2026-01-20", byline="Communications team",
     title="Food waste to be collected every week across the county",
     sub="About 14,000 rural homes will move from fortnightly to weekly collections from 2 March.",
     caption="The new 23-litre food waste caddy.", credit="Photo: Glanmorfa County Council",
     carry=["easyread"],
     body="""
Food waste will be collected every week from all households in the county from 2 March, the council's cabinet agreed on Tuesday.

At present, food waste is collected every two weeks in rural areas and weekly in the towns. The change will bring about 14,000 homes in villages and on farms into the weekly service.

## What residents need to do

Every household will receive a new 23-litre outdoor caddy and a roll of liners in February. Residents are asked to:

- put the caddy out by 7am on their usual collection day;
- use only the compostable liners supplied, or newspaper;
- keep the lid locked to stop animals getting in.

Collection days will not change for most homes. Households whose day is changing will get a letter.

## Reminders by app

Residents can download the council's free Bins and Recycling app to see their collection day and set a reminder for the evening before. The app does not require an account.

Cabinet member for the environment, Cllr Rhian Pugh, said food waste still made up almost a third of what was thrown away in black bags.

"Weekly collections are simpler to remember, and they stop caddies getting smelly in summer," she said.

The food waste goes to an anaerobic digestion plant near Llanfaredd, where it is turned into electricity and fertiliser.
"""),

dict(id="h30-en-009", lang="en", tpl="medium", site="The Carrick Commons", section="Schools", date="2026-04-28",
     byline="Esther Lindqvist",
     title="Why so few of Carrick's children walk to school",
     sub="Our survey of 1,140 parents found two in three primary pupils are driven every day.",
     caption="Parked cars on Quarry Road at 8.40am on a school day.", credit="Photo: Esther Lindqvist",
     carry=["chart"], choose={"chart": 0},
     body="""
Two in three primary school children in Carrick are driven to school every day, according to a survey of 1,140 parents carried out by The Carrick Commons and the town's three primary schools.

Only 21% of the children walk, and 9% cycle or scoot. The rest come by bus or by a mix of car and foot.

## Distance isn't the main reason

Most of the families who drive live less than a mile from school. Asked why they drove anyway, parents most often chose:

- traffic on the roads near school (58%);
- the lack of a crossing on Quarry Road (41%);
- dropping off on the way to work (39%).

Several parents wrote that they would be happy for their children to walk if other children did.

"It's a circle," said Dr Imogen Farr, who helped design the survey. "Parents drive because the roads are busy, and the roads are busy because parents drive."

## What could change

The county council said it would look at the results when it reviews school streets, which close the roads outside schools to traffic at the start and end of the day.

Two of the schools have already asked to take part.

Headteacher Marcus Dale said he would like to see a walking bus from the estates east of the river.

"Give me ten parents in high-vis jackets and we'll start after Easter," he said.
"""),
]
