# English stories for the hundred-and-seventh held-out part (h107-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h106_en.py (tpl: "mailchimp" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, run_in, tags, widget_style,
# body_caption); "carry" names the residue families a page must carry, among them the three families new in this
# part (readingglasses, bookpacks, stairgates), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph; "mc" holds a
# Mailchimp campaign's own details (the subject line and preheader).
ARTICLES = [
dict(id="h107-en-001", lang="en", tpl="mailchimp", site="The Thrupley Letter", kind="newsletter",
     section="Village life", date="2026-03-12", byline="Ros Pettigrew",
     mc=dict(subject="Thrupley Letter: our busiest year for babies since the 1990s", preheader="Eleven new arrivals, a crowded baby group and a plea for the church hall heating"),
     title="Eleven new babies and a village that has run out of pram space",
     sub="", caption="The Tuesday baby group in St Anne's hall.", credit="",
     carry=["bookpacks"], widget_style=dict(bookpacks=2), run_in=["bookpacks"],
     look=[("italic", "\u201cWe used to be three"), ("br", "Nobody is complaining.")],
     body="""
Subscribe to any parish magazine and you will read about falling numbers. This month, for once, Thrupley St Anne has the opposite problem.

Eleven babies were born to families in the village between February last year and the end of January, according to the health visitors' list shared with the baby group. In most recent years the figure has been three or four.

Nobody can quite explain it. Some of it is the twelve new homes on Orchard Rise, which filled up with young couples last spring. Some of it, says our midwife Gemma Haworth, is simply chance.

\u201cWe used to be three mums and a biscuit tin,\u201d said Kirsty Rowbotham, who started the Tuesday baby group in St Anne's hall in 2019. \u201cLast week we had fourteen adults, nine babies and two grandads.\u201d

Nobody is complaining.

The hall committee has agreed to move the group into the larger room from April and to keep the heating on from half past nine. Two families have offered to lend a second changing mat and a playpen.

**What the village could do**

The committee would like to hear from anyone with a buggy, cot or high chair they no longer need. A swap table will be set out at the next coffee morning, and the school has asked whether any of the older babies' parents would like to visit Thrupley Primary before registering for nursery places next year.

The baby group meets every Tuesday from 10am to 11.30am in St Anne's hall; there is no charge and the kettle is always on.
"""),

dict(id="h107-en-002", lang="en", tpl="tagdiv", site="Brackenfold Live",
     section="Health in Weldedale", date="2026-01-27", byline="Dominic Shawcross",
     title="Toddler's fall on rented flat's stairs prompts call for safety checks",
     sub="The two-year-old spent a night in hospital. Her mother says the landlord had refused to fit a gate.",
     caption="The staircase in the Canal Street flats in Brackenfold.", credit="Photo: Dominic Shawcross",
     tags=["Canal Street flats", "child accidents in Brackenfold"],
     carry=["stairgates"],
     body="""
A two-year-old girl was taken to Weldedale General Hospital last week after falling down a full flight of stairs in a rented flat on Canal Street, Brackenfold.

Her mother, Leanne Okafor, said the girl had climbed out of her bedroom while the family were having breakfast and tumbled from the top landing. She was kept in overnight with a cut to her head and bruising, and is now recovering at home.

Ms Okafor said she had asked the letting agent twice to allow a stair gate to be fixed to the banister, and had been told that screws would damage the woodwork.

\u201cI offered to pay for it myself,\u201d she said. \u201cI just wanted to be allowed to put two screws in.\u201d

The letting agent, Welde Homes, said it would now allow tenants to fit gates and would make good any holes when they leave.

## Common in the under-fives

Figures from the hospital's children's unit show that 64 children under five were treated after falls at home in Brackenfold last year, more than a third of them on stairs.

Health visitor Angela Brierley said parents should:

- fit gates at the top and bottom of every staircase once a baby can crawl
- keep stairs clear of shoes, bags and toys
- move furniture away from windows and landings
- never leave a baby in a bouncer on a table or worktop

Families who are worried about safety at home can ask their health visitor for a visit, or call the Weldedale children's centre on 01632 961 240.
"""),

dict(id="h107-en-003", lang="en", tpl="gatsby", site="Weldedale Evening Echo",
     section="Weldedale libraries and arts", date="2026-02-18", byline="Priya Anand-Walsh",
     title="Brackenfold library doubles its large-print shelves",
     sub="More than 800 new titles have arrived after a bequest from a former reader.",
     caption="Library assistant Colin Threlkeld with the new large-print shelves.", credit="Photo: Priya Anand-Walsh",
     inset=("Some of the 800 titles on the new shelves.", "Photo: Priya Anand-Walsh"),
     carry=["readingglasses"],
     body="""
Readers who struggle with small type have twice as much to choose from at Brackenfold library after the large-print collection was doubled this month.

More than 800 new titles, from crime novels and family sagas to cookery and local history, have been bought with a bequest left by Enid Marsden, a retired schoolteacher who used the library every week until she died last year aged 94.

Her nephew, Graham Marsden, said she had complained for years that she had read everything on the old shelves twice.

\u201cShe would have been thrilled to see it,\u201d he said. \u201cShe always said large print was treated as an afterthought.\u201d

The new shelves run along the window wall of the ground floor, with armchairs and a reading lamp beside them. Staff have also ordered a magnifying reader, which will be delivered in March.

Library manager Sunita Kaur said the large-print books were among the most borrowed in the building and that some readers had been reserving titles months ahead.

\u201cPeople tell us they had given up reading,\u201d she said. \u201cThen they find they can enjoy a novel again without a headache.\u201d

Audiobooks, e-books with adjustable text and a home delivery service for people who cannot get to the library are also available free to anyone with a Weldedale library card.

The library on Market Street is open Monday to Saturday, 9am to 5pm, and until 7pm on Thursdays.
"""),

dict(id="h107-en-004", lang="en", tpl="nuxt", site="Weldedale Morning Post",
     section="Marrowby", date="2026-04-09", byline="Aidan Cromwell",
     title="Marrowby gets its first library in fifty years",
     sub="The new library shares a building with the village surgery and a children's centre.",
     caption="The new Marrowby library on the opening morning.", credit="Photo: Aidan Cromwell",
     carry=["bookpacks"],
     look=[("highlight", "The last library in Marrowby closed in 1976.")],
     body="""
The last library in Marrowby closed in 1976. On Wednesday morning, after half a century of mobile vans and bus trips into Brackenfold, the village opened a new one.

The library takes up the ground floor of the new health and family hub on Station Road, which also houses the village surgery and a children's centre run by the county council.

About 200 people came to the opening, many of them parents with pushchairs. Children's author Megan Dowell read from her picture book about a hedgehog who is afraid of the dark, and the first library card was handed to four-month-old Isla Fenwick.

## What is inside

The library holds about 6,000 books, eight public computers and a children's corner with low shelves and floor cushions. There is a quiet room that community groups can book.

The county council paid £1.4m towards the hub, with the rest coming from the NHS and a housing developer building 300 homes on the edge of the village.

## Why Marrowby, and why this year

Councillor Faye Ambrose said the number of young families in Marrowby had grown by about a quarter since 2020.

\u201cWe kept hearing the same thing from parents,\u201d she said. \u201cThey wanted somewhere to take the children that didn't cost anything.\u201d

The library is staffed three days a week and open with a library card at other times.

It is open Tuesday, Thursday and Saturday from 9.30am to 4pm; rhyme sessions for babies and toddlers start on Thursday 16 April.
"""),

dict(id="h107-en-005", lang="en", tpl="astra", site="The Brackenfold Observer",
     section="Observer people", date="2026-07-15", byline="Harriet Lomax",
     title="\u2018I knew every child by their coat\u2019: the crossing patrol who is hanging up her lollipop",
     sub="Maureen Sadler has seen children across Ferry Road for 31 years.",
     caption="Maureen Sadler at her post on Ferry Road.", credit="Photo: Harriet Lomax",
     look=[("dropcap", "For 31 years")],
     body="""
For 31 years, Maureen Sadler has stood outside Ferry Road Primary in a white coat and a peaked cap. On Friday she will see the children across for the last time. We asked her about it.

**Who talked you into the white coat in 1995?**

My youngest was in reception and the old lollipop man retired. The head teacher asked at the gate if anybody wanted the job. I put my hand up because nobody else did.

**Is Ferry Road busier than it was in 1995?**

The traffic, mostly. When I started you might get a tractor. Now it's vans all morning, and people in a hurry. I used to know every child by their coat. Now I know them by their scooters.

**Any frights at the kerb?**

Two or three. A lorry once came round the bend and didn't see my sign until late. I just stood there and held it up. He stopped, and he apologised to me at the chip shop that evening.

**Which part of Ferry Road mornings will you miss?**

The children telling me things. What they had for tea, whose rabbit has died, who has a wobbly tooth. I have been told some family secrets at that crossing.

**What are the plans for the first free Monday?**

My grandson has asked me to teach him to fish, so that. And I want to sleep past half past seven for once.

The school is holding a farewell assembly for Mrs Sadler at 2.30pm on Friday, and parents are welcome.
"""),

dict(id="h107-en-006", lang="en", tpl="beehiiv", site="Cawdle Notes",
     section="Nature", date="2026-10-06", byline="Tom Ashdown",
     title="Hollins Cawdle's forgotten orchard gives its first crop in decades",
     sub="Volunteers spent two winters clearing brambles from 40 old apple and pear trees.",
     caption="Volunteers picking apples in the Glebe orchard.", credit="Photo: Tom Ashdown",
     body_caption="Old pear trees at the top of the Glebe orchard.",
     body="""
Follow the footpath behind the church in Hollins Cawdle and you will find something that was lost for most of my lifetime: an orchard.

The Glebe orchard was planted, as far as anyone can tell, in the 1890s. By the time I moved here it had disappeared under brambles, ivy and elder, and most people thought it had been grubbed up long ago.

Two winters ago a dozen of us started cutting our way in. We found 40 trees still standing, most of them apples, a few pears and one enormous damson.

**Names we had never heard**

Jean Mellor, who grafts fruit trees as a hobby, has identified eleven varieties so far. Some are familiar, like Bramley and Worcester Pearmain. Others are local apples we had never heard of, including one she believes may be a Cawdle Russet, last recorded in a nursery catalogue in 1911.

This autumn, for the first time in decades, the trees cropped properly. Last Saturday fourteen of us picked about 300kg of fruit in a morning.

Most of it went through a borrowed press in the village hall car park, and the juice was bottled and sold for the church roof fund. The rest was given away at the school gate.

**Cuttings for every garden**

Jean is taking cuttings from every tree this winter so that the varieties can be grafted and planted in gardens around the village.

Anyone who would like a young tree, or would like to help with pruning on the first Saturday of each month, can meet us by the church gate at 10am.
"""),

dict(id="h107-en-007", lang="en", tpl="webnode", site="Dunsmere Green Residents' Association", kind="small", low=0,
     section="News from the Green", date="2026-05-21", byline="Residents' Association committee",
     title="The Dunsmere Green bus shelter is back, with a bench this time",
     sub="", caption="The new shelter on Lowther Road.", credit="Photo: Residents' Association",
     body="""
Photo evidence, for anyone who doubted it: the bus shelter on Lowther Road is finally back.

The old shelter was knocked down by a delivery van in November 2024, and for eighteen months anyone waiting for the 42 into Brackenfold has had to stand in the rain beside a bare concrete base.

The committee wrote to the borough council, the bus company and our ward councillors eleven times. We were told that the shelter belonged to an advertising company, then that it belonged to the council, and then that nobody was quite sure.

In the end it was councillor Beverley Osei who got it sorted. She found the money in the highways budget and chased the contractor until the new shelter went in on Tuesday.

It has a bench this time, which the old one never had, and a timetable case that lights up after dark.

Mr Alan Pryce, who is 87 and catches the bus to the market every Thursday, was the first to sit on the bench. He pronounced it comfortable.

Our thanks to everyone who signed the petition, and to the residents who put out their own chairs by the stop over the winter.

The committee meets next on Monday 8 June at 7.30pm in the Dunsmere Green community room, and all residents are welcome.
"""),

dict(id="h107-en-008", lang="en", tpl="shorthand", site="Weldedale Stories",
     section="Rivers", date="2026-08-30", byline="Eleanor Quarmby",
     title="The last chain ferry on the Welde",
     sub="For 200 years a flat boat on a chain has carried people across the river at Thrupley Staithe.",
     caption="The chain ferry halfway across the Welde.", credit="Photo: Eleanor Quarmby",
     body_caption="Ferryman Stuart Beddoes winding the ferry across.",
     look=[("br", "It takes him four minutes")],
     body="""
There has been a ferry at Thrupley Staithe since at least 1820. The boat has changed many times, but the idea has not: a flat wooden deck, two chains across the river, and a ferryman turning a handle.

Stuart Beddoes has been that ferryman for twelve years.

It takes him four minutes to cross, a little more when the river is high and pulling at the chains.

## A crossing that saves ten miles

Without the ferry, anyone walking or cycling from Thrupley to the villages on the far bank has to go round by the bridge at Brackenfold, a journey of more than ten miles.

On a summer Saturday Stuart will take more than 400 people across, most of them walkers on the Welde Way and families with bikes. On a wet Tuesday in February it might be six.

\u201cThe regulars are the best,\u201d he said. \u201cThere is a lady who comes across every morning to feed her sister's cat. She has done it for nine years.\u201d

## Who pays for it

The ferry is owned by a charitable trust and costs about £38,000 a year to run. Fares cover about half. The rest comes from donations, a grant from the parish council and a quiz night in the Staithe Inn every month.

Last winter the trust had to replace both chains after one snapped in a flood, at a cost of £11,000.

The ferry runs every day from Easter to October, from 9am to 6pm, and a single crossing costs £1.50 for adults.
"""),

dict(id="h107-en-009", lang="en", tpl="statamic", site="Hollins Cawdle Gazette",
     section="Cawdle roads and transport", date="2026-06-04", byline="Neil Fairbrother",
     title="Cawdle Lane bridge to reopen after eight months of repairs",
     sub="The 19th-century bridge was closed after a lorry struck its parapet last autumn.",
     caption="Workers finishing the parapet of the Cawdle Lane bridge.", credit="Photo: Neil Fairbrother",
     inset=("The repaired stonework on the east side of the bridge.", "Photo: Neil Fairbrother"),
     pull="Deliveries have been late, and some of my older customers have stopped coming altogether.",
     correction="Correction, 5 June: an earlier version of this story said the bridge would reopen on 12 June. The county council has confirmed the date is 19 June.",
     carry=["correction"],
     body="""
The stone bridge that carries Cawdle Lane over the Welde will reopen to traffic on 19 June, eight months after it was closed when a lorry hit its parapet.

The county council said the repairs had taken longer than expected because the stone used in the original bridge, built in 1842, is no longer quarried. Masons had to source matching sandstone from a reclamation yard in Yorkshire.

The closure has meant a diversion of about seven miles for drivers between Hollins Cawdle and Brackenfold, and the 17 bus has been running on a shortened route.

\u201cIt has felt like living on an island,\u201d said Carol Whitworth, who runs the village shop. \u201cDeliveries have been late, and some of my older customers have stopped coming altogether.\u201d

The council said a weight limit of 7.5 tonnes would be imposed on the bridge when it reopens, with signs at both ends of the lane.

Walkers and cyclists have been able to use a temporary footway on the bridge since March.

Bus timetables for the 17 will return to normal from the first Monday after the reopening.
"""),
]
