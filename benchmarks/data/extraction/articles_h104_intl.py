# Turkish, German, French, Spanish and Russian stories for the hundred-and-fourth held-out part (h104-*).
# Fictional; written for newsflow. Markup and fields as in articles_h104_en.py ("times": the entries' times on the
# live blog, one per subheading).
ARTICLES = [
dict(id="h104-tr-001", lang="tr", tpl="liveblog",
     section="Gündem", date="2026-01-19", byline="Zeynep Karahanlı",
     title="Karlıyayla'da kar fırtınası: yollar kapandı, okullar tatil",
     sub="İlçede gece boyunca 70 santim kar yağdı, 14 köy yolu ulaşıma kapandı.",
     caption="Karlıyayla çarşısında sabah saatlerinde kar küreyen esnaf.", credit="Fotoğraf: Karlıyayla Haber",
     times=["07:10", "09:25", "12:40", "16:05"],
     carry=["fuelvouchers"], run_in=["fuelvouchers"],
     body="""
## Gece boyunca 70 santim kar

Karlıyayla'da dün akşam başlayan kar yağışı sabaha kadar durmadı. Meteoroloji istasyonunun ölçümüne göre ilçe merkezinde kar kalınlığı 70 santime ulaştı, Meşedere yönünde rüzgârın savurduğu yerlerde bir metreyi geçti.

Kaymakamlık, ilçedeki bütün okullarda eğitime bir gün ara verildiğini duyurdu.

## Köy yolları kapalı

Belediye ve il özel idaresi ekipleri sabah 05.00'ten beri çalışıyor. İlçeye bağlı 31 köyden 14'ünün yolu şu an ulaşıma kapalı. Ekipler öncelikle sağlık ocağına ve fırınlara giden yolları açıyor.

Meşedere muhtarı Halil Bozdağ, köyde hasta ya da yaşlı kimsenin mağdur olmadığını, elektriğin ise gece 03.00'ten beri kesik olduğunu söyledi.

## Elektrik kesintisi

Dağıtım şirketi, Meşedere ve Yukarıçam hattındaki arızanın devrilen iki direkten kaynaklandığını açıkladı. Ekiplerin öğleden sonra bölgeye ulaşması bekleniyor.

Kesinti süresince köy konağında bir jeneratör çalıştırılıyor. Isınmak isteyen köylüler konağa gelebilir.

## Yardım hattı açıldı

Kaymakamlık, yakacağı tükenen ya da ön ödemeli sayacına yükleme yapamayan aileler için bir yardım hattı açtı. Sosyal yardımlaşma vakfı, bu kış başvuran ailelere kömür ve elektrik yükleme desteği veriyor.

Vakfa hafta içi 08.30 ile 17.30 arasında 0 (478) 900 12 40 numaralı telefondan ulaşılabiliyor.
"""),

dict(id="h104-tr-002", lang="tr", tpl="yootheme", site="Karlıyayla Postası",
     section="Kültür", date="2026-02-06", byline="Emre Solakoğlu",
     title="Yirmi yıl sonra perde yeniden açılıyor: Yayla Sineması'na yeni hayat",
     sub="Kapandığı 2006'dan beri depo olarak kullanılan salon, belediye ve bir hayırseverin desteğiyle yenilendi.",
     caption="Yenilenen Yayla Sineması salonu.", credit="Fotoğraf: Emre Solakoğlu",
     low=0,
     look=[("highlight", "Salonda artık 212 koltuk var.")],
     body="""
Karlıyayla'nın tek sineması, Yayla Sineması, yirmi yıl aradan sonra cuma akşamı yeniden seyirci ağırlayacak. İlk gösterimde, 1970'lerde bu salonda çekilen bir yerli film oynayacak.

**Perdenin arkasında bir aile**

Sinemayı 1958'de açan Aydoğan ailesinin torunu Selma Aydoğan, salonun kapandığı günü hâlâ hatırlıyor. \u201cBabam son filmi oynattıktan sonra makine dairesinin kapısını kilitledi ve anahtarı bana verdi. Yirmi yıl o anahtarı sakladım,\u201d diyor.

Bina 2006'dan sonra önce un deposu, sonra da belediyenin kış malzemeleri için ambar olarak kullanıldı. Geçen yıl ailenin belediyeye yaptığı başvuru üzerine onarım başladı.

## Neler yenilendi

Çatı baştan yapıldı, salona yeni bir ısıtma sistemi kuruldu, eski ahşap koltuklar ise kentteki bir marangoz atölyesinde tek tek onarıldı.

Salonda artık 212 koltuk var. Makine dairesine de dijital bir projektör yerleştirildi, ama eski makine yerinden sökülmedi.

**Biletler ve seanslar**

Belediye Başkanı Nurettin Çakır, sinemanın hafta içi okullara, hafta sonu ise herkese açık olacağını söyledi. Bilet fiyatı 60 lira, öğrenciler ve 65 yaş üstü için 30 lira olacak.

Cuma akşamki açılış gösterimi 19.30'da başlıyor, biletler sinemanın gişesinde perşembe öğleden itibaren satışta.
"""),

dict(id="h104-tr-003", lang="tr", tpl="webforms", site="Karlıyayla Belediyesi",
     section="Basın Bültenleri", date="2026-01-23", byline="Basın Yayın Müdürlüğü",
     title="Kar mesaisi sürüyor: 38 araç, 120 personel sahada",
     sub="Belediye ekipleri üç gündür ilçe merkezinde ve mahallelerde kar küreme ve tuzlama çalışması yapıyor.",
     caption="Belediye ekipleri Cumhuriyet Caddesi'nde kar küreme çalışmasında.", credit="Karlıyayla Belediyesi",
     body="""
Karlıyayla Belediyesi, ilçede pazartesi gecesi başlayan yoğun kar yağışının ardından 38 iş makinesi ve 120 personelle kar küreme ve tuzlama çalışmalarını aralıksız sürdürüyor.

Ekipler üç vardiya halinde, günün 24 saati görev yapıyor. Bugüne kadar ilçe merkezindeki ana caddelere ve mahalle yollarına 640 ton tuz ve 1.100 ton kum serildi.

Belediye Başkanı Nurettin Çakır, çalışmaları yerinde inceledi. Başkan Çakır, önceliğin hastaneye, okullara ve fırınlara giden yollar olduğunu belirterek vatandaşlardan araçlarını kar küreme araçlarının geçişini engelleyecek şekilde park etmemelerini istedi.

Zabıta ekipleri de çatılardaki kar yığınları ve saçaklardaki buz sarkıtları konusunda esnafı ve apartman yöneticilerini uyardı. Yaya kaldırımlarının önündeki karın bina sahiplerince temizlenmesi gerekiyor.

Belediye, yaşlı ve engelli vatandaşların evlerine giden yolların açılması için de ayrı bir ekip kurdu. Yardıma ihtiyacı olan vatandaşlar, mahalle muhtarlıkları aracılığıyla bu ekibe ulaşabiliyor. Ekip, ilk iki günde 86 eve giden yolu açtı ve 40 aileye ekmek ile ilaç ulaştırdı.

Meteoroloji, kar yağışının hafta sonuna kadar aralıklarla süreceğini ve gece sıcaklıklarının eksi 20 dereceye kadar düşebileceğini bildirdi.

Kar küreme ile ilgili talep ve şikâyetler, belediyenin Beyaz Masa hattına 153 numaralı telefondan 24 saat iletilebilir.
"""),

dict(id="h104-de-001", lang="de", tpl="bricks", site="Hollertaler Rundschau online",
     section="Kirche und Glaube", date="2026-01-26", byline="Miriam Eschbach",
     title="St. Martin in Tannried: Die Predigt kommt jetzt direkt ins Hörgerät",
     sub="Die Kirchengemeinde hat eine Induktionsschleife verlegen lassen. Bezahlt haben sie Spenden aus dem Dorf.",
     caption="Blick in den Innenraum von St. Martin in Tannried.", credit="Foto: Miriam Eschbach",
     body_caption="Unter dem neuen Teppich im Mittelgang liegt das Kabel der Schleife.",
     tags=["Tannried", "Pfarrkirche Sankt Martin"],
     carry=["hearingloops"],
     look=[("italic", "\u201eIch habe zum ersten Mal")],
     body="""
Wer in den vergangenen Jahren in der Pfarrkirche St. Martin in Tannried schlecht hörte, saß meist in der ersten Reihe und verstand trotzdem nur die Hälfte. Seit dem Dreikönigstag ist das anders.

Die Kirchengemeinde hat im Kirchenschiff eine Induktionsschleife verlegen lassen. Das Kabel liegt unter dem neuen Läufer im Mittelgang und rund um die Bankreihen. Wer ein Hörgerät mit Telefonspule trägt, hört Predigt, Lesungen und Orgel nun ohne Nebengeräusche direkt im Ohr.

\u201eIch habe zum ersten Mal seit Jahren jedes Wort verstanden.\u201c

Das sagte die 83-jährige Hedwig Brauner nach der ersten Messe mit der neuen Anlage. Sie hatte den Anstoß gegeben, als sie dem Pfarrgemeinderat im Frühjahr einen Brief schrieb.

Die Kosten von rund 14.000 Euro hat die Gemeinde vollständig aus Spenden bezahlt. Gesammelt wurde beim Pfarrfest, beim Adventsbasar und mit einer Kollekte, zu der auch der Musikverein und die Landfrauen beitrugen.

Im Pfarrheim und in der Friedhofskapelle gibt es tragbare Geräte, die bei Beerdigungen und Versammlungen aufgestellt werden können:

- ein tragbarer Verstärker mit eigener kleiner Schleife
- zwei Empfänger mit Kopfhörern für Menschen ohne Hörgerät

Pfarrer Thomas Lindemann lädt alle, die die Anlage ausprobieren möchten, am Sonntag nach dem Gottesdienst um 10 Uhr zu einer Vorführung ins Pfarrheim ein.
"""),

dict(id="h104-de-002", lang="de", tpl="kadence", site="Kaltenbrunn Aktuell",
     section="Kaltenbrunn und Ortsteile", date="2026-01-12", byline="Jonas Weidinger",
     title="Glatteis-Wochenende: 64 Stürze in der Notaufnahme",
     sub="Die Kreisklinik in Kaltenbrunn hat so viele Knochenbrüche behandelt wie sonst in einem Monat.",
     caption="Ein Streufahrzeug des Bauhofs in der Hauptstraße.", credit="Foto: Jonas Weidinger",
     tags=["Glatteis", "Kreisklinik Kaltenbrunn"],
     carry=["icegrips"],
     look=[("dropcap", "Freitagabend, kurz nach"), ("bold", "Am Samstagmittag war der Gipsraum voll.")],
     body="""
Freitagabend, kurz nach sieben: Auf den Straßen im Hollertal gefriert der Nieselregen, und in der Notaufnahme der Kreisklinik Kaltenbrunn beginnt ein Wochenende, das die Ärzte so schnell nicht vergessen werden.

Bis Sonntagnacht wurden 64 Menschen nach Stürzen auf Eis behandelt. Die meisten hatten sich Handgelenk, Schulter oder Hüfte gebrochen, elf mussten operiert werden.

Am Samstagmittag war der Gipsraum voll.

## Vor allem Ältere betroffen

Chefarzt Dr. Reinhard Voss sagt, mehr als die Hälfte der Verletzten sei älter als 65 Jahre gewesen. \u201eViele waren nur kurz zum Briefkasten oder zum Bäcker unterwegs. Bei älteren Menschen heilt ein Hüftbruch schlecht, das kann das Ende der Selbstständigkeit bedeuten.\u201c

Auch mehrere Zusteller und ein Mitarbeiter des Bauhofs kamen mit Verletzungen in die Klinik.

## Was der Arzt rät

Voss empfiehlt, bei Glätte möglichst zu Hause zu bleiben, Schuhe mit griffiger Sohle zu tragen und die Hände nicht in den Manteltaschen zu halten. Wer unbedingt hinaus muss, sollte kleine Schritte machen und lieber einen Umweg über gestreute Wege nehmen.

Der Bauhof der Stadt hat seit Freitag rund 300 Tonnen Salz und Splitt gestreut. Für Gehwege vor Wohnhäusern sind die Eigentümer zuständig, werktags ab 7 Uhr und sonntags ab 8 Uhr.
"""),

dict(id="h104-de-003", lang="de", tpl="concrete", site="Tannrieder Dorfblatt",
     section="Menschen im Dorf", date="2026-02-20", byline="Ulrike Bachmaier",
     title="\u201eDie Pferde merken den Winter vor uns\u201c: Besuch beim letzten Hufschmied im Tal",
     sub="Anton Reisinger beschlägt seit 44 Jahren Pferde im Hollertal. Im Winter bekommen sie Stollen.",
     caption="Anton Reisinger in seiner Schmiede in Tannried.", credit="Foto: Ulrike Bachmaier",
     inset=("Die Esse in der Schmiede am Mühlbach.", "Foto: Ulrike Bachmaier"),
     look=[("bold", "Herr Reisinger, was ist im Winter anders?"), ("bold", "Und wenn kein Schnee liegt?"),
           ("bold", "Gibt es jemanden, der die Schmiede übernimmt?"), ("bold", "Wie lange wollen Sie noch?")],
     body="""
In der Schmiede am Mühlbach in Tannried brennt das Feuer in der Esse seit 1911. Anton Reisinger, 66, ist der letzte Hufschmied im Hollertal. Wir haben ihn an einem kalten Februarmorgen besucht.

Herr Reisinger, was ist im Winter anders?

\u201eDie Pferde bekommen Stollen in die Eisen geschraubt, kleine Stifte aus gehärtetem Stahl, damit sie auf dem Eis nicht wegrutschen. Dazu Schneegrips, das sind Gummiringe, damit sich der Schnee nicht unter dem Huf zu Klumpen stollt. Ein Pferd mit zwei Schneeballen unter den Füßen läuft wie auf Stelzen.\u201c

Und wenn kein Schnee liegt?

\u201eDann ist mehr Arbeit als früher. Es gibt heute mehr Reitpferde im Tal als zu meiner Lehrzeit Ackerpferde. Ich fahre jeden Tag zu drei, vier Höfen, manchmal bis hinüber nach Oberweiler.\u201c

Gibt es jemanden, der die Schmiede übernimmt?

\u201eMein Lehrling, der Lukas, hat im Herbst seine Prüfung gemacht. Er ist gut, besser als ich in seinem Alter. Aber er will nicht in der alten Schmiede bleiben, er kauft sich einen Wagen und arbeitet mobil.\u201c

Wie lange wollen Sie noch?

\u201eSolange der Rücken mitmacht. Die Pferde merken den Winter vor uns, und ich merke ihn im Kreuz.\u201c

Die Schmiede am Mühlbach öffnet am Tag des offenen Denkmals im September für Besucher.
"""),

dict(id="h104-fr-001", lang="fr", tpl="strikingly", site="Association Les Bruyères en fête", kind="small",
     section="Vie du hameau", date="2026-01-31", byline="Le bureau de l'association",
     title="Soirée soupes : 140 bols servis dans la salle des Bruyères",
     sub="Neuf marmites, un concours et les cookies des enfants de l'école.",
     caption="Les marmites alignées sur la grande table de la salle.", credit="Photo : association Les Bruyères en fête",
     look=[("br", "Les inscriptions pour")],
     body="""
Samedi soir, la salle communale des Bruyères n'avait jamais été aussi pleine pour notre soirée soupes d'hiver : 140 bols ont été servis en trois heures, et il ne restait plus une goutte à 22 heures.

Neuf familles du hameau avaient préparé une marmite chacune. Il y avait de tout : potiron et châtaigne, poireaux et pommes de terre, lentilles au lard, une soupe de fanes de radis qui a fait parler d'elle et le pot-au-feu en bouillon de Germaine, qui le fait comme sa grand-mère.

Le concours a été remporté par la soupe à l'oignon gratinée de Fabrice et Laure Mercadier, élue par un jury de six enfants. Les cookies préparés l'après-midi par les élèves de l'école de Montfrênes ont tous été vendus au profit de la sortie de fin d'année.

Merci à la mairie de Montfrênes pour le prêt des tables et des chauffages d'appoint, et à la boulangerie Vidal, qui a offert le pain.

Grâce à vos dons, la soirée a rapporté 612 euros. Ils serviront à remplacer le vieux chauffe-eau de la salle, qui nous a lâchés en décembre.

Rendez-vous au printemps pour le vide-grenier du 26 avril.

Les inscriptions pour les exposants ouvrent le 1er mars auprès de Nadine, au 05 65 00 31 18.

Pour recevoir nos prochaines nouvelles, abonnez-vous à la lettre de l'association en écrivant à Nadine.
"""),

dict(id="h104-fr-002", lang="fr", tpl="simorgh", site="Vallées Info, en français",
     section="Montfrênes", date="2026-02-09", byline="Clémence Arnoult",
     place="Montfrênes",
     title="À Montfrênes, le conseil municipal siège désormais dans l'ancienne école",
     sub="La salle du conseil de la mairie était trop petite et inaccessible aux fauteuils roulants.",
     caption="La nouvelle salle du conseil, dans l'ancienne école des garçons.", credit="Vallées Info",
     body_caption="Les anciens pupitres d'écoliers ont été gardés au fond de la salle.",
     carry=["hearingloops"], run_in=["hearingloops"],
     body="""
Les élus de Montfrênes ont tenu lundi soir leur premier conseil municipal dans l'ancienne école des garçons, rue des Tilleuls, transformée en salle du conseil et des mariages.

Depuis des années, les séances se tenaient dans une pièce de l'étage de la mairie, au bout d'un escalier de 31 marches. Une vingtaine d'habitants au plus pouvaient y assister, et aucune personne en fauteuil roulant.

\u00ab On faisait voter des délibérations sur l'accessibilité dans une salle qui ne l'était pas \u00bb, résume le maire, Jean-Luc Besse.

La nouvelle salle, au rez-de-chaussée, peut accueillir 80 personnes. Les travaux, d'un montant de 186 000 euros, ont été financés à moitié par l'État et la région. Ils comprennent une rampe d'accès, des toilettes adaptées, un système de sonorisation et une boucle d'induction pour les personnes appareillées.

Les anciens pupitres d'écoliers ont été restaurés par les employés municipaux et installés au fond de la salle, pour le public.

Lundi, une quarantaine d'habitants avaient fait le déplacement, dont plusieurs qui n'avaient jamais assisté à un conseil. Parmi eux, Odette Rieu, 88 ans, venue en fauteuil avec sa fille : \u00ab Ça fait soixante ans que j'habite ici et je n'avais jamais vu un conseil. \u00bb

Les prochaines séances auront lieu le 9 mars et le 13 avril à 19 heures. Elles sont publiques.
"""),

dict(id="h104-fr-003", lang="fr", tpl="ibexa", site="Le Courrier de la Lisère",
     section="Montfrênes", date="2026-01-17", byline="Baptiste Roumégoux",
     title="Une patinoire sur la place du Foirail jusqu'aux vacances d'hiver",
     sub="La piste synthétique installée par la mairie a accueilli 2 300 patineurs en deux semaines.",
     caption="La patinoire sur la place du Foirail, un mercredi après-midi.", credit="Photo : Baptiste Roumégoux",
     carry=["correction"],
     correction="Rectificatif : la piste mesure 300 mètres carrés, et non 400 comme indiqué dans une première version de cet article.",
     look=[("italic", "\u00ab Le plus dur, c'est de lâcher")],
     body="""
Depuis le début de l'année, la place du Foirail de Montfrênes résonne du bruit des lames. La patinoire installée par la mairie pour les fêtes a tellement de succès qu'elle restera en place jusqu'aux vacances d'hiver.

**Une piste sans glace**

La piste, de 300 mètres carrés, est en plaques de polymère : on y patine avec de vrais patins, mais sans froid ni eau. La commune la loue 9 000 euros pour six semaines à une entreprise de la région, qui fournit aussi 180 paires de patins.

En deux semaines, 2 300 entrées ont été vendues, à 3 euros l'heure, patins compris. Les écoles de Montfrênes et des Bruyères y viennent chaque matin.

\u00ab Le plus dur, c'est de lâcher la barrière. \u00bb

**Des bénévoles du comité à la caisse**

La tenue de la caisse et le prêt des patins sont assurés par les membres du comité des fêtes et du club de hand, qui se relaient par équipes de quatre. Les bénéfices de la buvette iront aux deux associations.

La patinoire est ouverte tous les jours de 14 heures à 19 heures, et jusqu'à 21 heures le vendredi et le samedi. Les gants sont obligatoires.
"""),

dict(id="h104-es-001", lang="es", tpl="sitefinity", site="Televisión de la Sierra",
     section="Cultura", date="2026-02-13", byline="Marta Escudero",
     title="El Teatro Principal de Valdenieve vuelve a levantar el telón",
     sub="El edificio, de 1912, ha estado cerrado cuatro años por obras de rehabilitación.",
     caption="El patio de butacas restaurado del Teatro Principal.", credit="Foto: TV Sierra",
     carry=["hearingloops"],
     look=[("highlight", "El Teatro Principal de Valdenieve reabre")],
     body="""
El Teatro Principal de Valdenieve reabre este sábado, cuatro años después de que el Ayuntamiento lo cerrara porque la cubierta amenazaba con venirse abajo. Las entradas se agotaron en una mañana.

**Cuatro años de obras**

La rehabilitación ha costado 2,4 millones de euros, la mayor parte de fondos europeos. Se ha cambiado la cubierta entera, se han reforzado los palcos y se ha instalado un ascensor que llega al anfiteatro. También se ha colocado un bucle magnético en el patio de butacas para las personas con audífono.

Los operarios encontraron bajo el escenario el antiguo telón de boca, pintado a mano en 1912, enrollado y cubierto de polvo. Una restauradora de la Sierra lo ha limpiado y colgará desde hoy en el vestíbulo.

**Un programa con gente de casa**

La primera función la ofrece la banda municipal de música, acompañada por el coro de La Umbría. Después llegarán una compañía de teatro de Valladolid, un espectáculo infantil y, en abril, el festival de cortometrajes del instituto.

La concejala de Cultura, Pilar Guijarro, recuerda que el teatro fue durante décadas también el cine del pueblo. \u201cAquí se dieron el primer beso media Valdenieve\u201d, dice entre risas.

La taquilla abre de martes a viernes, de 18.00 a 20.00, y una hora antes de cada función.
"""),

dict(id="h104-es-002", lang="es", tpl="processwire", site="El Eco de Valdenieve",
     section="Vida en la sierra", date="2026-01-09", byline="Rubén Casarrubios",
     title="Ola de frío en Valdenieve: catorce grados bajo cero y aceras heladas",
     sub="El centro de salud ha atendido en tres días a 27 personas por caídas en el hielo.",
     caption="Una vecina camina por la calle Real helada.", credit="Foto: Rubén Casarrubios",
     inset=("La fuente de la plaza, congelada.", "Foto: Rubén Casarrubios"),
     pull="Las aceras a la sombra no se deshielan en todo el día.",
     carry=["icegrips"],
     look=[("bold", "El hielo no perdona.")],
     body="""
Valdenieve amaneció el jueves a catorce grados bajo cero, la temperatura más baja registrada en el pueblo desde 2001. La fuente de la plaza lleva tres días convertida en un bloque de hielo.

El frío está dejando otra huella menos vistosa: el centro de salud ha atendido desde el lunes a 27 personas por caídas, la mayoría mayores de 70 años. Seis han tenido que ser trasladadas al hospital de Segovia con fracturas.

El hielo no perdona.

La médica del centro, Inés Alcolea, explica que el problema no es la nieve, sino la escarcha de primera hora. \u201cLas aceras a la sombra no se deshielan en todo el día. La gente sale a por el pan a las ocho y se encuentra una pista de patinaje\u201d.

El Ayuntamiento ha repartido 40 toneladas de sal en las calles principales y ha pedido a los vecinos que limpien el tramo de acera frente a sus casas. Para quien no pueda hacerlo, Protección Civil ha organizado un grupo de voluntarios.

Estos son los consejos del centro de salud:

- salir a la calle a partir de las once, cuando el sol ha ablandado el hielo
- usar calzado con suela de goma y dibujo profundo
- llevar las manos fuera de los bolsillos
- pedir ayuda para la compra si se vive solo

Los voluntarios de Protección Civil atienden las peticiones de ayuda en el 921 000 458, de 9.00 a 21.00.
"""),

dict(id="h104-es-003", lang="es", tpl="arcxp", site="Diario de la Umbría",
     section="La Umbría", date="2026-02-22", byline="Aitana Vellisca",
     title="Veinticinco inviernos en el refugio de la Peña Alta",
     sub="Conchi Bermejo deja la guarda del refugio de montaña más alto de la sierra. Hablamos con ella.",
     caption="Conchi Bermejo en la puerta del refugio de la Peña Alta.", credit="Foto: Aitana Vellisca",
     body_caption="El refugio de la Peña Alta, a 1.940 metros.",
     look=[("bold", "\u00bfC\u00f3mo llegó al refugio?"), ("bold", "\u00bfY el peor día?"),
           ("bold", "\u00bfQué ha cambiado en la montaña?"), ("bold", "\u00bfY a partir de marzo?")],
     body="""
Conchi Bermejo subió al refugio de la Peña Alta en el invierno de 2001 para una temporada y se ha quedado veinticinco. En marzo entrega las llaves a una pareja de guías de Navacerrada.

¿Cómo llegó al refugio?

\u201cPor casualidad. El guarda de entonces se rompió una pierna en diciembre y la federación buscaba a alguien que supiera cocinar para cuarenta y no tuviera miedo a la nieve. Yo había trabajado en la cocina del hostal de mis padres en La Umbría y esquiaba desde niña. Subí con una mochila y dos jerséis\u201d.

¿Y el peor día?

\u201cFebrero de 2015. Tres días de ventisca, veintiocho personas dentro y la radio sin cobertura. Racionamos la leña y el agua, jugamos a las cartas hasta aburrirnos y no pasó nada. Lo peor fue no saber si abajo sabían que estábamos bien\u201d.

¿Qué ha cambiado en la montaña?

\u201cAntes la gente subía con mapas y ahora sube con el móvil. Y la nieve: hay inviernos en que en enero se ve la hierba. Eso antes era impensable\u201d.

¿Y a partir de marzo?

\u201cBajar al pueblo, ayudar a mi hermana con el hostal y subir de visita, pero como una excursionista más, a que me den de cenar\u201d.

La federación de montaña despedirá a Conchi Bermejo con una comida en el refugio el 7 de marzo, abierta a todo el que quiera subir.
"""),

dict(id="h104-ru-001", lang="ru", tpl="livejournal", site="snegirevsk_live", kind="small",
     section="Город", date="2026-01-28", byline="Галина Стрельцова",
     lj=dict(poster="galina_strel", mood="бодрое", location="Снегирёвск, городской парк", music="хруст снега под палками"),
     title="Скандинавская ходьба в мороз: наш клуб не сдаётся",
     sub="", caption="", credit="",
     tags=["снегирёвск", "клуб ветеранов", "скандинавская ходьба"],
     carry=["icegrips"], avoid=["caption"],
     look=[("bold", "Никто не упал."), ("br", "Кто хочет присоединиться")],
     body="""
Дорогие соседи, отчитываюсь о нашей группе скандинавской ходьбы при клубе ветеранов «Ледянка».

Морозы у нас третью неделю, по утрам до минус тридцати, но гулять мы не бросили. Только перенесли время: теперь выходим не в девять, а в одиннадцать, когда чуть теплеет и дворники успевают посыпать дорожки в парке.

В прошлую среду вышли двенадцать человек, самой старшей, Антонине Петровне, в марте будет восемьдесят шесть. Прошли два круга вокруг пруда, это почти три километра.

Никто не упал.

Главное, как говорит наш инструктор Виктор Семёнович, правильная обувь и наконечники на палках. Резиновые «башмачки» зимой надо снимать, под ними остаётся острый металлический шип, который держит на льду.

После прогулки пьём чай с сушками в клубе на Заводской, 12. Председатель клуба Нина Ивановна договорилась с управлением соцзащиты, и теперь нас пускают туда погреться даже в неприёмные дни.

Ходим по средам и субботам, сбор в 11:00 у главного входа в парк.

Кто хочет присоединиться, пишите мне в личку или в комментариях, палки на первое время дадим свои.
"""),

dict(id="h104-ru-002", lang="ru", tpl="bitrixportal", site="Администрация города Снегирёвска",
     section="Жителям Снегирёвска", date="2026-01-14", byline="Пресс-служба",
     title="Морозы до минус 38: в Снегирёвске работают пункты обогрева",
     sub="Администрация напоминает о помощи семьям с печным отоплением.",
     caption="Пункт обогрева в здании Дома культуры.", credit="Пресс-служба администрации",
     carry=["fuelvouchers"],
     body="""
В связи с сильными морозами, которые, по прогнозу синоптиков, продержатся в Снегирёвске до конца недели, в городе открыты три пункта обогрева.

Пункты работают круглосуточно в здании Дома культуры на площади Ленина, в спортзале школы № 2 в Заозерье и в помещении совета ветеранов на Заводской улице. Там можно согреться, выпить горячего чая и получить консультацию фельдшера.

## Помощь семьям с печным отоплением

Около 1 400 домов в Снегирёвске и Заозерье по-прежнему отапливаются дровами и углём. Управление социальной защиты напоминает, что малоимущие семьи, пенсионеры и инвалиды, живущие в таких домах, могут получить компенсацию на приобретение твёрдого топлива.

В этом году к компенсации добавлены талоны на срочную доставку дров для тех, у кого запас закончился раньше срока. Направление выдают социальные работники и участковые.

## Как не замёрзнуть в дороге

Глава города Алексей Вершинин просит жителей без крайней необходимости не выезжать на трассу до Ледянского, где в прошлые выходные пришлось эвакуировать пассажиров заглохшего автобуса.

Если вы знаете одинокого пожилого соседа, который остался без тепла, позвоните в единую дежурно-диспетчерскую службу по номеру 112 или 8 (48447) 2-11-45.
"""),

dict(id="h104-ru-003", lang="ru", tpl="mobirise", site="Лыжный клуб «Ледянка»", kind="small",
     section="Новости клуба", date="2026-02-16", byline="Совет клуба",
     title="Сорок зим на лыжне: тренер Михаил Зуев уходит на покой",
     sub="Через его секцию прошли больше семисот детей Снегирёвска.",
     caption="Михаил Зуев на лыжне в сосновом бору.", credit="Фото: лыжный клуб «Ледянка»",
     look=[("bold", "Михаил Петрович, с чего всё началось?"), ("bold", "А самый трудный сезон?"),
           ("bold", "А что изменилось за эти сорок зим?"), ("bold", "Чем будете заниматься без лыжни?")],
     body="""
В воскресенье на лыжной базе в сосновом бору тренер Михаил Петрович Зуев провёл последнюю тренировку. Сорок зим он учил детей Снегирёвска ходить на лыжах. Мы попросили его ответить на несколько вопросов.

Михаил Петрович, с чего всё началось?

«В 1986 году меня прислали в Снегирёвск по распределению учителем физкультуры. Лыж в школе было двадцать пар, половина без креплений. Я их чинил по вечерам, а по выходным водил ребят в бор. Так и появилась секция».

А самый трудный сезон?

«Девяносто третий. Зарплату не платили, база стояла без отопления, мази не было. Мы с ребятами сами рубили дрова для печки в раздевалке. Но ни одной тренировки не отменили, и в ту зиму двое моих поехали на область».

А что изменилось за эти сорок зим?

«Лыжи стали пластиковые, а дети остались такие же. Только зимы короче: раньше снег лежал с ноября по апрель, теперь бывает, что в декабре ещё катаемся по грязи».

Чем будете заниматься без лыжни?

«Внуками и рыбалкой. Но на базу приходить буду, кто-то же должен подсказать молодым тренерам, как правильно мазать лыжи».

Секцию теперь ведёт воспитанница Михаила Петровича, мастер спорта Олеся Ганина. Запись детей от семи лет продолжается, тренировки по вторникам, четвергам и субботам в 15:00 на лыжной базе.
"""),
]
