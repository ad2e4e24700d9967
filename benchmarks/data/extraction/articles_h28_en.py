# English stories for the twenty-eighth held-out part (h28-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields as in articles_h27_en.py: tpl (page template: "kirby" is new in this part, the others are layouts
# of earlier parts), low, only, carry (residue families the page must carry: the three families new in this part,
# and the earlier ones that need a reason in the story, are only placed where a real site would put them), choose,
# avoid, site, sub, standfirst, pull, watch, tags (the kirby article's tags), correction.
ARTICLES = [
dict(id="h28-en-001", lang="en", tpl="table", section="Council", date="2026-02-17", byline="Dominic Farrant",
     title="Garden waste collections to become a paid subscription",
     sub="Households in Penwick will pay £48 a year for a brown bin from April.",
     caption="Brown bins waiting for collection on Orchard Rise.", credit="Picture: Dominic Farrant",
     low=0,
     body="""
PENWICK – Garden waste collections in Penwick will no longer be free from April, after councillors voted to turn the fortnightly brown-bin round into a paid subscription.

Households that want to keep the service will pay £48 a year. The district council says about 60% of homes currently put out a brown bin at least once a month.

The cabinet member for environment, Cllr Rosalind Okafor, said the change would save £410,000 a year and protect weekly food waste collections.

"We will do what is needed to keep the basics running," she said.

Residents will be able to subscribe from 2 March in three ways:

- online, through the council's website;
- by phone on the council's main number;
- in person at the customer service desk in the Guildhall.

People who receive council tax support will get a 50% discount. Bins that are not subscribed by 1 April will carry a red sticker and will not be emptied.

Opposition councillors said the charge would lead to more bonfires and fly-tipping. Cllr Martin Hebblewhite said several neighbouring districts had seen complaints about smoke rise after introducing similar schemes.

"People will simply burn it," he said.

The council said anyone who did not want to pay could compost at home, and that subsidised compost bins would be on sale from £12. Households can also take garden waste to the Hatch Lane recycling centre free of charge.
"""),

dict(id="h28-en-002", lang="en", tpl="portal", section="Business", date="2026-06-09", byline="Leanne Crowther",
     title="Family bakery recalls cookies after nut allergy scare",
     sub="Two children were treated in hospital after eating biscuits sold at a school fair.",
     caption="Boxes of the recalled biscuits at the Fernley bakery.", credit="Photo: Leanne Crowther",
     carry=["toc"], choose={"toc": 0},
     body="""
A family bakery in Fernley has recalled three of its cookies after two children had allergic reactions to biscuits bought at a school summer fair.

Both children were treated at Ashcombe General Hospital on Saturday and have since gone home.

## What is being recalled

Trading standards officers said the affected products contain hazelnut that is not listed on the label. They are:

- chocolate chunk cookies in packs of six;
- oat and raisin cookies sold loose;
- the "fair day" gift box, which contains both.

Anyone who has bought them is asked not to eat them and to return them to the shop for a full refund. No other products are affected.

## How it happened

The owner, Gwen Tulloch, said a new supplier had delivered chocolate made on a line that also handles nuts. The warning on the supplier's sacks was missed when the labels were printed.

"I am so sorry. We should have caught it," she said.

The bakery has stopped using the supplier and has asked trading standards to check its labels before production restarts.

## Advice for parents

The Anaphylaxis Parents Group in Fernley, which has 140 members, said the case showed why families should check photos of labels that schools share before fair days. Its chair, Ade Lawal, asked schools to publish ingredient lists in advance.

"A list on the website costs nothing," he said.
"""),

dict(id="h28-en-003", lang="en", tpl="legacy-br", section="What's on", date="2026-07-03", byline="Callum Reddish",
     title="Tall ships return to Brenmouth for first festival in seven years",
     sub="Organisers expect 60,000 visitors over the three days.",
     caption="The schooner Morwenna arriving at Brenmouth quay.", credit="Photo: Callum Reddish",
     carry=["calendar", "map"], choose={"calendar": 0, "map": 0},
     body="""
BRENMOUTH – Tall ships will moor in Brenmouth harbour next month for the town's first maritime festival since 2019.

Eleven vessels have confirmed they will take part, including the Dutch brigantine Zeemeeuw and the schooner Morwenna, which was built in the town's own yard in 1911.

The festival runs from Friday 14 August to Sunday 16 August. Entry to the quayside is free, but tours of the ships cost £6 for adults and £3 for children.

Festival director Sandra Pengelly said the event had been cancelled in 2020 and then postponed twice because of repairs to the harbour wall.

"We have waited a long time for this. The town is ready," she said.

Organisers have published a map of the stalls, stages and first-aid points, and printed copies will be handed out at the park-and-ride stops. Visitors are asked not to drive into the town centre, where several streets will be closed.

The programme includes:

- a parade of sail on Saturday afternoon;
- sea shanty groups on two stages;
- fireworks over the harbour on Sunday night.

Local businesses are hoping for a boost. Ray Tremain, who runs a fish restaurant on the quay, said he had taken on four extra staff.

"Three days like this can pay for a winter," he said.
"""),

dict(id="h28-en-004", lang="en", tpl="ghost", section="Money", date="2024-03-12", byline="Harriet Quayle",
     title="Why Lowbridge lost its last bank branch",
     sub="The closure leaves 9,000 people with a 14-mile trip to pay in cash.",
     caption="The former bank on Lowbridge High Street.", credit="Photo: Harriet Quayle",
     carry=["archive"], choose={"archive": 0},
     body="""
When the last bank in Lowbridge closed its doors on Friday, Doreen Maskell was one of the final customers at the counter. She had banked there for 52 years.

"I paid in my first wage packet here," she said.

The branch's owner says fewer than 200 people a week used the counter, down from more than 1,000 in 2015. Most of its customers now bank on their phones.

## Who is left behind

But a survey by the town council found that about one in five residents over 70 did not use online banking at all. Small shops, which still take a lot of cash, say they now face a 28-mile round trip to pay in their takings.

Corner shop owner Bilal Sharif said he would use the post office counter for now, but that it had a daily limit.

## What the town is asking for

The town council has asked for a shared banking hub, where several banks take turns to staff a counter. Hubs like this have opened in other small towns.

Residents who want to support the campaign can:

- sign the council's petition at the library;
- write to the regional banking hub panel;
- attend a public meeting at the Methodist hall on 26 March.

The council has also set up a small community fund, which accepts donations, to pay for a volunteer to help older people set up online banking safely.
"""),

dict(id="h28-en-005", lang="en", tpl="broadcaster", site="Vale Four News", section="Weather", date="2026-01-08",
     byline="Tariq Mensah",
     title="Flood warnings for villages along the River Amber",
     sub="Sandbags are being handed out at three fire stations.",
     caption="The River Amber near Oxley Mill on Thursday morning.", credit="Image: Vale Four News",
     watch=["River Amber rises overnight at Oxley Mill", "How to protect your home from flooding"],
     carry=["developing", "map"], choose={"developing": 0, "map": 1},
     body="""
Flood warnings are in place for five villages along the River Amber after a night of heavy rain across the hills.

The Environment Agency said river levels at Oxley Mill had risen by 1.2 metres since Wednesday evening and were expected to peak early on Friday.

The warnings cover Oxley, Little Amberton, Hatherby, Coldwell and Stanbridge Green. A warning means flooding is expected and people should act now.

Residents are advised to:

- move valuables and medicines upstairs;
- turn off gas, water and electricity if water enters the house;
- avoid walking or driving through flood water.

Sandbags are being handed out at the fire stations in Oxley, Hatherby and Stanbridge. The county council said it had 4,000 ready and more on order.

In Little Amberton, Janet Moorcroft was moving furniture upstairs with her son.

"We lost everything in 2020. Not again," she said.

Several roads are closed, including the B6418 between Oxley and Coldwell. The county has published a map of closed roads, which it is updating every hour.

Schools in Hatherby and Coldwell will be shut on Friday. Parents are asked to check messages from the schools for updates.

People are also asked not to share photos taken from bridges or riverbanks, because standing there is dangerous in high water.
"""),

dict(id="h28-en-006", lang="en", tpl="gutenberg", section="Consumer", date="2026-11-04", byline="Becky Arrowsmith",
     title="We tested six cheap electric heaters. Two are worth buying",
     sub="Running costs ranged from 9p to 41p an hour.",
     caption="The six heaters in our test.", credit="Photo: Becky Arrowsmith",
     carry=["affiliate"], choose={"affiliate": 0},
     correction="Correction: an earlier version of this article said the Halden radiator cost 6p an hour to run on its lowest setting. The correct figure is 9p.",
     body="""
With the first cold nights arriving, many readers have asked whether a small electric heater is a cheaper way to warm one room than switching on the central heating.

We bought six heaters costing between £18 and £65 and ran each one for a week in the same spare bedroom.

## How we tested

Each heater was set to warm the room from 12C to 19C. We measured the electricity used with a plug-in meter and worked out the cost at the current price cap rate.

The running costs ranged from 9p an hour for a small oil-filled radiator on its lowest setting to 41p an hour for a fan heater on full power.

## Our verdict

The two we would recommend are:

- the Halden 600W oil-filled radiator, which was slow to warm up but cheap to run;
- the Brisco ceramic heater, which warmed the room fastest and has a reliable thermostat.

Two of the fan heaters were very noisy, and one switched itself off after an hour. We would not buy them.

Energy adviser Ruth Kemble said a heater only saved money if the rest of the house was kept cool.

"Heat the person, not the house," she said.

She also warned readers never to dry clothes over a heater or leave one on overnight.
"""),

dict(id="h28-en-007", lang="en", tpl="fusion", section="Education", date="2026-09-22", byline="Owen Pritchard",
     title="Parents object to school photo app sharing pictures with third parties",
     standfirst="The app's terms let a partner company use images for advertising unless parents opt out.",
     sub="The app's terms let a partner company use images for advertising unless parents opt out.",
     caption="Hillcrest Primary School in Daneford.", credit="Photo: Owen Pritchard",
     body="""
Parents at a Daneford primary school have complained after learning that an app used to share class photos allows a partner company to use the pictures in adverts.

Hillcrest Primary began using the app, called ClassSnap, in September to send photos of school trips and activities to families.

The app's terms say images may be shared with "selected partners" for marketing unless parents change a setting that is switched on by default.

Father of two Kwame Boateng said he only found the setting by chance.

"Nobody told us. I read the small print on a Sunday night," he said.

The school's head teacher, Alison Prowse, said it had not been aware of the clause and had asked the company to switch the setting off for all Hillcrest families.

A spokesperson for ClassSnap said no school photos had ever been used in advertising and that the clause would be removed in the next update.

The Information Commissioner's Office advises schools to check that any app:

- stores children's data in the UK or the EU;
- does not share pictures without clear consent;
- lets parents delete images at any time.

Parents have asked the school to return to emailing photos until a review is finished. The governing body will discuss the matter at its meeting on 7 October.
"""),

dict(id="h28-en-008", lang="en", tpl="ucoz", site="Thornby St Giles Village", section="Village news", date="2026-05-20",
     byline="Pam Hurrell",
     title="Defibrillator fund hits target after quiz night",
     sub="The machine will be fitted outside the village hall in June.",
     caption="The phone box on Church Lane where the defibrillator will go.", credit="Photo: Pam Hurrell",
     carry=["calendar"], choose={"calendar": 1},
     body="""
Thanks to everyone who came to the quiz night at the village hall on Saturday. We raised £612, which means the defibrillator fund has reached its target of £1,850.

The money will pay for the machine, a heated cabinet and the first four years of new pads and batteries.

The parish council has agreed that the cabinet can go in the old phone box on Church Lane, which the village adopted in 2015. An electrician from Marston has offered to connect it for free.

We hope it will be fitted by the end of June. Until then, the nearest defibrillator is at the Plough in Elsby, about three miles away.

## Free training

The ambulance service will run a free session on how to use it and how to do CPR. It lasts about an hour and is open to everyone over 12.

You do not need to book, but it would help us to know numbers. You can contact Pam on 01632 960417 or leave your name at the shop.

Special thanks to:

- the quiz master, Derek, for the fiendish picture round;
- the Church Lane ladies for the raffle prizes;
- the Young Farmers, who put the chairs away.

If you would still like to give, donations will go towards a second machine for the cricket pavilion.
"""),

dict(id="h28-en-009", lang="en", tpl="bitrix", section="Transport", date="2026-03-26", byline="Agency staff",
     title="Island airline to restore daily flights from May",
     sub="The route was cut to three days a week last winter because of a pilot shortage.",
     caption="A Skerrair plane at Kelsay airport.", credit="Photo: agency",
     carry=["wireend"], choose={"wireend": 0},
     body="""
KELSAY, 26 March – The regional airline Skerrair will restore daily flights between the mainland and the island of Kelsay from 4 May, the company said on Thursday.

The route was cut to three return flights a week in November after the airline lost five pilots to larger carriers.

Skerrair said it had since recruited six pilots, including two who trained through its own cadet scheme, and leased a second aircraft for the summer.

Chief executive Moira Gunn said the cuts had been hard on islanders who travel to the mainland for hospital appointments.

"We let people down last winter. We have fixed the problem," she said.

The island's council welcomed the news but asked for a guarantee that the timetable would hold through next winter.

Fares will not change. A return ticket for island residents will still cost £96, and patients travelling for treatment can claim the cost back from the health board.

Passengers who booked flights on cancelled days in May will be moved to the new daily service automatically, the airline said.

Ferry services to Kelsay are not affected.
"""),
]
