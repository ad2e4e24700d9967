# Turkish, German, French, Spanish and Russian stories for the fifty-eighth held-out part (h58-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h58_en.py.
ARTICLES = [
dict(id="h58-tr-001", lang="tr", tpl="wordpress", section="Yerel", date="2026-04-07", byline="Serkan Ulutaş",
     title="Salı pazarı 40 yıl sonra kapalı pazar yerine taşındı",
     sub="İlk gün 212 tezgâh kuruldu. Caddedeki dükkân sahipleri ise müşteri kaybından endişeli.",
     caption="Eski Garaj'daki yeni kapalı pazar yerinde ilk salı.", credit="Fotoğraf: Serkan Ulutaş",
     carry=["marketday"],
     look=[("dropcap", "Kırkpınar'ın 40 yıllık salı pazarı")],
     body="""
Kırkpınar'ın 40 yıllık salı pazarı bu hafta Cumhuriyet Caddesi'nden ayrılıp Eski Garaj'daki yeni kapalı pazar yerine taşındı. İlk gün 212 tezgâh kuruldu, otopark sabah sekizde dolmuştu.

Belediyenin 38 milyon liraya yaptırdığı pazar yerinin üstü çelik bir çatıyla örtülü, zemini yağmur suyu birikmeyecek şekilde eğimli. Her tezgâhın yanında bir elektrik prizi ve numara levhası var.

## Esnaf ne diyor?

Otuz yıldır aynı köşede domates satan manav Ramazan Köksal memnun: "Caddede yağmur yağınca müşteri kaçardı, biz de sırılsıklam olurduk. Burada hiç değilse sebze ıslanmıyor."

Herkes aynı fikirde değil. Caddedeki dükkân sahipleri, pazara gelen kalabalığın artık kendi önlerinden geçmeyeceğinden yakınıyor. Kırtasiyeci Selma Arıkan, "Salı bizim en iyi günümüzdü, şimdi sıradan bir gün olacak" dedi.

## Yeni düzen

- Tezgâhlar sabah altıda kurulabilecek, akşam yedide toplanacak
- Köylü pazarı bölümünde yalnızca kendi ürününü satan üreticiler yer alacak
- Otopark pazar günleri ilk iki saat ücretsiz olacak
- Belediye, çarşı ile pazar yeri arasında her yarım saatte bir ring seferi koyacak

Zabıta Müdürü Orhan Tekin, boş kalan 14 tezgâh için başvuruların belediyenin Pazar Yerleri Birimi'ne yapılabileceğini söyledi.
"""),

dict(id="h58-tr-002", lang="tr", tpl="fusion", section="Eğitim", date="2026-06-16", byline="Elif Karataş",
     title="Karaağaç köy okulu 12 yıl aradan sonra yeniden açılıyor",
     sub="Köye dönen genç ailelerin çocukları eylülde birleştirilmiş sınıfta derse başlayacak.",
     caption="Karaağaç İlkokulu'nun yenilenen binası.", credit="Fotoğraf: Elif Karataş",
     look=[("factbox", "Okul için yapılanlar")],
     body="""
Bozyazı'ya bağlı Karaağaç köyündeki ilkokul, 12 yıl kapalı kaldıktan sonra eylülde yeniden öğrenci alacak. Sıraları, köye son yıllarda dönen gençlerin çocukları dolduracak.

Okul 2014'te öğrenci sayısı üçe düşünce kapanmış, çocuklar her sabah 22 kilometre uzaktaki ilçe merkezine taşınmaya başlamıştı. Köyde bugün okul çağında 17 çocuk var.

**Dönüşün sebebi: sera ve internet**

Muhtar Cemil Aydemir, son beş yılda köye 11 ailenin geri döndüğünü anlattı. Bir kısmı seracılık yapıyor, bir kısmı şehirdeki işini internet üzerinden sürdürüyor.

"Çocuğu sabah yedide servise bindirip akşam altıda geri almak kolay değil. Okul açılmasa bu aileler de giderdi," dedi Aydemir.

## Okul için yapılanlar

- Çatı ve pencereler il özel idaresince yenilendi
- Bahçeye köylülerin imecesiyle bir oyun alanı kuruldu
- İki derslik birleştirilip kütüphaneye çevrildi
- Öğretmen lojmanı yeniden oturulabilir hâle getirildi

Okula atanan öğretmen Zeynep Kılıçarslan, birleştirilmiş sınıfta ilk kez ders vereceğini söyledi. "Dört sınıf aynı odada olacak. Büyükler küçüklere okumayı gösterecek, köyde zaten hep böyle olmuş," diye konuştu.

Kayıtlar ağustos sonuna kadar muhtarlıkta alınıyor.
"""),

dict(id="h58-tr-003", lang="tr", tpl="chunks", section="Yaşam", date="2026-10-13", byline="Oğuz Demirkol",
     title="Simitçi Hasan Usta: 'Fırın sabah üçte yanar, elli yılda bir gün bile sönmedi'",
     sub="Mahallenin en eski fırınlarından biri bu ay 50 yaşına giriyor.",
     caption="Hasan Yıldırım fırının önünde, sabahın ilk simitleriyle.", credit="Fotoğraf: Oğuz Demirkol",
     body="""
Mahallemizin en eski fırınlarından Hasan Usta Simit Fırını bu ay 50 yaşına giriyor. Fırını babasından devralan Hasan Yıldırım (63) ile hamurun başında konuştuk.

**Fırın ne zaman açıldı?**

Babam 1976'da açtı. Ben on iki yaşındaydım, okuldan çıkınca gelip simitlere susam serperdim. O gün bugündür buradayım.

**Bir gününüz nasıl geçiyor?**

Saat üçte fırını yakarız, dörtte ilk hamur mayalanır. Altıda ilk simitler çıkar, yedi buçukta servisler gelir. Öğlene kadar ayaktayız, öğleden sonra da hesap kitap.

**Günde kaç simit pişiriyorsunuz?**

Hafta içi iki bin kadar, cumartesi üç bine yakın. Mahallede 60 ev var, her sabah kapılarına simit bırakıyoruz. Abone gibi, ay sonunda ödüyorlar.

**Fiyatlar sizi nasıl etkiledi?**

Un, susam, pekmez, hepsi iki yılda üç katına çıktı. Simidi 15 liraya satıyoruz. Biraz daha artırsam çocuklar alamaz, o yüzden kârdan kıstık.

**Fırını kim devralacak?**

Oğlum mühendis oldu, İstanbul'da yaşıyor. Yeğenim Murat burada, on yıldır yanımda ve hamurun dilinden anlıyor. İnşallah o sürdürür.

Fırın, 50. yıl için cumartesi sabahı ilk 500 simidi ücretsiz dağıtacak.
"""),

dict(id="h58-de-001", lang="de", tpl="drupal", site="Gemeinde Hohenfirst", kind="public",
     section="Rathaus und Bürgerservice", date="2026-03-19", byline="Gemeindeverwaltung Hohenfirst",
     title="Standesamt: Trauungen künftig auch in der Alten Mühle",
     sub="Der Gemeinderat hat den renovierten Mahlraum als zweites Trauzimmer gewidmet.",
     caption="Der renovierte Mahlraum der Alten Mühle am Dorfweiher.", credit="Foto: Gemeinde Hohenfirst",
     carry=["registrar"],
     look=[("box", "Die Standesbeamtinnen der Gemeinde")],
     body="""
Ab dem 1. Mai können sich Paare in Hohenfirst auch in der Alten Mühle am Dorfweiher trauen lassen. Der Gemeinderat hat den renovierten Mahlraum in seiner Sitzung am 17. März einstimmig als weiteres Trauzimmer des Standesamts gewidmet.

Bisher fanden standesamtliche Trauungen ausschließlich im Sitzungssaal des Rathauses statt, der höchstens 30 Gästen Platz bietet. In der Alten Mühle können bis zu 60 Gäste dabei sein.

## Was Paare wissen sollten

- Trauungen in der Alten Mühle sind freitags und samstags von 10 bis 15 Uhr möglich.
- Für den Raum wird eine zusätzliche Gebühr von 150 Euro erhoben.
- Die Eheschließung muss wie bisher vorher beim Standesamt angemeldet werden.
- Sektempfänge im Mühlgarten sind erlaubt, Feuerwerk und Konfetti nicht.

Die Renovierung des Mahlraums hat rund 92.000 Euro gekostet, davon trägt das Förderprogramm für die ländliche Entwicklung 55.000 Euro. Das alte Mühlrad bleibt sichtbar und wird an Trautagen beleuchtet.

Die Standesbeamtinnen der Gemeinde beurkunden Geburten und Sterbefälle weiterhin im Rathaus. Seit Januar ist dafür eine Terminvereinbarung nötig, damit niemand lange im Flur warten muss.

Bürgermeisterin Karin Ostler freut sich über das neue Angebot: „Viele Paare aus Hohenfirst haben bisher in den Nachbarorten geheiratet, weil unser Saal zu klein war. Jetzt können sie im Dorf bleiben.“

Die ersten Termine für Mai und Juni sind bereits vergeben. Anfragen für den Herbst nimmt das Standesamt ab sofort entgegen.
"""),

dict(id="h58-de-002", lang="de", tpl="amp", section="Polizei", date="2026-02-26", byline="Jonas Riedmüller",
     title="Bahnhofsvorstadt hat wieder eine eigene Kontaktbeamtin",
     sub="Nach fast einem Jahr ohne feste Ansprechpartnerin ist Melike Brandstätter im Viertel unterwegs, zu Fuß und mit dem Rad.",
     caption="Melike Brandstätter vor dem Stadtteilbüro an der Gerberstraße.", credit="Foto: Jonas Riedmüller",
     carry=["policeteam"], section_tag=True,
     body="""
Die Bahnhofsvorstadt hat wieder eine feste Ansprechpartnerin bei der Polizei. Polizeioberkommissarin Melike Brandstätter ist seit Anfang Februar als Kontaktbeamtin für das Viertel zwischen Bahnhof, Gerberstraße und Stadtpark zuständig.

Die Stelle war fast ein Jahr lang unbesetzt, nachdem ihr Vorgänger in den Ruhestand gegangen war. In dieser Zeit hatten Anwohner und Geschäftsleute immer wieder über Lärm, Sachbeschädigungen und Drogenhandel im Stadtpark geklagt.

## Zu Fuß und mit dem Rad

Brandstätter will vor allem sichtbar sein. „Ich bin nicht im Streifenwagen unterwegs, sondern zu Fuß oder mit dem Fahrrad. Wer mich sieht, kann mich ansprechen“, sagt die 41-Jährige, die zuvor zwölf Jahre im Schichtdienst einer Innenstadtwache gearbeitet hat.

In den ersten Wochen hat sie nach eigenen Worten mehr als 40 Geschäfte, beide Schulen und den Jugendtreff besucht. Die meisten Beschwerden betreffen den Stadtpark nach Einbruch der Dunkelheit und Fahrräder, die am Bahnhof gestohlen werden.

## Sprechstunde im Stadtteilbüro

Jeden zweiten Dienstag bietet Brandstätter eine Sprechstunde im Stadtteilbüro an der Gerberstraße an. Zur ersten kamen elf Anwohner, die meisten mit Fragen zu Fahrraddiebstählen.

Die Stadt will außerdem im Frühjahr die Beleuchtung im Stadtpark erneuern. Ein Rundgang mit Anwohnern, bei dem dunkle Ecken gesammelt werden, ist für April geplant.

Die nächste Sprechstunde ist am 10. März von 16 bis 18 Uhr.
"""),

dict(id="h58-de-003", lang="de", tpl="ghost", section="Vereine", date="2026-03-31", byline="Sabine Aichinger",
     title="Förderverein sammelt 18.400 Euro für das Freibad Lindach",
     sub="Mit dem Geld soll bis zur Saisoneröffnung eine neue Breitwellenrutsche stehen.",
     caption="Mitglieder des Fördervereins auf der Liegewiese des Freibads.", credit="Foto: Sabine Aichinger",
     only=["correction"],
     correction="Korrektur: In einer früheren Fassung dieses Artikels hieß es, der Förderverein habe 81 Mitglieder. Richtig sind 118, wir haben die Zahl berichtigt.",
     look=[("callout", "Wer Mitglied werden möchte")],
     body="""
Der Förderverein Freibad Lindach hat in seinem ersten Jahr 18.400 Euro gesammelt. Das Geld fließt in eine neue Breitwellenrutsche, die zur Saisoneröffnung am 16. Mai stehen soll.

Gegründet wurde der Verein im vergangenen Frühjahr, als die Stadt ankündigte, das Bad wegen der Energiekosten womöglich nur noch an Wochenenden zu öffnen. Inzwischen hat er 118 Mitglieder, vom Grundschüler bis zur 90-jährigen Frühschwimmerin.

„Wir wollten nicht nur protestieren, sondern etwas beitragen“, sagt die Vorsitzende Anja Hirschberger. Der Verein hat im Herbst das Kassenhäuschen gestrichen, die Liegewiese nachgesät und bei zwei Flohmärkten Kuchen verkauft.

Die Stadt hat inzwischen zugesagt, das Bad auch in dieser Saison täglich zu öffnen. Ein Grund dafür sei die Solarthermie auf dem Dach des Umkleidegebäudes, die das Becken seit dem vergangenen Sommer mitheizt, sagte Bürgermeister Tobias Wiedl.

Wer Mitglied werden möchte, zahlt 24 Euro im Jahr, Familien zahlen 40 Euro. Anmeldeformulare liegen an der Kasse des Bads und im Bürgerbüro des Rathauses aus.

Die Rutsche kostet rund 31.000 Euro. Den Rest will der Verein mit einem Spendenlauf am 25. April rund um das Badgelände zusammenbekommen.
"""),

dict(id="h58-fr-001", lang="fr", tpl="table", section="Commerce", date="2026-04-14", byline="Mathilde Roucayrol",
     title="Le marché de producteurs du vendredi soir s'installe sous la halle du Foirail",
     sub="Dix-neuf exposants pour la première soirée. La mairie cherche encore un arboriculteur et un vigneron.",
     caption="Les premiers étals du marché de producteurs sous la halle du Foirail.", credit="Photo : Mathilde Roucayrol",
     carry=["marketday"],
     body="""
Depuis vendredi dernier, le marché de producteurs de Montbrézac a quitté le parking de la gare pour s'installer sous la halle de la place du Foirail, rénovée l'an dernier. Dix-neuf exposants étaient présents pour la première soirée, de 16 h à 20 h.

Le marché avait été lancé en 2022 par une poignée d'agriculteurs du canton qui voulaient vendre directement aux habitants après leur journée de travail. Il réunit aujourd'hui des maraîchers, deux éleveurs de volailles, un fromager, un apiculteur et une boulangère qui cuit au feu de bois.

## Une seule règle : produire soi-même

La charte du marché est stricte. Seuls ceux qui vendent ce qu'ils cultivent, élèvent ou transforment eux-mêmes peuvent y tenir un stand. Les revendeurs sont refusés, même pour compléter un étal en hiver.

« Les gens viennent parce qu'ils savent qui a fait pousser la salade. Si on triche une fois, on perd tout », explique Aurélie Castagnet, maraîchère à Saint-Pons et présidente de l'association des exposants.

## Ce qui change sous la halle

- les stands sont éclairés et à l'abri de la pluie
- une buvette tenue par le comité des fêtes ouvre à partir de 18 h
- les exposants peuvent brancher leurs vitrines réfrigérées
- le stationnement est gratuit sur la place le vendredi soir

La mairie espère attirer de nouveaux exposants, notamment un arboriculteur et un vigneron. Les candidatures sont à déposer à l'accueil de la mairie avant le 30 avril.
"""),

dict(id="h58-fr-002", lang="fr", tpl="nextjs", section="Vie locale", date="2026-05-09", byline="Quentin Labarthe",
     title="La passerelle de la Filature rouverte aux piétons après deux ans",
     sub="Fermée en 2024 à cause de la rouille, la passerelle de 1931 a été démontée pièce par pièce.",
     caption="La passerelle de la Filature, repeinte en vert bouteille.", credit="Photo : Quentin Labarthe",
     low=0,
     body="""
Les habitants du quartier de la Filature peuvent de nouveau traverser la Dourbie à pied. La passerelle métallique qui relie le quartier au centre-ville a rouvert samedi, après deux ans de fermeture et huit mois de travaux.

L'ouvrage, construit en 1931 pour les ouvriers de la filature, avait été fermé en mars 2024, quand une inspection avait révélé que plusieurs rivets du tablier étaient rongés par la rouille. Les piétons devaient faire un détour de 1,2 kilomètre par le pont routier, sans trottoir sur une partie du trajet.

**Un chantier plus long que prévu**

La commune espérait d'abord une réparation rapide. Mais les bureaux d'études ont conclu qu'il fallait démonter le tablier, le sabler et remplacer près d'un tiers des pièces. Le coût est passé de 180 000 à 640 000 euros, financés pour moitié par le département.

« On a hésité à la démolir pour en construire une neuve. Les habitants nous ont dit qu'ils tenaient à celle-là », raconte le maire, Gérard Bousquet.

La passerelle a retrouvé sa couleur vert bouteille d'origine, découverte sous onze couches de peinture.

Samedi matin, une centaine de personnes ont assisté à la réouverture. Josette Rouvière, 86 ans, a traversé la première, au bras de son arrière-petit-fils : « Je passais là pour aller à l'école. Je voulais être la première à la retraverser. »

Les habitants qui possèdent des photos de l'ancienne passerelle peuvent les déposer à la médiathèque, qui prépare une exposition pour l'automne.
"""),

dict(id="h58-fr-003", lang="fr", tpl="eleventy", site="La Feuille de Châtel-Vieux", kind="small",
     section="Mairie", date="2026-03-10", byline="Hélène Vidalenc", tags=["état civil", "mairie", "mariages"],
     title="État civil : la mairie passe aux rendez-vous et rouvre sa salle des mariages",
     sub="Un ascenseur dessert enfin la salle du premier étage. Les déclarations se font désormais sur rendez-vous.",
     caption="La salle des mariages de la mairie, au premier étage de l'ancien presbytère.", credit="Photo : Hélène Vidalenc",
     carry=["registrar"],
     notes=["Selon la délibération du conseil municipal du 14 octobre 2025, affichée en mairie.",
            "Compte rendu de la séance du 21 mai 2024, consultable à l'accueil."],
     look=[("italic", "Douze mariages sont déjà prévus")],
     body="""
La mairie de Châtel-Vieux a rouvert le 2 mars sa salle des mariages, fermée depuis l'automne pour des travaux d'accessibilité. Le service de l'état civil, lui, ne reçoit plus que sur rendez-vous.

La salle, au premier étage de l'ancien presbytère, n'était accessible que par un escalier de pierre de 22 marches. Un ascenseur a été installé dans l'ancienne cage de l'horloge, pour 148 000 euros, dont 60 % pris en charge par l'État.[^1]

**Des rendez-vous pour ne plus attendre**

Jusqu'ici, les habitants venaient déclarer une naissance, demander un acte ou déposer un dossier de mariage aux heures d'ouverture, sans prévenir. Les jours de marché, l'attente dépassait parfois une heure.

Désormais, il faut réserver un créneau de vingt minutes, par téléphone ou à l'accueil. Les déclarations de décès restent reçues sans rendez-vous, « parce qu'on ne fait pas attendre une famille en deuil », précise la secrétaire de mairie, Nadège Fabre.

> Une salle des mariages où la grand-mère ne peut pas monter, ce n'est pas une salle des mariages.

C'est avec cette phrase que le maire, Bernard Roustan, avait défendu les travaux devant le conseil municipal.[^2]

Douze mariages sont déjà prévus cette année, contre sept l'an dernier. Le premier sera célébré le 18 avril.

La mairie est ouverte du lundi au vendredi de 9 h à 12 h, et le mercredi après-midi de 14 h à 17 h.
"""),

dict(id="h58-es-001", lang="es", tpl="semantic", section="Seguridad", date="2026-03-03", byline="Javier Montalbán",
     title="San Lázaro vuelve a tener policía de barrio cuatro años después",
     sub="Dos agentes patrullan a pie el barrio de lunes a sábado y atienden a los vecinos en el centro cívico.",
     caption="Los agentes Rocío Benjumea y Alberto Quiles en la calle Ancha.", credit="Foto: Javier Montalbán",
     carry=["policeteam"],
     look=[("italic", "«No venimos a poner multas")],
     body="""
El barrio de San Lázaro vuelve a tener agentes de proximidad. Dos policías locales, Rocío Benjumea y Alberto Quiles, patrullan a pie sus calles de lunes a sábado desde el pasado lunes, después de casi cuatro años sin un servicio fijo en la zona.

La Policía Local retiró a los agentes de barrio en 2022 por falta de plantilla. Desde entonces, la asociación de vecinos había recogido más de 1.300 firmas para pedir su vuelta, sobre todo por los robos en trasteros y los ruidos nocturnos en la plaza del Mercado.

## Una cara conocida

El concejal de Seguridad, Manuel Ortigosa, explicó que la idea es que los vecinos «pongan cara» a la policía. «Un agente que conoce a la gente se entera antes de lo que pasa y resuelve muchos problemas sin que lleguen a denuncia», dijo.

Los dos agentes tienen un despacho en el centro cívico, donde atenderán a los vecinos los martes y jueves por la mañana. También visitarán los dos colegios y el instituto del barrio.

«No venimos a poner multas, venimos a escuchar», resumió Benjumea en su primer día de servicio.

## Primeras peticiones

En la primera semana, los vecinos les han pedido sobre todo más vigilancia nocturna en la plaza del Mercado y controles a los patinetes que circulan por las aceras.

La presidenta de la asociación vecinal, Maribel Escudero, celebró la vuelta, aunque advirtió de que «dos agentes para doce mil vecinos son pocos».
"""),

dict(id="h58-es-002", lang="es", tpl="gutenberg", section="Comercio", date="2026-03-24", byline="Inmaculada Bejarano",
     title="El mercado de abastos de Torrealba abrirá los viernes por la tarde",
     sub="Los placeros aprobaron el cambio por 27 votos a 6. La prueba durará seis meses.",
     caption="Puestos de fruta en el mercado de abastos de Torrealba.", credit="Foto: Inmaculada Bejarano",
     carry=["marketday"],
     look=[("dropcap", "El mercado de abastos de Torrealba abrirá")],
     body="""
El mercado de abastos de Torrealba abrirá también los viernes por la tarde a partir del 3 de abril. Los placeros aprobaron el cambio en asamblea el pasado martes, por 27 votos a favor y 6 en contra.

El mercado, inaugurado en 1958, abre ahora solo por las mañanas, de lunes a sábado. Los comerciantes llevan años viendo cómo bajan las ventas entre semana, mientras los supermercados de la avenida abren hasta las diez de la noche.

«La gente joven trabaja por la mañana. Si abrimos solo cuando están en la oficina, nunca los vamos a ver por aquí», explica Encarna Molero, que vende fruta en el puesto 14 desde hace 31 años.

Según el acuerdo, el horario de tarde será de cinco a nueve. Para que la prueba funcione, los comerciantes se han comprometido a:

- abrir al menos 30 de los 41 puestos cada viernes
- organizar una degustación de productos de temporada el primer viernes de cada mes
- montar un rincón de tapas en el antiguo puesto de los encurtidos
- regalar una bolsa de tela a quien pague con la tarjeta del mercado

El Ayuntamiento, propietario del edificio, mantendrá abierto el aparcamiento cubierto hasta las diez y reforzará la limpieza.

La prueba durará seis meses. Si en octubre no se llega al menos a 600 compradores por tarde, el mercado volverá al horario actual.
"""),

dict(id="h58-es-003", lang="es", tpl="storybody", section="Ciudad", date="2026-05-12", byline="Pilar Echevarren",
     title="El Registro Civil de Villanueva del Campo solo atenderá con cita previa",
     sub="El cambio llega el 1 de junio. El Ayuntamiento ofrecerá además el salón de plenos para bodas civiles.",
     caption="La puerta del Registro Civil en la calle Real.", credit="Foto: Pilar Echevarren",
     carry=["registrar"],
     body="""
El Registro Civil de Villanueva del Campo atenderá solo con cita previa a partir del 1 de junio. El juzgado de paz, que lo gestiona, asegura que el cambio acabará con las colas que se forman desde primera hora en la puerta del edificio de la calle Real.

Las inscripciones de nacimiento, los certificados y los expedientes de matrimonio necesitarán cita. Las defunciones se seguirán atendiendo sin ella.

**Colas desde las siete**

Hasta ahora, los vecinos hacían cola antes de que abriera la oficina, a las nueve. Los lunes, cuentan los funcionarios, no era raro ver a treinta personas esperando en la acera, algunas con bebés en brazos.

«Vine a inscribir a mi hija y estuve hora y media de pie», recuerda Sara Montilla, que fue madre en enero. «Con cita lo habría agradecido.»

**Bodas en el salón de plenos**

El Ayuntamiento aprovecha el cambio para ofrecer el salón de plenos para bodas civiles los viernes por la tarde y los sábados por la mañana. Hasta ahora, los matrimonios se celebraban en una pequeña sala del juzgado con sitio para quince personas.

La tasa por usar el salón será de 90 euros para los empadronados y de 220 para el resto.

Las citas pueden pedirse por teléfono en el 010 o en la web del Ayuntamiento desde el 20 de mayo.
"""),

dict(id="h58-ru-001", lang="ru", tpl="ucoz", site="Село Ольховка", kind="small",
     section="Новости села", date="2026-06-08", byline="Администратор",
     title="В Ольховке всем миром починили колодец на Нижней улице",
     sub="Жители собрали 46 тысяч рублей и за один день поставили новый сруб.",
     caption="Новый сруб колодца на Нижней улице.", credit="Фото: Николай Лапин",
     carry=["map"],
     body="""
В субботу жители Ольховки всем миром отремонтировали старый колодец-журавль на Нижней улице. Колодцу больше ста лет, из него до сих пор берут воду восемь дворов.

Прошлой осенью сгнил сруб, а журавль треснул у самого основания. Поселковая администрация обещала помочь, но денег в бюджете на этот год не нашлось, и жители решили справиться сами.

Что успели сделать за один день:

- разобрали старый сруб и вынули шесть гнилых венцов
- поставили новый сруб из лиственницы с пилорамы в Каменке
- заменили журавль и цепь
- почистили колодец и вычерпали ил со дна

Лиственницу продали со скидкой, остальное купили на собранные деньги: 38 семей сдали в общей сложности 46 тысяч рублей. Работали одиннадцать мужчин, а женщины накрыли стол прямо у колодца.

«Мой дед этот колодец копал, а теперь я его чиню. Внуки, надеюсь, тоже когда-нибудь починят», — говорит 74-летний Пётр Ильич Глазков.

Пробу воды отвезли в районную лабораторию, результаты обещали через две недели. До тех пор воду советуют кипятить.

Кто хочет помочь с покраской навеса, звоните старосте Нине Сергеевне Лапиной.
"""),

dict(id="h58-ru-002", lang="ru", tpl="medium", site="Заречный дневник", kind="indie",
     section="Люди", date="2026-11-17", byline="Дарья Ковалёва",
     title="«Книги у нас берут даже по телефону»: библиотекарь из Заречья о своей работе",
     sub="Галина Рябова 23 года заведует сельской библиотекой и по четвергам развозит книги на велосипеде.",
     caption="Галина Тимофеевна Рябова в читальном зале.", credit="Фото: Дарья Ковалёва",
     look=[("bold", "Сколько в библиотеке записано читателей?"), ("bold", "Кто приходит чаще всего?"),
           ("bold", "Вы правда развозите книги по домам?"), ("bold", "Чего библиотеке не хватает больше всего?"),
           ("bold", "Что будет, когда вы уйдёте на пенсию?")],
     body="""
Подписка на журналы, кружок для пенсионеров и книги, которые развозят по домам на велосипеде. Сельской библиотеке в Заречье 70 лет, и последние 23 года ею заведует Галина Тимофеевна Рябова. Мы поговорили с ней о том, зачем селу библиотека.

Сколько в библиотеке записано читателей?

Записано 412 человек, постоянно ходят около 150. Для села в девятьсот жителей это много.

Кто приходит чаще всего?

Пенсионеры и школьники. Пенсионеры берут детективы и журналы про сад, а школьники приходят делать уроки, потому что у нас тепло и есть интернет.

Вы правда развозите книги по домам?

Да, тем, кто сам уже не ходит. Мне звонят, говорят, что хотят почитать, и по четвергам я объезжаю село на велосипеде. Зимой — с санками.

Чего библиотеке не хватает больше всего?

Новых книг. На пополнение фонда дают 18 тысяч рублей в год. Многое приносят сами жители, когда переезжают или разбирают дом родителей.

Что будет, когда вы уйдёте на пенсию?

Не знаю. Я уже дважды откладывала. Молодых в селе мало, а зарплата небольшая. Но надеюсь, что найдётся человек, который любит книги больше, чем деньги.

Библиотека открыта со вторника по субботу с 10 до 17 часов.
"""),

dict(id="h58-ru-003", lang="ru", tpl="sanity", section="Город", date="2026-03-16", byline="Артём Селиванов",
     title="В микрорайоне Северный открылся свой участковый пункт полиции",
     sub="Трое участковых будут принимать жителей на улице Строителей, в бывшем помещении сберкассы.",
     caption="Участковый пункт полиции на улице Строителей.", credit="Фото: Артём Селиванов",
     carry=["policeteam"],
     look=[("dropcap", "В микрорайоне Северный впервые")],
     body="""
В микрорайоне Северный впервые открылся собственный участковый пункт полиции. Он разместился на первом этаже дома № 14 по улице Строителей, в помещении бывшей сберкассы.

До сих пор жителям Северного, где живут около 18 тысяч человек, приходилось ездить в отдел полиции в центре города. Дорога на автобусе занимает до сорока минут.

## Трое участковых на микрорайон

В пункте будут работать три участковых уполномоченных. Старший из них, майор полиции Вадим Корнилов, служит в городе 16 лет.

«Чаще всего к нам идут с семейными ссорами, шумом по ночам и телефонным мошенничеством. С мошенниками особенно тяжело: пострадавших всё больше, и это в основном пожилые люди», — рассказал он.

Участковые планируют встречаться с жителями раз в месяц в актовом зале школы № 41. Первая встреча назначена на 26 марта.

## О чём просили жители

На первом приёме жители чаще всего просили разобраться с парковкой во дворах и с подростками, которые по вечерам собираются у гаражей.

Председатель совета дома Людмила Кротова говорит, что пункт ждали восемь лет: «Раньше до участкового было не дозвониться. Теперь он рядом, за углом».

Приём граждан ведётся по вторникам и четвергам с 17 до 19 часов, по субботам — с 10 до 12.
"""),
]
