# English stories for the ninety-fifth held-out part (h95-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h94_en.py (tpl: "mobirise" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, run_in, tags, categories, body_caption);
# "carry" names the residue families a page must carry, among them the three families new in this part
# (icerinksessions, foodtruckrota, sharpsbins), which are placed only on stories where a real site would print them;
# "run_in" names a carried family whose link the editor typed at the end of the story's last paragraph.
ARTICLES = [
dict(id="h95-en-001", lang="en", tpl="mobirise", site="Marlcombe Matters", kind="small",
     section="Christmas in Marlcombe", date="2026-11-12", byline="Tessa Colbrook",
     title="Real ice this time: Marlcombe's Christmas rink returns to the Pannier Market square",
     sub="Last year's plastic rink drew complaints. The town council has paid for a refrigerated one for six weeks.",
     caption="Engineers laying the cooling mats on the Pannier Market square.", credit="Photo: Tessa Colbrook",
     carry=["icerinksessions"],
     look=[("italic", "\u201cIt was like skating on a chopping board.\u201d"), ("bold", "This year the ice is real."),
           ("br", "Residents can follow the build")],
     body="""
Marlcombe's Christmas ice rink is coming back to the Pannier Market square, and after a year of grumbling about a plastic surface that left skaters sore and soaked, the town council has promised proper ice.

Last winter the council hired a synthetic rink for four weeks to save money. It sold fewer than half the tickets it expected, and the council's own survey found that most people who tried it would not go again.

\u201cIt was like skating on a chopping board.\u201d

That was the verdict of twelve-year-old Poppy Edgecombe, quoted by her mother in a letter to the town clerk that has since been pinned up, with permission, in the council office.

This year the ice is real.

**Who is building it**

The rink will be built by a Bristol firm that supplies ice to shopping centres and will be cooled by a chiller unit parked behind the corn exchange. It measures 30 metres by 15, a third bigger than last year's, and will have a separate area for small children with plastic penguins to hold on to.

The council has set aside \u00a364,000 for the six weeks and hopes ticket sales and a sponsorship deal with the Tamsey Valley Building Society will cover at least \u00a350,000 of it.

Councillor Adeyemi Rowe, who chairs the events committee, said the council had listened. "People told us very clearly that they would rather pay a bit more for something that feels like Christmas," she said.

The rink will be open every day from Saturday 28 November to Sunday 10 January, except Christmas Day.

Residents can follow the build on the council's Facebook page, where the events team posts pictures most mornings.
"""),

dict(id="h95-en-002", lang="en", tpl="grav",
     section="Business", date="2026-06-04", byline="Callum Stride",
     title="Street food vans roll into Tamsey Gate to end the sandwich-van monopoly",
     sub="Office workers on the business park had one lunch option for eleven years. Now they have five.",
     caption="Queues at the vans on the central green at Tamsey Gate business park.", credit="Photo: Callum Stride",
     tags=["Tamsey Gate", "street food", "lunch"],
     carry=["foodtruckrota"],
     look=[("callout", "Vans pay \u00a325 a day")],
     body="""
For eleven years the only place to buy lunch on Tamsey Gate business park was a sandwich van that parked outside unit 9 at twelve and left at half past one. From Monday, office workers will have a choice of five.

The park's owners have agreed a rota that brings a different street food van to the central green every weekday, after a survey of the 1,400 people who work there found that more than half drove into Marlcombe at lunchtime.

The tenants' committee, which ran the survey, asked for three things:

- hot food that could be eaten at a desk
- at least one vegetarian choice every day
- card payments, because almost nobody carries cash

Vans pay \u00a325 a day to use the pitch, which comes with a power hook-up and two picnic benches. The money goes towards the park's new cycle shelters.

Sunita Barlow, who runs a Gujarati street food van from Hollowmere, said the pitch was worth more to her than most weekend markets. "Fourteen hundred hungry people who can't easily go anywhere else. That's a very good Tuesday," she said.

The sandwich van is not going anywhere. Its owner, Derek Ashby, has been given Fridays on the rota as well as his usual spot, and says he has added soup to the menu.

The vans will serve from 11.30am to 2pm, Monday to Friday, on the green between units 4 and 12.
"""),

dict(id="h95-en-003", lang="en", tpl="tagdiv",
     section="Health", date="2026-03-19", byline="Nadia Okonjo",
     title="Sharps bins fitted in Priory Gardens after needles found near play area",
     sub="Parents raised the alarm after a child picked up a syringe by the swings.",
     caption="One of the new yellow sharps bins by the gate of Priory Gardens.", credit="Photo: Nadia Okonjo",
     tags=["Priory Gardens", "public health", "Marlcombe"],
     carry=["sharpsbins"],
     look=[("highlight", "Three metal disposal bins have been fixed")],
     body="""
Share the path, pick up after your dog, keep your eye on the little ones: the signs at the gate of Priory Gardens have said the same thing for years. Since Tuesday they have had company.

Three metal disposal bins have been fixed to posts in the park after more than forty used needles were found there in a month. One was picked up by a four-year-old near the swings, and his mother took him to hospital for blood tests as a precaution.

Marlcombe District Council said the bins, which can only be opened with a one-way flap, would be emptied twice a week by a specialist contractor.

"Nobody wants these in a park where children play. But a needle in a locked bin is better than a needle in the grass," said the council's public health lead, Dr Imogen Fairley.

The gardens' friends' group had asked for a fence around the play area instead. Its chairman, Leonard Prowse, said the group would keep pressing for one but accepted that the bins were a start.

The drug and alcohol service that works from Bridge Street said most of the needles were probably dropped by a small number of people sleeping in the bandstand, and that outreach workers had been out every night this week.

Anyone who finds a needle is asked not to touch it and to report it to the council, which aims to remove it within two hours during the day.
"""),

dict(id="h95-en-004", lang="en", tpl="textpattern",
     section="People", date="2026-12-03", byline="Gareth Lomond",
     title="Forty winters at the rink: Marlcombe's ice man hangs up his skates",
     sub="Frank Tedder has driven the ice resurfacer at the leisure centre since it opened in 1986.",
     caption="Frank Tedder beside the resurfacer he has driven for decades.", credit="Photo: Gareth Lomond",
     categories=["Marlcombe people", "Tamsey sport"],
     carry=["icerinksessions"],
     body="""
Frank Tedder was 23 when Marlcombe leisure centre opened its ice rink in 1986 and he was handed the keys to the resurfacing machine. He retires on Friday, a week before the rink’s busiest fortnight of the year. We asked him about four decades on the ice.

**How did you end up driving it?**

I answered an advert for a maintenance man. Nobody mentioned ice. On my second day the manager pointed at this great orange machine and said, you’ll be driving that.

**Was it hard to learn?**

Very. You have to lay the water thin and even, and you have to do it fast, because the public are waiting at the barrier. My first week the ice looked like a ploughed field.

**What has changed in forty years?**

The skates, the music and the prices. The ice hasn’t. Children still fall over in the same places, mostly by the café window where their parents are watching.

**Any moments you won’t forget?**

The night in 1994 when the chiller broke down in the middle of a hockey match and we had two hours before it all turned to puddles. And a proposal on the ice every single Valentine’s Day.

**And what comes next for you?**

My granddaughter has asked me to teach her to skate. I have never actually been very good at it.

Frank’s last shift is on Friday evening, and the leisure centre has invited regulars to a farewell hot chocolate in the rink café at 6pm.
"""),

dict(id="h95-en-005", lang="en", tpl="jekyll", site="Quenby Parish Pump", kind="small",
     section="Village", date="2026-05-21", byline="Mary Thornbury",
     title="The Wheatsheaf pours its first pint as a community pub",
     sub="Villagers raised \u00a3412,000 in eleven weeks to stop the pub being turned into houses.",
     caption="The new committee outside the Wheatsheaf on opening night.", credit="Photo: Mary Thornbury",
     body="""
The Wheatsheaf at Quenby St Anne reopened on Saturday night, fourteen months after the brewery that owned it locked the doors and put it up for sale with planning permission for two houses.

More than 260 villagers subscribed for shares in the community company set up to buy it, at anything from \u00a3100 to \u00a35,000 each. With a grant and a loan from a charity that supports community pubs, they raised \u00a3412,000 in eleven weeks.

The first pint was pulled by Norman Faversham, who is 91 and has drunk in the Wheatsheaf since he came back from national service.

"I was worried I'd go before it opened again. I told them to get a move on," he said.

The pub will be run by a tenant, Kirsty Lanyon, who used to manage a gastropub in Marlcombe. She plans to keep the menu short, open the back room to the village's book group and knitting circle, and bring back the quiz that stopped when the pub closed.

The company's chairwoman, Helen Ackroyd, said the work was not finished. The roof needs attention before winter and the kitchen has to be refitted, and shares will stay on sale until the end of July.

"A pub that belongs to the village has to be used by the village. Buying it was the easy part," she said.

Opening hours are noon to 11pm from Wednesday to Sunday, and shareholders' first annual meeting will be held in the back room on 18 June.
"""),

dict(id="h95-en-006", lang="en", tpl="escenic", site="Marlcombe Evening Herald",
     section="What's on", date="2026-07-08", byline="Priya Hallam",
     title="Riverside festival back for a weekend after two years off",
     sub="The council has found a sponsor and volunteers to run the Tamsey Riverside Festival again.",
     caption="Crowds on the riverbank at the last festival in 2023.", credit="Photo: Marlcombe Evening Herald",
     body_caption="Volunteers marking out pitches on the Tamsey meadows.",
     carry=["foodtruckrota"],
     look=[("factbox", "The festival in numbers")],
     body="""
The Tamsey Riverside Festival will return to the meadows below Marlcombe bridge next month, after two summers in which the council said it could not afford to put it on.

The two-day festival, which began in 1978 as a raft race, used to draw about 15,000 people. It was dropped in 2024 when the council cut its events budget by a third.

## A sponsor and a hundred volunteers

This year a local solar panel firm, Brightfield Energy, is paying for the stage and the toilets, and more than a hundred volunteers have signed up to run the gates, the car parks and the litter picks.

The raft race is back, along with a dog show, a brass band contest and, for the first time, a food court of street food vans in place of the old burger stalls.

## The festival in numbers

- 2 days, 8 and 9 August
- 24 bands on two stages
- 31 rafts entered so far
- 9 street food vans
- \u00a318,000 from the sponsor

Organiser Jamie Cresswell said the festival would be smaller than it once was but that nobody should notice. "We've cut the things people didn't come for, like the funfair that charged \u00a36 a ride," he said.

Entry is free. Parking on the showground costs \u00a35 a car, and a shuttle bus will run from the railway station every twenty minutes.
"""),

dict(id="h95-en-007", lang="en", tpl="bricks", site="Tamsey Valley Nightly",
     section="Transport", date="2026-09-15", byline="Owain Brackley",
     title="Hollowmere's volunteer minibus gets a new lease of life",
     sub="The village's community transport group has replaced its 19-year-old bus with an electric one.",
     caption="Volunteer drivers with the new electric minibus in Hollowmere.", credit="Photo: Owain Brackley",
     body_caption="The old minibus, which covered more than 400,000 miles.",
     tags=["Hollowmere", "community transport", "electric buses"],
     body="""
When Hollowmere's community minibus failed its MOT in June, the volunteers who run it thought it might be the end of the only public transport the village has left.

The 19-year-old diesel bus had done more than 400,000 miles, most of them between the village, the surgery at Brindle Cross and the supermarket in Marlcombe. The county's last commercial bus through Hollowmere stopped in 2021.

Twelve weeks later the group has a new bus, an electric sixteen-seater with a wheelchair lift, paid for by a lottery grant, two wind farm funds and a collection that raised \u00a36,300 in the village.

"We put a note in the parish newsletter asking for help and the phone didn't stop ringing," said the group's secretary, Gwen Parfitt.

## Who rides it

The bus makes about 90 journeys a week. Most passengers are over 70, and many have no other way of getting to appointments. Some of its regulars are younger people without cars who use it to get to college.

Fares will stay at \u00a32 a trip and are free for anyone with a bus pass.

The group needs more drivers for the new bus, and especially for its Saturday trips to the market. Drivers need a clean licence and must be willing to do one shift a fortnight.

Anyone interested can contact Gwen Parfitt at the village hall on Tuesday mornings.
"""),

dict(id="h95-en-008", lang="en", tpl="portal",
     section="Coast", date="2026-04-27", byline="Rhys Penhallow",
     title="Staithe End lifeboat crew name their new boat after a fisherman's widow",
     sub="The lifeboat was paid for largely by one woman's legacy.",
     caption="The new lifeboat coming into the harbour at Staithe End.", credit="Photo: Rhys Penhallow",
     low=0,
     body="""
The volunteer crew at Staithe End lifeboat station have named their new boat the Marjorie Pascoe, after the widow of a local fisherman whose will paid for most of it.

Marjorie Pascoe died in 2024, aged 96. Her husband, Jack, was lost at sea in 1963 when his crabber sank in a storm off Gull Rock. The lifeboat that went out that night did not find him.

She left \u00a3740,000 to the lifeboat charity on the condition that it was spent on a boat for Staithe End.

Her niece, Carol Pascoe, poured a glass of local cider over the bow at Saturday's ceremony in front of about 400 people on the harbour wall.

"She never talked about that night. But she gave to the lifeboat every month of her life, and now we know why," she said.

The new boat is faster than the one it replaces and can go out in rougher seas. It carries a crew of four and a small inflatable for reaching people stuck at the foot of the cliffs.

Coxswain Danny Treloar said the crew had trained on it for six weeks. "It's a beautiful boat. We just hope we don't need it too often," he said.

The old lifeboat, which served the station for 27 years and launched 612 times, will be sold to a rescue service overseas.
"""),

dict(id="h95-en-009", lang="en", tpl="cms",
     section="Schools", date="2026-02-05", byline="Lucy Farrant",
     title="Brindle Cross pupils to sing in the cathedral at Easter",
     sub="The school's choir was picked from 70 that applied to take part in a county concert.",
     caption="The Brindle Cross Primary choir rehearsing in the school hall.", credit="Photo: Lucy Farrant",
     only=["correction"],
     correction="Correction: we originally reported that 42 children would sing in the cathedral. The choir has 36 members.",
     body="""
A village primary school choir that began as a lunchtime club six years ago will sing in the cathedral this Easter.

The 36 children from Brindle Cross Primary School were picked from 70 choirs that applied to take part in the county's schools concert on 28 March, which will be broadcast on local radio.

Music teacher Ellen Varney started the choir in 2020 with nine pupils and a borrowed keyboard. It now rehearses twice a week and has sung at the Tamsey Riverside Festival and the town's Remembrance service.

The children will perform two songs, one of them written by Year 6 pupils about the river that runs past the school.

"When they heard, they screamed so loudly the office thought there'd been an accident," said Mrs Varney.

Headteacher Paul Ormerod said the school had raised the money for a coach to take the choir and about forty parents to the cathedral. Uniforms have been donated by a clothing shop in Marlcombe.

Ten-year-old Harvey Milsom, who sings a short solo, said he was not nervous. "My nan says the cathedral has better echo than our bathroom," he said.

Parents who have not yet returned the trip form should hand it to the school office by Friday 20 February.
"""),
]
