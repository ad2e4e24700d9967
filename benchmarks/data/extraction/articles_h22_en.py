# English stories for the twenty-second held-out part (h22-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template: "newspack" is new in this part, the others are layouts of earlier parts),
# low (fixed residue count), only (fixed residue families), site (fixed site name), sub (standfirst /
# subtitle; shown by the templates that have one, never body), standfirst (the substack subtitle), notes
# (substack footnotes, marked "[^n]" at the end of a paragraph), pull (magazine pull quote: a piece of a
# story sentence, repeated by the template), times (liveblog entry times, newest first), wire (the wire
# item's update note, reporter, editor and slug), correction (the wording of the correction line, where a
# page carries one).
ARTICLES = [
dict(id="h22-en-001", lang="en", tpl="newspack", site="The Alder Creek Current", section="Neighborhoods",
     date="2026-05-12", byline="Rosa Delgado-Finch",
     title="Neighbors' group chat raised $48,000 to keep the Elm Street laundromat open",
     sub="When the owner announced he was retiring, 300 people on a WhatsApp thread found a way to buy the machines.",
     caption="Regulars folding laundry at the Elm Street Wash House on a Saturday morning.",
     credit="Marcus Tollefson / The Alder Creek Current",
     body="""
When Dale Hutchins taped a notice to the door of the Elm Street Wash House in February saying he would close at the end of April, it took about twenty minutes for a photo of it to reach the neighborhood's WhatsApp group.

By the end of that week, the group, which started in 2021 to share lost-pet alerts and snow-plow updates, had turned into something closer to a board meeting.

"We didn't know how to buy a laundromat," said Priya Raman, who set up the thread. "We just knew we couldn't lose it."

## Why the laundromat matters

About a third of the apartments within half a mile of the Wash House have no washer hookups, according to the county's housing survey. For many older residents, the nearest alternative is two bus rides away.

Hutchins, 71, ran the business for 26 years and owns the building. He said he was happy to keep renting it out, but the 18 washers and 12 dryers were old, and he did not want to spend his retirement fixing them.

## A fund, a plan and a vote

Members of the group raised $48,000 in five weeks. The money came from:

- 412 individual donations, most of them under $100;
- a bake sale and a rummage sale in the church parking lot;
- a $10,000 grant from the Alder Creek Community Foundation.

The group has formed a cooperative, the Elm Street Wash Co-op, which bought the machines and signed a five-year lease. Two part-time attendants will be paid $19 an hour.

Raman said the co-op had been in contact with two other laundromat cooperatives, in Minneapolis and in Oakland, to learn how they set their prices.

"The group chat saved the laundromat," Hutchins said. "I'm just the guy who owned the dryers."

## What changes for customers

Prices will stay at $3.50 a wash for at least a year. The co-op plans to add a free wash on the first Monday of each month for families referred by the school district.

Share a folding table there on a Saturday morning and you will hear the same thing from almost everyone: they did not expect it to work.

"Honestly, neither did I," Raman said.
"""),

dict(id="h22-en-002", lang="en", tpl="wordpress", section="Housing", date="2026-03-18", byline="Owen Garside",
     title="Housing association told to ask tenants before fitting sensors that log their heating",
     sub="The regulator said consent buried in a tenancy agreement was no consent at all.",
     caption="A damp and temperature sensor fitted in a flat on the Millbrook estate.", credit="Photo: Owen Garside",
     body="""
A housing association that fitted sensors in 2,300 homes to record temperature, humidity and when the heating was switched on must now ask every tenant for permission, the data protection regulator has ruled.

Brackenside Homes began installing the small white boxes in 2024, saying they would help it spot damp and mould before it spread. Tenants were told about the sensors in a letter, but many said they had not realised the devices also logged how often their heating ran.

## 'Not a free choice'

The association argued that tenants had agreed to the sensors when they signed their tenancy agreements. The regulator disagreed.

"A clause on page fourteen of a tenancy agreement is not consent," its decision says. "A tenant who needs a home is not in a position to refuse."

The regulator also found that the association's tenant portal had set analytics cookies before visitors could accept or reject them on its cookie banner.

## What Brackenside must do

Within three months the association must:

- write to every tenant asking whether they want to keep the sensor;
- remove the sensor free of charge for anyone who says no;
- delete the heating records it has collected so far;
- fix the cookie banner on its portal.

Brackenside said it accepted the findings. Its chief executive, Lorna Pike, said the sensors had helped it find damp in 140 homes last winter.

"We got the communication badly wrong," she said. "We still think the sensors work."

Download the regulator's full decision and you will find the line that tenants' groups have quoted ever since: the association "knew more about when people were cold than it did about their repairs".

"I just want to be asked," said Shona Mercer, who has lived on the Millbrook estate for eleven years.
"""),

dict(id="h22-en-003", lang="en", tpl="regional", section="Business", date="2026-02-24", byline="Tasha Whitlock",
     title="Bakery's monthly cookie club passes 1,000 members",
     sub="Subscribers get a dozen cookies in the post, and a recipe card for something that is not a cookie.",
     caption="Cookies cooling at the Crumb & Kettle bakery on Tanner Street.", credit="Picture: Tasha Whitlock",
     body="""
A small bakery on Tanner Street has signed up more than 1,000 people to a cookie subscription that began as a way to get through a quiet January.

Crumb & Kettle, run by the sisters Abbie and Nell Fairbrass, posts a box of twelve cookies to members on the first Thursday of every month. The club costs £14 a month, including postage.

"We thought we'd get our mum and a few of her friends," said Abbie Fairbrass. "Then a food writer mentioned it in her newsletter."

## From oven to letterbox

The sisters bake about 12,000 cookies for each monthly post, starting at 4am on the Tuesday before. Every box includes:

- three cookies of the month, which change with the seasons;
- the bakery's brown butter and sea salt cookie, which never changes;
- a recipe card for something that is not a cookie.

The cookies are packed in cardboard trays rather than plastic, and the boxes are sized to fit through a letterbox.

Subscribe before the last day of a month and the next box goes out with that month's post. Members can pause or cancel at any time from their account page.

## Hiring for the first time

The club now brings in more money than the shop counter. The sisters have taken on two part-time bakers and moved the packing into a unit behind the shop.

Nell Fairbrass said the hardest part had been keeping the cookies soft in the post. It took eleven test batches and a few hundred broken biscuits to get it right.

"Our postman has started asking for the broken ones," she said.
"""),

dict(id="h22-en-004", lang="en", tpl="semantic", section="Rural affairs", date="2026-06-09", byline="Catriona Bell",
     title="New mast ends twenty years without mobile signal in Glen Ardach",
     sub="The glen's 140 residents can now make calls, get alerts and stream television at home.",
     caption="The new mast above Ardach farm, seen from the glen road.", credit="Photo: Catriona Bell",
     low=0,
     body="""
For the first time, the 140 people who live in Glen Ardach can make a mobile phone call from their own kitchens.

A new mast on the hillside above Ardach farm was switched on last Tuesday, ending a signal blackspot that residents had complained about for more than twenty years. It was paid for under the government's shared rural network scheme and carries all four operators.

## Life before the mast

Until now, anyone who needed a signal drove three miles to a lay-by on the glen road known locally as "the phone box", although there has never been a phone box there.

Farmers said they had missed calls from vets and hauliers, and the primary school relied on a single landline.

"You learned to say everything in one go, before the call dropped," said Donald Munro, who farms sheep at the head of the glen.

## Alerts and apps

The signal means residents can now get flood warnings, bus updates and app notifications at home. The school has signed up to a parents' messaging app, and the doctor's surgery in Kilcraig will send appointment reminders by text.

Download speeds are high enough to stream television, which Munro's grandchildren discovered within an hour.

Residents said the mast had brought a few surprises:

- neighbours phoning each other instead of knocking on the door;
- a run of parcel deliveries now that people can get tracking messages;
- the end of evening trips to the lay-by.

"I'll miss the view from the lay-by," said Munro. "I won't miss standing in it in February."
"""),

dict(id="h22-en-005", lang="en", tpl="ghost", section="From the newsroom", date="2026-09-03", byline="Jess Okafor",
     title="What 412 of you told us in our reader survey",
     sub="More council coverage, fewer crime stories, and please fix the newsletter on phones.",
     caption="Our newsroom above the old post office on Bridge Street.", credit="Photo: Sam Ferreira",
     body="""
In July we asked readers to tell us what they thought of our reporting. 412 of you filled in the survey, which is about one in eight of the people who get our newsletter. Thank you.

We promised to publish the results, good and bad. Here they are.

## What you want more of

The clearest message was that you want more reporting on decisions that affect your street. When we asked what we should cover more, the top answers were:

- planning applications and what happens to them;
- school places and bus routes;
- the council's budget, explained in plain English.

Only 9% of you wanted more crime stories, and several people asked us to stop publishing every minor road accident.

"Tell me what the council is going to do before it does it, not after," one reader wrote.

## What you told us to fix

Almost a third of you read our newsletter on a phone, and many of you said the layout breaks. Our reporter Dev Mahajan, who also builds the newsletter, has promised a fix by October.

Some of you asked why we ask for money when the site is free. We are a newsroom of four, and paying supporters cover about half of our costs. Nothing we publish will go behind a paywall.

## Our plans for the autumn

From next month we will publish a weekly planning round-up, and one of our reporters will attend every full council meeting in person.

Share your own ideas with us any time by replying to the newsletter. We read every reply, even the rude ones.

"Keep going," wrote one reader. "Just fix the phone thing."
"""),

dict(id="h22-en-006", lang="en", tpl="liveblog", section="Sport", date="2026-04-19", byline="Live team",
     title="Ridgeway Half Marathon live: 6,000 runners on the course as roads close across town",
     sub="The race starts and finishes in Market Square. Castle Bridge and London Road are closed until about 12.30pm.",
     caption="Runners crossing Castle Bridge in last year's race.", credit="Photo: Ridgeway Road Runners",
     times=["12:40", "11:15", "10:05", "09:20", "08:30"],
     body="""
## Winners home, and a course record in the women's race

Lucy Abernethy won the women's race in 1:11:52, taking 40 seconds off a course record that had stood since 2014.

"I didn't look at my watch once," she said. "I just followed the man in the orange vest."

The men's race was won by Tomasz Wilk in 1:05:30. Both winners run for Harlow Valley Harriers.

## Roads reopening from midday

The council says Castle Bridge and London Road will reopen from about 12.30pm, once the last runners have passed. Buses on routes 4 and 7 will go back to their normal routes shortly after.

## Medical team treats 14 runners

St John Ambulance says it has treated 14 runners so far, mostly for cramp and blisters. Two have been taken to hospital as a precaution.

Organisers are reminding runners to drink at every water station. It is 19C in the town centre, warm for April.

## Race tracking app struggling

Several readers have told us the official tracking app has stopped updating. The organisers say the timing company's server is overloaded and they are working on it.

Follow your runner on the live results page instead, which is still updating every two minutes. If you switched on notifications in the app, they may arrive late.

## Runners set off from Market Square

The first wave left Market Square at 8.30am. This year's field includes:

- 5,200 runners in the main race;
- 640 in the wheelchair and buggy category;
- 180 people running for the hospice, the race's official charity.

"I've trained for this since January," said first-timer Amrit Kaur, 58, at the start. "Now I just need to finish."
"""),

dict(id="h22-en-007", lang="en", tpl="wire", section="Business", date="2026-10-07", byline="Imogen Stroud",
     title="UPDATE 1-Toymaker Pellworth recalls 40,000 wooden train sets over paint on wheels",
     caption="A Pellworth train set in the company's Skelby workshop.", credit="NCP Pictures",
     wire=dict(note="(Adds retailer comment in paragraph 6, refund details in paragraph 8)", reporter="Imogen Stroud",
               editor="Keith Abara", slug="BRITAIN-TOYS/RECALL (UPDATE 1)"),
     body="""
SKELBY, England, Oct 7 (NCP) - Pellworth Toys, one of Britain's last wooden toy makers, is recalling about 40,000 train sets after tests found too much lead in the red paint used on some of the wheels.

The recall covers the "Little Station" and "Coastal Express" sets sold between March and August this year, the company said on Tuesday. No injuries have been reported.

Trading standards officers in Skelby found the problem during routine tests in September. The paint came from a new supplier that Pellworth started using in February, the company said.

"We are sorry. Parents trust us with the toys their children put in their mouths," chief executive Harriet Lomax said in a statement.

Pellworth said it was in contact with all the shops that had sold the sets, and had asked them to take the remaining stock off their shelves.

A spokesperson for Gantry's, the toy shop chain that sold about a third of the sets, said it had removed them from sale in all 62 of its stores on Monday evening.

Parents are asked to:

- stop using the sets straight away;
- check the batch number printed under the engine;
- return the set to the shop or post it to Pellworth free of charge.

Customers will get a full refund, or a replacement set once the new paint has been approved.

Pellworth, founded in 1958, employs 140 people at its workshop in Skelby. It said the recall would cost it about 1.2 million pounds.

"We should have tested the first batch ourselves," Lomax said.
"""),

dict(id="h22-en-008", lang="en", tpl="magazine", section="Features", date="2026-07-22", byline="Frances Ogilvie",
     title="The last sign-writer on Cheapside still paints every letter by hand",
     sub="Ray Pennington has painted shop names for 52 years. He says the brush still knows more than he does.",
     caption="Ray Pennington at work on a shopfront on Cheapside.", credit="Photograph: Kofi Mensah",
     pull="A computer can cut a letter, but it can't lean it into the wind",
     body="""
Ray Pennington climbs his ladder the way other men his age climb into a car: slowly, with a small grunt, and without thinking about it.

At the top, he takes a brush no thicker than a pencil, dips it in gold size and begins the letter B. It takes him eleven minutes.

"People think the hard part is the curves," he said. "The hard part is the straight lines."

## Fifty-two years of shopfronts

Pennington, 74, started as an apprentice in 1974, when there were six sign-writers working in the town. He is now the only one left. Most shops today order vinyl letters cut by a machine, for a fraction of the price.

He does not argue with that. He argues with the result.

"A computer can cut a letter, but it can't lean it into the wind," he said, pointing at a butcher's sign across the road whose letters, he insists, look as if they are standing to attention.

## A revival, of sorts

Business has picked up in the past five years. Pennington now has a waiting list of about four months, mostly for:

- independent cafés and bakeries;
- pubs repainting their names after a change of owner;
- narrowboat owners who want their boat names in traditional lettering.

Read the names above the shops on Cheapside and you can spot his work by the tiny flourish on the last letter, which he calls his signature.

## The photographs

For the past year, the photographer Kofi Mensah has followed him from job to job. Mensah's pictures will go on show at the town library in September.

"I wanted to catch the hands before they stop," Mensah said.

Pennington has no apprentice, and says he would take one tomorrow.

"Just someone who can hold a brush steady," he said. "I can teach them the rest."
"""),

dict(id="h22-en-009", lang="en", tpl="substack", site="The Harbour Wall", section="Notes", date="2026-03-05",
     byline="Kirsty Lomond",
     title="A winter of dawn swims with the Breakwater Dippers",
     standfirst="Thirty-one people, one WhatsApp group and a flask of tea that never seems to run out",
     sub="Thirty-one people, one WhatsApp group and a flask of tea that never seems to run out",
     caption="The Dippers going in at first light on New Year's Day.", credit="Photo: Morag Shiels",
     notes=["The temperature comes from the harbour master's gauge at the end of the breakwater, which the Dippers trust more than any app.",
            "What cold water does for mood has been studied, but the evidence is mixed. Nobody here is offering medical advice, least of all me."],
     body="""
I did not mean to become a winter swimmer. I meant to write one newsletter about the people who swim off the breakwater every morning, and then go home and get warm.

That was in November. I have now been in the sea 64 times.

## How the mornings work

There is no club, no membership fee and no committee. There is a WhatsApp group, which anyone can join, where someone posts the sea temperature every morning at about 6.45.[^1]

If enough people reply with a thumbs-up, the swim is on. If the swell is too big, someone posts a photo of the waves and that is the end of it.

"Nobody goes in alone. That's the only rule," said Morag Shiels, who started the group in 2022 with two friends.

## Who comes

The Dippers now have 31 regulars. They include:

- a retired harbour pilot who swims in a woolly hat;
- two nurses coming off night shifts;
- a teenager training for a Channel relay;
- me, badly.

Most people stay in for two or three minutes. Shiels says the cold water helps her sleep; others talk about their mood, or just about the tea and cake afterwards.[^2]

## What I've learned

Read any guide to cold-water swimming and it will tell you to get out before you feel you should. That turns out to be the most useful advice I have been given all winter.

Subscribe if you'd like to hear how the spring goes. The water starts warming up in April, and the Dippers say that is when the fair-weather swimmers turn up.

"We'll be here," Shiels said. "We always are."
"""),
]
