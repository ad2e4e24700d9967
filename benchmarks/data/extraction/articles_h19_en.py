# English stories for the nineteenth held-out part (h19-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "ucoz" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), pull (magazine), correction (the wording of
# the correction line, where a page carries one).
ARTICLES = [
dict(id="h19-en-001", lang="en", tpl="ucoz", site="Ashby Parva Village", section="Village news",
     date="2026-04-16", byline="Jim Coultas",
     title="Mill pond dig starts on Monday after 60 years of silt",
     sub="Volunteers and a hired digger will clear the pond by the old corn mill.",
     caption="The mill pond in March, more reed bed than water.", credit="Photo: Jim Coultas",
     body="""
Work to clear the mill pond behind Ashby Parva's old corn mill starts on Monday, and for the first time in living memory there should be open water there again by the summer.

The pond has been filling with silt and reeds since the mill stopped working in the 1960s. In a dry spell last year it shrank to a puddle, and the frogs and newts that used to breed there have almost gone.

## Who is doing what

The Friends of the Mill Pond have raised £6,200 and the work has been split up like this:

- a contractor with a small tracked digger will take out the worst of the silt over five days;
- volunteers will clear the reeds by hand from the banks;
- the parish council will pay for a new sluice board at the outflow.

The landowner, Mr Derek Plowright, gave his consent for the silt to be spread on the field next to the pond, which saves the cost of taking it away by lorry.

"It was a proper pond when I was a boy," he said.

## Keep your distance

Follow the diversion signs on the footpath from Mill Lane while the digger is working. The path will be shut from 8am to 4pm, Monday to Friday, and open at weekends.

Photos of the work will be added to the village album as it goes along. Anyone who wants to help with the planting in May should give their name to Sandra at the village shop. Tea and cookies will be laid on.
"""),

dict(id="h19-en-002", lang="en", tpl="wordpress", section="Transport", date="2026-02-09", byline="Nadia Ferreira",
     title="Chain ferry out of action for ten weeks as hull repairs begin",
     sub="Drivers face a 19-mile detour while the crossing is shut.",
     caption="The ferry at its slipway on the west bank.", credit="Photograph: Nadia Ferreira",
     body="""
The chain ferry that carries cars across the river at Tollbridge will be out of service for ten weeks from 2 March while its hull is repaired.

The 60-year-old vessel failed a routine inspection in January, when surveyors found corrosion in several steel plates below the waterline. It will be towed to a boatyard downstream for the work.

## A long way round

Without the ferry, drivers will have to go round by the bypass bridge, a detour of about 19 miles. Foot passengers and cyclists will be taken across by a small launch, which will run every half hour from 6am to 10pm.

The ferry company said the launch would carry up to 12 people and four bicycles at a time.

"We know this is a real pain for people who use us every day," said its operations manager, Keith Alderton.

## What else is changing

During the closure:

- the bus company will add two extra journeys a day on the 41 route;
- the car park on the east bank will be free;
- season tickets will be extended by ten weeks at no cost.

Listen out for announcements at the slipway if the launch has to stop because of high winds or flooding.

The county council said it was in contact with the ferry company about the timetable and had asked for regular updates on the repairs.

A public meeting about the closure will be held at the Tollbridge Institute on 18 February at 7pm.
"""),

dict(id="h19-en-003", lang="en", tpl="ghost", section="Business", date="2026-05-06", byline="Owen Prentice",
     title="Hop Lane brewery handed to its workers",
     sub="The founders are selling the business to an employee ownership trust.",
     caption="Brewers at work in the Hop Lane brewhouse.", credit="Photograph: Owen Prentice",
     body="""
The founders of Hop Lane Brewery are handing the business to its 23 staff, in what they say is the only way to make sure it stays in the town.

Ruth and Alan Greatorex, who started brewing in a garage in 2009, will sell their shares to an employee ownership trust over the next seven years. The price will be paid out of the brewery's profits.

## Why sell now

Mrs Greatorex said they had been approached by two larger brewers in the past year. Both wanted to move production elsewhere.

"We didn't build this to see it boxed up and shipped to a business park," she said.

Under the new structure, every employee who has been there for a year will get a share of the profits each year, paid as a tax-free bonus. Staff will also elect two members of the trust's board.

## What customers will notice

Very little, according to head brewer Jakub Nowak. The core range stays the same, and the taproom will keep its opening hours.

Subscribers to the brewery's beer club, which sends out a mixed box each month, have been told their subscriptions will carry on as before.

Employee ownership has grown quickly in the UK in recent years, with more than 1,800 firms now owned this way. Most are in services; breweries are still rare.

The sale is expected to be completed by the end of June.
"""),

dict(id="h19-en-004", lang="en", tpl="table", section="Health", date="2026-03-19", byline="Laura Middlemiss",
     title="Night-shift hospital staff to park for free",
     sub="The change follows a petition signed by more than 1,400 workers.",
     caption="The main car park at Wendover General.", credit="Photograph: Laura Middlemiss",
     low=0,
     body="""
Nurses, porters and other staff who work night shifts at Wendover General Hospital will no longer have to pay to park, the hospital trust has said.

From 1 April, staff who start a shift after 7pm or finish one before 8am will be able to use the main car park without charge. Until now they have paid up to £4.50 a shift.

The change follows a petition started by a healthcare assistant, Gemma Rolfe, which was signed by more than 1,400 staff in three weeks.

## 'It adds up'

Ms Rolfe said some colleagues on lower pay had been spending more than £60 a month on parking.

"It adds up when you're doing four nights a week," she said.

She also said staff had felt unsafe walking to the cheaper car park on the other side of the bypass in the early hours.

## How the permits work

The trust will issue permits linked to the staff rota. Night-shift workers will be able to:

- register their car once through the staff app;
- park in any bay marked for staff;
- leave without a ticket between 7pm and 8am.

The trust's director of estates, Philip Mowbray, said the scheme would cost about £180,000 a year in lost income. It will be reviewed after twelve months.

Visitors' charges are not changing.
"""),

dict(id="h19-en-005", lang="en", tpl="magazine", section="Features", date="2026-06-12", byline="Eleanor Quayle",
     title="The last clogger in the valley has an apprentice",
     sub="After forty years alone at his bench, Frank Holroyd is passing the trade on.",
     caption="Frank Holroyd shaping a sole from a block of sycamore.", credit="Photograph: Eleanor Quayle",
     pull="A clog has to be made for one pair of feet",
     body="""
Frank Holroyd has made clogs in the same stone workshop for forty-one years. For most of that time he assumed the trade would end with him.

Then, two winters ago, a 24-year-old joiner called Alice Brennan knocked on the door and asked if he needed a hand.

## Wood, leather and patience

A pair of Holroyd clogs takes about two days. The sole is cut from sycamore, which stays light and does not split, and shaped with a stock knife fixed to the bench by a hook. The uppers are leather, nailed round the edge with a strip of brass.

"A clog has to be made for one pair of feet," Frank says. "That's the whole secret, really."

Alice spent her first six months doing nothing but soles. She still has the blister scars.

## Who buys clogs now

More people than you would think. Frank's customers are mainly:

- dancers from the clog and morris teams across the north;
- farm workers and gardeners who want something waterproof;
- people who simply like them and wear them to the shops.

The waiting list is now eight months long.

Read any old trade directory for the valley and you will find dozens of cloggers listed. By the 1970s Frank's old master was the only one left.

## A shared bench

Alice now makes about a third of the clogs herself, and in the afternoons the two of them work side by side, often in silence.

"She's quicker than I was," Frank says. "Don't tell her."
"""),

dict(id="h19-en-006", lang="en", tpl="hugo", site="The Dene Datadesk", section="Data", date="2026-07-02",
     byline="Sam Okafor",
     title="How long does it take to get planning permission in Upper Dene?",
     sub="We went through 2,300 decisions from the last three years.",
     caption="The council's planning register, exported as a spreadsheet.", credit="Image: Sam Okafor",
     body="""
If you apply to build an extension in Upper Dene, the council is supposed to decide within eight weeks. We wanted to know how often that actually happens.

We downloaded every householder planning decision the council made between January 2023 and December 2025, 2,317 in all, and counted the days from the date an application was marked valid to the date of the decision.

## The short answer

Most people wait longer than the target. Our figures show that:

- 41% of decisions were made within eight weeks;
- 37% took between eight and sixteen weeks;
- 22% took longer than sixteen weeks.

The slowest case in our data, a loft conversion in Greyfield, took 61 weeks.

## Where the delays come from

Applications that needed a comment from the council's conservation officer took more than twice as long on average. Many applicants also agreed to extend the deadline, which means the council does not count their case as late.

A council spokesperson said the planning team had been short of three officers for most of 2024 and that two new posts were filled in the spring.

"We are now deciding more applications on time," the spokesperson said.

## Check your own street

Share the map below with neighbours if you are thinking of applying: it shows the average wait in each ward.

Our full data set and the code we used are on our GitHub page. This analysis was also sent to readers of our fortnightly newsletter last week.
"""),

dict(id="h19-en-007", lang="en", tpl="joomla4", section="Sport", date="2026-08-24", byline="Chris Nwosu",
     title="Fernley women reach first county final",
     sub="An unbeaten 74 from the captain sealed a four-wicket win.",
     caption="Fernley's players celebrate the winning runs.", credit="Picture: Chris Nwosu",
     body="""
Fernley Cricket Club's women's team will play in a county cup final for the first time after beating Abbotsholme by four wickets on Sunday.

Chasing 168 in their 40 overs, Fernley were in trouble at 52 for four before their captain, Priya Lakhani, put on 91 with the 16-year-old Holly Sutcliffe.

Lakhani finished unbeaten on 74 and hit the winning boundary with three balls left.

## From six players to a full squad

The team only started in 2022, when six women turned up to a taster session. The club now has 31 registered players and a junior girls' side.

"Three years ago we couldn't get eleven people on the field," Lakhani said.

Follow the path the team has taken and you can see why the club is proud. In their first season they lost every game; last year they won the second division.

## The final

Fernley will face Marston Priors at the county ground on 7 September, with the first ball at 11am. Entry is free.

The club is running a coach for supporters. To book a seat:

- email the club secretary before 1 September;
- pay £8 per adult, children go free;
- meet at the pavilion at 8.30am.

Marston Priors have won the cup four times in the last six years.
"""),

dict(id="h19-en-008", lang="en", tpl="medium", site="Canal Side Residents", section="Community", date="2026-05-27",
     byline="Hannah Breckon",
     title="What we found when we asked boaters about the towpath",
     sub="Our survey of 140 people who live on the water.",
     caption="Narrowboats moored along the Kelsey Arm.", credit="Photo: Hannah Breckon",
     body="""
This spring, volunteers from Canal Side Residents walked the towpath from Kelsey Lock to the basin with clipboards and a flask of tea. We wanted to hear from the people who live on the boats.

We spoke to 140 people over six weekends. Here is what they told us.

## The towpath itself

Almost everyone mentioned the surface. Between the lock and the railway bridge it turns to mud every winter, and two people told us they had fallen there.

"You need wellies just to get your shopping home," one boater said.

## Services

The most common requests were:

- a second water point near the railway bridge;
- a safe place to leave bikes;
- better lighting by the footbridge.

## Taking part

Everyone who filled in the form gave their consent for their answers to be used in this report. We did not take names, and the quotes are anonymous.

We have also shared the results with the Canal & River Trust and with the city council's ward councillors.

## The meeting on 12 June

A meeting for boaters and people in the houses along Wharf Road will be held at the community centre on 12 June. The trust has said it will send someone.

If you want to hear about the meeting and our other work, our monthly newsletter goes out on the first Sunday of the month. It is written by volunteers and it is free.
"""),

dict(id="h19-en-009", lang="en", tpl="k2", section="Education", date="2026-01-21", byline="Dominic Ashby",
     title="Eleven school crossings have no patrol as council struggles to recruit",
     sub="Some of the posts have been empty for more than a year.",
     caption="A school crossing patrol on Station Road.", credit="Photo: Dominic Ashby",
     body="""
Eleven school crossing patrol posts in the district have no one to staff them, and some have been empty for more than a year, the council has admitted.

The figures were given in answer to a question from a councillor at last week's full council meeting.

## Short hours, hard to fill

The job involves about an hour and a half each school day, split between the morning and the afternoon, and pays just over £12 an hour.

Councillor Maria Ogundipe, who asked the question, said parents at two primary schools in her ward had been helping children across busy roads themselves.

"That shouldn't be their job," she said.

## What the council is doing

The council's road safety manager said the authority was trying several things to fill the gaps:

- advertising the posts in school newsletters and on local radio;
- offering the job as a pair of shifts so two people can share it;
- paying a £200 bonus to staff who recommend a friend.

Subscribe to the council's jobs bulletin to get an alert when new posts are advertised, she added.

She said the council had also been in contact with the police about putting up temporary signs at the busiest empty crossings.

## A job people stay in

Once filled, the posts tend to stay filled. One patrol officer in Brackenholt, Edna Pike, has been on the same crossing for 31 years and has no plans to stop.

"The children keep me young," she said.
"""),
]
