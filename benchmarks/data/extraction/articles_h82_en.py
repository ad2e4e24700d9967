# English stories for the eighty-second held-out part (h82-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**; a paragraph that is only "**...**" is a crosshead or a question set in
# bold by the editor, and is story text).
# Fields as in articles_h80_en.py (tpl: "helixultimate" is new in this part, the others are layouts of earlier parts;
# low, only, carry, choose, avoid, site, kind, sub, pull, correction, look, section_tag); "carry" names the residue
# families a page must carry, among them the three families new in this part (blueplaques, dialaride, treeworks),
# which are placed only on stories where a real site would print them.
ARTICLES = [
dict(id="h82-en-001", lang="en", tpl="helixultimate", site="Brackwater Vale Online", kind="community",
     section="Heritage in the Vale", date="2026-04-14", byline="Margaret Oldroyd",
     title="Blue plaque for the doctor who drove her own ambulance through the 1947 floods",
     sub="Dr Winifred Hale practised from a terraced house on Tanner Street for 31 years. From Saturday her name will be on its wall.",
     caption="The plaque, before it was fixed to 22 Tanner Street.", credit="Photo: Margaret Oldroyd",
     carry=["blueplaques"],
     look=[("highlight", "Dr Hale bought a second-hand Bedford van in 1946"), ("bold", "She charged nothing to anyone who could not pay."),
           ("br", "\"We had never heard of her."), ("italic", "\u201cShe would have hated the fuss and loved the party.\u201d")],
     body="""
A blue plaque will be unveiled on Saturday at 22 Tanner Street, Brackwater, where Dr Winifred Hale lived and saw patients from 1932 until she retired in 1963.

The plaque is the seventeenth put up by the Brackwater Civic Society since its scheme began, and the first to a doctor.

## The van in the flood

Dr Hale bought a second-hand Bedford van in 1946 and fitted it with a stretcher and a paraffin heater. When the Brack burst its banks in March 1947 she drove it through water up to the wheel arches for three days, taking patients from the low streets to the cottage hospital on the hill.

She charged nothing to anyone who could not pay.

The society's heritage officer, Leonard Prest, said the nomination came from a reader who found her name in a box of old parish magazines.

"We had never heard of her. Within a week we had letters from eleven families she had treated," he said.

## A small unveiling

Her great-niece, Ruth Calloway, will travel from Bristol to pull the cord. She still has the doctor's bag.

\u201cShe would have hated the fuss and loved the party.\u201d

The unveiling starts at 11am and tea will be served afterwards in the Methodist hall on Tanner Street, which has a ramp at the side door.
"""),

dict(id="h82-en-002", lang="en", tpl="cms", section="Transport", date="2026-02-03", byline="Colin Ashworth",
     title="Dial-a-ride minibuses to reach farms beyond the last bus stop",
     sub="Two new minibuses will pick up passengers from isolated farms and hamlets on the moor side of the Vale.",
     caption="One of the two new minibuses outside Saltmoor health centre.", credit="Photo: Colin Ashworth",
     carry=["dialaride"],
     body="""
People living on farms and in hamlets above Saltmoor will be able to book a minibus to their door from next month, after the Vale's community transport charity won a grant for two new vehicles.

The charity, Vale Wheels, has run a dial-a-ride service in Brackwater and Hollinsby since 2011, but its old minibus could not manage the steep single-track lanes on the moor side.

**Lanes too narrow for the old bus**

The new minibuses are shorter, have four-wheel drive and a lift for wheelchairs. Between them they can carry 14 passengers.

Manager Deborah Lumb said about 40 households had been on a waiting list for more than a year.

"Some of them have not been into town since their children moved away. One lady rings us every month just to ask whether it has happened yet," she said.

**Volunteer drivers wanted**

The charity has six paid drivers and needs at least ten more volunteers to run both buses five days a week. Volunteers must be over 21 and have held a driving licence for three years; training is given.

Ted Barraclough, 81, who farms at High Ling, said he would use it for the market and the surgery.

"My daughter takes me now, but she works. I'll not miss asking her."

Anyone wanting to volunteer can contact Vale Wheels at its office in the Brackwater bus station.
"""),

dict(id="h82-en-003", lang="en", tpl="legacy-br", section="People", date="2026-07-09", byline="Sandra Pilling",
     title="Thirty years on the crossing: Hollinsby's lollipop man hangs up his coat",
     sub="Arthur Greenhalgh has seen children across Moor Road every school day since 1996.",
     caption="Arthur Greenhalgh at the crossing outside Hollinsby Primary.", credit="Photo: Sandra Pilling",
     low=0,
     body="""
Arthur Greenhalgh took the job of school crossing patrol outside Hollinsby Primary in September 1996, when he was 52. On Friday he will stand on Moor Road in his yellow coat for the last time.

**Why did you take the crossing job?**

I had been made redundant from the mill. My wife said I was under her feet. The school needed somebody, so I went.

**How many children have you seen across Moor Road?**

A teacher worked it out once. Somewhere near a quarter of a million crossings. Some of them I have crossed twice, as children and then with their own children.

**Any close calls on Moor Road?**

Two. A lorry whose brakes went in 2003, and a lad on a bike who thought he could beat me. Neither of them did.

**What about the weather?**

Snow is fine. Wind is the enemy. A lollipop is a sail.

**Do the children talk to you?**

Every morning. I know who has a new puppy and who lost a tooth. I have had more birthday cards than my grandchildren.

**What will you miss about the crossing?**

Being useful at half past eight.

The school will hold an assembly for him on Friday morning. The council is still looking for someone to take over the crossing in September.
"""),

dict(id="h82-en-004", lang="en", tpl="regional", section="Environment", date="2026-05-06", byline="Priya Sandhu",
     title="Neighbours object as owner applies to fell 120-year-old copper beech",
     sub="The tree on Orchard Rise is protected by a tree preservation order. More than 90 people have written to the council.",
     caption="The copper beech on Orchard Rise, Saltmoor.", credit="Photo: Priya Sandhu",
     carry=["treeworks"],
     body="""
More than 90 residents of Saltmoor have objected to an application to cut down a copper beech that has stood on Orchard Rise since before the houses were built.

The tree, thought to be about 120 years old, has been protected by a tree preservation order since 1989, which means the owner needs the district council's permission to fell it or cut it back.

## Roots and subsidence

The owner of 14 Orchard Rise, who asked not to be named, says the beech's roots are damaging the foundations of the house and that an insurer has refused to renew the buildings policy.

A surveyor's report sent with the application says cracks in a rear wall have widened by four millimetres in two years.

## "The street was named after its orchard"

Neighbours say the tree is the last reminder of the orchard the street was named after.

Eileen Varley, who has lived opposite for 41 years, said: "Children have climbed it, couples have been photographed under it. Prune it, yes. Felling it would be a tragedy."

Local councillor Martin Rhodes said he had asked for the application to be decided by the planning committee rather than by officers.

The council's tree officer will visit the site next week. Comments on the application can be made until 12 May on the council's planning website or by letter to the town hall.
"""),

dict(id="h82-en-005", lang="en", tpl="magazine", section="Heritage", date="2026-09-19", byline="Tobias Wren",
     title="The goalkeeper, the printer and the cox: a walk along the Vale's blue plaque trail",
     sub="Seventeen plaques, four miles and one flask of tea. We followed the civic society's new heritage trail.",
     caption="The plaque to the lifeboat coxswain Samuel Dent on Quay Row.", credit="Photo: Tobias Wren",
     carry=["blueplaques"], pull="A plaque is a small thing. It tells you someone ordinary once did something that mattered here.",
     look=[("dropcap", "The first plaque on the trail"), ("box", "The trail leaflet costs 50p")],
     body="""
The first plaque on the trail is easy to miss. It sits above a shoe repairer's on Quay Row, where Samuel Dent, coxswain of the Brackwater lifeboat, lived while he took part in the rescue of 38 people from the collier Margery in 1911.

From there the route winds through the old town and up Tanner Street, taking in 17 blue plaques and just over four miles of pavement, steps and riverside path.

The trail, launched this month by the Brackwater Civic Society, was planned by two retired teachers, Joan and Philip Marsh, who walked it eleven times with a stopwatch.

"We wanted people to finish it with enough energy left for a pint," said Philip.

Among the names are a suffragist printer who produced leaflets in her back kitchen, a goalkeeper who played in an FA Cup final and returned to work at the gasworks, and a schoolmistress who taught adults to read in the evenings.

A plaque is a small thing. It tells you someone ordinary once did something that mattered here.

That, says Joan, is the point of the scheme. Most of the people on the trail were nominated by neighbours, not historians.

The trail leaflet costs 50p from the library and the tourist information point on the quay, and can be downloaded free. The route is mostly level, apart from the 64 steps of Kirk Ginnel.
"""),

dict(id="h82-en-006", lang="en", tpl="nextjs", section="Business", date="2026-03-24", byline="Helen Crabtree",
     title="Cradley Cross post office reopens inside the village hardware shop",
     sub="The village has been without a post office since the old one closed in October.",
     caption="Postmaster Graham Firth behind the new counter.", credit="Photo: Helen Crabtree",
     only=["correction"],
     correction="An earlier version of this article said the post office would open on Sundays. It will open on Saturday mornings only.",
     look=[("bold", "The first customer posted a parcel of socks to Australia.")],
     body="""
Cradley Cross has a post office again, five months after the old one closed when its postmistress retired.

The new counter opened on Monday at the back of Firth's Hardware on Church Street, between the paint and the garden tools.

Graham Firth, who has run the shop for 19 years, took a week's training and had the counter fitted over a weekend.

"People kept asking me whether somebody would do it. In the end my wife said it had better be you, then," he said.

The first customer posted a parcel of socks to Australia.

The counter offers stamps, parcels, bill payments, cash withdrawals and deposits for most banks, and car tax.

Since October, villagers had been travelling four miles to Brackwater to post parcels or draw pension money. The parish council said older residents without cars had been hardest hit.

Parish council chairman Norman Bland said: "The shop was the obvious place. It is where people go anyway."

Mavis Ackroyd, 88, was among the first in the queue. "I've been saving up my letters," she said.

The counter is open during the shop's hours, Monday to Friday 8.30am to 5.30pm, and on Saturday mornings until 12.30pm.
"""),

dict(id="h82-en-007", lang="en", tpl="gutenberg", section="Environment", date="2026-06-02", byline="Ian Tollett",
     title="Applications to cut trees in the Vale's conservation areas double in two years",
     sub="Council officers dealt with 212 tree applications last year. Campaigners want more of them refused.",
     caption="Limes in the churchyard at Hollinsby, one of the Vale's conservation areas.", credit="Photo: Ian Tollett",
     carry=["treeworks"],
     look=[("dropcap", "Applications to cut down or cut back trees"), ("box", "Anyone can comment on a tree application")],
     body="""
Applications to cut down or cut back trees in the Vale's eight conservation areas have doubled in two years, according to figures released by the district council.

Officers dealt with 212 applications in 2025, compared with 104 in 2023. Most were approved, often with conditions such as planting a replacement.

The council's senior tree officer, Rachel Dunmore, said the rise reflected drier summers, more subsidence claims and a fashion for larger extensions.

"Many of these are reasonable requests. Some are for trees that were perfectly healthy," she said.

## What the figures show

- 212 applications, up from 104
- 31 refused, and 9 of those went to appeal
- about 60% for pruning rather than felling
- most common species: sycamore, lime and ash

The Vale Tree Wardens, a volunteer group, say too many mature trees are being lost one by one.

Their chairman, Stuart Kaye, said: "Nobody notices one tree. Then one day the street has none."

The group wants the council to publish each week's applications in the local papers as well as online, and to give residents three weeks to respond instead of 21 days from the date the notice goes up.

Anyone can comment on a tree application. Comments are read by the tree officer before a decision is made, and objections that raise new facts can change the outcome.

The council will discuss the tree wardens' proposals in July.
"""),

dict(id="h82-en-008", lang="en", tpl="chunks", section="Community", date="2026-08-30", byline="Lucy Brearley",
     title="Scarecrows take over Stonegate for the village's twentieth festival",
     sub="A scarecrow astronaut, a scarecrow brass band and a scarecrow vicar on the church roof.",
     caption="A scarecrow brass band outside the Stonegate Arms.", credit="Photo: Lucy Brearley",
     carry=["gallery"],
     look=[("br", "By Sunday afternoon")],
     body="""
Cookies, cream teas and a tombola raised more than \u00a33,100 at Stonegate's scarecrow festival on Saturday, the twentieth since a handful of neighbours started it in 2006.

Sixty-three scarecrows stood in gardens, on walls and on one roof along the village's two streets. Visitors paid \u00a33 for a trail map and voted for their favourite.

The winner, for the second year running, was a brass band of five scarecrows in borrowed uniforms outside the Stonegate Arms, made by the pub's regulars.

By Sunday afternoon the trail maps had run out and organisers were photocopying more in the church vestry.

The vicar, the Rev Alison Pryce, found herself on the church roof, or at least a scarecrow version of her with a dog collar and a watering can.

"I am told the likeness is uncanny. I have chosen not to ask which part," she said.

Other favourites included a scarecrow astronaut on the bus shelter and a scarecrow cricket team fielding on the green.

Festival secretary Gwen Holroyd said the money would go to the village hall roof and the primary school's reading scheme.

Nobody could remember who won the first festival.

Next year's date, the last Saturday in August, has already been fixed.
"""),

dict(id="h82-en-009", lang="en", tpl="hugo", section="Sport", date="2026-10-12", byline="Dev Mistry",
     title="Hollinsby bowls club opens its green to schoolchildren",
     sub="The club, whose youngest member was 64, now has 23 juniors after an autumn of after-school sessions.",
     caption="Pupils from Hollinsby Primary on the bowling green.", credit="Photo: Dev Mistry",
     body="""
Subscribe to the idea that bowls is only for the retired and you have not been to Hollinsby on a Tuesday afternoon lately.

For six weeks this autumn, pupils from Hollinsby Primary have walked across Moor Road after school to learn the game on the bowling club's green.

The club, founded in 1921, had 41 members at the start of the year. The youngest was 64.

Secretary Brenda Ormerod said the club had been worried about its future.

"We have a beautiful green and a clubhouse with a new kitchen. What we did not have was anyone under retirement age," she said.

The sessions were the idea of a teacher, Kieran Walsh, whose grandfather had played for the club.

"The children love it because it is calm and nobody shouts. There is a lot of maths in it as well, though I did not tell them that," he said.

Twenty-three children have now joined as junior members, at \u00a35 a year, and the club has bought smaller bowls.

Eight of the juniors played the club's veterans in a friendly match last week. The veterans won, but only on the last end.

The club is open to new members of any age. Coaching sessions run on Tuesday and Thursday afternoons until the end of October, and the green reopens in April.
"""),
]
