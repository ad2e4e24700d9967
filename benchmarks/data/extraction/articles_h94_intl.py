# Turkish, German, French, Spanish and Russian stories for the ninety-fourth held-out part (h94-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h94_en.py.
ARTICLES = [
dict(id="h94-tr-001", lang="tr", tpl="webflow",
     section="Kent", date="2026-09-02", byline="Elif Karaduman",
     title="Akçakavak'ın salı pazarı eski otogar alanına taşınıyor",
     sub="Kırk yıldır Cumhuriyet Caddesi'nde kurulan pazar, ekimden itibaren üstü kapalı yeni yerinde olacak.",
     caption="Cumhuriyet Caddesi'ndeki salı pazarında sebze tezgâhları.", credit="Fotoğraf: Elif Karaduman",
     body="""
Akçakavak'ın kırk yıldır Cumhuriyet Caddesi'nde kurulan salı pazarı, 6 Ekim'den itibaren eski otogar alanında kurulacak. Belediye meclisi taşınma kararını oy birliğiyle aldı.

Pazarda her hafta 180'den fazla tezgâh açılıyor. Cadde sakinleri ve esnaf, yıllardır pazar kurulan günlerde caddenin trafiğe kapanmasından ve tezgâhların kaldırımlara taşmasından şikâyet ediyordu.

## Yeni alanda neler olacak

Belediye, eski otogar alanının zeminini yeniledi ve alanın yarısının üstünü kapattı. Yeni pazar yerinde şunlar bulunacak:

- numaralandırılmış 220 tezgâh yeri
- 60 araçlık otopark
- engelli tuvaleti ve bebek bakım odası
- köylerden gelen üreticilere ayrılmış ayrı bir bölüm

Belediye Başkan Yardımcısı Serkan Oğuz, kapalı bölümün yağmurlu günlerde hem pazarcıyı hem alıcıyı rahatlatacağını söyledi. "Kışın çamurun içinde alışveriş yapma devri kapanıyor," dedi.

## Esnaf ikiye bölündü

Caddedeki dükkân sahiplerinin hepsi karardan memnun değil. Kırtasiyeci Hülya Demirel, salı günleri cirosunun pazar sayesinde neredeyse ikiye katlandığını anlattı. "Pazar giderse cadde boşalır, bunu herkes biliyor," dedi.

Yelkenli köyünden her hafta domates ve biber getiren üretici Mustafa Aksoy ise yeni yerden umutlu. "Eskiden arabayı iki sokak öteye bırakıp kasaları sırtımızda taşıyorduk," diye konuştu.

Belediye, salı günleri ilçe merkezinden eski otogara yarım saatte bir ücretsiz servis koyacak.

Yeni yerdeki ilk pazar 6 Ekim Salı sabahı saat 07.00'de kurulacak.
"""),

dict(id="h94-tr-002", lang="tr", tpl="bitrix",
     section="Kültür", date="2026-05-14", byline="Burak Tunç",
     title="Akçakavak Kent Müzesi Müzeler Haftası boyunca ücretsiz",
     sub="Restorasyonu iki yıl süren dokuma salonu da ilk kez ziyarete açılıyor.",
     caption="Akçakavak Kent Müzesi'nin yeni dokuma salonu.", credit="Fotoğraf: Burak Tunç",
     carry=["museumdays"],
     body="""
Akçakavak Kent Müzesi, 18-24 Mayıs tarihleri arasında kutlanacak Müzeler Haftası boyunca ziyaretçilerden giriş ücreti almayacak. Müze bu yıl ilk kez hafta sonları akşam saat 20.00'ye kadar açık kalacak.

Eski hükümet konağında bulunan müzede, ilçenin zeytincilik, dokumacılık ve denizcilik geçmişine ait 2.400'den fazla eser sergileniyor. Müzeyi geçen yıl yaklaşık 11 bin kişi gezdi.

**Yeni salon ilk kez açılıyor**

Müzeler Haftası'nda restorasyonu iki yıl süren dokuma salonu da ziyarete açılacak. Salonda Yelkenli köyünden bağışlanan 19. yüzyıldan kalma bir el tezgâhı ve yüzlerce desen örneği bulunuyor.

Müze Müdürü Nesrin Yalçın, tezgâhın yeniden çalışır hale getirildiğini ve hafta boyunca her gün öğleden sonra dokuma gösterisi yapılacağını söyledi. "Çocuklar ipliğin kumaşa dönüştüğünü kendi gözleriyle görsün istiyoruz," dedi.

**Okullar için rehberli turlar**

İlçedeki ilkokul ve ortaokullardan gelecek gruplar için sabah saatlerinde rehberli turlar düzenlenecek. Öğretmenlerin grup ziyaretlerini müzeyi arayarak önceden bildirmesi isteniyor.

Müzenin bahçesinde hafta sonu, köylerden gelen kadın üreticilerin el emeği ürünlerini satacağı küçük bir pazar da kurulacak.

Yalçın, müzenin yıl boyunca çok az yerel ziyaretçi aldığını, bu haftanın bunu değiştirmek için bir fırsat olduğunu vurguladı.

Müze, Müzeler Haftası dışında pazartesi hariç her gün 09.00-17.00 saatleri arasında açık.
"""),

dict(id="h94-tr-003", lang="tr", tpl="k2",
     section="Eğitim", date="2026-06-19", byline="Derya Koçak",
     title="Karapınar'ın öğretmeni 38 yıl sonra tebeşiri bırakıyor",
     sub="Köyün üç kuşağına okuma yazma öğreten Hasan Erdem bu ay emekli oluyor.",
     caption="Hasan Erdem, Karapınar İlkokulu'nun sınıfında.", credit="Fotoğraf: Derya Koçak",
     body="""
Karapınar İlkokulu'nun tek öğretmeni Hasan Erdem, 38 yıllık meslek hayatının ardından bu ay emekli oluyor. Köyün üç kuşağına okuma yazma öğreten Erdem'le son ders zili çalmadan önce konuştuk.

**Karapınar'a nasıl geldiniz?**

1988'de tayinim çıktı, köyü haritada bulamadım. Otobüsten indim, muhtar beni traktörle aldı. Bir yıl kalır giderim diye düşünmüştüm.

**O zaman okulda kaç öğrenci vardı?**

Kırk bir. Beş sınıf aynı odada ders görürdü. Şimdi dokuz öğrencim var, en küçüğü altı yaşında.

**Kışlar zor muydu?**

Sobayı sabah altıda yakardım. Kar yağınca yol kapanırdı, çocukları evlerinden tek tek ben toplardım.

**En çok neyi özleyeceksiniz?**

Bir çocuğun ilk kez kendi başına bir cümle okuduğu anı. Yüzü değişir. O anı hiçbir şeye değişmem.

**Ya sonrası?**

Bahçem var, arılarım var. Bir de eski öğrencilerim torunlarını getirip "Hocam, bunu da sen okut" diyor. Bakalım.

Okul, önümüzdeki yıl birleştirilmiş sınıf olarak açık kalacak; ilçe milli eğitim müdürlüğü yeni öğretmenin ağustos ayında atanacağını açıkladı.

Köy halkı, Hasan Öğretmen için 26 Haziran Cuma günü saat 17.00'de okul bahçesinde bir veda yemeği düzenleyecek. Eski öğrencilerinin hepsi davetli.
"""),

dict(id="h94-de-001", lang="de", tpl="bolt", site="Kornbacher Anzeiger",
     section="Kornbach", date="2026-05-06", byline="Sabine Wehrle",
     title="Kornbach bekommt einen Bürgerbus",
     sub="Ehrenamtliche Fahrer sollen ab Juni die Ortsteile Wiesental und Hohenbirken mit dem Zentrum verbinden.",
     caption="Der neue Kleinbus vor dem Kornbacher Rathaus.", credit="Foto: Sabine Wehrle",
     tags=["Bürgerbus Lautertal", "Hohenbirken", "Wiesental"],
     look=[("bold", "Die Entscheidung fiel ohne Gegenstimme."), ("br", "Einen Personenbeförderungsschein")],
     body="""
Wer in Wiesental oder Hohenbirken wohnt und kein Auto hat, kommt bisher nur zweimal am Tag nach Kornbach. Das soll sich ab Juni ändern: Der Gemeinderat hat am Dienstagabend beschlossen, einen Bürgerbus einzurichten.

Der Kleinbus mit acht Sitzplätzen und einer Rampe für Rollstühle wird von Ehrenamtlichen gefahren. Er soll werktags zwischen 8 und 18 Uhr im Stundentakt verkehren.

Die Entscheidung fiel ohne Gegenstimme.

## Wer fährt?

Gesucht werden mindestens 20 Fahrerinnen und Fahrer, die einmal pro Woche eine Schicht von vier Stunden übernehmen. Bisher haben sich 14 gemeldet, die meisten von ihnen im Ruhestand.

Einen Personenbeförderungsschein brauchen sie nicht, eine ärztliche Untersuchung aber schon.

Organisiert wird der Bus vom neu gegründeten Verein Bürgerbus Lautertal. Dessen Vorsitzender Helmut Brenner, selbst 41 Jahre lang Lkw-Fahrer, sagt: „Ich wollte nach der Rente nicht nur im Garten sitzen.“

## Was die Fahrt kostet

Das Fahrzeug kostet rund 78.000 Euro. Das Land übernimmt 60 Prozent, den Rest teilen sich die Gemeinde und der Verein. Die Fahrgäste zahlen:

- 1,50 Euro für eine einfache Fahrt
- 1 Euro für Kinder und für Inhaber eines Schwerbehindertenausweises
- nichts, wenn sie ein Deutschlandticket haben

In Hohenbirken gibt es seit der Schließung des Lebensmittelladens vor drei Jahren kein Geschäft mehr. Für viele ältere Menschen dort ist der Bus die einzige Möglichkeit, ohne fremde Hilfe einzukaufen oder zum Arzt zu kommen.

Wer mitfahren oder selbst Fahrer werden möchte, kann sich donnerstags zwischen 16 und 18 Uhr im Rathaus, Zimmer 4, informieren.
"""),

dict(id="h94-de-002", lang="de", tpl="weebly", site="Familientreff Wiesental e.V.", kind="small",
     section="Aus dem Familientreff", date="2026-07-08", byline="Anja Kessler",
     title="Ferienmittagstisch: In den Sommerferien essen Kinder bei uns umsonst",
     sub="Dreimal in der Woche kochen Ehrenamtliche im Gemeindehaus ein warmes Mittagessen.",
     caption="Vorbereitungen in der Küche des Gemeindehauses Wiesental.", credit="Foto: Familientreff Wiesental",
     carry=["kidseatfree"], run_in=["kidseatfree"],
     body="""
Sechs Wochen Sommerferien sind für viele Familien in Wiesental eine teure Zeit. Das Mittagessen in der Schule fällt weg, und nicht jede Familie kann das zu Hause auffangen. Deshalb gibt es in diesem Jahr zum ersten Mal einen Ferienmittagstisch.

Vom 27. Juli bis zum 4. September kochen Ehrenamtliche jeden Montag, Mittwoch und Freitag ein warmes Mittagessen im Gemeindehaus. Kinder und Jugendliche bis 16 Jahre essen umsonst, Erwachsene zahlen, was sie können.

„Wir fragen niemanden nach Bescheiden oder Einkommen. Wer kommt, bekommt einen Teller“, sagt unsere Vorsitzende Marion Hagedorn.

Die Lebensmittel spenden zum großen Teil die Bäckerei Vogt, der Hofladen Lindenhof und die Tafel in Kornbach. Die Gemeinde übernimmt die Kosten für Strom und Reinigung.

Gekocht wird einfach und so, dass es Kindern schmeckt. Auf dem Plan stehen unter anderem:

- Nudeln mit Tomatensoße und Gemüse
- Kartoffelsuppe mit Würstchen
- Gemüsereis mit Hähnchen
- Milchreis mit Apfelmus

Wir suchen noch Helferinnen und Helfer für die Küche und den Abwasch, gern auch Jugendliche, die Stunden für ihr Sozialpraktikum sammeln wollen.

Auch einige Gaststätten in Kornbach und Umgebung machen in den Ferien mit: Dort essen Kinder in Begleitung eines Erwachsenen kostenlos.
"""),

dict(id="h94-de-003", lang="de", tpl="wix", site="Förderverein Freibad Hohenbirken e.V.", kind="small",
     section="Aus dem Verein", date="2026-08-27", byline="Vorstand",
     title="35 Sommer am Beckenrand: Schwimmmeister Gerd Albrecht hört auf",
     sub="Zum Saisonende geht der Mann auf dem Hochstuhl in den Ruhestand.",
     caption="Gerd Albrecht am Sportbecken des Freibads Hohenbirken.", credit="Foto: Förderverein Freibad Hohenbirken",
     body="""
Seit 1991 sitzt Gerd Albrecht jeden Sommer auf dem Hochstuhl am Sportbecken unseres Freibads. Zum Saisonende geht der Schwimmmeister in den Ruhestand. Wir haben ihn zwischen zwei Rundgängen am Beckenrand getroffen.

**Wie oft mussten Sie ins Wasser springen?**

Richtig gerettet habe ich vielleicht zwölf Menschen. Aber herausgewinkt, ermahnt und getröstet habe ich Tausende.

**Was ist in 35 Sommern anders geworden?**

Früher kam das ganze Dorf, von Mai bis September. Heute kommen die Leute, wenn es heiß ist, sonst bleiben sie weg. Und die Kinder können heute schlechter schwimmen. Das macht mir Sorgen.

**Und das Bad selbst?**

Das Becken ist älter als ich. Ohne den Förderverein gäbe es das Freibad nicht mehr, das sage ich ganz offen.

**Ihr schönster Tag?**

Der 14. August 2003. Hitzerekord, 1.900 Gäste, und am Abend haben wir alle zusammen im Becken gesessen.

**Was machen Sie ab Oktober?**

Ich lerne kraulen. Ehrlich, ich bin mein Leben lang nur Brust geschwommen.

Die Gemeinde hat die Stelle bereits ausgeschrieben. Bis eine Nachfolge gefunden ist, hilft die Wasserwacht an den Wochenenden aus.

Der Förderverein verabschiedet Gerd Albrecht am Sonntag, 13. September, um 15 Uhr beim Saisonabschlussfest am Beckenrand. Alle Badegäste sind eingeladen.
"""),

dict(id="h94-fr-001", lang="fr", tpl="tilda",
     section="Éducation", date="2026-06-18", byline="Claire Fauvel",
     title="Collège de Saint-Orbier : 47 familles contestent l'affectation de leurs enfants",
     sub="Les élèves du lotissement des Aulnaies ont été envoyés au collège de Villemarsan, à quatorze kilomètres.",
     caption="L'entrée du collège de Saint-Orbier.", credit="Photo : Claire Fauvel",
     carry=["schoolappeals"], run_in=["schoolappeals"],
     body="""
Quarante-sept familles du lotissement des Aulnaies, à Saint-Orbier, ont déposé un recours contre l'affectation de leurs enfants en sixième. Tous ont été inscrits au collège Jean-Moulin de Villemarsan, à quatorze kilomètres, alors que le collège du bourg se trouve à dix minutes à pied.

**Une carte scolaire redessinée**

En janvier, le conseil départemental a modifié la sectorisation pour soulager le collège de Saint-Orbier, qui accueille 612 élèves pour 550 places. Le lotissement, sorti de terre en 2024, a basculé dans le secteur de Villemarsan.

« On a acheté ici pour que nos enfants aillent à l'école à pied. Personne ne nous a prévenus », regrette Sandrine Loiseau, mère de jumeaux.

**Ce que demandent les parents**

Réunis en collectif, les parents réclament :

- le retour du lotissement dans le secteur de Saint-Orbier
- un car direct le matin et le soir pour les élèves envoyés à Villemarsan
- l'examen de chaque demande de dérogation avant les vacances d'été

Le département répond que le collège de Saint-Orbier ne peut pas accueillir davantage d'élèves sans nouveaux bâtiments, et qu'une extension de quatre salles est prévue pour la rentrée 2028.

La principale du collège, Hélène Marchetti, dit comprendre la colère des familles. « Nous n'avons plus une salle libre, même le CDI sert de salle de cours », explique-t-elle.

Les familles qui souhaitent contester une affectation doivent adresser leur recours à la direction académique avant le 3 juillet.
"""),

dict(id="h94-fr-002", lang="fr", tpl="odoo", site="Le Lien de l'Orbise",
     section="Culture", date="2026-02-04", byline="Julien Rabier",
     title="Le musée de la Coutellerie sera gratuit chaque premier dimanche du mois",
     sub="La commune de Villemarsan veut attirer les habitants qui ne sont jamais entrés dans le musée.",
     caption="La meule restaurée du musée de la Coutellerie.", credit="Photo : Julien Rabier",
     tags=["Musée de la Coutellerie", "Villemarsan", "conseil municipal de Villemarsan"],
     carry=["museumdays"],
     look=[("callout", "Pour les groupes scolaires")],
     body="""
À partir du dimanche 1er mars, le musée de la Coutellerie de Villemarsan sera gratuit pour tous le premier dimanche de chaque mois. Le conseil municipal a voté la mesure lundi soir, par 23 voix contre 4.

Installé depuis 1982 dans l'ancienne forge Garraud, au bord de l'Orbise, le musée retrace deux siècles de fabrication de couteaux dans la vallée. Il a accueilli 8 400 visiteurs l'an dernier, dont moins d'un sur cinq habitait la commune.

« Des gens qui vivent à deux rues du musée me disent qu'ils n'y ont jamais mis les pieds. La gratuité, c'est une porte d'entrée », explique l'adjointe à la culture, Martine Chabrol.

La mesure coûtera environ 6 000 euros par an en billets non vendus. L'opposition a jugé la dépense mal venue, alors que la commune vient d'augmenter le tarif de la cantine.

Les premiers dimanches, deux anciens couteliers feront des démonstrations d'émouture sur la meule restaurée, de 14 heures à 17 heures.

Pour les groupes scolaires, les visites guidées restent sur réservation, au tarif habituel de 2 euros par élève.

Le musée prépare aussi pour l'été une exposition d'une centaine de couteaux prêtés par des familles de la vallée. Ceux qui possèdent un couteau fabriqué à Villemarsan peuvent le photographier et envoyer la photo au musée.

Le musée est ouvert du mercredi au dimanche, de 10 heures à 12 h 30 et de 14 heures à 18 heures.
"""),

dict(id="h94-fr-003", lang="fr", tpl="magazine",
     section="Portrait", date="2026-11-12", byline="Anne-Laure Dupuy",
     title="Au moulin de Saint-Orbier, l'huile de noix coule depuis 1847",
     sub="Jean-Pierre Lascaux, cinquième meunier de sa famille, presse encore les noix de la vallée à la meule.",
     caption="Jean-Pierre Lascaux devant la presse à vis de son moulin.", credit="Photo : Anne-Laure Dupuy",
     pull="La meule tourne, et tant qu'elle tourne, je reste",
     look=[("dropcap", "Il y a d'abord l'odeur."), ("box", "Un litre d'huile demande")],
     body="""
Il y a d'abord l'odeur. Avant même de pousser la porte du moulin de Saint-Orbier, on sent les cerneaux qui chauffent dans la poêle, une odeur de pain grillé et de bois.

Depuis 1847, le moulin presse les noix de la vallée de l'Orbise. Jean-Pierre Lascaux, 71 ans, est le cinquième meunier de sa famille. Il ne travaille que de novembre à mars, quand les noix sont bien sèches.

## Un savoir-faire à la main

Les clients apportent leurs cerneaux dans des sacs de toile. Jean-Pierre Lascaux les écrase sous une meule de granit de deux tonnes, chauffe la pâte au feu de bois, puis la presse dans une presse à vis de 1890.

Un litre d'huile demande environ deux kilos et demi de cerneaux, soit près de sept kilos de noix entières. Il faut compter une demi-journée pour une fournée.

« Tout le monde me demande pourquoi je ne prends pas une machine électrique. La réponse est dans le goût », sourit le meunier.

## La relève se fait attendre

Ses deux filles vivent à Lyon et à Bordeaux, et aucune ne veut reprendre le moulin. L'association des Amis du moulin cherche une solution pour que la meule ne s'arrête pas avec lui.

« La meule tourne, et tant qu'elle tourne, je reste », dit Jean-Pierre Lascaux.

Le moulin se visite le samedi matin, de 9 heures à midi, et l'huile se vend sur place, 28 euros le litre.
"""),

dict(id="h94-es-001", lang="es", tpl="blogger", site="AMPA CEIP Río Serra", kind="small",
     section="Noticias del AMPA", date="2026-05-20", byline="Junta directiva del AMPA",
     title="Dieciséis familias del barrio se quedan sin plaza en el Río Serra",
     sub="La lista provisional de admitidos deja fuera a niños que viven a pocos metros del colegio.",
     caption="La entrada del CEIP Río Serra a la hora de salida.", credit="Foto: AMPA CEIP Río Serra",
     carry=["schoolappeals"],
     body="""
La lista provisional de admitidos para el curso que viene, publicada el lunes en el tablón del colegio, ha dejado fuera a dieciséis niños y niñas de tres años que viven en el barrio. Todos habían pedido el CEIP Río Serra como primera opción.

El colegio oferta este año 50 plazas en Infantil de 3 años, las mismas que el curso pasado. Sin embargo, las solicitudes han pasado de 58 a 71, sobre todo por las familias que se han mudado a las nuevas viviendas de la avenida del Olmedal.

Desde el AMPA entendemos el enfado. Varias de las familias afectadas viven a menos de trescientos metros de la puerta del colegio, pero tienen hijos mayores en otros centros y no han sumado puntos por hermanos.

Hemos hablado con la dirección y con la comisión de escolarización, y esto es lo que sabemos:

- las plazas se han adjudicado según el baremo oficial y no se ha detectado ningún error
- cualquier familia puede presentar una reclamación contra la lista provisional
- si una familia admitida renuncia, la plaza pasa a la siguiente de la lista de espera
- la Consejería no tiene previsto abrir una tercera aula de 3 años

Vamos a pedir una reunión con la Delegación de Educación para que se estudie ampliar el colegio, como ya se hizo en 2015.

Las familias que quieran sumarse a la petición pueden escribirnos desde el formulario del blog o pasar por el despacho del AMPA los martes y jueves de 16.30 a 18.00.
"""),

dict(id="h94-es-002", lang="es", tpl="elementor",
     section="Cultura", date="2026-03-10", byline="Lucía Ferrándiz",
     title="El Museo del Aceite de Valdeserra abrirá gratis los domingos por la tarde",
     sub="El pleno aprueba un presupuesto de cultura un 9 % mayor, con la cubierta de la vieja almazara como primera obra.",
     caption="Prensas de la antigua almazara que alberga el Museo del Aceite.", credit="Foto: Lucía Ferrándiz",
     carry=["museumdays"],
     look=[("highlight", "El Museo del Aceite de Valdeserra abrirá gratis")],
     body="""
El Museo del Aceite de Valdeserra abrirá gratis los domingos de 16.00 a 19.00 a partir del 5 de abril. El pleno aprobó la medida el jueves con los votos de todos los grupos, en una sesión dedicada a los presupuestos de cultura.

## Un presupuesto que crece

El área de Cultura del Ayuntamiento contará este año con 412.000 euros, un 9 % más que en 2025. La mayor partida, 150.000 euros, se destinará a reparar la cubierta de la antigua almazara que alberga el museo.

La concejala de Cultura, Rocío Garrido, explicó que la entrada gratuita supondrá dejar de ingresar unos 7.000 euros al año. "Es menos de lo que gastamos en folletos que nadie lee", dijo.

## Más visitantes del pueblo

El museo recibió 12.600 visitas el año pasado, pero según sus propias encuestas solo una de cada diez personas era de Valdeserra. La mayoría llega en excursiones organizadas desde la capital.

Su directora, Amparo Sanchís, quiere que eso cambie. "Hay abuelos en el pueblo que trabajaron en esta almazara y nunca han traído a sus nietos", comentó.

Los domingos por la tarde habrá además una cata de aceite de la cooperativa y visitas guiadas a las 17.00, sin reserva previa.

El museo, en la calle del Molino, 8, abre de martes a sábado de 10.00 a 14.00 y de 17.00 a 20.00.
"""),

dict(id="h94-es-003", lang="es", tpl="ghost",
     section="Pueblos", date="2026-10-01", byline="Tomás Villalba",
     title="Los vecinos de Cañaveral recuperan la fuente del Caño",
     sub="Una docena de jubilados ha reconstruido en once fines de semana la fuente que abastecía a la aldea.",
     caption="La fuente del Caño, ya reconstruida, en Cañaveral.", credit="Foto: Tomás Villalba",
     low=0,
     body="""
Durante casi veinte años, la fuente del Caño de Cañaveral fue un montón de piedras cubiertas de zarzas. Desde el sábado vuelve a manar.

La fuente, construida en 1894, abasteció a la aldea hasta que llegó el agua corriente en los años setenta. Después cayó en el abandono, y en 2007 una riada derribó parte del pilón.

**Trabajo de fin de semana**

Una docena de vecinos, casi todos jubilados, ha dedicado once fines de semana a reconstruirla. El Ayuntamiento de Valdeserra puso la cal y la arena, y un cantero de la comarca les enseñó a asentar la piedra.

"Ninguno sabía hacer esto. Ahora sabemos un poco", bromea Paco Lozano, de 74 años, que ha coordinado las obras.

**Lo que han hecho los vecinos**

Los trabajos han consistido en:

- limpiar el manantial y la conducción de 60 metros
- levantar de nuevo el pilón con la piedra original
- colocar una placa con el año de construcción
- plantar dos moreras junto a la entrada

Un cartel advierte de que el agua no es apta para el consumo, aunque sí para regar y para los animales.

La inauguración reunió el sábado a más de cien personas, con migas y banda de música. Los vecinos quieren seguir ahora con el lavadero, que está al lado y tiene el tejado hundido.

Quien quiera echar una mano puede acercarse al Caño cualquier sábado a partir de las nueve.
"""),

dict(id="h94-ru-001", lang="ru", tpl="broadcaster",
     section="Общество", date="2026-06-10", byline="Марина Лебедева",
     title="Кафе Ключевска бесплатно кормят детей на летних каникулах",
     sub="Акцию придумала хозяйка пельменной на Садовой улице.",
     caption="Обед в пельменной на Садовой улице.", credit="Фото: Марина Лебедева",
     watch=("хозяйка пельменной на Садовой о том, почему кормит детей бесплатно",
            "как проходит обед в кафе, которые присоединились к акции"),
     carry=["kidseatfree"],
     body="""
Пять кафе и столовых Ключевска этим летом бесплатно кормят детей, которые пришли вместе со взрослыми. Акцию придумала хозяйка пельменной на Садовой улице Ольга Зуева, и за две недели к ней присоединились ещё четыре заведения.

По словам Зуевой, летом семей в кафе стало меньше: без школьных обедов расходы на еду у многих выросли. «Мама берёт себе чай, а детям ничего. Смотреть на это я больше не могла», — говорит она.

Детская порция в пельменной — это суп, второе и компот. Стоит такой обед около 250 рублей, и, по подсчётам хозяйки, за лето акция обойдётся ей примерно в 60 тысяч.

В администрации города инициативу поддержали. Заместитель главы по социальным вопросам Игорь Носов пообещал, что участники акции в следующем году получат скидку на аренду муниципальных помещений.

Родители встретили новость с благодарностью. Многодетная мама Екатерина Белова из Заречья рассказывает, что теперь раз в неделю водит детей обедать в город. «Для нас это маленький праздник», — признаётся она.

Присоединиться к акции может любое кафе Ключевска. Для этого достаточно позвонить в отдел потребительского рынка администрации.
"""),

dict(id="h94-ru-002", lang="ru", tpl="quintype",
     section="Город", date="2026-06-24", byline="Алексей Горбунов",
     title="На Ключевке после десятилетнего перерыва открыли городской пляж",
     sub="Дно почистили, завезли песок и поставили вышку спасателей.",
     caption="Городской пляж на левом берегу Ключевки.", credit="Фото: Алексей Горбунов",
     look=[("highlight", "Купаться на пляже разрешено")],
     body="""
Впервые за десять лет в Ключевске снова работает официальный городской пляж. В субботу его открыли на левом берегу Ключевки, напротив старой лодочной станции.

Прежний пляж закрыли в 2016 году: дно заросло, а вода не проходила проверку. В этом году городская администрация расчистила дно на участке длиной 150 метров и завезла двенадцать машин песка.

Купаться на пляже разрешено с 10:00 до 20:00, когда дежурят спасатели. Пробы воды санитарная служба будет брать раз в две недели, а результаты вывешивать на щите у входа.

## Что есть на пляже

На берегу установили:

- две кабинки для переодевания
- вышку спасателей
- детскую площадку с песочницей
- биотуалеты и урны

Жители открытию рады, в первые выходные на берегу было больше трёхсот человек. «Раньше мы с детьми ездили купаться за двадцать километров, в Сосновый. Теперь можно дойти пешком», — говорит Наталья Суркова.

## Без стекла и мангалов

Администрация напоминает, что на пляже нельзя жарить шашлык, приносить стеклянную посуду и выгуливать собак. За нарушения полагается штраф.

Спасатели просят родителей не оставлять детей у воды одних даже на несколько минут.

Пляж будет работать до 31 августа.
"""),

dict(id="h94-ru-003", lang="ru", tpl="cms",
     section="Заречье", date="2026-09-09", byline="Ирина Соколова",
     title="В Заречье открыли отремонтированный пешеходный мост",
     sub="Четыре месяца жителям приходилось ходить в центр Ключевска в обход.",
     caption="Пешеходный мост через Ключевку после ремонта.", credit="Фото: Ирина Соколова",
     low=0,
     body="""
Пешеходный мост через Ключевку, который соединяет Заречье с центром Ключевска, снова открыт. Ремонт занял четыре месяца, и всё это время жителям приходилось идти в обход через автомобильный мост, почти три километра.

Деревянный мост построили в 1978 году. Весной инженеры обнаружили, что часть опор подгнила, и переход закрыли.

## Что заменили на мосту

Подрядчик заменил:

- шесть опор из лиственницы
- весь настил длиной 84 метра
- перила и освещение

Работы обошлись районному бюджету в 4,8 миллиона рублей. На время ремонта через автомобильный мост пустили дополнительный автобус, но ходил он только утром и вечером.

## Мост для школьников

Больше всех открытия моста ждали родители. Школа № 2, куда ходят почти все дети из Заречья, находится на другом берегу.

«Мы каждый день водили детей в обход по обочине, а машины идут впритык. Теперь снова десять минут пешком», — говорит Светлана Орлова, мама второклассника.

По словам главы поселения Виктора Громова, в следующем году на мосту установят видеокамеры. «Мост должен прослужить ещё лет сорок», — сказал он.

Ездить по мосту на велосипеде нельзя: велосипед нужно вести в руках.
"""),
]
