# English stories for the fifth held-out part (h5-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# wire (wire template only: update note, reporter and editor for the credit line).
# On `wire` pages the dateline ("HOLLIN BAY, England, March 4 (MPA) - ") opens the first paragraph, as
# agencies send it, and is part of that paragraph (body); see README "Page templates of the fifth ...".
ARTICLES = [
dict(id="h5-en-001", lang="en", tpl="brightspot", section="Technology", date="2025-05-06", byline="Anika Sorensen",
     title="Smart TV makers must ask before tracking what viewers watch, regulator says",
     caption="A smart TV's first-start screen in a showroom in Leeds.", credit="Photo: Information Standards Office",
     body="""
Manufacturers of smart televisions will have to ask viewers for permission before collecting data about what they watch, under guidance published by the Information Standards Office on Tuesday.

Many connected TVs use a technology known as automatic content recognition, which takes a snapshot of the screen every few seconds and matches it against a database of programmes and adverts. The information is then sold to advertisers.

At present, most sets switch the feature on by default. Viewers who want to turn it off often have to find a setting buried several menus deep, sometimes under a name such as "Viewing information services" or "Live plus".

## 'Accept' cannot be the only button

The office said that from next April, a new set would have to show a clear choice when it is first switched on. The screen must offer "Allow" and "Don't allow" with equal prominence, and the set must work fully whichever button is pressed.

Pre-ticked boxes, and messages telling viewers that they have agreed simply by continuing to use the television, will not count as consent.

"Your living room is not a shop window," said the office's deputy commissioner, Rhiannon Tate. "People should be able to watch the news without the news watching them back."

## What manufacturers say

The Connected Screens Association, which represents manufacturers, said its members already complied with the law and warned that the new screens could confuse buyers setting up a television for the first time.

Its director, Miles Ferrant, said: "The advertising that this data supports is a big part of why smart TVs cost what they do."

Consumer groups welcomed the guidance. A survey by the charity Fair Signal last year found that 71% of smart TV owners did not know their set could identify what was on screen.

Firms that ignore the guidance could face enforcement notices and fines.
"""),

dict(id="h5-en-002", lang="en", tpl="wire", section="Business", date="2025-03-04", byline="Joanna Prest",
     title="UPDATE 2-Dockworkers at Hollin Bay begin 72-hour strike over pay",
     caption="Container cranes at Hollin Bay.", credit="MPA Pictures",
     wire=dict(note="(Adds union comment in paragraphs 5-6, company statement in paragraph 8)",
               reporter="Joanna Prest", editor="Keith Marwood", slug="BRITAIN-PORTS/STRIKE (UPDATE 2)"),
     body="""
HOLLIN BAY, England, March 4 (MPA) - About 600 dockworkers at the port of Hollin Bay walked out on Tuesday at the start of a 72-hour strike over pay, halting container traffic at Britain's fourth-busiest freight terminal for the first time since 2011.

Crane operators, lashers and lorry marshals stopped work at 6 a.m. after talks between the Dock and Harbour Workers' Union and the port's operator, Estuary Gateway Ltd, broke down on Monday night.

The union is seeking a 9.5% rise for 2025. The company has offered 5%, plus a one-off payment of 1,200 pounds.

At least 14 container ships were waiting at anchor off the port by midday, according to ship-tracking data, and two shipping lines said they would divert vessels to Felmouth and Graystone.

"Nobody here wanted to strike," the union's regional organiser, Declan Faherty, told reporters outside the main gate. "But rents in this town have gone up by a third in three years, and the offer on the table does not come close."

He said further stoppages were possible in April if no agreement was reached.

Read together with last week's trading update, the strike adds to pressure on Estuary Gateway, which said volumes had fallen 6% in the first two months of the year.

In a statement, Estuary Gateway said its offer was "fair and affordable" and that it remained "open to talks at any time". It said refrigerated cargo and medical supplies would continue to be handled by managers.

Logistics analysts said delays were likely to ripple through deliveries to supermarkets and car plants for at least a week after the strike ends.
"""),

dict(id="h5-en-003", lang="en", tpl="squarespace", site="Longacre Community Farm", section="Farm news", date="2025-02-18",
     byline="Tess Marrable",
     title="Why our veg box share is going up to £16 a week",
     caption="Leeks waiting to be packed in the barn.", credit="Photo: Jamie Ollerton",
     body="""
We have put off writing this post for a month, so here it is: from 1 April, a weekly veg box share will cost £16, up from £14. A fortnightly share goes from £15 to £17.

It was not an easy decision.

This is the first rise in three years, and we know it lands at a time when every household budget is stretched. We want to explain exactly where the money goes.

## What has changed

Since 2022, three of our biggest costs have gone up faster than we expected:

- seed and compost, up about 30%;
- diesel for the delivery van, up 22%;
- wages, after we moved both growers onto the Real Living Wage last spring.

That last one we are proud of. Growing food is skilled work and it should pay properly.

We also lost most of the early carrots and half the leeks to last summer's drought, and bought in from a neighbouring farm to keep the boxes full. We do not want to do that again, so part of the increase will pay for a second irrigation tank.

## What stays the same

Share members still collect from the barn on Fridays between 3pm and 7pm, or from the drop-off point at St Aldate's church hall. Solidarity shares, paid for by members who chip in a little extra, will continue at £8 a week for anyone who needs one, no questions asked.

Subscriptions renew automatically, so there is nothing to do if you are happy to carry on. If the new price does not work for you, you can pause your share or switch to fortnightly from the members' page, or just come and talk to us at collection.

Thank you, as ever, for eating with the seasons.
"""),

dict(id="h5-en-004", lang="en", tpl="wire", section="Science", date="2025-04-22", byline="Ravi Chaudhry",
     title="Astronomers spot water ice on surface of near-Earth asteroid",
     caption="Artist's impression of asteroid 2019 KT4.", credit="Anders Institute / Handout via MPA",
     wire=dict(note="(Adds comment from independent scientist in paragraph 8)", reporter="Ravi Chaudhry",
               editor="Lena Brookfield", slug="SPACE-ASTEROID/ICE"),
     body="""
PASADENA, California, April 22 (MPA) - Astronomers have found water ice on the surface of a near-Earth asteroid for the first time, a discovery that could make such bodies more attractive as refuelling stops for future space missions, according to a study published on Tuesday.

The team combined infrared observations from a ground-based telescope in Chile and a space telescope to study asteroid 2019 KT4, a rock about 900 metres across that passes within 7 million kilometres of Earth every four years.

Its spectrum showed a clear absorption band at a wavelength of 3 microns, the signature of water ice, across about a fifth of its surface, the researchers wrote in the journal Planetary Science Letters.

Ice on near-Earth asteroids had been thought unlikely because they orbit close enough to the Sun for any exposed ice to evaporate quickly. The team believes it is replenished from below, as the asteroid's slow tumble exposes fresh material.

The lead author, Marisol Quintero of the Anders Institute, said three findings stood out:

- the ice is concentrated in craters near the asteroid's poles;
- it appears mixed with dark, carbon-rich dust;
- its signal grew weaker between two observations 11 months apart.

"It is a bit like finding frost in the shade on a summer afternoon," Quintero said. "It should not be there, and that tells us something interesting about what is underneath."

Joseph Adeyemi, a planetary scientist at the University of Dunmore who was not involved in the study, said the result was "convincing, but it will take a spacecraft to confirm it".

No mission to 2019 KT4 is currently planned.
"""),

dict(id="h5-en-005", lang="en", tpl="cms", section="Courts", date="2025-01-28", byline="Owen Talgarth",
     title="Wedding photographer wins £18,500 after council used her picture on leaflet",
     caption="Alys Penrose outside the court in London.", credit="Picture: Marwick & District Post",
     body="""
A wedding photographer whose picture of a town's seafront was used without permission on 40,000 council leaflets has been awarded £18,500 in damages.

Alys Penrose took the photograph of Marwick promenade at sunset in 2019 and published it on her website, where every image carries the notice "© Alys Penrose Photography. All rights reserved."

In 2023 she received a message from a former client asking why her picture was on the front of a leaflet promoting Marwick Town Council's summer events. The leaflet had been delivered to every home in the district, and the image had also appeared on the council's website and on two bus shelters.

The credit under the picture read simply "Photo: Marwick Town Council".

"That was the part that hurt most," Ms Penrose said after the hearing. "It wasn't just that they took it. They put their own name on it."

## 'An honest mistake'

At the Intellectual Property Enterprise Court, the council accepted that it did not hold a licence. A designer working for the council had found the image through a search engine and assumed it was free to use, its barrister said.

Judge Harriet Ormond said that was "no answer at all". Anyone working in publishing should know that a photograph found online belongs to someone, she said, and that the words "All rights reserved" meant exactly what they said.

She awarded £12,000 for the unlicensed use and a further £6,500 because the picture had been credited to the council, which she called "a flagrant breach".

## What happens now

The council said it had apologised to Ms Penrose and introduced training for staff who commission publicity material.

Ms Penrose said she would use part of the money to run free workshops for young photographers on protecting their work.

"Credit is not a favour," she said. "It is the law."
"""),

dict(id="h5-en-006", lang="en", tpl="nextjs", section="Media", date="2024-12-10", byline="Kezia Rowntree",
     title="Watchdog bans energy drink slogan 'Sleep is for later'",
     caption="One of the Volt Rush posters near a college in Leeds.", credit="Image: Advertising Standards Council",
     body="""
An advertising campaign for an energy drink that told young people "Sleep is for later" has been banned for encouraging an unhealthy lifestyle.

The Advertising Standards Council said posters, social media videos and an in-game advert for Volt Rush, which contains 160mg of caffeine per can, were irresponsible and must not appear again in their current form.

The campaign ran last autumn. One poster, displayed near schools and colleges in Leeds, Bristol and Glasgow, showed a student at a desk at 3am under the words: "Sleep is for later. Volt Rush is for now."

Another, a 15-second video shown before gaming streams, ended with the line "Stay up. Level up."

The watchdog received 212 complaints, many of them from parents and teachers.

## 'Not aimed at children'

Volt Rush Drinks said the campaign was aimed at adults aged 18 to 30, that every can carried a warning that the drink was not recommended for children, and that its media buyers had excluded under-18s wherever platforms allowed.

The council accepted that the ads had been targeted at adults online, but said three of the posters had been placed within 100 metres of a school.

It also found that linking caffeine to skipping sleep presented "a pattern of behaviour that is harmful to health", whatever the age of the audience.

## A growing market

Sales of energy drinks in the UK rose by 11% last year, according to the market researcher Brandwell, with the fastest growth among 18 to 24-year-olds.

Dr Omar Siddiqui, a sleep researcher at the University of Ashcombe, said the slogan had touched a nerve because it reflected how many young people already lived.

"Advertisement or not, that line is the problem in four words," he said.

Volt Rush said it would "reflect on the ruling".
"""),

dict(id="h5-en-007", lang="en", tpl="semantic", section="Environment", date="2025-03-19", byline="Niamh Colter", low=0,
     title="Beavers return to Ravensdale after 400 years",
     caption="One of the beavers entering the River Raven.", credit="Photo: Fellside Wildlife Trust",
     body="""
Two families of beavers have been released into Ravensdale, in the first licensed release of the animals into a river catchment in the north of England.

The seven animals, trapped under licence from a growing population in Scotland, were let go at two sites on the upper River Raven on Tuesday evening by staff from the Fellside Wildlife Trust.

Beavers were hunted to extinction in England for their fur, meat and scent glands. Records suggest the last one in Ravensdale was killed around 1600.

## Dams and floods

The trust hopes the animals will build dams that slow the flow of water off the fells, reducing the risk of flooding in villages downstream. Studies elsewhere have found that beaver wetlands can cut peak flows after heavy rain by up to a third.

Follow the Raven downstream from the release sites and you reach Kirkby Ravensworth, where 63 homes flooded in 2015 and again in 2021.

"We are not saying beavers will stop floods," said the trust's project manager, Tomás Healy. "We are saying they will help, and they work for free."

## Farmers' concerns

Not everyone is convinced. Some farmers worry that dams could flood fields and block drainage ditches.

John Ashworth, who farms 200 acres near the lower release site, said he had agreed to the project after the trust promised to remove or lower any dam that caused problems on his land.

"I'll give them a chance," he said.

The animals are fitted with tracking tags and will be monitored for five years. The public is asked not to approach them.
"""),

dict(id="h5-en-008", lang="en", tpl="brightspot", section="Health", date="2025-02-04", byline="Hamza Rahimi",
     title="Hospital contacts 312 patients after fault in instrument cleaning machine",
     caption="Calderbrook General Hospital.", credit="Photo: Calder Valley Hospitals Trust",
     body="""
A hospital trust has written to 312 patients after a fault in a machine used to clean surgical instruments went undetected for nine days.

The fault affected one of four washer-disinfectors at Calderbrook General Hospital between 13 and 21 January, the Calder Valley Hospitals Trust said. The machine's sensor had been recording the correct temperature while the water inside was running up to 8C cooler.

Instruments cleaned in the machine then went through a separate steam steriliser, which was working normally, so the risk of infection was "extremely low", the trust said.

Infection specialists had nonetheless advised that patients should be told.

## Patients offered blood tests

The trust said it was in contact with every patient affected, by letter and by phone, and had set up a helpline staffed by nurses. Patients are being offered blood tests for hepatitis B, hepatitis C and HIV as a precaution.

Among those who received a letter was Marion Kettering, 71, who had a knee operation on 16 January.

"My first thought was, how on earth does that happen?" she said. "My second was that I'd rather know than not."

She said the nurse who rang her had been "calm and kind" and had answered every question.

## Review ordered

The trust's medical director, Dr Anil Varghese, apologised and said an independent review would look at why the fault was not picked up by daily checks.

"Patients trust us to get the basics right," he said. "On this occasion we did not, and I am sorry."

All four machines have since been inspected and the faulty sensor replaced.
"""),

dict(id="h5-en-009", lang="en", tpl="storybody", section="Scotland", date="2025-01-12", byline="Morag Lennie",
     title="Leo Marchetti, 14, becomes youngest winner of national chess title",
     caption="Leo Marchetti during the final round in Perth.", credit="Picture: Scottish Chess Union",
     body="""
A 14-year-old schoolboy from Dundee has become the youngest winner of the national chess championship in its 120-year history.

Leo Marchetti drew his final-round game against the defending champion, Grandmaster Alan Strachan, on Sunday to finish on 7½ points from nine games, half a point clear of the field.

The previous record was set in 1987 by Hamish Laird, who won the title aged 16.

"I didn't really think about the record until it was over," Leo said. "I was just trying not to lose on time."

## Lessons in a library

Leo learned to play at seven in a free club run at Lochee library on Saturday mornings. Within two years he was beating the adults who ran it.

His mother, Francesca Marchetti, a nurse, said the family had been surprised by how quickly he improved.

"We don't play," she said. "Nobody in the house can beat him at anything."

## The next step

The win earns Leo a place in the national team for this summer's Olympiad and a prize of £5,000, which he said would go on books and travel to tournaments.

He needs one more result at the required level to become an International Master. His coach, Grandmaster Elena Voskresenskaya, said three things would decide how far he goes:

- whether he can play stronger opponents more often;
- whether he keeps enjoying it;
- whether his school exams leave him time to do both.

"He has the talent," she said. "Now he needs the games."

Leo returns to school on Monday.
"""),
]
