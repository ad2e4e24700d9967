# English stories for the ninth held-out part (h9-*) of the newsflow extraction set.
# Fictional; written for newsflow. Same markup as articles_en.py ("## " subheading,
# "> " block quote, "- " / "1. " list items, [text](url) links, **bold**).
# Extra fields: tpl (page template), low (fixed residue count), site (fixed site name),
# sub (standfirst; shown by the sanity and blox templates, never body).
ARTICLES = [
dict(id="h9-en-001", lang="en", tpl="wordpress", section="Health", date="2025-10-07", byline="Aileen Crowther",
     title="GP surgery must ask patients before sharing records with app firm",
     sub="A data regulator ruling says opt-out letters were not enough.",
     caption="The Harbour Street surgery waiting room.", credit="Photo: Tom Pelling",
     body="""
A GP surgery in Marlowe Sound has been told it must get the explicit consent of patients before it passes their records to a private appointment app, after the data regulator ruled that a letter offering an opt-out did not meet the law.

The Harbour Street practice, which has about 9,400 patients, signed up to the app last spring. Patients were sent a letter saying their details would be shared unless they objected within a month.

"Silence is not consent," the regulator's decision says. "Health data needs a clear, positive yes."

## What the surgery must do

The practice has been given eight weeks to:

- write to every patient asking for permission;
- delete records of anyone who does not reply;
- publish a plain-English notice in the waiting room and on its website.

Read the ruling and the surgery's own response and you find little disagreement: the practice manager, Hilary Voss, said staff had followed advice from the app company "in good faith" and would now start again.

Patients' group chair Derek Anstey said most people he had spoken to did not remember getting the letter.

"People bin post from the surgery thinking it's a flu jab reminder."

The app company said it would help the practice contact patients.
"""),

dict(id="h9-en-002", lang="en", tpl="blox", section="Business", date="2025-06-12", byline="Callum Reith",
     title="Town's only bookshop launches £8 monthly subscription box",
     sub="Owners hope regular customers will see them through the quiet months.",
     caption="Ruth and Simon Galt behind the counter of Leaf & Lantern.", credit="Photo: Jess Amory",
     body="""
The only independent bookshop in Brackenridge has started selling a monthly subscription box in an attempt to get through the winter, when takings can fall by half.

For £8 a month, subscribers get one paperback chosen by the owners, a handwritten note about why they picked it and a discount on anything else in the shop. A £14 tier adds a hardback once a quarter.

Ruth Galt, who opened Leaf & Lantern with her husband Simon in 2017, said 120 people had signed up in the first fortnight.

"We know our customers. We're not guessing what they'll like – we've been talking to them for eight years."

## Competing with the online giants

The couple said they could not match the prices of big online retailers, and did not try to.

Subscribe, and the shop promises, you will never get a book you already own: customers can send in a list of what is on their shelves.

The box is collected from the shop or posted for an extra £2.50. About a third of subscribers live outside the town, including several former residents who moved away.

Simon Galt said the idea came from a customer who already asked them to pick her a book every month.

"She said: just choose for me. So we thought, why not for everyone?"
"""),

dict(id="h9-en-003", lang="en", tpl="sanity", section="Culture", date="2025-08-22", byline="Nadia Ferrier",
     title="Photographer's lost negatives found in attic of former studio",
     sub="Hundreds of images of 1950s Corriemoor surface after sixty years.",
     caption="One of the recovered images: the cattle market in 1956.", credit="Photo: Corriemoor Heritage Trust",
     body="""
Nearly 700 negatives taken by a Corriemoor photographer in the 1950s have been found in the attic of his former studio, more than sixty years after his family assumed they had been thrown away.

Builders converting the building on Mill Lane into flats found the negatives in two biscuit tins and a shoebox behind a water tank.

They are the work of Alasdair Finlay, who ran a portrait studio in the town from 1948 until his death in 1963. Many of his prints bear a small stamp on the back reading "Photograph by A. Finlay, Mill Lane" – the only way historians have been able to identify his work until now.

## Faces nobody can name

The heritage trust has scanned the first 200 negatives. They show weddings, shop fronts, the cattle market and a visit by a travelling circus.

Share the pictures with older relatives, the trust asks, because many of the people in them have never been identified.

Finlay's granddaughter, Morag Leckie, said the family had searched the studio when it was sold.

"We looked everywhere except up."

The images will be shown at the town library from October.
"""),

dict(id="h9-en-004", lang="en", tpl="nextjs", section="Transport", date="2025-02-18", byline="Owen Pritchard",
     title="Level crossing to close for three weeks while barriers are replaced",
     sub="Drivers face a nine-mile detour.",
     caption="The Stonebridge Road crossing.", credit="Photo: Network engineers",
     body="""
The level crossing on Stonebridge Road will close to traffic for three weeks from 3 March while its barriers and warning lights are replaced.

The rail operator said the equipment, installed in 1987, was one of the oldest of its kind still in use in the region.

Drivers will be sent on a nine-mile diversion through Hallam Cross. Pedestrians and cyclists will be able to use a temporary footbridge for most of the closure, except on two weekends when cranes are on site.

## Business worries

Traders on the far side of the crossing say they fear losing passing custom. Janet Brody, who runs the garden centre, said March was when people started buying plants again.

"Three weeks doesn't sound like much until it's your busiest three weeks."

Follow the signs for the garden centre from the Hallam Cross roundabout, she added, and it is still only fifteen minutes from town.

The operator said it had been in contact with businesses since the autumn and had moved the work back a month at their request.

Trains will run normally throughout. The crossing is used by about 4,000 vehicles a day.
"""),

dict(id="h9-en-005", lang="en", tpl="cms", section="Sport", date="2025-05-03", byline="Kieran Dallow",
     title="Rowing club gets new boathouse after flood destroyed the old one",
     sub="The club trained from a marquee for two seasons.",
     caption="Juniors carry a boat into the new boathouse.", credit="Photo: Marlowe Rowing Club",
     body="""
Marlowe Rowing Club has moved into a new boathouse, two years after floodwater wrecked its old home and most of its boats.

The £640,000 building stands on raised piers a metre above the level the river reached in the 2023 flood. It was paid for by insurance, a sports grant and a fundraising appeal that brought in £91,000.

Club captain Ellen Marsh said members had trained from a marquee and borrowed boats from neighbouring clubs in the meantime.

"We lost eleven boats in one night. Some of them were older than I am."

## Juniors keep the club going

Membership fell during the two years, but the junior section grew, helped by a schools programme the club ran from a borrowed pontoon.

The club now has:

1. 48 junior members, up from 30;
2. a women's eight for the first time in a decade;
3. six new boats, two of them donated.

Listen to the older members and you hear one complaint about the new building: it has no bar yet.

The official opening will be held on the first Saturday of June.
"""),

dict(id="h9-en-006", lang="en", tpl="storybody", section="Community", date="2025-11-26", byline="Fiona Garside", low=0,
     title="Volunteers knit 1,200 hats for newborns at county hospital",
     sub="A knitting circle started in a café has grown to sixty members.",
     caption="Some of the hats delivered to the maternity ward.", credit="Photo: Bev Stroud",
     body="""
A knitting circle that began with four friends in a Brackenridge café has delivered its 1,200th hat to the maternity ward of the county hospital.

The group, which calls itself the Tuesday Needles, now has about sixty members, some of whom post their hats from as far away as Cornwall.

Organiser Bev Stroud said the idea came after her granddaughter was born early and the ward ran short of small hats.

"The nurses were putting babies in hats the size of tea cosies."

## Patterns for every size

The group works from three patterns, one of them for babies born very early, which the hospital asked for specifically. Each hat is washed and sealed in a bag before it is handed over.

Midwife Shona Kerr said parents often kept the hats long after they left.

"You'd be surprised how many of them come back years later and show us."

The group meets every Tuesday from ten until noon and welcomes beginners. Wool is donated by a shop in the town and by members' families.

Stroud said the group had no plans to stop.

"There's always another baby."
"""),
]
