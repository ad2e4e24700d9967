# English stories for the forty-second held-out part (h42-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h40_en.py (tpl: "processwire" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, inset, correction, look, section_tag); "carry" names the
# residue families a page must carry, among them the three families new in this part (snow, cinema, blood), which
# are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h42-en-001", lang="en", tpl="processwire", site="Esserte Valley News", section="News from the valley", date="2026-11-27",
     byline="Harriet Combe",
     title="Les Arcelles opens a week early after a metre of November snow",
     sub="Eleven of the ski area's eighteen lifts will turn on Saturday, the earliest start since 2012.",
     caption="Pisteurs marking the Col Blanc run above Les Arcelles on Thursday.", credit="Photo: Harriet Combe",
     inset=("The new eight-seat Pré-Joubert chairlift on its first test run.", "Photo: Les Arcelles lift company"),
     pull="We are not going to pretend we planned this",
     carry=["snow"],
     look=[("dropcap", "The Les Arcelles ski area"), ("factbox", "Opening weekend"),
           ("highlight", "Lift passes bought before")],
     body="""
The Les Arcelles ski area will open on Saturday, a week ahead of schedule, after more than a metre of snow fell on the upper slopes in the last ten days of November.

Eleven of the eighteen lifts will run from the first weekend, including the new Pré-Joubert chairlift, which cost 9.4 million euros and replaces two drag lifts built in the 1970s.

Lift company director Anouk Perrin said the decision was taken on Wednesday evening, once the pisteurs had checked the upper runs. "We are not going to pretend we planned this. Two weeks ago we were worried about the opposite," she said.

About 40 seasonal workers who were due to start on 5 December have been asked to come in early. Most of them live in the valley and were already on call.

## Opening weekend

- Lifts from 8.45am to 4.30pm
- Day pass at the pre-season price of 39 euros
- Beginners' area at Plan du Four free of charge
- Free shuttle from Esserte village every 20 minutes

Lift passes bought before the season at the online discount will be valid from Saturday. The lift company's app now shows queue times at each lift, which Ms Perrin said should spread skiers more evenly across the area.

The village's hotels, many of which were still closed for the autumn, said they were taking bookings again.

Ski schools start lessons for children on 6 December, as planned.
"""),

dict(id="h42-en-002", lang="en", tpl="cms", section="Arts", date="2026-04-09", byline="Oliver Dunstall",
     title="The Rialto in Whitmore Cross reopens after volunteers raise £140,000",
     sub="The 1931 cinema has been closed since a storm damaged its roof three winters ago.",
     caption="Volunteers in the restored auditorium of the Rialto.", credit="Photo: Oliver Dunstall",
     carry=["cinema"],
     body="""
The Rialto, the single-screen cinema that has stood on Whitmore Cross high street since 1931, will show its first film in three years on Friday evening.

A storm in January 2024 tore part of the roof away and flooded the stalls. The owners, who were close to retiring, put the building up for sale, and a group of regulars formed a community benefit society to buy it.

## How the money was raised

The society sold 1,100 shares at £50 each. The rest came from a heritage grant of £62,000 and a sponsored walk from the cinema to the coast and back, which raised £9,300 on its own.

Volunteers then spent eighteen months on the building. The 212 red seats were taken out, cleaned and refitted by hand.

"Every seat has a name on a little brass plate. People paid £25 for that, and some of them bought one for each grandchild," said society chair Marion Asante.

## The opening week

- Friday: The Long Tide (12A), with an introduction by the director
- Saturday: a children's matinee and a silent comedy with a live pianist
- Sunday: Brief Encounter, the first film the Rialto ever showed after the war

The cinema will be run entirely by volunteers, with 64 people on the rota so far. It plans to screen films five days a week and to follow big releases about a month after the multiplexes.

Tickets cost £6.50, or £4 for children, and can be booked at the box office or on the Rialto's own website.
"""),

dict(id="h42-en-003", lang="en", tpl="portal", section="Health", date="2026-07-21", byline="Priya Mendes",
     title="Hospital appeals for O-negative donors as blood stocks fall to two days",
     sub="Sessions in Carrowby and two nearby towns have extra appointments this week.",
     caption="A donor at the blood donation centre at Carrowby Royal.", credit="Photo: Priya Mendes",
     carry=["blood"],
     body="""
Carrowby Royal Hospital has asked people with O-negative blood to book a donation as soon as they can, after stocks of the group fell to less than two days' supply.

The hospital said a run of road accidents, two major operations and a holiday dip in donations had all come in the same fortnight. Non-urgent surgery has not yet been postponed.

O-negative can be given to patients of any blood group and is carried on ambulances and in the emergency department for that reason. Only about one person in fourteen has it.

We asked Lorna Fitch, the senior nurse who runs the donation centre, what new donors need to know.

**Who can give blood?**

Most people aged 17 to 65 who weigh more than 50kg and are in good health. There are rules about travel, tattoos and some medicines, and we check all of that on the day.

**Does it hurt?**

A sharp scratch, then nothing much. Most people are reading their phone within a minute.

**How long does it take?**

About an hour from arriving to leaving, and the donation itself is ten minutes. Then you sit down for tea and biscuits, which is not optional.

**Why the appeal now?**

Summer is always hard. Regular donors go on holiday, and that is exactly when we need them.

The hospital has asked people who have donated before to share the appeal with friends and family.

Extra sessions run at the Carrowby donation centre on Wednesday and Thursday from 8am to 8pm; appointments can be made by calling 0300 555 0194.
"""),

dict(id="h42-en-004", lang="en", tpl="semantic", section="Community", date="2026-09-02", byline="Gareth Lowde",
     title="Allotment waiting list in Fenbridge falls after 40 new plots open",
     sub="Some residents had waited more than six years for a plot.",
     caption="New plots being marked out on the former bowling green.", credit="Photo: Gareth Lowde",
     low=0,
     body="""
Photos of prize onions and runner beans posted by allotment holders have done more for the waiting list than any leaflet, according to the man who keeps it.

Fenbridge Town Council has opened 40 new allotment plots on the site of the old bowling green on Mill Lane, cutting its waiting list from 173 names to 119.

Clerk Simon Achterberg said some of the people who got a plot this month had first applied in 2020. "One gentleman told me he had given up and bought a greenhouse. He is keeping both," he said.

The plots are half the standard size, at 125 square metres, because the council found that many newcomers gave up a full plot within a year. Each has a water butt and a small shed base.

The rent is £38 a year, or £19 for residents over 70 and those on benefits.

The bowling club merged with the club in Hatley in 2024 and handed the green back to the council. Members of both clubs were offered the first chance of a plot, and six took it.

The council says it is looking at a second site behind the cemetery, which could take another 30 plots by 2028.

Residents who want to join the waiting list can ask at the town council office on Market Street.
"""),

dict(id="h42-en-005", lang="en", tpl="storybody", section="News", date="2026-05-18", byline="Ruth Penderel",
     title="Tollerton library reopens after £600,000 roof repair",
     sub="The Carnegie library has been closed for fourteen months.",
     caption="The reading room at Tollerton library, ready for reopening.", credit="Photo: Ruth Penderel",
     only=["correction"],
     correction="Correction: this report first said the library would reopen on a Saturday. It reopens on Tuesday 26 May.",
     body="""
Tollerton's Carnegie library will reopen to the public on Tuesday 26 May, fourteen months after water was found pouring through the ceiling of the reading room.

The county council spent £600,000 on a new lead roof, repairs to the stone parapet and a drainage system for the flat roof over the children's library.

While the building was closed, the library ran from two rooms in the community centre. Loans fell by about a third, but the number of people joining the library went up, which staff put down to the centre's café.

Library manager Adaeze Kirkwood said the reading room had been given a new floor and better lighting while the scaffolding was up. "We could finally reach the ceiling, so we did everything we could while we were there," she said.

The library will open six days a week, with late opening until 7pm on Tuesdays and Thursdays.

The local history collection, which was moved to the county archive in Marlow during the works, will come back in June. Books borrowed from the temporary library can be returned to either building until the end of the month.

A reopening event with a storyteller for children will take place on Saturday 30 May at 11am.
"""),

dict(id="h42-en-006", lang="en", tpl="magazine", section="Features", date="2026-10-11", byline="Imogen Threlkeld",
     title="Forty years at the forge: the last blacksmith in Corvey Dale",
     sub="Alun Pryce has shod horses, made gates and mended ploughs since 1986. He is not retiring yet.",
     caption="Alun Pryce at the anvil in his forge at Corvey Bridge.", credit="Photo: Imogen Threlkeld",
     pull="I am not the last. I am just the one who stayed",
     look=[("dropcap", "The forge at Corvey Bridge"), ("box", "Corvey Bridge forge was built")],
     body="""
The forge at Corvey Bridge smells of coal smoke and hot iron, and on most weekday mornings it is loud. Alun Pryce, 63, has worked here since he was 23, when he took over from the smith who had trained him.

He is the only working blacksmith left in Corvey Dale. We spoke to him between two horses.

**How much has the work changed?**

Completely. When I started it was farm work, mostly: horses, gates, ploughs. Now it is gates for second homes, fire baskets and the odd horse.

**Is that a bad thing?**

No. It pays. A gate for a barn conversion pays more than a month of shoeing.

**Why stay?**

Because I like it. And because people would have to drive forty miles to the next forge.

**Do you have an apprentice?**

I have had four. Two went to work in engineering, one went to Australia and one is in Hereford with his own forge now. I am not the last. I am just the one who stayed.

**When will you stop?**

When my back tells me to.

Corvey Bridge forge was built in 1841 and is a listed building. It was used to repair carts for the quarry until the quarry closed in 1932.

Mr Pryce opens the forge to visitors on the first Saturday of each month.
"""),

dict(id="h42-en-007", lang="en", tpl="quintype", section="Sport", date="2026-04-27", byline="Declan Wynne",
     title="Harrowgate Vale rugby club promoted after last-minute win at Stenby",
     sub="A penalty with the last kick of the season took the club up as champions.",
     caption="Harrowgate Vale players celebrate at full-time at Stenby.", credit="Photo: Declan Wynne",
     carry=["scores"],
     look=[("highlight", "Fly-half Tomasz Rudnicki kicked")],
     body="""
Harrowgate Vale were promoted as champions of Counties 1 on Saturday after beating Stenby 24-23 with a penalty in the final minute of the season.

The Vale needed a win to finish above Pelham Park, who had won their own last game an hour earlier.

Fly-half Tomasz Rudnicki kicked the penalty from 35 metres with the clock already red. He had missed two conversions earlier in the afternoon.

"I didn't look at the posts until it was halfway there. Then I didn't look at anything, because the whole bench was on top of me," he said.

Stenby led 23-17 with ten minutes left before Vale's captain, hooker Rhys Gethin, scored from a driving maul. Rudnicki's conversion levelled the game, and the winning penalty came after Stenby were caught offside at a ruck.

The top of the final table:

1. Harrowgate Vale, 92 points
2. Pelham Park, 90 points
3. Stenby, 74 points
4. Old Corbridgians, 71 points

Coach Gail Strutt said the squad had been built almost entirely from the club's own youth section. Nineteen of the 23 players on Saturday came through the club's under-18s.

The club will play in Regional 2 next season, with longer trips and, Strutt said, "a lot more early starts on Saturdays".

The promotion dinner is at the clubhouse on 9 May.
"""),

dict(id="h42-en-008", lang="en", tpl="hugo", section="Local", date="2026-06-15", byline="Nia Holloway",
     title="Lead water pipes to be replaced in 300 homes in Ashdown",
     sub="Work on Ashdown Street and four nearby roads starts in July and will last about four months.",
     caption="A section of old lead pipe dug up on Ashdown Street.", credit="Photo: Nia Holloway",
     section_tag=True,
     look=[("br", "Each household will get a letter")],
     body="""
Lead pipes that connect about 300 homes in Ashdown to the water main will be replaced this summer, the water company has said.

The pipes, laid when the terraces were built in the 1890s, are the last lead supply pipes on the company's network in the town. Tests last year found lead above the legal limit in water from eleven properties.

**What the work involves**

Crews will dig a small hole outside each house, pull a new plastic pipe through the old one and connect it to a new meter box. Most homes will be without water for about three hours.

Each household will get a letter at least two weeks before work reaches their street.

**Parking and roads**

Ashdown Street will be closed to through traffic for six weeks from 6 July. Residents' parking will move to the school car park in the evenings and at weekends.

**Inside the house**

The company will replace the pipe as far as the boundary of each property. Owners are responsible for the section inside, but the company is offering a grant of up to £800 towards it.

Councillor Irene Baptiste, who has campaigned on the issue for three years, said: "It is the right decision. It should have happened a long time ago."

Residents with questions should contact the water company's project team on 0800 917 4420 or at the drop-in session at St Luke's hall on 30 June.
"""),

dict(id="h42-en-009", lang="en", tpl="chunks", section="Community", date="2026-03-14", byline="Joel Ashworth",
     title="Printed village magazine doubles its readers in two years",
     sub="The Stoke Amberley Messenger now sells 1,400 copies a month, more than there are houses in the parish.",
     caption="Volunteers fold copies of the Messenger in the parish room.", credit="Photo: Joel Ashworth",
     body="""
Subscriptions to the Stoke Amberley Messenger, a 32-page village magazine printed on a church photocopier until 2019, have doubled in two years.

The magazine now sells 1,400 copies a month at 80p each, or £9 a year delivered. There are 1,150 houses in the parish.

Editor Margaret Oyelaran, a retired teacher, puts it down to people who moved to the village during the pandemic. "They wanted to know who was who. The parish council minutes are in here, the school, the footpath group, the whist drive. Everything," she said.

## Who reads it

About a third of copies go outside the parish, to former residents and to family members who have moved away. Copies are posted to Canada, New Zealand and, since last year, Japan.

A team of 31 volunteers delivers it door to door on the first Saturday of each month.

## Why not online?

The magazine has an email newsletter with the month's events, but the committee has decided not to put the full magazine online.

"People tell me they like holding it. And the adverts pay the printing bill, which they would not do on a website," said Mrs Oyelaran.

The magazine is looking for a new treasurer and a volunteer to take photos at village events. Anyone interested can leave a note at the post office.
"""),
]
