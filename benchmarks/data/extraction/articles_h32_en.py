# English stories for the thirty-second held-out part (h32-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading, "> " block quote, "- " / "1. "
# list items, [text](url) links, **bold**).
# Fields as in articles_h31_en.py (tpl: "astra" is new in this part, the others are layouts of earlier parts; low,
# only, carry, choose, avoid, site, kind, sub, standfirst, pull, correction, look); "carry" names the residue families
# a page must carry, among them the three families new in this part (recipe, tickets, property), which are placed
# only on stories where a real site would print them.
ARTICLES = [
dict(id="h32-en-001", lang="en", tpl="astra", site="Kelbrook Gazette", section="Food & Drink", date="2026-02-19",
     byline="Imogen Fairbairn",
     title="Bakery's oat and treacle cookies sell out after TV cameras visit",
     sub="Wendy Ashgrove has baked the same recipe since 1997. This week she baked it 4,000 times.",
     caption="Wendy Ashgrove with a tray of oat and treacle cookies at her Sowerby Street bakery.",
     credit="Photo: Imogen Fairbairn",
     carry=["recipe"],
     look=[("dropcap", "The queue outside"), ("factbox", "The recipe, as Wendy gave it to us"), ("box", "Wendy's tip: take")],
     body="""
The queue outside Ashgrove's Bakery on Sowerby Street started forming at half past six on Tuesday morning, an hour before the shop opens.

Most of the people in it wanted one thing: the oat and treacle cookies that owner Wendy Ashgrove showed off on a regional cookery programme last Friday.

"We normally bake about 300 a day. On Tuesday we baked 4,000 and they were gone by two o'clock," she said.

Her nephew Callum, who runs the bakery's online orders, said the website had taken more orders in a weekend than in the whole of January. Postage has been paused until the ovens catch up.

Mrs Ashgrove, 61, has baked the same recipe since she opened the shop in 1997. She says it came from her grandmother, who ran a tea room in Kelbrook in the 1950s.

She agreed to share it with Gazette readers, on one condition: "Tell people to come in and buy them anyway."

## The recipe, as Wendy gave it to us

- 225g porridge oats
- 150g butter and 2 tablespoons of black treacle, melted together
- 175g soft brown sugar
- 100g self-raising flour and a pinch of ginger
- 1 egg, beaten

Mix everything in one bowl, roll into 16 balls, flatten slightly and bake at 170C for 12 minutes.

Wendy's tip: take them out while they still look underdone in the middle. They firm up on the tray.

The bakery has taken on two part-time staff to cope with demand and will open on Sundays until Easter.
"""),

dict(id="h32-en-002", lang="en", tpl="amp", section="Property", date="2026-05-07", byline="Marcus Tennant",
     title="House prices near new Fellbridge station rise 11% in a year",
     sub="Estate agents say buyers from the city are driving the increase.",
     caption="Semi-detached homes on Hazel Grove, a five-minute walk from the new station.", credit="Photo: Marcus Tennant",
     carry=["property"],
     body="""
House prices in Fellbridge have risen by 11% in the twelve months since the town's new railway station opened, almost four times the rise across the county.

The average home in the town now sells for £287,000, according to figures from the Land Registry, up from £258,500 a year earlier.

The station, which opened last April after a twelve-year campaign, cut the journey to the city to 34 minutes.

## 'They see the commute and sign'

Estate agent Priya Chandran, whose office on Market Street has been open for 20 years, said she had never known a year like it.

"Half my buyers now come from the city. They see the commute time, they see the garden, and they sign," she said.

Three-bedroom semis within walking distance of the station have risen fastest, by around 15%.

## Younger buyers priced out

Not everyone is pleased. Liam Foster, 29, who grew up in the town and works at the hospital, said he and his partner had been outbid on four houses since Christmas.

"We were saving for a deposit that kept moving further away," he said.

The town council says it will ask the district council to set aside more of the 400 homes planned north of the station as shared ownership for local people.

Councillor Joan Redfern said: "We wanted the station. We didn't want it to mean our children can't afford to live here."
"""),

dict(id="h32-en-003", lang="en", tpl="table", section="Media", date="2026-01-14", byline="Declan Morrow",
     title="Weekly paper to stop printing and move to an app",
     sub="The Haverstock Courier's last printed edition will go on sale on 26 March.",
     caption="The final printed front page, mocked up in the Courier's office.", credit="Photo: Declan Morrow",
     low=1, only=["correction"],
     correction="Correction: an earlier version of this article said the app would cost £4 a month. The price is £3.50 a month.",
     body="""
The Haverstock Courier, which has been printed every week since 1871, will stop printing at the end of March and move to a subscription app.

The paper's owners said falling sales and the rising cost of newsprint and delivery meant the printed edition was losing around £2,000 a week.

The last printed edition will go on sale on 26 March. From the following week, news will be published in a new app and on the Courier's website, with a digital edition laid out like the paper.

## £3.50 a month

A subscription will cost £3.50 a month, and existing postal subscribers will get six months free. The website will remain free for up to ten stories a month.

Editor Ruth Penhale said no journalists would lose their jobs. "We are keeping every reporter. What we are giving up is the lorry, the printing press and the paper," she said.

She said the newsroom would also launch a free weekday newsletter with the day's headlines.

## Readers divided

Some older readers say they will miss the paper. Dennis Kirby, 84, has bought the Courier every Thursday for 60 years.

"I don't have a tablet and I don't want one. I'll have to read it at the library," he said.

The library said it would run free sessions on how to download and use the app, starting in February.
"""),

dict(id="h32-en-004", lang="en", tpl="nextjs", section="What's On", date="2026-11-27", byline="Harriet Quayle",
     title="Pier theatre reopens with a pantomime after seven years dark",
     sub="The Pavilion Theatre's first show since 2019 is Jack and the Beanstalk.",
     caption="The restored auditorium of the Pavilion Theatre on Brindle Pier.", credit="Photo: Harriet Quayle",
     carry=["tickets"],
     look=[("bold", "The theatre closed in 2019")],
     body="""
The Pavilion Theatre at the end of Brindle Pier will open its doors on Friday for the first time in seven years, with a pantomime that has already sold 9,000 seats.

Jack and the Beanstalk runs until 4 January, with two shows a day during the school holidays.

The theatre closed in 2019 after an inspection found the steel supports beneath it had corroded so badly that the building was no longer safe.

The repairs, which cost £6.8m, were paid for by the council, a heritage grant and more than 2,000 donations from the public, some as small as £1.

## Back on stage

Director Olu Bankole said the cast had rehearsed on the pier for three weeks, with the sea under their feet.

"On a windy day you feel the stage move ever so slightly. The children in the audience are going to love it," she said.

The theatre has kept its original 1920s seats, which have been re-covered in red velvet, and a new lift means wheelchair users can reach the circle for the first time.

## A full programme

After the pantomime, the theatre will host comedy, music and a summer season of variety shows.

General manager Tom Errington said the theatre had already been booked for 140 nights next year.

"People kept asking us whether it would ever come back. It has, and they have bought the tickets to prove it," he said.
"""),

dict(id="h32-en-005", lang="en", tpl="drupal", site="Westfold District Council", kind="public", section="News",
     date="2026-09-03", byline="Communications team",
     title="4,200 street lights to be replaced with LED lanterns",
     sub="The work will start in October and cut the council's electricity bill by around £380,000 a year.",
     caption="A new LED lantern being fitted on Carr Lane, Westfold.", credit="Photo: Westfold District Council",
     look=[("box", "Residents can report")],
     body="""
Westfold District Council will replace 4,200 street lights with energy-saving LED lanterns over the next 18 months.

The work starts in October in Westfold town centre and will move out to the villages next spring. Each lantern takes about 20 minutes to change, and no roads will need to close.

The new lanterns use around 60% less electricity than the sodium lamps they replace. The council expects to save around £380,000 a year on its electricity bill and to cut its carbon emissions by 900 tonnes a year.

## Dimmed after midnight

Lights on residential streets will be dimmed by half between midnight and 5am. They will not be switched off.

The council tested the dimming on six streets in Coldharbour last winter and received two complaints.

Councillor Sanjay Mehra, cabinet member for environment, said: "Residents will notice whiter light and less glow in the night sky. They won't notice any less light on the pavement."

## Help us find faults

Residents can report a street light that is not working through the council website, giving the number on the lamp post.

The £2.1m cost of the project is being paid for from the council's capital budget and will be recovered from the savings in about six years.
"""),

dict(id="h32-en-006", lang="en", tpl="quintype", section="Heritage", date="2026-06-22", byline="Femi Adebayo",
     title="Camera club scans 40,000 negatives of the town's past",
     sub="Volunteers have spent three years digitising a studio photographer's archive.",
     caption="A 1962 photograph of the Whitsun parade on Bridge Street, from the Lorimer archive.",
     credit="Photo: Lorimer Archive / Ashby Camera Club",
     carry=["gallery"],
     look=[("highlight", "Every picture has been checked")],
     body="""
Volunteers from Ashby Camera Club have finished scanning 40,000 glass and film negatives left by the town's best-known studio photographer.

Arthur Lorimer ran a studio on Bridge Street from 1931 until 1978, photographing weddings, christenings, shop openings, football teams and most of the town's big events.

When the studio closed, the negatives were packed into tea chests and stored in a barn. They were given to the club in 2022 by Lorimer's granddaughter.

## Three years of Tuesday evenings

Twelve members have met every Tuesday evening to clean, scan and catalogue the negatives, using two scanners bought with a lottery grant.

Every picture has been checked against the studio's handwritten order books. That means most of the 9,000 family portraits in the collection now have a name and a date.

Club secretary Gail Thornton said the work had often been moving. "You scan a wedding from 1948, and then a christening from the same family a year later," she said.

## Online in the spring

The photos will be published on a free website in the spring, where people will be able to search by name, street or year.

The club is asking anyone who recognises faces in the unnamed pictures to get in touch. A first selection of 200 photos will be shown at the library from 1 July.
"""),

dict(id="h32-en-007", lang="en", tpl="chunks", section="Planning", date="2026-03-24", byline="Owen Pritchard",
     title="Plans for 240 homes on former Holt quarry approved",
     sub="Councillors approved the scheme by seven votes to four despite concerns about traffic.",
     standfirst="Councillors approved the scheme by seven votes to four despite concerns about traffic.",
     caption="The former Holt quarry, closed since 2009.", credit="Photo: Owen Pritchard",
     carry=["property", "map"],
     body="""
Plans to build 240 homes on the site of a former limestone quarry at Holt have been approved, despite objections from more than 300 residents.

Councillors on the district planning committee voted by seven to four in favour of the scheme by Greystone Homes on Tuesday night.

The quarry closed in 2009 and has been fenced off since. Greystone plans to fill part of the pit, build homes around the rim and turn the deepest section into a lake with a public footpath around it.

## Affordable homes

Seventy-two of the homes, 30% of the total, will be affordable, either for rent through a housing association or for shared ownership.

Greystone will also pay £1.4m towards a new classroom block at Holt Primary School and £300,000 towards bus services.

## Traffic fears

Residents say the only road into the site, Quarry Lane, is too narrow for the extra traffic. Many of the objections raised the lorries that would use it during five years of construction.

Resident Angela Price told the committee: "Quarry Lane has no pavement for half its length. Children walk along it to school."

Greystone has agreed to widen the lane and build a pavement before any homes are occupied. Lorries will not be allowed on it during school drop-off and pick-up times.

Work is expected to start next year, with the first homes finished in 2028.
"""),

dict(id="h32-en-008", lang="en", tpl="wordpress", section="Education", date="2026-10-15", byline="Sophie Lindqvist",
     title="School cook's shepherd's pie named best school dinner in the county",
     sub="Brenda Oduya's recipe uses lentils to stretch the mince and the budget.",
     caption="Brenda Oduya serving lunch at St Cuthbert's Primary School.", credit="Photo: Sophie Lindqvist",
     carry=["recipe"],
     look=[("dropcap", "A shepherd's pie made"), ("italic", "\"The trick is")],
     body="""
A shepherd's pie made with half mince and half lentils has been named the best school dinner in the county.

Brenda Oduya, who has cooked at St Cuthbert's Primary School in Marlow End for 14 years, won the award at the county's school catering awards in front of 200 cooks.

The judges praised a dish that costs 68p a portion and that children "actually finish".

## Clean plates

Mrs Oduya said she started adding lentils five years ago, when the price of mince went up and her budget did not.

"I worried the children would notice. They didn't, or if they did, they didn't say," she said.

The school weighs the food left on plates after lunch. On shepherd's pie days, it says, there is almost none.

"The trick is to cook the lentils in the gravy, not separately, so they taste of the meat." That is how she described it to the judges.

## The recipe goes home

Head teacher Martin Clegg said parents had been asking for the recipe for years. The school has now printed it on a card that goes home in book bags.

Mrs Oduya's prize includes a day at a catering college and £500 for new kitchen equipment. She said she would spend it on a bigger mixer.

"I've been making 180 portions of mash by hand with a machine that's older than some of the teachers," she said.
"""),

dict(id="h32-en-009", lang="en", tpl="bitrix", section="Culture", date="2026-07-02", byline="Rhys Penberthy",
     title="Folk festival returns to Ashby Meadows with 40 acts over three days",
     sub="Organisers expect 6,000 visitors a day after a two-year break.",
     caption="The main stage at Ashby Meadows during the 2023 festival.", credit="Photo: Rhys Penberthy",
     carry=["tickets", "calendar"],
     body="""
Ashby Meadows Folk Festival will return next month after a two-year break, with 40 acts on three stages over three days.

The festival, which started in 1986 as a single evening in a pub garden, was cancelled in 2024 and 2025 after its organising charity ran out of money.

A new team of volunteers, led by former festival steward Nia Rowlands, has spent eighteen months raising money from local firms and a crowdfunding appeal.

## Three days, three stages

The festival runs from Friday 14 to Sunday 16 August. Headliners include the fiddle band Western Approaches and the singer Ezra Dunmore, who first played the festival as a teenager.

There will also be dance workshops, a children's tent and a Sunday morning session for young musicians from local schools.

## Keeping prices down

A weekend pass costs £85, the same as in 2023, and children under 12 get in free.

"We know money is tight for a lot of families. We would rather sell more tickets than charge more for them," Ms Rowlands said.

The organisers expect around 6,000 visitors a day. A shuttle bus will run from Ashby railway station, and the car park on the meadows will hold 1,500 cars.

Camping is available on the neighbouring field for weekend ticket holders.
"""),
]
