# English stories for the ninety-eighth held-out part (h98-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h96_en.py (tpl: "avada" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, inset, body_caption, correction, look, run_in, tags);
# "carry" names the residue families a page must carry, among them the three families new in this part
# (snowwardens, blooddonors, councilrebates), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h98-en-001", lang="en", tpl="avada", site="The Dunsey Valley Herald",
     section="Weather", date="2026-01-14", byline="Hattie Brennand",
     title="Brackenhowe dug out by its own neighbours after four days behind the drifts",
     sub="Snowploughs could not reach the fell village until Sunday, so a dozen residents with shovels and a tractor opened the lane themselves.",
     caption="The lane above Brackenhowe on Saturday morning.", credit="Hattie Brennand",
     carry=["snowwardens"],
     look=[("dropcap", "For four days the only way"), ("highlight", "The county council has now asked")],
     body="""
For four days the only way in or out of Brackenhowe was on foot, and even that meant wading through drifts that reached the top of the field gates.

The fell village, which sits at the head of the Dunsey valley at almost 300 metres, was cut off on Wednesday night when wind blew the week's snow off the moor and into the single lane that links it to Kettle Ash.

**Digging out the lane**

By Friday morning the residents had stopped waiting. Farmer Tom Ellerby brought his tractor and a front loader, and eleven neighbours followed with shovels, working from both ends of the worst drift until they met in the middle shortly after dark.

"We had a woman of 91 in the end cottage and a baby due any day at the farm," said Sally Pickersgill, who runs the village's WhatsApp group. "Nobody was going to sit and look at it."

The county council's ploughs reached Brackenhowe on Sunday afternoon. A spokesman said the main routes had to come first and thanked the villagers for their work.

The county council has now asked Brackenhowe to join its volunteer snow warden scheme, which gives villages a stock of grit, shovels and insurance in return for clearing their own pavements and lanes. Mrs Pickersgill said eight people had already put their names down.

The village hall will be open as a warm room every afternoon this week from 1pm to 5pm.
"""),

dict(id="h98-en-002", lang="en", tpl="blox",
     section="Health", date="2026-02-03", byline="Marcus Oyelaran",
     title="Quillhampton General appeal passes halfway as blood stocks run low",
     sub="The hospital's £850,000 appeal for a new day unit has reached £431,000, and its staff are asking people to give blood as well as money.",
     caption="Staff outside the day unit at Quillhampton General.", credit="Marcus Oyelaran",
     carry=["blooddonors"],
     look=[("factbox", "The appeal so far")],
     body="""
An appeal to build a new day unit at Quillhampton General Hospital has passed the halfway mark, eight months after it was launched.

The Quillhampton Hospitals Charity needs £850,000 to turn a disused ward on the ground floor into a unit where patients can have chemotherapy, transfusions and minor procedures without being admitted.

## The appeal so far

- £431,000 raised since June
- 1,140 people have given, from £2 to £25,000
- £96,000 came from one sponsored walk along the Dunsey
- building work is due to start in September

Charity director Pauline Ashworth said the response had been humbling. "Almost every family in this town has sat in that corridor waiting for a bed," she said. "People understand why this matters."

Staff are also asking people who can to give blood. Stocks of the most common groups fell to less than four days' supply across the region last month, and several routine operations at the hospital were moved.

Consultant haematologist Dr Ravi Menon said blood given in the Dunsey valley was used in the valley. "The unit we are building will need it every single day," he said.

Please share the appeal with anyone who has been treated at the hospital. Donations can be made at the main reception or through the charity's website.
"""),

dict(id="h98-en-003", lang="en", tpl="hugo",
     section="People", date="2026-07-17", byline="Ellen Mackie",
     title="Thirty-one years of stopping the traffic for Harrowfold's children",
     sub="Brian Coverdale, the village's school crossing patrol, hangs up his lollipop at the end of term.",
     caption="Brian Coverdale at his crossing outside Harrowfold Primary School.", credit="Ellen Mackie",
     look=[("italic", "\u201cThey still call me Mr Lollipop.\u201d")],
     body="""
Brian Coverdale has seen three headteachers, two new road layouts and about 4,000 children across the main road outside Harrowfold Primary School. On Friday he does it for the last time.

The 74-year-old took the job in 1995 after retiring early from the railway. We asked him about it.

**Why did you take it on?**

My granddaughter had just started at the school and the road frightened me. I thought if I was going to worry about it anyway I might as well stand in it.

**Is the road busier now?**

There is twice as much of it and it goes faster. The lorries to the quarry are the worst. Some of them still do not stop, and I have the dents in my lollipop to prove it.

**Do the children still know you?**

Some of them bring their own children across now. One of the mums I crossed in 1996 is a police sergeant.

\u201cThey still call me Mr Lollipop.\u201d

**Your worst moment?**

A car went past me on the wrong side in 2011 with a little boy halfway across. He was fine. I was not, for about a week.

**What comes after the lollipop?**

My allotment, and a lot more sleep in the mornings.

The county council is looking for a new patrol for September. Parents are holding a collection for Mr Coverdale, and a card is at the school office until Thursday.
"""),

dict(id="h98-en-004", lang="en", tpl="kentico", site="Quillhampton and Dunsey Courier",
     section="Council", date="2026-02-26", byline="Jonah Prestwich",
     title="Council tax to rise by 4.99 per cent as Dunsey Vale closes a \u00a36m gap",
     sub="Councillors approved the budget by 29 votes to 17 after a four-hour debate, with cuts to libraries avoided at the last minute.",
     caption="Councillors vote on the budget at Quillhampton Guildhall.", credit="Jonah Prestwich",
     carry=["councilrebates", "correction"],
     correction="This story was corrected on 27 February: the Band D bill rises by \u00a393.40 a year, not \u00a398.40 as first reported.",
     look=[("callout", "The bill for a Band D home")],
     body="""
Households in Dunsey Vale will pay 4.99 per cent more in council tax from April after councillors voted through a budget that closes a funding gap of almost \u00a36 million.

The bill for a Band D home in the district will rise by \u00a393.40 a year, to \u00a31,965.20, once the county, police and fire shares are included.

## Libraries spared

The most contested proposal, to cut opening hours at the Kettle Ash and Tollbury libraries to two days a week, was dropped on the morning of the meeting. Council leader Gwen Haldane said savings would come instead from selling two empty offices on Sheep Street.

Opposition leader Martin Daykin said the rise would hurt families already struggling with energy and food bills. "People in this valley are paying more and getting less," he said.

## Care takes the biggest share

Adult social care will take \u00a341 of every \u00a3100 the council spends next year, up from \u00a337. The budget also sets aside \u00a3400,000 for pothole repairs on the valley roads after the winter.

Councillor Haldane said the council had no choice. "We can raise the money or we can close things," she said. "Tonight we chose not to close things."

Bills will be sent out in the second week of March. Residents who live alone are reminded that they can ask for a discount, and anyone struggling to pay should contact the council before they fall behind.
"""),

dict(id="h98-en-005", lang="en", tpl="djangocms", site="Dunsey Valley Radio",
     section="Dunsey valley sport", date="2026-03-09", byline="Kieran Follett",
     title="Kettle Ash rugby club turns its clubhouse into a blood donation centre",
     sub="Players, parents and the under-12s' coaches will give blood together after a team-mate's transfusions last year.",
     caption="Kettle Ash RFC's clubhouse on Mill Road.", credit="Kieran Follett",
     inset=("Club captain Owen Stirk with the squad's pledge board.", "Kieran Follett"),
     carry=["blooddonors"],
     look=[("box", "Why the club signed up")],
     body="""
Kettle Ash Rugby Club is turning its clubhouse bar into a blood donation centre for two days this spring, and the whole first team has promised to turn up.

The idea came from the players after prop forward Danny Vickers needed fourteen units of blood following a car crash on the A-road to Quillhampton last autumn.

## Why the club signed up

Vickers, who is 26, spent five weeks in hospital and is now back in training. "I would not be here without people I have never met," he said. "The least we can do is fill a few bags back up."

Club captain Owen Stirk said 73 people had pledged to give so far, including parents of the junior sections and members of the veterans' side. The club has challenged Tollbury and Nabb End to beat its total.

The regional blood service said sessions at sports clubs were some of its most successful because people came in groups and brought friends who had never given before.

New donors have to be between 17 and 65 and weigh at least 50 kilograms. People who have had a tattoo in the last four months are asked to wait.

The clubhouse sessions are on Mill Road, with free parking on the training pitch.
"""),

dict(id="h98-en-006", lang="en", tpl="umbraco", site="Quillhampton Evening Star",
     section="Fells and farms", date="2026-04-11", byline="Ruth Colebatch",
     title="Sheepdog found on Harrowfold Fell eleven days after vanishing in a storm",
     sub="Meg, a seven-year-old collie, was spotted by walkers in a gully two miles from the farm she ran from.",
     caption="Meg back at home at High Scar Farm.", credit="Ruth Colebatch",
     look=[("bold", "She had lost a third of her weight.")],
     body="""
A sheepdog missing on the fells above Harrowfold for eleven days has been found alive and brought home to her farm.

Meg, a seven-year-old border collie, bolted during a thunderstorm on the night of 29 March while she was helping bring ewes down from the top fields at High Scar Farm.

Her owner, Alan Tennant, searched every day with neighbours, and a post about her was shared more than 6,000 times. Walkers from as far away as Leeds sent in sightings.

On Thursday two walkers heard barking from a gully beneath Crag Top and found her wedged between two boulders beside a beck. They called the number on the posters and stayed with her until Mr Tennant arrived.

She had lost a third of her weight.

The vet who examined her said she had survived by drinking from the beck. Her paws were cut but nothing was broken.

Mr Tennant said the search had shown him how much people cared. He wants to thank:

- the walkers who found her, Jo and Steve Ambler
- the fell rescue team, who checked the gullies on their training night
- everyone who printed a poster or shared a photo

"She is asleep by the Aga and she has not let me out of her sight," he said. "Lambing starts next week and I need her back."
"""),

dict(id="h98-en-007", lang="en", tpl="ucoz", site="Nabb End Village Website", kind="small",
     section="Village news", date="2026-05-20", byline="Nabb End webmaster",
     title="Reading room reopens in the old chapel with new evening hours",
     sub="The village's tiny library is back after a winter of repairs.",
     caption="The reading room in the old Methodist chapel.", credit="Nabb End Village Website",
     body="""
The reading room in the old Methodist chapel has reopened after the winter, with a new roof, a ramp at the front door and, for the first time, evening opening.

The room closed in November when water came through the ceiling during the first storm of the season and soaked two shelves of local history books. Most of them were dried out by volunteers in the airing cupboard of the vicarage.

The repairs cost \u00a37,300. Half of that came from the parish council and the rest from the quiz nights at the Fleece and a sponsored swim by the village's two oldest residents, who between them managed 64 lengths at Quillhampton baths.

The room now has about 1,800 books, a table of jigsaws, the parish records on microfilm and a computer that anyone can use for free. Books can be borrowed without a library card; you write your name in the ledger by the door.

Joan Mossop, who has run the room for nineteen years, said the evening opening was for people who work. "Half the village has never been in because we were only open on weekday mornings," she said.

Volunteers are still needed for Thursday mornings.

The reading room is open on Tuesdays from 5pm to 8pm and on Thursdays and Saturdays from 10am to noon.
"""),

dict(id="h98-en-008", lang="en", tpl="storybody",
     section="Sport", date="2026-06-22", byline="Ffion Harcourt",
     title="Tollbury women's four win at Dunsey regatta for the first time in 40 years",
     sub="The crew beat the holders from Quillhampton by a canvas in the final.",
     caption="The Tollbury four cross the line.", credit="Ffion Harcourt",
     low=0,
     body="""
A crew from Tollbury Rowing Club has won the women's coxed four at the Dunsey regatta, the club's first win in the event since 1986.

The four, who train on the river before work three mornings a week, beat the holders from Quillhampton by a canvas in a final that was rowed into a headwind.

## A young club again

Ten years ago the club had eleven members and a boathouse with a hole in the roof. It now has 140, more than half of them women, after a learn-to-row course started by coach Imogen Latter in 2019.

Three of Saturday's winning crew learned on that course. Bow woman Cerys Pendle, a nurse at Quillhampton General, had never been in a boat until she was 38.

"I came along because my daughter wanted to and I did not want to sit on the bank," she said. "Now she sits on the bank."

## Under the railway bridge

The Tollbury crew were down by almost a length at halfway. Cox Alys Brenton called for a push under the railway bridge, and they drew level with 100 metres to go.

The winning margin was the smallest of the day.

The club's next learn-to-row course starts on 6 July, and places can be booked at the boathouse on Saturday mornings.
"""),

dict(id="h98-en-009", lang="en", tpl="amp",
     section="Transport", date="2026-09-02", byline="Priya Lockhart",
     title="Evening buses to Harrowfold and Nabb End to stop after 7pm",
     sub="The operator blames falling passenger numbers and the end of a council subsidy.",
     caption="The number 46 at Quillhampton bus station.", credit="Priya Lockhart",
     low=0, only=["correction"],
     correction="Amended on 3 September: the last weekday bus will leave Quillhampton at 6.40pm, not 6.10pm as this report first said.",
     look=[("br", "The last buses will now leave")],
     body="""
Subscribers to the Dunsey Rider pass will lose their evening buses to Harrowfold and Nabb End from the end of this month.

Valley Coaches says the number 46 will no longer run after 7pm on weekdays, and that the Sunday service will be cut to four journeys. The company blames a fall in passengers since the pandemic and the end of a county council subsidy worth \u00a3118,000 a year.

The last buses will now leave Quillhampton at 6.40pm on weekdays.

Nurses at Quillhampton General, hospitality workers and students at the college are expected to be hardest hit. Harrowfold parish councillor Liz Barraclough said the change would leave some people unable to get home from a late shift.

"If you do not drive, you are stuck," she said. "There is no taxi firm in the valley after ten."

Valley Coaches said it would look again at the timetable if passenger numbers rose. A county council spokesman said it was talking to the company about a demand-responsive minibus for the evenings.

The new timetable is on display at bus stops and in the library. Comments can be sent to the county's transport team until 20 September.
"""),
]
