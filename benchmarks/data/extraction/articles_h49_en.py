# English stories for the forty-ninth held-out part (h49-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h48_en.py (tpl: "hexo" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, tags, sub, pull, correction, look, section_tag; "kind" may also be
# "collective", a reporters' collective's paper, and "tags" are the post's tags on the Hexo pages); "carry" names the residue
# families a page must carry, among them the three families new in this part (diseasezone, readchallenge,
# bikedocks), which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h49-en-001", lang="en", tpl="hexo", site="The Harrowdale Ledger", kind="collective", section="Farming",
     tags=["bird flu", "Nether Stowick", "poultry keepers"],
     date="2026-01-21", byline="Nia Treharne",
     title="Bird flu confirmed at Coldharbour egg farm as 14,000 hens are culled",
     sub="Keepers across most of the Harrowdale parishes must now house their birds.",
     caption="The free-range sheds at Coldharbour Farm, Nether Stowick.", credit="Photo: Nia Treharne",
     carry=["diseasezone"],
     look=[("dropcap", "Bird flu has been confirmed"), ("factbox", "What the zones mean"),
           ("box", "Keepers with fewer than 50 birds")],
     body="""
Bird flu has been confirmed in a flock of 14,000 free-range laying hens at Coldharbour Farm near Nether Stowick, and all the birds are being culled.

The Animal and Plant Health Agency confirmed the outbreak on Tuesday night, after the farm's manager, Dafydd Roper, reported that more than 300 hens had died in two days.

A 3km protection zone and a 10km surveillance zone have been drawn around the farm. Between them they take in most of the Harrowdale parishes, including Nether Stowick, Brant Ellis and Cowper's End.

## What the zones mean

- All poultry and captive birds inside the 3km zone must be kept indoors
- Birds, eggs and poultry litter cannot be moved without a licence
- Bird fairs, markets and shows are banned in both zones
- Keepers must keep a record of everyone who visits their premises

Mr Roper said the farm had followed every biosecurity rule it had been given. "We disinfect, we change boots, we keep the wild birds off the range. And it still got in," he said. He believes the virus came with the geese that have roosted on the flooded fields by the river since November.

Keepers with fewer than 50 birds are covered by the same rules as commercial farms. That includes anyone with a handful of hens at the bottom of the garden.

The Saturday poultry sale at Stowick auction mart has been called off until further notice. Auctioneer Helen Barraclough said about 40 regular sellers would lose out. "Most of them are pensioners who breed a few bantams. It's their pocket money," she said.

The risk to human health is very low, and properly cooked poultry and eggs are safe to eat, the agency said.

Dead wild birds should not be touched. Report them to the agency's helpline on 01632 960 733.
"""),

dict(id="h49-en-002", lang="en", tpl="regional", section="Education", date="2026-08-07", byline="Bethan Quayle",
     section_tag=True,
     title="Record number of children take on Kettleby library's summer reading challenge",
     sub="More than 1,100 children have signed up, almost 300 more than last year.",
     caption="Children in the new reading tent at Kettleby library.", credit="Photo: Bethan Quayle",
     carry=["readchallenge"],
     body="""
More children have signed up for the summer reading challenge at Kettleby library than in any year since it began in 2004.

By Friday, 1,140 children aged four to eleven had registered, compared with 860 last summer. To finish the challenge they must read six books of their choice before the schools go back, collecting a sticker for each one.

Library manager Omari Fenwick put the rise down to the new children's corner, which opened in May with beanbags, a reading tent and 2,000 new books paid for by the Friends of Kettleby Library.

"We've had families in here who had never owned a library card. Now the kids drag their parents in twice a week," he said.

The most borrowed books so far this summer:

- The Owl Who Ran the Post Office, by Jess Marlow
- Captain Puddle and the Stolen Moon, by Ravi Anand
- Ninety-Nine Spiders, by Tess Okonjo

Some children have gone far beyond six. Lily Amadi, nine, has read 31 books since the start of July. "I like the ones with maps in the front," she said.

The library has asked parents to share photos of their children's favourite reading spots at home. The best will be pinned to a board by the issue desk.

Mr Fenwick said the library had run out of stickers twice and had to borrow a box from the mobile library van.

Children who finish will receive a medal and a certificate at a ceremony in the library garden on 13 September, with the town's mayor handing them out.
"""),

dict(id="h49-en-003", lang="en", tpl="portal", section="Council", date="2026-03-12", byline="Ruth Castellan",
     title="Six hundred households sent council tax bills for the wrong band",
     sub="Brookhampton council says a fault in its new billing system is to blame.",
     caption="Brookhampton council offices on Mill Lane.", credit="Photo: Ruth Castellan",
     low=1, only=["correction"],
     correction="Correction: this report first gave the number of households affected as 680. The council's figure is 612.",
     body="""
Brookhampton council has apologised after 612 households were sent council tax bills for the wrong band, some of them asking for almost £900 too much.

The bills went out last week. The council says a fault in its new billing software moved homes on four streets in the Orchard Rise estate up by two or three bands.

The error came to light when a resident, retired accountant Gerald Imrie, rang the council on Monday morning to ask why his bill for a two-bedroom bungalow was the same as his brother's for a detached house in the next village.

"I assumed I'd misread it. Then my neighbour knocked on the door holding hers," he said.

**What residents should do**

The council says nobody needs to contact it. Corrected bills will be posted by 20 March, and the first instalments will not be taken until April.

Anyone who has already paid by card will have the difference refunded automatically within ten working days.

Finance director Sunita Bhalla said the software supplier had found and fixed the fault. "This should not have happened, and I am sorry for the worry it has caused," she said.

Councillors will ask for a report on what went wrong at the next meeting of the audit committee.
"""),

dict(id="h49-en-004", lang="en", tpl="typo3", section="People", date="2026-07-16", byline="Imogen Pargeter",
     title="'I've seen three generations across that road': lollipop lady hangs up her stick",
     sub="Pauline Garside has helped children across Station Road in Wexcombe for 31 years. We asked her about it.",
     caption="Pauline Garside at her post outside Wexcombe primary school.", credit="Photo: Imogen Pargeter",
     body="""
For 31 years, Pauline Garside has stood outside Wexcombe Primary School in her white coat, twice a day, in all weathers. On Friday she will cross Station Road with the children for the last time.

She started in 1995, when her own two children were pupils there. Parents are now planning a guard of honour for her final afternoon.

**How did you start?**

The lady before me broke her ankle and the head asked at the gate if anyone could cover for a week. I said yes. The week lasted 31 years.

**What has changed on Station Road?**

The traffic. In 1995 you'd get a tractor and a couple of cars. Now there are vans going to the new estate all day, and people are always in a hurry.

**Do the children remember you?**

Some of the children I see now are grandchildren of children I used to see across. One dad still calls me Mrs G and asks permission to cross.

**Any bad days?**

One. A driver didn't stop and clipped my stick. Nobody was hurt, but I shook for an hour afterwards.

**And now?**

My grandson wants me to follow him on his new school's football team. I'll be on the touchline instead of the kerb.

The county council says it is recruiting for the post and hopes to have someone in place for September. Anyone interested can contact the road safety team at County Hall.
"""),

dict(id="h49-en-005", lang="en", tpl="sanity", section="Sport", date="2026-05-04", byline="Declan Furnival",
     title="Ashby Vale under-14 girls lift county cup at the first attempt",
     sub="The team, formed only last year, beat Morton Rangers 3-1 at the county ground.",
     caption="Ashby Vale's under-14 girls with the county cup.", credit="Photo: Declan Furnival",
     carry=["scores"],
     look=[("dropcap", "A girls' team that did not exist")],
     body="""
A girls' team that did not exist eighteen months ago won the county under-14 cup on Sunday, beating Morton Rangers 3-1 at the county ground.

Ashby Vale formed the side in late 2024 after eleven girls turned up to a taster session organised by two mothers, Kerry Dunmore and Jo Philpott. Neither had coached before.

Morton, the holders, took the lead after six minutes, but Vale were level before half-time when captain Ellie Brandwood headed in a corner.

Two goals in five minutes after the break settled it. Sana Mirza scored the first from the edge of the box, and substitute Grace Ollerton, on the pitch for barely a minute, added the third.

"We told them to enjoy it and not to look at the crowd. Then about 400 people turned up and they looked at nothing else," Mrs Dunmore said.

The club now has 46 girls registered across three age groups and is looking for more volunteer coaches for next season.

Vale's route to the final:

- First round: Ashby Vale 4, Kelsall Juniors 0
- Quarter-final: Ashby Vale 2, Brereton 1
- Semi-final: Ashby Vale 1, Holt Park 1 (Vale won 5-4 on penalties)
- Final: Ashby Vale 3, Morton Rangers 1

The team will be presented with their medals at the club's end-of-season awards night on 29 May.
"""),

dict(id="h49-en-006", lang="en", tpl="cms", section="Schools", date="2026-11-26", byline="Harriet Lomax",
     title="Pupils' bake sale pays for a new minibus ramp",
     sub="Year six at St Cuthbert's baked more than 6,000 biscuits in a term.",
     caption="Year six pupils at St Cuthbert's with a tray of biscuits.", credit="Photo: Harriet Lomax",
     low=0,
     body="""
Cookies, flapjacks and gingerbread baked by pupils at St Cuthbert's Primary in Hollins Green have paid for a wheelchair ramp for the school minibus.

Year six started baking in September after learning that Toby Fairclough, a classmate who uses a wheelchair, could not go on school trips because the minibus had no ramp. The ramp cost £3,800.

The class of 28 baked every Friday afternoon in the school kitchen and sold what they made at the gate after school and at the village market on Saturdays. Over the term they sold more than 6,000 biscuits, mostly at 50p each.

Teacher Naomi Sherratt said the children had organised almost everything themselves, from the rota to the price list. "I was in charge of the oven. They were in charge of me," she said.

Toby, 11, chose the first recipe, chocolate chip cookies from his grandmother's notebook. "They sold out in ten minutes, so we made double the next week," he said.

The ramp was fitted last week, and the class's first trip with Toby on board will be to the science museum in Manchester next month.

The pupils have decided to keep baking. The money they raise this term will go to the children's ward at the district hospital.

Anyone who would like to order biscuits for an event can contact the school office.
"""),

dict(id="h49-en-007", lang="en", tpl="magazine", section="Features", date="2026-10-03", byline="Alastair Penrose",
     title="The last cobbler on Tanner Row",
     sub="Walter Ashgrove has mended the town's shoes for 52 years. He is not ready to stop.",
     caption="Walter Ashgrove at his bench on Tanner Row.", credit="Photo: Alastair Penrose",
     pull="You can't rush leather. It tells you when it's ready.",
     look=[("dropcap", "The shop on Tanner Row smells"), ("box", "Mr Ashgrove charges"), ("br", "The shop is open from")],
     body="""
The shop on Tanner Row smells of glue, wax and old leather, and it has done since 1974. Walter Ashgrove, 79, opened it with a second-hand finishing machine and a loan from his father-in-law.

There were once five cobblers in Thurlby. Now there is one, and he works six days a week.

On a Tuesday morning his bench holds a pair of riding boots, two handbags, a dog collar and a walking boot whose sole has come away entirely. "People think nobody mends things any more. I have a fortnight's waiting list," he says.

He learned the trade from a cobbler called Sid Hedley, who took him on as a boy of fifteen and taught him to sew a welt by hand. He still does it the same way.

"You can't rush leather. It tells you when it's ready."

His customers range from farmers to ballet dancers. A woman once brought in her late husband's brogues, worn through at the heels, and asked him to make them last another twenty years. He resoled them with leather from his own stock.

Mr Ashgrove charges £28 to resole a pair of shoes and £45 for boots, about half what the big chains charge for a glued sole.

He has no apprentice and no plans to sell. His daughter has asked him more than once when he will retire.

"When my hands tell me," he says. "They haven't said anything yet."

The shop is open from 8.30am to 5pm, Monday to Saturday.
"""),

dict(id="h49-en-008", lang="en", tpl="medium", site="The Saltmarsh Dispatch", kind="indie", section="Parish",
     date="2026-02-18", byline="Joanna Wrexley",
     title="Why Fenby's streetlights go out at midnight, and who decided",
     sub="The parish council's money-saving switch-off has split the village. I went through the minutes.",
     caption="Fenby's high street after the lights went off.", credit="Photo: Joanna Wrexley",
     look=[("italic", "I should declare an interest")],
     body="""
Since the first of December, the 64 streetlights in Fenby have gone off at midnight and come back on at half past five. Some people in the village have barely noticed. Others have talked about little else.

I should declare an interest: I walk home from the late shift at the care home twice a week, and I now do it with a torch.

## Who decided

The switch-off was agreed by the parish council in September by four votes to three. The minutes show it was proposed to save about £2,100 a year on electricity, which the clerk says is roughly a twelfth of the council's budget.

Two councillors who voted against it told me they had asked for a consultation first. They were outvoted.

## What people say

At the parish meeting last Tuesday, about 70 residents turned up, more than for any meeting anyone could remember. Several older residents said they felt less safe. A farmer from Marsh Lane said he liked being able to see the stars again.

The police told the meeting there had been no change in reported crime since December.

## What the parish does next

The council has agreed to run a survey in March and to vote again in April. Councillor Dennis Horrocks, who proposed the switch-off, says he will abide by the result.

If you want to follow the survey, the forms will be at the post office and the pub, and I will report the result here.
"""),

dict(id="h49-en-009", lang="en", tpl="hugo", section="Transport", date="2026-09-22", byline="Marcus Oduya",
     title="Hire bikes reach Lowther Bridge station as scheme expands",
     sub="Commuters can now leave a bike at the station and pick up another at the other end.",
     caption="The new docking bay outside Lowther Bridge station.", credit="Photo: Marcus Oduya",
     carry=["bikedocks"],
     look=[("highlight", "Commuters at Lowther Bridge can now")],
     body="""
Commuters at Lowther Bridge can now ride a hire bike to the station. The city's cycle hire scheme opened eight new docking bays on Monday, including 30 docks outside the station's main entrance.

The scheme started two years ago with 200 bikes in the city centre. It now has 540 bikes, 60 of them electric, at 48 stations.

**Who rides the bikes**

Figures from the operator show that most journeys are short, about 12 minutes on average, and that the busiest hours are between 7am and 9am. Nearly a third of riders use the bikes to get to and from a train or bus.

Transport councillor Abigail Fenn said the station had been the most requested location since the scheme began. "People were riding into town, then walking the last mile to the train. That was the wrong way round," she said.

Regular commuter Tom Achebe, who lives in Parkside, said the bay would save him twenty minutes a day. "I used to get the bus and then run. Now I just ride," he said.

**Prices**

A single ride of up to 30 minutes costs £1.50, and a monthly pass costs £15. Electric bikes cost an extra 10p a minute.

The operator says it will add more bikes at the station if the docks are regularly empty before 8am.

The new bays are at Lowther Bridge station, Canal Wharf, St Anne's Square, the university library, Parkside shops, the hospital, Fleet Street and the Riverside retail park.
"""),
]
