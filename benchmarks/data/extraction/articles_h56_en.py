# English stories for the fifty-sixth held-out part (h56-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h54_en.py (tpl: "xenforo" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (ratesrelief, crossings, schoolmeals),
# which are placed only on stories where a real site would print them.  "starter" (xenforo pages only) is the forum
# member who started the article thread; the residents' replies under it are the forum's, not the story's.
ARTICLES = [
dict(id="h56-en-001", lang="en", tpl="xenforo", site="Wendle Valley Forum", kind="small",
     section="Wendle news desk", date="2026-02-23", byline="Valley News Desk",
     title="Hobb's Quay chain ferry out of action for six weeks while its chains are replaced",
     sub="The ferry to Saltcote stops on 2 March. A foot launch and extra buses will run while it is closed.",
     caption="The chain ferry leaving Hobb's Quay on a grey February morning.", credit="Photo: Wendle Valley Forum",
     carry=["crossings"], avoid=["continue"],
     look=[("highlight", "The ferry carries about 1,100 vehicles")],
     body="""
The chain ferry between Hobb's Quay and Saltcote will stop running on Monday 2 March for six weeks while its two drive chains are replaced, the county council has confirmed.

The chains, each 190 metres long, were last changed in 2014. An inspection in January found that several links had worn to less than two-thirds of their original thickness.

The ferry carries about 1,100 vehicles and 600 foot passengers and cyclists on a normal weekday. Without it, the drive from one bank to the other is 23 miles by way of the toll bridge at Ashwick.

## How to get across while it's closed

The council and the bus company have put together the following:

- a free foot-passenger launch every 30 minutes from 7am to 7pm, from the slipway beside the ferry ramp
- an extra bus on route 37 in the morning and evening peaks, calling at Saltcote and Hobb's Quay
- free parking at Saltcote village hall for launch passengers
- bikes carried on the launch, but no e-scooters or motorbikes

The launch crew say there is room for six bikes at a time, and cyclists will have to lift them on and off themselves.

## A harder six weeks for some

Claire Dunnock runs the post office in Saltcote and lives on the Hobb's Quay side. "It's a twenty-minute trip turned into an hour and a quarter, or a boat ride in March. I'll take the boat and a flask," she said.

Carers and district nurses who cross several times a day have been offered priority boarding on the launch.

The council said the work had been timed for the quietest weeks of the year, before the Easter visitors arrive.

The ferry is due back in service on Monday 13 April. Members can post their questions in this thread and we will pass them on to the council's ferry team.
"""),

dict(id="h56-en-002", lang="en", tpl="chunks", section="Business", date="2026-02-10", byline="Maddie Thwaites",
     title="Seafront cafés face rates bills up to three times higher after revaluation",
     sub="Fourteen of the 31 businesses on Harbour Street say they may close or cut their hours within two years.",
     caption="Cafés and gift shops on Harbour Street, Pellingford.", credit="Photo: Maddie Thwaites",
     carry=["ratesrelief"],
     look=[("br", "Because her new rateable value")],
     body="""
Cafés, gift shops and a bike-hire firm on Harbour Street in Pellingford face business rates bills up to three times higher from April, after the first revaluation of the seafront since 2017.

The new rateable values, published last week, reflect the rents that seafront premises could now fetch. For a row of small cafés facing the beach, they have risen by as much as 140 per cent.

## 'A tax on a good summer'

Jo Merriday, who has run the Tidewater Café for eleven years, said her bill would go from £3,100 to £8,900 a year. "They've looked at two good summers and decided we're rich. We had a lot of customers. We didn't have a lot of profit," she said.

Because her new rateable value is above £15,000, she will lose the small business relief that has kept her bill down since 2019.

## Transitional help

A national transitional scheme limits how quickly bills can rise, so most traders will not pay the full increase in the first year. For small premises, rises are capped at 15 per cent in 2026 and 25 per cent in 2027.

The Pellingford Traders' Association said that only delayed the problem. Its chair, Dev Anand-Whitley, said 14 of the 31 businesses on the street had told the association they would think about closing or cutting their opening hours within two years.

The district council said it had no say over the valuations, which are set nationally, but would look at giving discretionary relief to the businesses hit hardest.

## Appeals

Traders who think their new value is wrong can challenge it online. The association is holding a drop-in session on filling in the forms at the sailing club on Thursday 19 February from 6pm.

Anyone with questions about their bill can ring the council's business rates team on 01632 960 733.
"""),

dict(id="h56-en-003", lang="en", tpl="amp", section="Education", date="2026-01-27", byline="Priya Castellane",
     title="The school cook who brought the Wednesday roast back",
     sub="Brackenhurst Primary has cooked every lunch from scratch since September. Its head cook explains what changed.",
     caption="Head cook Maureen Stannard in the kitchen at Brackenhurst Primary.", credit="Photo: Priya Castellane",
     carry=["schoolmeals"],
     look=[("bold", "What did the children eat before?"), ("bold", "And since September?"), ("bold", "Who paid for it?"),
           ("bold", "Is it dearer?"), ("bold", "What do they like best?"), ("bold", "What's the hardest part?")],
     body="""
Since September, the kitchen at Brackenhurst Primary has cooked every meal from scratch again, after nine years of food delivered ready-made in trays. Head cook Maureen Stannard, 58, explains what changed.

What did the children eat before?

Meals were cooked in a central kitchen twenty miles away and brought over in hot boxes. By the time they got here, the pasta was soft and the vegetables were grey. Half of it went in the bin.

And since September?

We bake our own bread twice a week, we make a roast every Wednesday and the soup starts as a pile of carrots at half past seven. Last month we served 6,200 meals and threw away about a tenth of what we used to.

Who paid for it?

The school and the council shared the cost of a new oven, a walk-in fridge and a dishwasher, about £48,000 in all. The parents' association raised another £3,000 with a sponsored walk for pots and pans.

Is it dearer?

A meal costs the school £2.61 to make, eleven pence more than the trays did. More children are eating, so the sums work.

What do they like best?

Fish on Friday, the roast, and my flapjack. What they don't like is beetroot. I keep trying.

What's the hardest part?

Getting 280 lunches out in 55 minutes with four of us. Some days the little ones come up and say thank you, and I forget about my feet.

More than a third of the school's pupils are eligible for free lunches, and the school office helps parents who are not sure whether they qualify.
"""),

dict(id="h56-en-004", lang="en", tpl="sanity", section="Community", date="2026-05-19", byline="Tobias Ellery",
     title="Wedding ring lost on an allotment in 1995 turns up on a new plot holder's fork",
     sub="Gwen Harlow and her husband sieved the soil of plot 14 for a whole weekend. Thirty-one years later, a leek grower found it.",
     caption="Gwen Harlow with the ring at the Orchard Lane allotments.", credit="Photo: Tobias Ellery",
     section_tag=True,
     look=[("dropcap", "Last Sunday, a new plot holder")],
     body="""
When Gwen Harlow lost her wedding ring while lifting potatoes in 1995, she and her husband spent a whole weekend sieving the soil of plot 14 at the Orchard Lane allotments. They never found it.

Last Sunday, a new plot holder digging the same bed for his first crop of leeks turned it up on the end of his fork.

Kamil Wróblewski, 34, who took on the plot in January, said he almost threw it on the heap with the stones. "It was black with dirt. Then I rubbed it on my jeans and saw it was gold," he said.

Inside the band were the initials G and R and a date, 12.6.71. The allotment society's secretary, Brenda Oakes, remembered the story of the lost ring and knew where Mrs Harlow lived.

Mrs Harlow, now 79, still lives two streets away. Her husband, Roy, died in 2019.

"I opened the door and Brenda said, 'Sit down, Gwen, I've got something for you.' I cried, and then I laughed, and then I made everyone a cup of tea," she said.

The ring no longer fits, so she will wear it on a chain. She has given Mr Wróblewski a tray of leek seedlings, grown on her windowsill from seed she has saved for forty years.

The Orchard Lane allotment society has eight empty plots and, for the first time in a decade, nobody on its waiting list. Half plots cost £22 a year.
"""),

dict(id="h56-en-005", lang="en", tpl="semantic", section="Islands", date="2026-03-12", byline="Euan Macrory",
     title="Carrow Island cut off for 40 hours as swing bridge jams open",
     sub="Workboats and the lifeboat crew ferried islanders across the Sound while engineers fitted a temporary pump.",
     caption="The Carrow Sound bridge stuck in the open position on Tuesday.", credit="Photo: Euan Macrory",
     carry=["crossings"],
     body="""
About 900 people on Carrow Island were cut off from the mainland for almost two days after the swing bridge across Carrow Sound jammed in the open position on Tuesday morning.

The bridge, which swings aside to let yachts and fishing boats through, had opened at 6.10am for a trawler returning to harbour. When the operator tried to close it again, a hydraulic pump failed.

**Boats instead of buses**

The harbour authority ran a shuttle with two workboats from the island jetty to the mainland slipway, and the lifeboat crew helped older passengers on and off.

Children from the island missed a day of school. About forty people who work on the mainland were told to stay at home.

The island's shop ran low on milk and bread by Wednesday afternoon, and a delivery was brought across on the fishing boat Morning Star.

**Third failure in two years**

It was the third time since 2024 that the bridge, built in 1963, has jammed, and islanders say they have been promised a new pump for longer than that.

Rhona Gilchrist, who chairs the island's community council, said people had been patient but were angry. "We have a GP who comes over twice a week, a school, and staff for two care homes. We can't live with a bridge that works when it feels like it," she said.

The county council said engineers had fitted a temporary pump and the bridge closed again at 10.25pm on Wednesday. A permanent replacement has been ordered and should be fitted in May.

The bridge is swinging for boats on its usual timetable again, at 7am, noon and 6pm, and on request outside those hours.
"""),

dict(id="h56-en-006", lang="en", tpl="nextjs", section="Business", date="2026-03-30", byline="Harriet Oyelaran",
     title="Villagers buy the Wheatsheaf as share offer raises £391,000",
     sub="The only pub in Upper Cotling will reopen in May, owned by 212 shareholders.",
     caption="Volunteers outside the Wheatsheaf at Upper Cotling.", credit="Photo: Harriet Oyelaran",
     carry=["ratesrelief"],
     look=[("italic", "Each shareholder has one vote")],
     body="""
Shares in the Wheatsheaf at Upper Cotling have sold out in nine weeks, and the village's only pub will reopen under community ownership in May.

The pub closed last summer when the brewery that owned it put it up for sale. A group of villagers formed a society, had the building listed as an asset of community value and launched a share offer in January.

By the time the offer closed on Friday, 212 people had bought shares worth £391,000, in amounts from £100 to £10,000. With a government grant and a loan from a community lender, that was enough to buy the building for £475,000.

Dawn Pickersgill, who chairs the society, said more than half of the shareholders lived in the parish. "Some people put in their savings, some people put in a hundred pounds and apologised for it. Every one of them counts the same," she said.

Each shareholder has one vote, however many shares they own.

The society has taken on a tenant landlord, Marcus Leeming, who ran a pub in Holt for eight years. Plans for the first year include:

- a post office counter two mornings a week
- a small shop selling bread, milk and papers
- a room for the parish council and the knitting circle
- food, but no fine dining, Mr Leeming says

Because the Wheatsheaf is the only pub in a small rural settlement, its business rates bill will be cut to nothing under the rural relief scheme. "That's what makes the sums add up," Ms Pickersgill said.

Volunteers will start stripping the bar and painting on Saturday. The reopening is planned for the May bank holiday weekend.
"""),

dict(id="h56-en-007", lang="en", tpl="ghost", site="Fennick Road Residents' Association", kind="small",
     section="Round the block", date="2026-03-03", byline="Farida Nwachukwu",
     title="Spring clean-up and bulb planting on Fennick Green",
     sub="Saturday 14 March, 10am to 1pm. Meet at the bench by the bus stop.",
     caption="Neighbours with last year's haul of litter bags on Fennick Green.", credit="Photo: Fennick Road Residents' Association",
     carry=["calendar"],
     look=[("callout", "Can't make the Saturday?")],
     body="""
Our spring clean-up of Fennick Green and the alleys behind Fennick Road will take place on Saturday 14 March, from 10am to 1pm. Meet at the bench by the bus stop.

Last year thirty-eight neighbours filled 61 bags of rubbish, pulled a shopping trolley out of the brook and found a bicycle that nobody has claimed.

This year, as well as picking litter, we are planting 1,500 crocus and daffodil bulbs along the edge of the green. The bulbs were paid for with the £240 raised at the autumn quiz. The council's parks team will drop off litter pickers, gloves, hoops and bags on the Friday.

The council has agreed to collect the full bags from the corner by the phone box on Monday morning, so please don't leave them anywhere else.

Children are very welcome but must come with an adult. If you have a trowel or a bulb planter, please bring it.

Can't make the Saturday? You can borrow a litter picker from number 42 any weekend. Just knock and ask for Farida.

Tea, squash and homemade biscuits will be served from Moira's garage at half past twelve.

Photos from last year's clean-up are on the noticeboard outside the corner shop.
"""),

dict(id="h56-en-008", lang="en", tpl="fusion", section="Sport", date="2026-03-23", byline="Connor Blakiston",
     title="Hollinbrook win the county netball title for the first time in 41 years",
     sub="A 48-41 win over Stanway Falcons on the last day of the season kept them two points clear.",
     caption="Hollinbrook's players celebrate at the final whistle.", credit="Photo: Connor Blakiston",
     carry=["scores"],
     look=[("factbox", "The final top four")],
     body="""
Hollinbrook Netball Club have won the county league for the first time in their 41-year history, finishing two points clear after a 48-41 win over Stanway Falcons in the last match of the season on Sunday.

The first team needed a win to stay ahead of Marlcombe Saints, who won their own final game by 19 goals earlier in the afternoon.

Stanway led by three at half-time, but Hollinbrook scored eight of the first ten goals in the third quarter. Goal shooter Precious Adeyemi, 19, finished with 31 goals from 34 attempts.

Captain Laura Fenbury, who joined the club as a ten-year-old, said the team had lost four of its first six games. "We sat in the changing room in October and asked whether we were good enough for this league. Somebody said, 'We'll find out in March,'" she said.

## The final top four

- Hollinbrook, 38 points
- Marlcombe Saints, 36 points
- Stanway Falcons, 31 points
- Abbotsley Reds, 24 points

The club, which trains in the sports hall at Hollinbrook Academy, has 140 members aged from eight to 67, and runs a walking netball group on Wednesday mornings.

Coach Sian Alderwick said the title belonged to the volunteers who drive, umpire, wash the bibs and run the tea urn. The team will be promoted to the regional league next season.

New players of all abilities can come to training on Tuesdays from 7pm.
"""),

dict(id="h56-en-009", lang="en", tpl="table", section="Local", date="2026-06-04", byline="Nia Ruddock",
     title="Forty years of rain in 41 notebooks go to the county archive",
     sub="A retired postman has recorded the weather in his back garden every morning since 1986.",
     caption="Cyril Bannister with his rain gauge and some of his notebooks.", credit="Photo: Nia Ruddock",
     low=0,
     body="""
Follow the weather long enough and it starts to tell you things, says Cyril Bannister. For forty years the retired postman has written down the rainfall, the temperature and the wind in his back garden in Marlow Hythe at nine o'clock every morning.

This week the 41 notebooks, every page filled in the same blue biro, were handed to the county record office, which will scan them and share the figures with the national weather service.

Mr Bannister, 86, started the diary in 1986 after a neighbour gave him a rain gauge as a retirement present. He has missed eleven days in that time, nine of them in hospital in 2011.

"The wettest day was 4 October 1987, 71 millimetres. The driest year was 1996. I didn't need the notebook to remember either of them," he said.

The county archivist, Helen Makepeace, said amateur records like his filled the gaps between official weather stations, which in the valley are fifteen miles apart.

The notebooks show that the village's wettest months have shifted from winter into autumn, she said, and that frosts in May, once common, have almost disappeared since 2000.

Mr Bannister will keep recording, with his granddaughter's help, on a tablet instead of in notebooks. "She types, I read the gauge. It's still my rain," he said.
"""),
]
