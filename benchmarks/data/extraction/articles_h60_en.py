# English stories for the sixtieth held-out part (h60-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h58_en.py (tpl: "sharepoint" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (housingbids, warmspace,
# communitygrant), which are placed only on stories where a real site would print them.  On the sharepoint pages,
# "author_role" is the author's job title on the persona card, and a block of lines starting with "| " is a story
# table (a table inserted in the Text web part; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h60-en-001", lang="en", tpl="sharepoint", site="Brackenhurst District Council", kind="public",
     section="Housing", date="2026-03-19", byline="Nadia Whitcombe", author_role="Communications Officer",
     title="First council homes in forty years handed over at Fenwick Yard",
     sub="Thirty-six homes on the old bus depot site are let at social rent, and the first tenants moved in on Monday.",
     caption="The new terraces at Fenwick Yard, Brackenhurst.", credit="Photo: Brackenhurst District Council",
     carry=["housingbids"],
     look=[("highlight", "All 36 homes are let at social rent")],
     body="""
The first tenants have moved into Fenwick Yard, the council's first newly built homes since 1986, on the site of the old Wessex Road bus depot.

All 36 homes are let at social rent, about half of what a similar home costs to rent privately in the town. They were built for the council by Harlow & Dean at a cost of £9.4 million, with £2.1 million from Homes England.

The first keys went to Carla and Jon Eames, who had spent two years with their three children in a one-bedroom flat above a takeaway in Market Street. "The kids have a garden. They keep running out of the back door just to check it's still there," Carla said.

## What has been built

- 12 one-bedroom flats, two of them fitted for wheelchair users
- 16 two-bedroom houses
- 8 three-bedroom houses with a downstairs shower room
- a shared cycle store and 14 electric car charging points

## What tenants pay

| Home | Weekly rent | Service charge
| One-bedroom flat | £96.40 | £8.10
| Two-bedroom house | £114.75 | none
| Three-bedroom house | £127.20 | none

Every home has an air-source heat pump and solar panels, and the council expects heating bills to be well under half those of its older homes.

Councillor Sunil Varma, cabinet member for housing, said more than 2,300 households were on the district's waiting list. "Thirty-six homes will not clear that. But we have shown we can build again, and the next 60 at Orchard Lane go to planning in June."

Tenants with questions about their new home can contact the Fenwick Yard housing officer on 01632 960 418.
"""),

dict(id="h60-en-002", lang="en", tpl="wordpress", section="Community", date="2026-01-14", byline="Rhys Pendleton",
     title="Sallowby library's warm room stays open until April after 3,000 visits",
     sub="Volunteers serve soup on Tuesdays and Thursdays, and the county has found the money to keep the heating on longer.",
     caption="The warm room at Sallowby library on a Tuesday lunchtime.", credit="Photo: Rhys Pendleton",
     carry=["warmspace"],
     look=[("dropcap", "The warm room at Sallowby library")],
     body="""
The warm room at Sallowby library will stay open until the end of April, a month longer than planned, after more than 3,000 visits since it opened in November.

The room, the old reference library on the first floor, is open whenever the library is. Anyone can sit there for as long as they like without being asked to borrow anything.

Librarian Kath Ormerod said most of the regulars were older people living alone, but the numbers had changed over the winter. "In December we started seeing young mums with babies and people who work from home. They said the same thing: it costs too much to heat the house all day for one person."

The county council found £4,800 to cover the heating and the longer opening hours until April.

## What is on offer

- soup and bread at lunchtime on Tuesdays and Thursdays, made by volunteers from St Bride's
- board games, jigsaws and the daily papers
- a table with sockets for charging phones and laptops
- help with energy bills from Citizens Advice on the first Monday of the month

Nobody has to sign in, and nobody is asked why they have come. The library's friends group has been spreading the word through its newsletter and the parish magazine.

"Some people come for the soup and stay all afternoon. One gentleman told me it was the first time he'd spoken to anyone in a week," Ormerod said.

The warm room is open Monday to Saturday from 9.30am to 5pm, and until 7pm on Thursdays.
"""),

dict(id="h60-en-003", lang="en", tpl="amp", section="Villages", date="2026-05-06", byline="Imogen Thursfield",
     title="Pellow Cross village hall reopens with a new roof, a new kitchen and a waiting list",
     sub="Two years of fundraising, £186,000 and a great many cakes later, the 1923 hall is back in use.",
     caption="Volunteers on the steps of Pellow Cross village hall on reopening day.", credit="Photo: Imogen Thursfield",
     carry=["communitygrant"],
     body="""
Pellow Cross village hall reopened on Saturday after nineteen months behind scaffolding, with a new slate roof, a new kitchen and a floor that no longer bounces.

The hall was built in 1923 by men back from the war, on land given by the Lister family. By 2023 rain was coming through the roof in four places and the committee closed it after a ceiling board fell onto the stage.

Rebuilding cost £186,000. The largest amounts came from the National Lottery and the district council's community fund, and villagers raised £41,000 themselves through quizzes, a sponsored walk and a cake stall that ran every Saturday for a year.

**Booked before the paint dried**

Treasurer Gillian Marsh said the diary was full on weekday evenings until October. The hall has taken back its old regulars, among them the playgroup, the short mat bowls club and the Women's Institute, and picked up new ones.

"We've got a yoga class, a Saturday film club and a lady who teaches Portuguese. We never had any of that before," she said.

**A kitchen fit for weddings**

The new kitchen has a commercial oven and a serving hatch, so the hall can be hired for wedding receptions and wakes for the first time.

"It felt like the village had lost its front room."

That was how Frank Ellery, 88, who was married in the hall in 1961, described the months it stood empty.

Bookings are taken by Gillian Marsh on 01632 960 775.
"""),

dict(id="h60-en-004", lang="en", tpl="table", section="Housing", date="2026-02-10", byline="Marcus Ogunleye",
     title="'Most people I meet had a bed last month': an outreach worker on sleeping rough in Dunmore",
     sub="The number of people found sleeping on Dunmore's streets has doubled in a year. We walked the early round with the woman who finds them.",
     caption="Outreach worker Sinead Mallory on her early round in Dunmore town centre.", credit="Photo: Marcus Ogunleye",
     carry=["housingbids"],
     look=[("bold", "What time does the round start?"), ("bold", "Who are you finding?"), ("bold", "Why has it doubled?"),
           ("bold", "What happens next?"), ("bold", "And the ones who say no?")],
     body="""
Dunmore's last street count found 23 people sleeping rough in the town, against eleven a year earlier. Sinead Mallory, who has worked for the Harbour Trust's outreach team for nine years, walks the town centre three mornings a week to find them. We went with her.

What time does the round start?

Half five. That's the only time you know people will be where they slept. By eight they've packed up and gone, and they don't want to be seen.

Who are you finding?

More and more people who had a tenancy a few weeks ago. Most people I meet had a bed last month. Their landlord sold up, or the rent went up by two hundred pounds, and they had nowhere to go.

Why has it doubled?

Rents. A one-bedroom flat here went from about £600 to £850 in two years. Housing benefit hasn't moved.

What happens next?

If they agree, we get them into the assessment hub that morning, where they can shower, eat and talk to the council's housing team. Some are in a room the same night.

And the ones who say no?

We keep coming back. Somebody once said no to me 40 times and yes on the 41st. He has a flat in Carver Street now and sends me a Christmas card.

Anyone worried about someone sleeping rough can tell the outreach team through StreetLink or by ringing 0300 500 0914.
"""),

dict(id="h60-en-005", lang="en", tpl="semantic", section="Villages", date="2026-06-02", byline="Lucy Arkwright",
     title="Bake sale buys Thornbury a defibrillator for the village shop wall",
     sub="Pupils at Thornbury Primary raised £1,420 in two afternoons, and a first-aid session is planned for July.",
     caption="Pupils from Thornbury Primary with the new defibrillator outside the village shop.", credit="Photo: Lucy Arkwright",
     low=0,
     body="""
Cookies, flapjacks and a raffle have bought Thornbury a defibrillator, which was fixed to the wall of the village shop on Friday.

Pupils at Thornbury Primary raised £1,420 at two after-school bake sales in May. The idea came from Year 6, after one pupil's grandfather collapsed at a bowls match in a neighbouring village last winter and was saved by a defibrillator kept at the clubhouse.

"We thought, what if it happened here? The nearest one was three miles away," said Ellie Stanton, 11, who designed the posters.

The nearest ambulance station is in Harlow Bridge, twelve miles away, and the parish council said response times in the village often passed twenty minutes.

The machine sits in a heated yellow cabinet that unlocks when a 999 caller is given the code. It talks the user through every step, and cannot give a shock unless one is needed.

Shop owner Dev Patel is paying for the electricity. "It's the least useful thing I've ever sold space for, and I hope it stays that way," he said.

The school plans to run a free first-aid and defibrillator session in the village hall on Saturday 11 July, led by a paramedic from the ambulance trust.

Follow the Thornbury village Facebook page for details of the session.
"""),

dict(id="h60-en-006", lang="en", tpl="storybody", section="Sport", date="2026-08-04", byline="Callum Ferraby",
     title="Sunday league needs 30 more referees before the season starts",
     sub="Some games went ahead last winter with a parent holding the whistle. The league is now paying for new referees' courses.",
     caption="A referee at a Wyre Valley Sunday League match last season.", credit="Photo: Callum Ferraby",
     body="""
The Wyre Valley Sunday League says it is 30 referees short, five weeks before the new season kicks off.

Last season 64 matches went ahead with a club official or a parent in charge, and nine were called off altogether because nobody could be found. The league has 48 teams in four divisions.

League secretary Bernie Coates said abuse from the touchline had driven several younger referees out of the game. "We lost seven in one season. Two of them were seventeen. That's not a shortage, that's us chasing them away."

## What the league is offering

- the £180 basic referee course paid for in full
- a mentor who watches new referees for their first five games
- a kit bag, whistle, cards and flags on passing
- an agreement that any club whose supporters abuse a referee loses three points

## Not just for young people

The league says it would welcome older recruits. Its longest-serving referee, Terry Nuttall, took the course at 52 and is still refereeing at 71.

"The fitness test is not what people think. If you can jog for a bit, you can referee Sunday football," he said.

Clubs voted in June to support the three-point rule, which the league believes is the first of its kind in the county.

The next course runs over two Saturdays, 22 and 29 August, at Hambleton Leisure Centre.
"""),

dict(id="h60-en-007", lang="en", tpl="ghost", section="Community", date="2026-04-22", byline="Esther Kilbride",
     title="Mossgate's community fridge saves eleven tonnes of food in its first year",
     sub="Supermarkets, bakeries and allotment holders stock it. Anyone can help themselves.",
     caption="The community fridge in the Mossgate Residents' Association hut.", credit="Photo: Esther Kilbride",
     only=["correction"],
     correction="Correction: this story first said the fridge was run by the town council. It is run by Mossgate Residents' Association, and we have changed the story.",
     look=[("callout", "Anyone can take food from the fridge")],
     body="""
Share what you can, take what you need: a year after the Mossgate community fridge opened, its volunteers say it has kept more than eleven tonnes of food out of the bin.

The fridge, two fridges and a set of shelves in the Residents' Association hut on Tanner Row, is stocked every day by two supermarkets, three bakeries and a greengrocer, and in summer by allotment holders with more courgettes than they can eat.

Anyone can take food from the fridge, and there are no forms and no questions. Volunteers check the temperatures twice a day and throw out anything past its use-by date.

Coordinator Femi Adeyemi said people had been slow to come at first. "For the first month people would hover at the door. They thought there had to be a catch, or that it was only for people on benefits. It isn't. It's for food that would otherwise be thrown away."

About 140 people now use it every week. Volunteers have counted nurses on their way home from night shifts, students and pensioners, as well as families.

Bread goes first, usually within an hour of the bakery drop at four o'clock. Fruit and vegetables come next.

The association wants a third fridge for dairy and is asking local businesses to help.

The fridge is open every day from 10am to 7pm.
"""),

dict(id="h60-en-008", lang="en", tpl="sanity", section="Transport", date="2026-07-08", byline="Tobias Renwick",
     title="Wend ferry sails again after two summers, on an electric boat",
     sub="The crossing between Ashlow Quay and Little Wend was saved by a trust of 400 villagers.",
     caption="The electric ferry Kittiwake at Ashlow Quay.", credit="Photo: Tobias Renwick",
     look=[("dropcap", "The ferry across the Wend"), ("italic", "It was 1,200 metres by water")],
     body="""
The ferry across the Wend is running again after two summers without it, and for the first time since 1952 it makes no noise.

The crossing between Ashlow Quay and Little Wend has been worked by a ferryman since at least the 1700s. It stopped in 2024 when its last operator, Alan Pryce, retired and nobody would buy his diesel launch.

It was 1,200 metres by water and eleven miles by road.

A trust set up by villagers on both banks raised £96,000 from 400 shareholders and two grants to buy the Kittiwake, a 12-seat electric boat built in Cornwall. Its batteries are charged overnight from solar panels on the roof of the Ashlow boathouse.

## Who crosses

The trust expects most passengers to be walkers on the coast path and cyclists, but the ferry is also how Little Wend's children used to reach the primary school in Ashlow, and the trust hopes some families will use it again.

Skipper Holly Brannigan, one of four volunteers trained to run the boat, said the first day had 212 passengers. "Half of them wanted to ride it just to say they had. One man crossed six times."

## Fares and times

A single crossing costs £2 for adults and 50p for children and bicycles. Shareholders cross free.

The ferry runs every half hour from 9am to 6pm, from Easter to the end of October, weather permitting.
"""),

dict(id="h60-en-009", lang="en", tpl="drupal", section="Roads", date="2026-09-15", byline="Priya Castellan",
     title="Ashcombe asks for 20mph limit after survey finds drivers at 52mph by the school",
     sub="Parish councillors want the lower limit on four roads through the village, and the county will consult in the autumn.",
     caption="The speed survey camera on Church Road, Ashcombe.", credit="Photo: Priya Castellan",
     carry=["map"],
     look=[("box", "The survey counted 41,000 vehicles")],
     body="""
Ashcombe Parish Council has asked the county council for a 20mph limit through the village, after a week-long survey recorded a car at 52mph outside the primary school.

The survey counted 41,000 vehicles on Church Road in seven days. Average speeds were 27mph, and one driver in six was going faster than 35mph in a 30 zone.

The parish wants the new limit on four roads:

- Church Road, from the Lamb Inn to the school
- Mill Lane
- Station Hill, as far as the railway bridge
- the lane past the village green

**Parents have been asking for years**

Headteacher Joanne Firth said parents had asked for slower traffic since before she joined the school in 2017. "We tell children to cross at the lights, and they do. The problem is that some drivers treat the lights as a suggestion," she said.

**Not everyone agrees**

Some residents on the outskirts of the village fear the lower limit will be ignored without cameras. Farmer Glyn Roberts told the parish meeting that tractors would slow everyone down anyway.

The county council says 20mph limits cost about £15,000 a road in signs and lines, and that it will consult everyone in the village before it decides.

The parish clerk, Anne Mowbray, is collecting comments until 30 September, and residents can contact her at the parish office on Church Road.
"""),
]
