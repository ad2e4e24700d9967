# English stories for the hundred-and-eighth held-out part (h108-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h103_en.py and articles_h106_en.py (tpl: "notion" is new in this part, the others are layouts
# of earlier parts; low, only, carry, choose, avoid, site, kind, correction, look, run_in, tags, body_caption, inset,
# categories, standfirst, notes, author_role, hs_tags, widget_style); "carry" names the residue families a page must
# carry, among them the three families new in this part (bikelocks, energymonitors, doorchains), placed only on
# stories where a real site would print them; "run_in" names a carried family whose link the editor typed at the end
# of the story's last paragraph; "notion" holds a Notion page's workspace strings (the workspace's name and its
# notion.site subdomain, the page's emoji icon).
ARTICLES = [
dict(id="h108-en-001", lang="en", tpl="notion", site="The Stavenholme Bulletin", kind="notion",
     section="Crime", date="2026-09-15", byline="Nia Oduya",
     notion=dict(workspace="The Stavenholme Bulletin", subdomain="stavenholmebulletin", icon="\U0001F6B2"),
     title="Bike thefts at Stavenholme station double in a year",
     sub="", caption="The covered cycle racks on platform 1 at Stavenholme station.", credit="",
     tags=["Stavenholme station", "bike theft"],
     carry=["bikelocks"],
     look=[("bold", "Most of the bikes were locked."), ("italic", "\u201cI was gone for nine hours"),
           ("br", "Anyone who saw anything on the evening")],
     body="""
Thefts from the cycle racks at Stavenholme station have more than doubled in twelve months, figures released by the railway police show.

Officers recorded 71 bikes stolen from the station's two bike parks between August last year and the end of July, against 33 in the year before. Only five have been returned to their owners.

Most of the bikes were locked.

Inspector Carl Mbeki said the thieves were working quickly with battery-powered angle grinders and were mainly targeting bikes secured with thin cable locks, which can be cut in seconds.

> \u201cI was gone for nine hours and came back to a cut cable and an empty hoop,\u201d said Hannah Pryce, who commutes to the city from Stavenholme three days a week. \u201cIt was my second bike since Easter.\u201d

## What the police advise

- Use a solid D-lock through the frame and the back wheel, not a cable on its own
- Park in the covered racks on platform 1, where the cameras are
- Write down your frame number and photograph the bike
- Take lights, bags and anything easily removed with you

The rail company said it had asked for money to fit a locked cage with card access, which it hopes to open next spring.

Anyone who saw anything on the evening of Friday 11 September, when four bikes were taken in an hour, is asked to call the railway police on 61016.
"""),

dict(id="h108-en-002", lang="en", tpl="bolt", site="Fenny Crouch News",
     section="Village life", date="2026-03-04", byline="Derek Allonby",
     title="Pensioner pays \u00a34,800 for roof repair that was never needed",
     sub="", caption="Cottages on Chapel Row, Fenny Crouch.", credit="Photo: Fenny Crouch News",
     carry=["doorchains"],
     look=[("bold", "Please talk to your neighbours.")],
     body="""
An 86-year-old woman in Fenny Crouch handed over \u00a34,800 in cash last week to two men who told her that her roof was about to fall in.

The men knocked on her door on Chapel Row on a Tuesday morning, said they had been working on a house nearby and had spotted loose tiles. Within an hour one of them was on a ladder, and by the afternoon they had driven her to the bank in Stavenholme.

Trading Standards officers who later looked at the roof found nothing wrong with it. A few tiles had been moved and put back.

The woman's daughter, who asked us not to name either of them, said her mother had been too embarrassed to tell anyone for three days.

**How the men worked**

They were polite, well dressed and in no hurry. They talked about the weather, admired the garden and said they would do the job cheaply because they were \u201cin the area anyway\u201d.

They came back the following day asking for more money for \u201cextra timbers\u201d. That was when a neighbour, who had seen the van twice, rang the police.

Officers have asked anyone with doorbell camera footage from Chapel Row or Mill Lane between 9 and 11am on 24 February to get in touch.

Please talk to your neighbours.

Trading Standards will hold a drop-in session about doorstep crime at the village hall on Thursday 12 March from 2pm to 4pm.
"""),

dict(id="h108-en-003", lang="en", tpl="escenic", site="Stavenholme Echo",
     section="Money", date="2026-01-20", byline="Rosalind Achterberg",
     title="Library lends out gadgets that show what your kettle costs",
     sub="", caption="Librarian Femi Okonjo with one of the new monitors.", credit="Photo: Stavenholme Echo",
     body_caption="The shelf of loan kits behind the library counter.",
     tags=["Stavenholme energy bills", "Stavenholme library"],
     carry=["energymonitors"],
     body="""
Stavenholme library has started lending out small plug-in meters that show how much electricity a fridge, a television or a tumble dryer uses, and what it costs to run.

The meters are part of the library's collection of things that people need now and then but rarely want to buy, which already includes a carpet cleaner, a sewing machine and a pressure washer.

Librarian Femi Okonjo said ten of the meters went out on the first morning.

\u201cPeople want to know where the money is going,\u201d she said. \u201cOne man came back after two days and told me his old chest freezer in the garage was costing him more than his cooker.\u201d

The district council paid for 40 meters from its cost-of-living fund. Borrowers plug the meter into the wall and the appliance into the meter, and a small screen shows the power being drawn and a running total in pounds and pence.

Staff at the library and volunteers from Stavenholme Energy Cafe will help anyone who finds the readings confusing.

The energy cafe meets every second Wednesday in the library's upstairs room, where volunteers also help people read their bills, check their tariffs and apply for help with debts.

Cookies, tea and advice are free, and nobody needs to book.
"""),

dict(id="h108-en-004", lang="en", tpl="jekyll", site="Harnby Edge Notes", kind="small",
     section="Community", date="2026-09-22", byline="Tom Huxtable",
     title="Students arrive, and so do the bike thieves",
     sub="", caption="Bikes outside the halls of residence on Quarry Road.", credit="",
     carry=["bikelocks"],
     look=[("callout", "The college's bike hub is open")],
     body="""
Every September the students come back to Stavenholme College, and every September the bike racks on Quarry Road lose a few bikes in the first fortnight.

This year the residents' association has decided to do something about it rather than just grumble in the shop.

Together with the college and the neighbourhood police team, we are asking new students to register their bikes on the national database and to swap flimsy locks for proper ones.

Our member Gwen Latimer, who has lived on Quarry Road for thirty years, says the pattern never changes.

\u201cThe new ones arrive with a shiny bike and a lock you could open with nail scissors,\u201d she said. \u201cBy October half of them are walking.\u201d

Police figures for Harnby Edge back her up. Of the 26 bikes reported stolen in the area last autumn, 19 were taken in September and October, and nearly all of them had been left outside halls or shared houses.

We have also asked the council for a second row of hoops outside the launderette, which is where many students lock up because it is well lit.

The college's bike hub is open Monday to Friday from 10am to 3pm in the old boiler house behind the library.

If you see someone acting suspiciously around the racks, ring 101 and tell the association too.
"""),

dict(id="h108-en-005", lang="en", tpl="silverstripe", site="Ebbourne Valley Voice",
     section="Countryside and river", date="2026-07-10", byline="Priya Ballantyne",
     title="Thirty-two summers on the Ebbourne ferry",
     sub="", caption="Alf Greenhalgh at the tiller of the Harnby Edge ferry.", credit="Photo: Priya Ballantyne",
     inset=("The ferry landing below the Ship Inn.", "Photo: Ebbourne Valley Voice"),
     look=[("bold", "How did you first end up on the ferry?"), ("bold", "What has changed on the river?"),
           ("bold", "What will you miss about the river?"), ("bold", "Any regrets after thirty-two seasons?"), ("italic", "\u201cMaybe not the goose.\u201d")],
     body="""
Alf Greenhalgh has rowed, and later motored, passengers across the River Ebbourne between Harnby Edge and Pellowby every summer since 1994. The parish council is looking for someone to take over next year. We caught him between crossings.

How did you first end up on the ferry?

The old ferryman, Sid Lunt, used to let me bail out the boat when I was a boy. When his back went he asked whether I fancied it for one season. That was thirty-two seasons ago.

What has changed on the river?

The people more than the water. I used to carry farm workers and the odd vicar. Now it's walkers with poles, cyclists doing the long-distance route and families with dogs who think the ferry is part of the day out. It is, I suppose.

What will you miss about the river?

The first crossing in the morning, when there is mist on the water and nobody has spoken yet. And the regulars. One couple have crossed every Sunday for twenty years to have lunch at the Ship.

Any regrets after thirty-two seasons?

I once refused to take a goose. It had been following a lady from Pellowby for a week and she wanted rid of it. I still think about that goose.

\u201cMaybe not the goose.\u201d

The ferry runs daily until the end of September, from 10am to 6pm, and costs \u00a31.50 each way.
"""),

dict(id="h108-en-006", lang="en", tpl="sitecore", site="Ebbourne TV",
     section="Ebbourne valley weather", date="2026-12-02", byline="Ebbourne TV newsroom",
     title="Cold snap brings warning over heating costs",
     sub="", caption="Frost on the playing fields at Upper Ludsworth.", credit="Picture: Ebbourne TV",
     carry=["energymonitors"],
     look=[("factbox", "Warm spaces open this week")],
     body="""
Temperatures in the Ebbourne valley fell to minus seven overnight on Monday, the coldest start to December for eleven years, and forecasters expect the frost to last until at least the weekend.

Advice workers in Stavenholme say the calls they are getting have changed since last winter. Fewer people are asking about emergency food, and more are asking whether it is cheaper to heat one room or the whole house.

Joanne Whitworth, who manages the Stavenholme advice centre, said many callers were frightened to switch on the heating at all.

\u201cWe have older people sitting in coats in the kitchen because they don't know what the radiator costs them,\u201d she said. \u201cA cold home is a health risk, and we'd rather they rang us before it gets to that.\u201d

The council has asked libraries, churches and community centres to open as warm spaces, with hot drinks and somewhere to sit for the day.

## Warm spaces open this week

- Stavenholme library, Monday to Saturday, 9am to 5pm
- St Aidan's church hall, Upper Ludsworth, Tuesday and Thursday, 10am to 3pm
- Pellowby community centre, every day, 11am to 4pm

The Met Office has issued a yellow warning for ice on untreated roads and pavements until Friday morning. Gritters will be out on the main routes each evening.
"""),

dict(id="h108-en-007", lang="en", tpl="textpattern", site="Pellowby Clarion",
     section="Safety", date="2026-10-13", byline="Eileen Faraday",
     title="Police bring their safety week to Pellowby market square",
     sub="", caption="PCSO Dan Orrell at the police stall in Pellowby.", credit="Photo: Eileen Faraday",
     categories=["Pellowby", "Police and safety"],
     carry=["doorchains"],
     body="""
Share a few minutes with the neighbourhood police team on Saturday and you could save an older relative a great deal of money.

That is the message from PCSO Dan Orrell, who will be running a stall on Pellowby market square as part of the county’s community safety week.

The team will be talking about doorstep crime, which has cost people in the Ebbourne valley more than \u00a3120,000 in the past year, according to county Trading Standards. Most of the victims were over 75 and lived alone.

The tricks are often the same, said PCSO Orrell:

1. A caller says they are from the water board and need to check the pipes
2. Someone offers to clear gutters or cut back a tree for cash, today only
3. A \u201cneighbour\u201d asks to use the phone or the toilet while a second person slips in

\u201cGenuine callers will always wait while you check,\u201d he said. \u201cIf you are in any doubt, keep the door shut and ring us.\u201d

The stall will also have leaflets on online scams, bicycle marking and keeping sheds secure, and the fire service will be checking smoke alarms on request.

The Clarion will carry a full list of the safety week events in Thursday’s print edition.

The stall is open from 9am to 1pm, next to the war memorial.
"""),

dict(id="h108-en-008", lang="en", tpl="substack", site="The Upper Ludsworth Letter", kind="small",
     section="Village", date="2026-05-30", byline="Margaret Ibbotson",
     standfirst="The shop on Church Street closed in January. On Monday it opens again, and this time the village owns it.",
     title="Our shop is back, and it belongs to all of us",
     sub="", caption="Volunteers stacking shelves in the community shop.", credit="Photo: Margaret Ibbotson",
     notes=[],
     look=[("italic", "I have been promised the first loaf")],
     body="""
Five months ago I wrote here that Upper Ludsworth had lost its shop. On Monday morning at eight, it will open again.

What happened in between still surprises me. At a meeting in the village hall in February, 140 people turned up on a wet Tuesday night. It was cold, it was dark, and the hall heating had broken again. Nobody left early.

By April, 212 households had bought shares at \u00a325 each. The parish council lent the rest, and the brewery that owns the building agreed a low rent for five years.

The shop will be run by a paid manager, Shirin Akhtar, who used to manage the farm shop at Pellowby, and about forty volunteers who have signed up for two-hour shifts.

## What it will sell

Bread from the bakery in Stavenholme, milk and eggs from Lower Farm, newspapers, stamps, and the usual tins and packets. There will be a small coffee counter by the window, which was the one thing every single person at the February meeting asked for.

If you have not bought a share yet, you still can. Subscribe in person at the shop counter, or ask any of the volunteers.

I have been promised the first loaf. I intend to hold them to it.

The shop is open Monday to Saturday from 8am to 6pm, and on Sunday mornings until noon.
"""),

dict(id="h108-en-009", lang="en", tpl="generatepress", site="Stavenholme Today",
     section="Leisure", date="2026-06-18", byline="Callum Strachan",
     title="Outdoor pool reopens after a summer lost to repairs",
     sub="", caption="The lido at Stavenholme Park on its first morning.", credit="Photo: Callum Strachan",
     correction="Correction: this story first said the pool would stay open until 30 September. The last day of the season is 13 September.",
     only=["correction"],
     body="""
Stavenholme's open-air pool in the park reopened on Saturday after eighteen months of repairs, and by ten o'clock there was a queue down the path to the bandstand.

The 1930s lido closed in December 2024 when engineers found that the pool tank was leaking about 30,000 litres a day into the ground. Fixing it meant lining the whole tank, replacing the pumps and rebuilding the changing rooms, which had been condemned.

The work cost \u00a32.3 million, most of it from the council, with \u00a3410,000 raised by the Friends of Stavenholme Lido through sponsored swims, a summer fair and a great many cake sales.

Jenny Osei, who chairs the friends group, was first in the water.

\u201cIt was freezing and it was perfect,\u201d she said. \u201cSome of us have been swimming here since we were six.\u201d

The water is heated to about 24 degrees, and there are now early-morning lane sessions for regular swimmers, a shallow splash area for small children and a cafe on the terrace.

Tickets cost \u00a34.50 for adults and \u00a32 for children, and a season pass is available from the council's leisure website.

The pool is open every day from 7am to 7pm until the end of the season on 13 September.
"""),
]
