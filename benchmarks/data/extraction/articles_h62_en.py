# English stories for the sixty-second held-out part (h62-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h60_en.py (tpl: "hubspot" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (dentistfinder, childcareplaces,
# martreport), which are placed only on stories where a real site would print them.  On the hubspot pages,
# "author_role" is the line under the author's name in the post header, and a block of lines starting with "| " is a
# story table (a table inserted in HubSpot's rich-text editor; in the truth: one line a row, its cells joined by " | ").
ARTICLES = [
dict(id="h62-en-001", lang="en", tpl="hubspot", site="Fellside Business Insider",
     section="Agriculture", date="2026-04-21", byline="Harriet Ollerenshaw", author_role="Rural economy correspondent",
     title="Carrow Bridge mart turns over £51m as the store cattle trade holds firm",
     sub="The farmer-owned auction company made a record profit and will spend £1.8m on a covered sheep ring.",
     caption="Store cattle in the main ring at Carrow Bridge Auction Mart.", credit="Image: Fellside Business Insider",
     carry=["martreport"], hs_tags=["Auction marts", "Annual results"],
     look=[("highlight", "Turnover rose to £51.3 million in the year to January"), ("br", "The figures were a surprise")],
     body="""
Carrow Bridge Auction Mart, the farmer-owned company that runs the weekly livestock sales outside Kelderby, has reported its best year since it was founded in 1894.

Turnover rose to £51.3 million in the year to January, up from £44.6 million, and pre-tax profit more than doubled to £612,000. The company's 1,140 shareholders, almost all of them working farmers, will get a dividend for the first time in eleven years.

The figures were a surprise to some members after a wet autumn.

Managing director Rowan Beckwith said the store cattle trade had carried the year. "Buyers from the south have kept coming north for good-quality forward stores, and prices held from August right through to Christmas."

## Where the turnover came from

| Sale | Head sold | Change on year
| Store and breeding cattle | 21,400 | up 9%
| Prime and cull sheep | 138,000 | up 3%
| Machinery and fodder | 1,900 lots | down 4%

## A roof over the sheep

The board will spend £1.8 million on a covered sheep ring and new pens, to be built over the summer so that ewe sales can run in any weather. Work is due to start in June, with sales moved to the cattle ring while it is built.

> We are only as good as the trade on a wet Tuesday in November, and that means getting people and sheep out of the rain.

Beckwith said the mart would also trial online bidding alongside the ring for breeding sales from September.

Shareholders will vote on the dividend at the annual meeting in the mart canteen on 14 May at 7pm.
"""),

dict(id="h62-en-002", lang="en", tpl="cms", section="Health", date="2026-02-17", byline="Declan Ashworth",
     title="Wendlow dental practice to take on 1,500 NHS patients after new contract",
     sub="The practice on Tanner Street is the first in the town to open its NHS list to new adults since 2022.",
     caption="Tanner Street Dental Care in Wendlow.", credit="Photo: Declan Ashworth",
     carry=["dentistfinder"],
     body="""
A dental practice in Wendlow will take on 1,500 new NHS patients over the next year after agreeing a new contract with the integrated care board.

Tanner Street Dental Care will open its list to adults from 2 March, with places for children from the start. It is the first practice in the town to take new adult NHS patients for almost four years.

Practice owner Dr Imran Kothari said two new dentists, one of them trained in Poland and one newly qualified from Newcastle, had made it possible. "We have had people phoning us every day, some of them in real pain, and until now we had to say no."

The care board is paying for the extra places as part of a plan to cut the number of people in the district who have not seen a dentist in two years, which it puts at 41,000.

**Who will be seen first**

- children and young people under 18
- pregnant women and new mothers
- people referred by their GP or by the urgent dental service
- adults on the practice's own waiting list, in the order they joined

Dr Kothari said the waiting list held about 900 names. Everyone on it will get a letter by the end of March telling them when they can book.

Sheila Prentice, 71, has not had a check-up since her dentist in Wendlow went private in 2023. "I've got a tooth that's been bothering me for a year. I just want someone to look at it."

The practice asks people not to turn up at reception. New patients can register through the practice website or contact the surgery on 01632 960 582 between 8am and 6pm.
"""),

dict(id="h62-en-003", lang="en", tpl="legacy-br", section="Education", date="2026-09-08", byline="Megan Trelawny",
     title="Parents keep Ollerby's only nursery open by taking it over themselves",
     sub="The committee of nine parents has signed the lease on the chapel schoolroom and hired back all four staff.",
     caption="Children in the garden of Little Acorns in Ollerby.", credit="Photo: Megan Trelawny",
     carry=["childcareplaces"],
     body="""
A group of parents has saved the only nursery in Ollerby by taking it over as a charity, three months after its owner said it would close.

Little Acorns, which has 26 places in the old chapel schoolroom on Beck Lane, reopened under the new committee on Monday with all four of its staff.

Its owner, Gwen Parry, had said in June that she could no longer make the business pay. The nearest other nursery is eleven miles away in Thorsby, and several parents said they would have had to cut their hours or give up work.

"We had a meeting in the pub and nine of us put our hands up," said committee chair Lottie Kenyon, who works shifts as a paramedic. "None of us had run a nursery. We learned fast."

**How they did it**

The committee registered Little Acorns as a charity, signed a new lease with the chapel trustees at a lower rent and applied to Ofsted to take over the registration. A crowdfunder raised £7,300 to cover the first months of wages while the funding for three- and four-year-olds came through.

Fees stay at £6.20 an hour for children under two and £5.85 for older children.

Staff member Pauline Dobson, who has worked at the nursery for 19 years, said she had cried when she heard it was closing. "Some of the children I look after now, I looked after their mums."

The committee sends a monthly newsletter to parents and is looking for a treasurer. Anyone who can help can contact Lottie Kenyon through the nursery.
"""),

dict(id="h62-en-004", lang="en", tpl="portal", section="Health", date="2026-05-12", byline="Owen Catterall",
     title="'Nobody should have to ring at eight': a practice manager on fixing the morning queue",
     sub="Pendry Road Surgery scrapped its 8am scramble for appointments in January. Its practice manager explains what changed.",
     caption="Practice manager Joanne Whitlow at Pendry Road Surgery.", credit="Photo: Owen Catterall",
     only=["correction"],
     correction="Correction: an earlier version of this interview gave the number of patients at Pendry Road Surgery as 19,000. The surgery has 14,200 patients.",
     body="""
For years, patients at Pendry Road Surgery in Hartside had one way to see a doctor: ring at 8am and hope. In January the surgery stopped that. We asked practice manager Joanne Whitlow how it works now.

**What was wrong with the old way?**

Everyone rang at once. We had 14,200 patients and six phone lines, and by ten past eight the day's appointments were gone. People who worked or had children to get to school never got through.

**So what did you change?**

We moved to an online form that opens at 7am and stays open all day. Patients say what the problem is, and a GP reads every request by the end of the morning.

**What about people who are not online?**

They can still phone, or come to the front desk, and the receptionist fills in the same form with them. About a third of requests still come that way.

**Has it worked?**

The phone queue at eight has gone. Urgent problems are seen the same day. Routine ones are booked within a week, which is not perfect, but it used to be a lottery.

**Have patients complained?**

Some. A few older patients felt we were pushing them onto computers. We have put a volunteer in the waiting room on Tuesday and Friday mornings to help.

**Easy?**

Not at all. The first fortnight was hard on the staff.

The online form is on the surgery website, and the front desk is open from 8am to 6.30pm on weekdays.
"""),

dict(id="h62-en-005", lang="en", tpl="regional", section="Farming", date="2026-07-29", byline="Alun Garside",
     title="Record sheep entry as Dunhollow Show marks its 150th year",
     sub="More than 1,300 sheep were entered at the dale's show, and a Texel tup from Hollins Farm took the supreme title.",
     caption="Judging the Texel classes at Dunhollow Show.", credit="Photo: Alun Garside",
     carry=["martreport", "calendar"],
     body="""
Dunhollow Show celebrated its 150th year on Saturday with the biggest sheep entry in its history, as 1,310 sheep were penned on the showfield beside the river.

The show was first held in 1876 in a field behind the Black Bull, with classes for shorthorn cattle, fell ponies and butter. It has been held every year since except during the two world wars and in 2001, when foot-and-mouth disease closed the dale.

**Texel tup takes the top prize**

The supreme sheep championship went to a Texel shearling tup bred by Nia and Gareth Hollins of Hollins Farm, Upper Dunhollow. It was their first supreme title in 22 years of showing.

"We nearly didn't bring him, because he'd had a bad foot in the spring," Nia Hollins said. "He stood like a soldier all day."

**Young handlers lead the way**

Show secretary Brenda Lowther said the young handlers' classes had 64 entries, twice as many as five years ago. "The dale's future is in those classes. Some of them could barely see over the sheep."

Crowds were estimated at 9,000, helped by a dry day after a week of rain. Stewards opened a second car park in the field above the church at eleven.

Other results included the champion Swaledale ewe, shown by Tom Metcalfe of Gill Head, and the champion cow in the dairy classes, a Holstein from the Ashby family at Low Moor.

The show society will hold its annual dinner at the Black Bull in November, and next year's show is on the last Saturday of July.
"""),

dict(id="h62-en-006", lang="en", tpl="magazine", section="Features", date="2026-10-20", byline="Freya Calloway",
     title="The last tailor on Gullet Street measures up his final customer",
     sub="After 58 years at the same bench, Vincenzo Ferrante is hanging up his tape measure. He cut his last suit for a groom from the flats across the road.",
     caption="Vincenzo Ferrante at his cutting table on Gullet Street.", credit="Photo: Freya Calloway",
     pull="I have made suits for three generations of the same family, and I have buried some of them in my suits too",
     look=[("dropcap", "Cookies in a tin on the counter"), ("box", "Ferrante reckons he has made")],
     body="""
Cookies in a tin on the counter, a radio tuned to the cricket and a smell of steam and wool: Ferrante's on Gullet Street has looked the same since 1968.

On Saturday the shop's owner, Vincenzo Ferrante, will close the door for the last time. He is 81, and his hands, he says, have started to tell him it is time.

He came to Marlbury from a village near Naples at 19, to work for a tailor who needed someone who could cut. Ten years later he bought the shop.

"I have made suits for three generations of the same family, and I have buried some of them in my suits too," he said, smiling.

Ferrante reckons he has made about 2,600 suits by hand, along with wedding dresses altered, school blazers let out and, once, a costume for a bishop.

His last commission came from Kwame Osei, who lives in the flats across the road and is getting married in November. Osei's father had his own wedding suit made at Ferrante's in 1994.

"When I told him about the wedding, he put the tape measure round my shoulders before I had finished the sentence," Osei said.

The shop will become a bakery. Ferrante says he does not mind. "People always need bread. They do not always need a waistcoat."

He will keep one thing: the wooden yardstick he brought from Italy, which has hung behind the counter for 58 years.

Customers who want to say goodbye are welcome on Saturday morning from nine until noon.
"""),

dict(id="h62-en-007", lang="en", tpl="nextjs", section="People", date="2026-03-03", byline="Tamsin Holroyd",
     title="'The horse tells you if you got it wrong': a farrier on forty years at the anvil",
     sub="Gethin Rowlands shoes about 30 horses a week across three valleys from the back of his van.",
     caption="Gethin Rowlands at work in a yard near Llanfor.", credit="Photo: Tamsin Holroyd",
     low=0,
     look=[("bold", "How did you get into it?"), ("bold", "What does a normal week look like?"), ("bold", "Has the job changed?"),
           ("bold", "Hardest horse?"), ("bold", "Will anyone take over?")],
     body="""
Gethin Rowlands has been a farrier for forty years this spring. He works from a van with a gas forge in the back, shoeing riding ponies, hunters and the odd carthorse across the upper Teme valleys. We caught him between two yards.

How did you get into it?

My uncle was a blacksmith in Knucklas. I swept his floor from the age of nine. At sixteen I went to an apprenticeship in Hereford, and I've never done anything else.

What does a normal week look like?

About 30 horses. I'm on the road by seven, and most days I do six or seven calls. The furthest is an hour and a quarter each way.

Has the job changed?

A lot. When I started it was farm horses and hunters. Now it's mostly people who ride for fun, and they care about their horses like children. That's a good thing.

Hardest horse?

A big grey mare called Duchess, in about 1992. It took three of us and a bucket of carrots. The horse tells you if you got it wrong, usually with a back leg.

Will anyone take over?

My daughter Elin qualified last year. She's quicker than me already, and she's better with the awkward ones.

Gethin Rowlands can be reached on 07700 900 641, but he asks people to leave a message, because he does not answer the phone with a hoof in his hand.
"""),

dict(id="h62-en-008", lang="en", tpl="quintype", section="Community", date="2026-06-16", byline="Bethany Norcross",
     title="Allotment waiting list closes after 300 people queue for plots in Hexworth",
     sub="The town council has stopped taking names until it can find more land, and some people have waited six years.",
     caption="Plots at the Brook Lane allotments in Hexworth.", credit="Photo: Bethany Norcross",
     look=[("highlight", "Hexworth Town Council has closed its allotment waiting list")],
     body="""
Hexworth Town Council has closed its allotment waiting list after the number of people on it passed 300, against 142 plots across the town's three sites.

Councillors agreed on Tuesday that no new names would be added until more land is found. The people already on the list keep their place.

Some have been waiting since 2020. Retired bus driver Colin Pratt said he had been told he was now 41st. "I'll be growing potatoes in heaven at this rate."

The clerk to the council, Rachel Emsworth, said demand had grown every year since the pandemic, and that young families now made up almost half the list.

## What the town council plans

- splitting full plots into half plots when tenants give them up
- asking the county council about a field behind the fire station
- talking to two churches about land they own but do not use
- removing tenants who leave their plots untended for a season, after two warnings

Half plots cost £28 a year and full plots £52, with a discount for people over 65.

Plot holders at Brook Lane said they were happy to share. "Most of us have too many courgettes anyway," said Denise Varley, who has had her plot for 30 years and runs the site's seed swap.

The council says anyone who wants to follow progress on the new land can read the minutes of its amenities committee, which meets on the second Tuesday of each month.
"""),

dict(id="h62-en-009", lang="en", tpl="typo3", section="Council news", date="2026-11-10", byline="Communications team",
     site="Ravensby Town Council", kind="public",
     title="Town council buys the old fire station for a youth centre",
     sub="The council has completed the £340,000 purchase of the Station Road building, empty since 2019.",
     caption="The old fire station on Station Road, Ravensby.", credit="Ravensby Town Council",
     carry=["map"],
     body="""
Ravensby Town Council has completed the purchase of the old fire station on Station Road and will turn it into a youth centre.

The council paid £340,000 for the building, which has been empty since the fire service moved to its new station on the bypass in 2019. The money comes from the council's reserves and a loan from the Public Works Loan Board, to be repaid over 25 years.

The mayor of Ravensby, Councillor Joyce Abiodun, said the town had been without a youth club since the old one at the Methodist hall closed in 2017. "Young people told us, again and again, that there was nowhere to go that wasn't a bus shelter."

## What the building will hold

- the two engine bays will become a sports and music hall
- the old mess room will be a kitchen and café run by young people
- the first floor will have quiet rooms for homework and a counselling service
- the drill yard at the back will be a skate and bike area

Plans were drawn up with 140 young people from the town's two secondary schools, who voted on the layout in March.

Work is expected to start next spring, once the council has secured grants for the conversion, estimated at £780,000. The council will apply to the national lottery and the county's youth fund.

Residents can see the plans at the town hall on Wednesday 26 November from 3pm to 7pm. Questions can be sent to the town clerk at the council offices.
"""),
]
