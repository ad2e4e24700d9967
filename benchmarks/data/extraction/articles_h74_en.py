# English stories for the seventy-fourth held-out part (h74-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h72_en.py (tpl: "wpbakery" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (fireworksfinder, escooterzones,
# wasteamnesty), which are placed only on stories where a real site would print them.  On the wpbakery pages
# "caption" / "credit" belong to the post thumbnail and "body_caption" to the WPBakery single image further down.
ARTICLES = [
dict(id="h74-en-001", lang="en", tpl="wpbakery", site="Castlemead and Dale Gazette", section="Castlemead news",
     date="2026-10-29", byline="Rachel Ainsworth",
     title="Bonfire night returns to Castlemead Park after three years away",
     sub="The town's bonfire and fireworks were dropped in 2023 when the insurance bill tripled. A group of parents has brought them back.",
     caption="Volunteers stacking pallets for the bonfire on Sunday.", credit="Photo: Rachel Ainsworth",
     body_caption="The roped-off launch area by the bowling green, where the fireworks will be set off.",
     carry=["fireworksfinder"],
     look=[("italic", "\u201cWe were not going to let it die on a spreadsheet.\u201d"), ("bold", "The guy has been built by Year 6.")],
     body="""
Castlemead will have a bonfire night again this year, three years after the town's display was cancelled because nobody could afford to insure it.

The bonfire and fireworks will be held in Castlemead Park on Saturday 7 November, organised by a group of parents from the primary school and the park's friends group.

The old display, run by the town council for 38 years, was dropped in 2023 when its insurance quote went from \u00a31,900 to \u00a36,200. Councillors said at the time they could not justify the cost.

Lorna Whitfield, who chairs the new committee, said the group spent a year raising money and learning the rules.

\u201cWe were not going to let it die on a spreadsheet.\u201d

## Fifty metres back

The fireworks will be fired by a professional company from Kendal, from a roped-off area by the bowling green. Spectators will be kept at least 50 metres back.

The bonfire itself will be smaller than in the past, about four metres high, and built only from untreated pallets donated by a timber yard in the dale.

The guy has been built by Year 6.

Tickets cost \u00a36 for adults and \u00a33 for children under 12, with the money going towards next year's display. The committee needs about 1,100 people through the gates to break even.

Sparklers, glow sticks and hot food will be sold by the scouts. People are asked not to bring their own fireworks or dogs.

Gates open at 5.30pm, the bonfire is lit at 6.30pm and the fireworks start at 7pm.
"""),

dict(id="h74-en-002", lang="en", tpl="cms", section="Transport", date="2026-05-12", byline="Daniel Okonjo",
     title="Wrenford footbridge reopens after a summer under scaffolding",
     sub="The 1903 iron footbridge over the railway has been stripped, repaired and repainted in its original colours.",
     caption="The footbridge over the railway at Wrenford station.", credit="Photo: Daniel Okonjo",
     only=["correction"],
     correction="Correction, 13 May: an earlier version of this story said the bridge was painted dark green. It has been painted in a colour called Brunswick green with cream panels.",
     body="""
The iron footbridge over the railway at Wrenford station reopened on Monday, almost five months after it was closed for repairs.

The bridge, built in 1903, carries a public footpath between Station Road and the allotments on the far side of the line. About 600 people use it on a normal weekday, many of them children walking to Wrenford Academy.

Engineers found that rust had eaten through several of the bolts holding the deck to the main beams. Some of the decking plates were so thin that a screwdriver went straight through them.

The repairs were carried out by the rail company and cost about \u00a3410,000. Every piece of ironwork was blasted back to bare metal and repainted in Brunswick green with cream panels, the colours it was first painted in.

While the bridge was shut, walkers had to use the level crossing half a mile away, which added around 15 minutes to the school run.

Parents had complained that the diversion was badly signed. One mother said she had been told to follow a sign that pointed into a hedge.

The rail company apologised for the signs and said the work had taken longer than planned because of the extra bolts.

The bridge's old cast-iron nameplate, which went missing in the 1980s, has been recast from a photograph and fixed back on the Station Road side.
"""),

dict(id="h74-en-003", lang="en", tpl="chunks", section="Environment", date="2026-03-02", byline="Sophie Garland",
     title="Clear out the shed: council holds its first hazardous waste amnesty",
     sub="For three days in March, residents can bring old paint, weedkiller and car batteries to collection points free of charge.",
     caption="Old paint tins collected at a pilot day in Greyholme.", credit="Photo: Sophie Garland",
     carry=["wasteamnesty"],
     look=[("br", "Nothing will be tipped or burned.")],
     body="""
Photographs of a garage in Stainmore stacked floor to ceiling with paint tins helped persuade the district council to hold its first hazardous waste amnesty, officers say.

For three days in March, people can bring dangerous household waste to collection points in Greyholme, Ashcombe and Stainmore without paying the usual charge.

The council's recycling centres already take some of these items, but only in small amounts, and residents of the upper valleys face a round trip of up to 50 miles to reach one.

Waste officer Mark Penhaligon said the council was worried about what happened to chemicals people could not easily get rid of. \u201cSome of it ends up down the sink. Some of it ends up in a field.\u201d

The items most often kept in sheds and garages, according to a council survey, are:

- old tins of paint and varnish
- weedkiller and slug pellets, some of them now banned
- car batteries and engine oil
- cleaning chemicals with the labels worn off

Specialist contractors will sort everything on site and take it to licensed plants.

Nothing will be tipped or burned.

People who are not sure whether something is safe to carry in a car are asked to phone the council before they set off. Containers should be kept upright and not mixed.

A pilot day in Greyholme last autumn collected 4.2 tonnes of waste in five hours, including a jar of mercury and a tin of sheep dip from the 1970s.
"""),

dict(id="h74-en-004", lang="en", tpl="regional", section="Sport", date="2026-10-21", byline="Gareth Lumley",
     title="Cricket club's fireworks to pay for new pavilion roof",
     sub="Wrenford Cricket Club is hoping its bonfire night display will raise \u00a315,000 towards a roof that leaks onto the scorebook.",
     caption="The leaking pavilion roof at Wrenford Cricket Club.", credit="Photo: Gareth Lumley",
     carry=["fireworksfinder", "gallery"],
     body="""
Wrenford Cricket Club will hold a fireworks display on its ground on 5 November, hoping to raise enough money to fix a pavilion roof that has leaked for six winters.

The club, founded in 1889, has tried buckets, tarpaulins and a gutter made from a drainpipe. Last season rainwater dripped onto the scorer's table during a cup semi-final.

Club chairman Phil Etheridge said the display was the only event big enough to raise the money quickly. \u201cWe did a quiz night. It raised \u00a3340. The roof needs about \u00a338,000.\u201d

## A display for cars and families

Because the ground sits next to a busy road, the club will sell tickets by the car rather than by the person. Families will watch from their cars or from a fenced area beside the sightscreen.

The club says a display this size needs:

- 40 volunteer marshals in high-visibility jackets
- two first-aiders from the ambulance service
- a licensed firer and his team of three
- permission from the farmer next door, whose sheep have been moved to a far field

The club hopes to raise \u00a315,000 on the night, with the rest of the cost coming from a sports grant and a loan from the league.

Members have been asked to park on the school field so the car park can be used for visitors.

If the weather is bad, the display will move to the following Saturday.
"""),

dict(id="h74-en-005", lang="en", tpl="magazine", section="People", date="2026-02-17", byline="Helen Marchbank",
     title="The sign writer who painted every shop on Bridge Street",
     sub="For 52 years Colin Feather lettered the names above Ashcombe's shops by hand. He has put down his brushes.",
     caption="Colin Feather in his workshop above the bakery.", credit="Photo: Helen Marchbank",
     pull="You cannot rush a capital R",
     look=[("dropcap", "Colin Feather still keeps"), ("box", "Gold leaf is so thin")],
     body="""
Colin Feather still keeps the first brush he was ever given, a squirrel-hair liner that cost his father three shillings in 1974. It sits in a jar on the windowsill of his workshop above the bakery, next to about 200 others.

For 52 years he has painted the names above the shops of Ashcombe by hand. At one point every shop on Bridge Street carried his lettering, from the butcher to the bank.

This month, at 71, he has decided to stop. His hands are steady, he says, but his knees no longer like ladders.

**A year of alphabets**

He left school at 15 and was apprenticed to a coach painter in Kendal, who made him paint the alphabet on a board every morning for a year before he was allowed near a customer.

\u201cYou cannot rush a capital R,\u201d he says. \u201cThe leg has to kick out just so, or it looks drunk.\u201d

**The gold**

Gold leaf is so thin that a single breath can send a sheet across the room. Colin applies it with a brush he rubs against his cheek first, so that the static picks it up.

His most complicated job was the jeweller's on the corner, where the name is gilded on the inside of the glass and had to be painted backwards.

**Brushes for Lancaster**

Two younger sign writers from Lancaster have asked to buy his brushes and pattern books. He has said yes, on one condition: that they come to Ashcombe to repaint his signs when they fade.

His workshop will be open on Saturday mornings until Easter for anyone who wants to see it before it is cleared.
"""),

dict(id="h74-en-006", lang="en", tpl="quintype", section="Transport", date="2026-06-08", byline="Amira Haddad",
     title="E-scooter trial extended for a year with 40 new parking bays",
     sub="Riders will no longer be able to end a hire outside the new bays in Harrowdale town centre.",
     caption="Rental scooters lined up at Harrowdale station.", credit="Photo: Amira Haddad",
     carry=["escooterzones"],
     look=[("highlight", "Scooters left across pavements were the biggest complaint.")],
     body="""
Harrowdale's rental e-scooter trial will carry on for another year, but riders will have to park in marked bays in the town centre from July.

The county council agreed the extension on Thursday after a report showed that scooters had been used for 212,000 trips since the trial began in 2024. The average trip was 2.3 miles and lasted 14 minutes.

Scooters left across pavements were the biggest complaint. People with pushchairs and wheelchairs said they were often forced into the road, and a blind man told councillors he had fallen over one twice.

Under the new rules, 40 parking bays will be painted on the road or on wide pavements. Riders who leave a scooter anywhere else in the centre will keep being charged until it is moved.

## Slower in the market

Scooters will also slow down automatically in some streets. Sensors in the machines already stop them in the pedestrianised Shambles, and the same system will now cap speeds on the riverside path.

Councillor Jean Brathwaite, who voted against the extension, said the council should have waited. \u201cWe are fixing the clutter problem with paint and hoping for the best.\u201d

The operator said it would pay for the bays and would fine riders who repeatedly park badly.

Privately owned e-scooters remain illegal to ride on public roads and pavements. Police say they seized 31 last year.
"""),

dict(id="h74-en-007", lang="en", tpl="nextjs", section="People", date="2026-09-03", byline="Tom Esterhuizen",
     title="Thirty-one years, one lollipop: Wrenford's crossing patrol signs off",
     sub="Maureen Tickle has seen three generations of children across Mill Road. She retires at half-term.",
     caption="Maureen Tickle at her post on Mill Road.", credit="Photo: Tom Esterhuizen",
     low=0,
     look=[("bold", "She has never missed a day through illness.")],
     body="""
Maureen Tickle has stood at the crossing outside Wrenford Primary School every school morning and afternoon since 1995. At half-term she will hand over her lollipop for the last time. We asked her about it.

**How many children have you crossed?**

I worked it out once with my grandson. It is over 300,000 crossings, but a lot of those are the same children twice a day.

**Do they remember you?**

The parents do. I am crossing the children of children I crossed. One dad still calls me Mrs Lollipop, and he is 38.

**Coldest morning?**

The snow in 2010. I stood there in wellies and two coats and only six children came. I crossed all six, though.

**And the drivers in a hurry?**

Mostly good. You get the odd one in a hurry who thinks the sign is a suggestion. I just stand still and look at them.

She has never missed a day through illness.

**What will you miss most about Mill Road?**

The chatter. Children tell you everything at eight in the morning: what they had for tea, who their best friend is this week, whose hamster died.

**And the bit you won't miss?**

Getting up at half past six in January.

The school is holding a leaving assembly for her on the Friday before half-term. Former pupils who want to send a card can leave it at the school office.
"""),

dict(id="h74-en-008", lang="en", tpl="fusion", section="Environment", date="2026-11-24", byline="Bethan Rowlands",
     title="Old railway sidings become a community orchard",
     sub="More than 120 fruit trees have been planted on land beside Greyholme's former goods yard.",
     caption="Volunteers planting the first apple trees at the old sidings.", credit="Photo: Bethan Rowlands",
     look=[("factbox", "What has been planted")],
     body="""
A strip of land beside Greyholme's old goods yard, left to brambles since the railway sidings were lifted in 1967, has been turned into a community orchard.

More than 120 fruit trees were planted over two weekends by about 70 volunteers, some of them pupils from the secondary school across the road.

The land is owned by the district council, which has leased it to the Greyholme Orchard Group for 25 years at a rent of one apple a year.

The group's founder, Priti Sandhu, said the aim was to grow old varieties that had almost disappeared from the valleys. \u201cSome of these trees were grown from cuttings of a single old tree in somebody's back garden.\u201d

## What has been planted

- 64 apple trees, including nine local varieties
- 22 pears
- 18 plums and damsons
- 12 cherries
- a row of hazel and quince along the fence

The ground was full of ash and clinker from the steam engines, so the trees have been planted in pits filled with compost from the council's green waste site.

The first proper harvest is not expected for four or five years. Until then, the group plans to hold blossom days in spring and pruning sessions in winter.

Anyone will be allowed to pick fruit once the trees are cropping, as long as they leave some for the next person.

The orchard is reached through the gate on Goods Yard Lane and is open from dawn to dusk.
"""),

dict(id="h74-en-009", lang="en", tpl="gutenberg", section="Community", date="2026-04-14", byline="Callum Reay",
     title="Villagers buy their shop to stop it closing",
     sub="Over 300 people in Tolverne bought shares to keep the village's only shop and post office counter open.",
     caption="The Tolverne village shop on the morning it changed hands.", credit="Photo: Callum Reay",
     look=[("dropcap", "The keys to Tolverne"), ("box", "Shareholders get one vote each")],
     body="""
The keys to Tolverne's village shop were handed over on Saturday morning to its new owners: 312 of the people who shop there.

The shop, which also has the village's post office counter, was put up for sale last year when its owners retired. No buyer came forward, and it was due to close at the end of April.

**Ten weeks, \u00a394,000**

Villagers set up a community benefit society and sold shares at \u00a325 each. Within ten weeks they had raised \u00a394,000, enough to buy the building and the stock with help from a rural grant.

Shareholders get one vote each, however many shares they own. Nobody can take out more than they put in, and any profit goes back into the shop or into village projects.

**Who will run it**

Two paid staff will be kept on, and a rota of about 40 volunteers will cover the quieter hours. The youngest volunteer is 16 and the oldest is 89.

Committee chair Ann Pettigrew said the shop was about more than groceries. \u201cFor some people in the village this is the only place they talk to anyone all day.\u201d

**What will change**

The shop will sell more local food, including eggs, honey and lamb from farms in the parish, and will open an hour later on Sundays.

The first shareholders' meeting will be held in the village hall on 2 June. Shares are still on sale from the counter.
"""),
]
