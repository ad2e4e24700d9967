# Turkish, German, French, Spanish and Russian stories for the fifty-fifth held-out part (h55-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h55_en.py.
ARTICLES = [
dict(id="h55-tr-001", lang="tr", tpl="nextjs", section="Yaşam", date="2026-01-28", byline="Nurcan Eskibağ",
     title="Simitçi Rıza Usta elli yıldır fırının kapısını sabah dörtte açıyor",
     sub="Değirmendere'nin en eski simit fırını bu ay ellinci yılını doldurdu. Usta, emekliliği hâlâ düşünmüyor.",
     caption="Rıza Tekinalp, fırının önünde ilk tepsiyi çıkarırken.", credit="Fotoğraf: Nurcan Eskibağ",
     low=0,
     look=[("bold", "\"Hamur beklemez.\"")],
     body="""
Değirmendere'de sabahın dördünde ışığı yanan tek yer Rıza Tekinalp'in fırını. Yetmiş bir yaşındaki usta, elli yıldır her sabah aynı saatte kepengi kaldırıyor, teknedeki hamura ilk yumruğu vuruyor.

Fırını 1976'da, askerden döndükten hemen sonra açtı. O zamanlar mahallede ne market vardı ne de asfalt yol. Simitleri sırıkla omzuna alıp vapur iskelesine kadar yürüyerek satardı.

Bugün fırında iki usta ve üç çırak çalışıyor. Günde yaklaşık 2.400 simit çıkıyor; bunların yarısı okul kantinlerine ve iskeledeki büfelere gidiyor.

Rıza Usta'ya göre işin sırrı pekmezde ve sabırda. Susamı bir gece önceden suya yatırıyor, pekmezi hâlâ Tokat'taki bir akrabasından getirtiyor.

"Hamur beklemez."

Çırak Emre Baysal, ustasından öğrendiği ilk şeyin bu olduğunu söylüyor. On dokuz yaşındaki Emre, iki yıl önce liseyi bırakıp fırına girdi. "Ustam bağırmaz ama bakar. O bakış yeter," diyor.

Mahallenin eski sakinleri fırını bir buluşma noktası olarak görüyor. Emekli öğretmen Sabahat Durmaz, kırk yıldır her sabah buradan iki simit aldığını anlatıyor. "Biri benim, biri martıların," diyor gülerek.

Emekliliği sorduğumuzda Rıza Usta elini sallıyor. "Emekli olursam ne yapacağım, evde oturup simit mi özleyeceğim?"

Fırın her gün 04.00 ile 13.00 arasında açık. Bir simit 15 lira.
"""),

dict(id="h55-tr-002", lang="tr", tpl="ucoz", site="Kestanelik Köyü", kind="small", section="Köyden son haberler",
     date="2026-03-16", byline="kestanelik_muhtari",
     title="İmeceyle köy yolunun iki yanına 400 ceviz fidanı dikildi",
     sub="Kestanelik'te pazar günü köylüler, gurbetçiler ve okul çocukları birlikte fidan dikti.",
     caption="Köy yolunun kenarına dikilen ceviz fidanları.", credit="Fotoğraf: Kestanelik Muhtarlığı",
     body="""
Kestanelik Köyü'nde pazar sabahı erken saatlerde başlayan imecede, köy yolunun iki yanına 400 ceviz fidanı dikildi.

Fidanlar, İlçe Tarım ve Orman Müdürlüğü'nün desteğiyle temin edildi. Köy derneği de fidanların etrafına konacak koruma kafesleri için 18 bin lira topladı.

İmeceye yaklaşık 120 kişi katıldı. Köyde yaşayanların yanı sıra İzmir ve Manisa'dan gelen gurbetçiler, ilkokulun 34 öğrencisi ve öğretmenleri de kürek ve kazma aldı.

Muhtar Selahattin Uğurlu, fidanların köyün girişinden mezarlığa kadar uzanan 2,5 kilometrelik yol boyunca dikildiğini söyledi. "Babalarımız bu yolun kenarına kavak dikmişti, onlar kurudu. Biz ceviz diktik, torunlarımız hem gölgesinde oturacak hem de cevizini yiyecek," dedi.

Her fidana bir çocuğun adı yazılı küçük bir tabela asıldı. Öğrenciler, kendi fidanlarını yaz boyunca sulamayı üstlendi.

Öğlen, köy kadınlarının hazırladığı keşkek ve ayran ile yemek molası verildi. İmece ikindi vakti sona erdi.

Dernek başkanı Fadime Korkmaz, sonbaharda köy meydanındaki çeşmenin çevresine de dut ağaçları dikileceğini açıkladı.

Fidan sulama nöbetine katılmak isteyenler muhtarlığa 0 (236) 900 27 14 numaralı telefondan ulaşabilir.
"""),

dict(id="h55-tr-003", lang="tr", tpl="portal", section="Kent", date="2026-12-09", byline="Burak Sevimli",
     title="Gönüllüler her gün 180 yaşlı komşuya sıcak yemek götürüyor",
     sub="Çınaraltı Dayanışma Derneği'nin gönüllüleri, yalnız yaşayan yaşlılara yemeğin yanında sohbet de taşıyor.",
     caption="Gönüllü Zeynep Arıkan, yemek kaplarını arabaya yüklerken.", credit="Fotoğraf: Burak Sevimli",
     carry=["volunteering"], section_tag=True,
     body="""
Yamaçkent'te her sabah saat onda, Çınaraltı Dayanışma Derneği'nin mutfağından buharı tüten 180 sefer tası çıkıyor. Kaplar, gönüllülerin kendi arabalarıyla kentin dört bir yanındaki yalnız yaşayan yaşlılara ulaştırılıyor.

Dernek bu hizmete üç yıl önce 40 kişiyle başladı. Bugün listede 180 isim var, bekleyenlerin sayısı ise 60'ı buluyor.

Mutfakta iki aşçı ücretle çalışıyor; geri kalan her şeyi gönüllüler yapıyor. Derneğin kayıtlı 95 gönüllüsü var. En genci 17, en yaşlısı 78 yaşında.

Gönüllülerin yaptığı işler şunlar:

- sabah sebze doğramak ve kapları hazırlamak
- yemekleri arabayla evlere dağıtmak
- haftada bir yaşlıları telefonla aramak
- ilaç ve fatura işlerinde yardım etmek

Emekli hemşire Zeynep Arıkan, üç yıldır her gün aynı güzergâhta 14 eve yemek götürüyor. "Kapıyı açtıklarında ilk sordukları yemek değil, benim nasıl olduğum. Bazıları için günün tek sohbeti bu," diyor.

Dernek başkanı Orhan Kalaycı, hizmetin yılda yaklaşık 1,9 milyon liraya mal olduğunu, bunun büyük kısmının esnaf ve hayırseverlerin bağışlarıyla karşılandığını söyledi. Belediye ise mutfak binasını ücretsiz tahsis ediyor.

Kalaycı'ya göre en büyük ihtiyaç, öğle saatlerinde arabasıyla dağıtım yapabilecek yeni gönüllüler.
"""),

dict(id="h55-de-001", lang="de", tpl="typo3", section="Ostwalden", date="2026-04-16", byline="Malte Rosenbusch",
     title="Stadtrat beschließt: Die Altstadt wird ab Juni weitgehend autofrei",
     sub="Mit 21 zu 14 Stimmen hat der Ostwaldener Stadtrat das neue Verkehrskonzept für die Innenstadt angenommen.",
     caption="Die Lange Straße in der Ostwaldener Altstadt am Donnerstagvormittag.", credit="Foto: Malte Rosenbusch",
     carry=["councillive"],
     body="""
Die Ostwaldener Altstadt wird ab dem 1. Juni weitgehend autofrei. Der Stadtrat hat am Mittwochabend nach einer mehr als vierstündigen Debatte das neue Verkehrskonzept für die Innenstadt beschlossen, mit 21 zu 14 Stimmen.

Innerhalb des alten Wallrings dürfen dann nur noch Anwohnerinnen und Anwohner, Lieferverkehr bis 11 Uhr, Taxis, Handwerksbetriebe und Rettungsdienste fahren. Die rund 240 Parkplätze auf Straßen und Plätzen der Altstadt fallen weg.

## Was Autofahrer ab Juni beachten müssen

- Der Marktplatz wird ab Juni vollständig zur Fußgängerzone.
- Die Parkhäuser am Wall und am Bahnhof bleiben erreichbar, die erste Stunde kostet dort künftig nichts.
- Ein kostenloser Elektrobus fährt alle zehn Minuten einen Rundkurs durch die Altstadt.
- Für Menschen mit Behinderung gibt es zwölf reservierte Stellplätze an den Toren.

## Kritik vom Einzelhandel

Die Werbegemeinschaft Altstadt hatte sich gegen das Konzept gestellt. Ihr Vorsitzender Bernd Holtkamp sprach von einem „Experiment auf dem Rücken der Geschäfte“. Viele Kundinnen und Kunden aus den Dörfern kämen mit dem Auto und wollten nicht weit laufen.

Bürgermeisterin Annegret Vosskuhl verwies dagegen auf Städte, in denen die Umsätze nach der Umgestaltung gestiegen seien. „Wir beobachten das genau und steuern nach, wenn es nötig ist“, sagte sie.

Nach zwei Jahren soll das Konzept überprüft werden. Die Verwaltung will dazu Passantenzählungen und eine Befragung der Geschäftsleute vorlegen.

## Die nächsten Schritte bis Juni

Die neuen Schilder sollen im Mai aufgestellt werden. Anwohnerinnen und Anwohner können ihre Durchfahrtsberechtigung ab sofort im Bürgerbüro beantragen.
"""),

dict(id="h55-de-002", lang="de", tpl="medium", site="Kiezkompass Lindenau", kind="indie", section="Menschen",
     date="2026-06-24", byline="Jonas Wetterau",
     title="„Eine Schleuse hat keinen Feierabend“",
     sub="Seit 26 Jahren hebt und senkt Dorothea Kampmann Boote an der Schleuse Lindenau. Ein Gespräch über Geduld, Hochwasser und Ausflugsdampfer.",
     caption="Schleusenwärterin Dorothea Kampmann an ihrem Steuerpult.", credit="Foto: Jonas Wetterau",
     look=[("bold", "Wie wird man Schleusenwärterin?"), ("bold", "Was ist das Schwierigste?"),
           ("bold", "Und Hochwasser?"), ("bold", "Ärgern Sie sich manchmal?"), ("bold", "Wie lange noch?")],
     body="""
Die Schleuse Lindenau am Karl-Heine-Kanal ist eine der kleinsten in der Region, aber zwischen April und Oktober kommen hier bis zu 300 Boote in der Woche durch. Dorothea Kampmann, 59, bedient sie seit 1999.

Wie wird man Schleusenwärterin?

Über Umwege. Ich war Bürokauffrau bei einer Reederei und wollte raus ans Wasser. Dann war hier die Stelle frei, und ich habe mich einfach beworben. Das Handwerkliche habe ich vom Vorgänger gelernt, drei Monate lang.

Was ist das Schwierigste?

Die Geduld der anderen. Eine Schleusung dauert bei uns zwölf Minuten, da kann man nichts beschleunigen. Aber manche Paddler schauen, als würde ich absichtlich trödeln.

Und Hochwasser?

Das ist ernst. Im Sommer 2013 stand das Wasser fast bis ans Steuerhaus. Dann wird gar nicht geschleust, dann geht es nur noch um die Tore und die Sicherheit.

Ärgern Sie sich manchmal?

Über Müll im Becken. Letzte Woche habe ich ein Fahrrad und drei Einkaufswagen herausgefischt. Das teile ich dann auch mal mit der Nachbarschaft, mit Foto.

Wie lange noch?

Bis zur Rente, also noch sechs Jahre. Eine Schleuse hat keinen Feierabend, aber ich schon, irgendwann.

Die Schleuse ist von April bis Oktober täglich von 9 bis 19 Uhr in Betrieb.
"""),

dict(id="h55-de-003", lang="de", tpl="chunks", section="Küste", date="2026-08-12", byline="Insa Fockema",
     title="Wattführer warnen: Immer mehr Gäste unterschätzen die Flut",
     sub="Die Seenotretter in Tiedenhafen mussten in diesem Sommer schon elfmal Wattwanderer zurückholen.",
     caption="Wattwanderer auf dem Weg zur Sandbank vor Tiedenhafen.", credit="Foto: Insa Fockema",
     carry=["tidetimes"], harbour="Tiedenhafen",
     look=[("br", "Die meisten hatten keine Uhr")],
     body="""
Elfmal sind die Seenotretter in Tiedenhafen in diesem Sommer schon ausgerückt, um Menschen aus dem Watt zu holen. So oft wie nie zuvor in einer Saison, sagt Vormann Hauke Ihnen.

Meistens seien es Urlauberinnen und Urlauber, die auf eigene Faust zur Sandbank hinausgehen und den Rückweg zu spät antreten. Das Wasser kommt dann schneller zurück, als viele erwarten, und füllt zuerst die Priele, die man auf dem Hinweg noch trockenen Fußes durchquert hat.

Die meisten hatten keine Uhr und kein Handy mit Empfang dabei.

**Der Rat der Wattführer**

Die Wattführerinnen und Wattführer der Gemeinde raten dringend, nur mit Führung zu gehen. Wer trotzdem allein losgeht, sollte sich an einige Regeln halten:

- spätestens zwei Stunden vor Niedrigwasser losgehen und rechtzeitig umkehren
- den Gezeitenkalender am Deich lesen, bevor man aufbricht
- nie einen Priel durchqueren, der schon Wasser führt
- bei Nebel gar nicht erst hinausgehen

**Mehr Schilder am Deich**

Die Gemeinde will bis zum nächsten Sommer an allen drei Deichübergängen neue Warntafeln aufstellen, auf Deutsch, Englisch, Niederländisch und Polnisch.

Wattführerin Swantje Harms geht seit 28 Jahren mit Gruppen hinaus. „Das Watt ist wunderschön, aber es verzeiht keine Fehler“, sagt sie. Sie habe erlebt, wie Menschen 300 Meter vor dem Deich bis zur Brust im Wasser standen.

Geführte Wattwanderungen starten im August täglich am Deichübergang Nord, die Termine richten sich nach den Gezeiten. Erwachsene zahlen 12 Euro, Kinder 6 Euro.
"""),

dict(id="h55-fr-001", lang="fr", tpl="cms", section="Vie locale", date="2026-05-06", byline="Solène Marcillac",
     title="Cantine à un euro : le conseil municipal dit oui pour les familles modestes",
     sub="Dès la rentrée, 310 enfants des écoles de Saint-Amable paieront leur repas un euro au lieu de trois euros quarante.",
     caption="Le restaurant scolaire de l'école des Tilleuls.", credit="Photo : Solène Marcillac",
     carry=["councillive"],
     correction="Rectificatif : une première version de cet article indiquait que la mesure coûterait 84 000 euros par an. Le coût prévu est de 48 000 euros.",
     look=[("italic", "« Aucun enfant ne devrait")],
     body="""
Le conseil municipal de Saint-Amable a adopté lundi soir la tarification sociale de la cantine scolaire. À partir de septembre, les familles aux revenus les plus modestes paieront le repas un euro, contre 3,40 euros aujourd'hui.

La délibération a été votée par 23 voix pour et 6 abstentions. Aucun élu n'a voté contre.

## Quelles familles en profitent

La commune a prévu quatre tranches de tarifs, calculées selon le quotient familial de la caisse d'allocations familiales. Selon les services de la mairie, environ 310 enfants des trois écoles de la ville devraient bénéficier du tarif à un euro, et 180 d'un tarif intermédiaire à deux euros.

Pour les familles dont le quotient est le plus élevé, le prix du repas passera à 3,60 euros.

## Combien ça coûte

L'État verse à la commune une aide de trois euros par repas facturé un euro. Le reste à charge pour la ville est estimé à 48 000 euros par an.

« Aucun enfant ne devrait sauter le repas du midi parce que ses parents ne peuvent pas payer », a déclaré l'adjointe aux affaires scolaires, Maryse Delbos-Fabre.

L'opposition s'est abstenue. Son porte-parole, Thierry Lanvin, a salué la mesure, mais regretté que la qualité des repas n'ait pas été abordée. Il demande que la part de produits locaux dépasse 30 %.

## Les démarches

Les familles devront fournir leur attestation de quotient familial au service enfance avant le 15 juillet. Sans document, le tarif le plus élevé sera appliqué.
"""),

dict(id="h55-fr-002", lang="fr", tpl="magazine", section="Portrait", date="2026-10-21", byline="Gwenaëlle Le Bihan",
     title="Annick Guéguen, dernière ramendeuse du port",
     sub="Depuis quarante-quatre ans, elle répare à la main les filets des chalutiers. Elle cherche quelqu'un à qui transmettre son aiguille.",
     caption="Annick Guéguen dans son atelier, au-dessus de la criée.", credit="Photo : Gwenaëlle Le Bihan",
     pull="Un filet, ça se lit comme un livre",
     look=[("dropcap", "L'atelier d'Annick Guéguen"), ("box", "Le ramendage consiste"),
           ("bold", "Comment êtes-vous devenue ramendeuse ?"), ("bold", "Qu'est-ce qui a changé sur le port ?"),
           ("bold", "Vous avez une relève ?"), ("bold", "Et après ?")],
     body="""
L'atelier d'Annick Guéguen se trouve au-dessus de la criée, au bout d'un escalier en fer. Des filets verts et orange pendent des poutres, et ça sent le goudron et la marée.

Le ramendage consiste à réparer les mailles déchirées d'un filet de pêche, à la main, avec une navette en plastique et un fil de nylon. Un chalut abîmé peut demander deux jours de travail.

Comment êtes-vous devenue ramendeuse ?

Ma mère l'était, ma tante aussi. À seize ans, je n'ai pas voulu continuer l'école, alors on m'a mis une aiguille dans la main. C'était en 1982.

Qu'est-ce qui a changé sur le port ?

Il y avait quatorze ramendeuses ici. Je suis la dernière. Les bateaux sont moins nombreux, et beaucoup d'armateurs achètent maintenant des filets neufs à l'étranger plutôt que de les faire réparer.

Vous avez une relève ?

Pas encore. Une jeune femme est venue deux semaines cet été. Elle avait de bons doigts. Un filet, ça se lit comme un livre : on voit où le bateau a accroché, sur quel fond il a travaillé. Il faut du temps pour apprendre à le lire.

Et après ?

Je m'arrêterai quand j'aurai trouvé quelqu'un. Pas avant. Les patrons comptent sur moi.

La chambre de commerce envisage d'ouvrir une formation au ramendage l'an prochain.
"""),

dict(id="h55-fr-003", lang="fr", tpl="hugo", section="Littoral", date="2026-09-09", byline="Erwan Quillivic",
     title="Grandes marées : la pêche à pied sous surveillance à Port-Kerbihan",
     sub="Avec un coefficient de 116 attendu ce week-end, la commune renforce les contrôles et rappelle les règles.",
     caption="Pêcheurs à pied sur l'estran de Port-Kerbihan lors de la dernière grande marée.", credit="Photo : Erwan Quillivic",
     carry=["tidetimes"], harbour="Port-Kerbihan",
     look=[("highlight", "Le coefficient atteindra 116")],
     body="""
Le coefficient atteindra 116 samedi matin, l'un des plus forts de l'année. À Port-Kerbihan, des centaines de pêcheurs à pied sont attendus sur l'estran, et la commune a décidé de renforcer la surveillance.

**Des contrôles sur les tailles**

Deux agents de la police municipale et un garde du littoral contrôleront les paniers entre 7 heures et 11 heures. Les prises trop petites seront remises à l'eau, et les contrevenants s'exposent à une amende pouvant atteindre 1 500 euros.

Les tailles minimales et les quantités autorisées sont affichées sur les panneaux de la cale. Un rappel :

- palourdes : 4 centimètres minimum
- coques : 2,7 centimètres minimum
- ormeaux : 9 centimètres, et vingt par personne au maximum
- pas plus de cinq kilos de coquillages par personne

**Attention à la marée montante**

Les sauveteurs de la station SNSM rappellent que la mer remonte très vite lors des grands coefficients. L'an dernier, ils sont intervenus quatre fois pour des pêcheurs encerclés par l'eau sur le banc des Moutons.

« Les gens partent loin, ils ont la tête baissée sur leur râteau et ne voient pas la mer revenir derrière eux », explique le patron de la station, Yannick Le Goff.

La mairie conseille de consulter l'horaire de la basse mer avant de partir et de revenir au plus tard une heure après.

Des bénévoles de l'association Vigie Littoral tiendront un stand d'information sur la cale samedi matin, avec des réglettes de mesure à emprunter.
"""),

dict(id="h55-es-001", lang="es", tpl="astro", site="Malecón", kind="nonprofit", section="El pleno",
     date="2026-03-04", byline="Candela Urquiaga",
     title="El pleno aprueba la ordenanza de terrazas tras cuatro horas de debate",
     sub="Las terrazas del casco histórico tendrán que cerrar a medianoche entre semana y dejar libre un paso de 1,80 metros.",
     caption="Terrazas en la plaza de la Aduana un viernes por la noche.", credit="Foto: Íñigo Sarabia para Malecón",
     carry=["councillive"], tags=["terrazas", "casco histórico", "pleno municipal"],
     look=[("dropcap", "Después de cuatro horas"), ("highlight", "La nueva ordenanza obliga"), ("box", "La ordenanza entrará en vigor")],
     body="""
Después de cuatro horas de debate, con el público llenando la sala y parte del pasillo, el pleno de Puerto Alcaraz aprobó el jueves la nueva ordenanza de terrazas. Votaron a favor los 13 concejales del gobierno municipal y en contra los 12 de la oposición.

La nueva ordenanza obliga a dejar un paso libre de al menos 1,80 metros entre las mesas y las fachadas, para que puedan pasar sillas de ruedas y carritos. En el casco histórico, las terrazas tendrán que recogerse a medianoche de domingo a jueves y a la una y media los viernes y sábados.

Hasta ahora, el horario era el mismo para toda la ciudad: la una de la madrugada entre semana y las dos y media los fines de semana.

La asociación vecinal del casco histórico celebró el resultado. Su presidenta, Rosario Etxeberria, recordó que llevan seis años denunciando ruidos hasta la madrugada en la plaza de la Aduana y en la calle Sirena. «No queremos que cierren los bares. Queremos dormir», dijo.

La asociación de hostelería, en cambio, calcula que el recorte de horario le costará al sector unos 40 empleos en verano. Su portavoz, Fermín Aldazábal, anunció que estudiarán recurrir la ordenanza en los tribunales.

La concejala de Urbanismo, Itziar Goñi, defendió que la norma se revisará dentro de dos años con mediciones de ruido reales.

La ordenanza entrará en vigor el 1 de mayo. Los bares que ya tienen licencia tendrán hasta el 30 de septiembre para adaptar sus terrazas al nuevo paso libre.
"""),

dict(id="h55-es-002", lang="es", tpl="quintype", section="Comarca", date="2026-11-11", byline="Lucía Barrenechea",
     title="El último afilador de la comarca recorre los pueblos en una moto de 1974",
     sub="Anselmo Couto lleva cincuenta años afilando cuchillos y tijeras por las aldeas. Ya casi nadie le sigue en el oficio.",
     caption="Anselmo Couto afilando unas tijeras en la plaza de Villaseca.", credit="Foto: Lucía Barrenechea",
     look=[("highlight", "Se le oye antes de verle")],
     body="""
Se le oye antes de verle. La melodía del chiflo, esa flauta de pan que los afiladores tocan desde hace siglos, anuncia cada martes la llegada de Anselmo Couto a la plaza de Villaseca.

Tiene 71 años y lleva cincuenta afilando cuchillos, tijeras y navajas por los pueblos de la comarca. Viaja en una Sanglas de 1974 con la piedra de afilar montada sobre la rueda trasera.

**Un oficio que viene de Ourense**

Couto nació en una aldea de Ourense, tierra de afiladores. Su padre y su abuelo recorrieron media España con la rueda a cuestas. Él llegó a la Vega con veinte años y ya no se marchó.

«Antes había uno en cada comarca. Ahora creo que en toda la provincia quedamos dos», cuenta mientras pasa la hoja de un cuchillo jamonero por la piedra.

**Clientes de toda la vida**

Cobra cuatro euros por un cuchillo y seis por unas tijeras. Sus clientes son sobre todo mujeres mayores, alguna carnicería y un par de peluquerías.

María Jesús Lobato le trae las tijeras de costura desde hace treinta años. «Las de la tienda no cortan igual. Las que afila Anselmo te duran el año entero», asegura.

**Sin relevo**

Couto no tiene a quién dejar la moto. Sus hijos viven en Madrid y trabajan en oficinas. «Me da pena, pero es así. Cuando yo pare, se acabó el chiflo por aquí», dice.

Pasa por Villaseca los martes a media mañana y por Castrillo los jueves.
"""),

dict(id="h55-es-003", lang="es", tpl="sanity", section="Sociedad", date="2026-01-14", byline="Ainhoa Escrivá",
     title="Cuarenta voluntarios acompañan a mayores que viven solos en la Vega Alta",
     sub="El programa Nunca Solos cumple dos años con 86 personas mayores visitadas cada semana en once pueblos.",
     caption="La voluntaria Marta Llorente pasea con Jacinta Ramos por Castrillo.", credit="Foto: Ainhoa Escrivá",
     carry=["volunteering"],
     look=[("dropcap", "Jacinta Ramos tiene 91 años")],
     body="""
Jacinta Ramos tiene 91 años, vive sola en Castrillo y, hasta hace dos años, había semanas en las que no hablaba con nadie. Ahora, cada jueves a las cinco, llama a su puerta Marta Llorente, una maestra jubilada de 66 años, y salen a dar un paseo hasta la ermita.

Marta es una de los cuarenta voluntarios del programa Nunca Solos, que la Asociación Vecinal de la Vega Alta puso en marcha en enero de 2024. Hoy acompañan a 86 personas mayores en once pueblos de la comarca.

«La soledad no se ve. No sale en las estadísticas del paro ni en las listas de espera», explica la coordinadora del programa, Begoña Tárrega. «Pero en estos pueblos hay mucha gente que pasa días enteros sin ver a nadie».

Cada voluntario dedica unas dos horas a la semana. Algunos acompañan al médico o a hacer la compra; otros simplemente charlan, juegan a las cartas o leen el periódico en voz alta.

Antes de empezar, reciben una formación de ocho horas con una psicóloga y una trabajadora social del centro de salud.

Según la asociación, tres de cada cuatro personas atendidas dicen sentirse menos solas desde que empezaron las visitas.

Jacinta lo resume a su manera: «Los jueves me peino».

El programa busca voluntarios sobre todo en los pueblos de la sierra, donde la lista de espera es más larga.
"""),

dict(id="h55-ru-001", lang="ru", tpl="fusion", section="Море", date="2026-11-25", byline="Арсений Корельский",
     title="В Умбе начался сезон наваги: рыбаки выходят на лёд по приливу",
     sub="Первые рыбаки вышли на лёд залива на неделю раньше обычного. Спасатели напоминают о приливах.",
     caption="Рыбаки на льду залива у Умбы.", credit="Фото: Арсений Корельский",
     carry=["tidetimes"], harbour="Умбе",
     look=[("factbox", "Что нужно знать рыбаку")],
     body="""
В Умбе начался сезон подлёдного лова наваги. В минувшие выходные на лёд залива вышли первые несколько десятков рыбаков — почти на неделю раньше, чем обычно.

Навага, небольшая рыба семейства тресковых, подходит к берегам Белого моря на нерест в конце ноября. Для жителей побережья её лов — давняя традиция и хорошая прибавка к столу.

Местные рыбаки подстраивают выход на лёд под приливы. Лучше всего навага берёт в первые часы прилива, когда вода начинает прибывать. Разница между полной и малой водой здесь достигает двух метров, и лёд у берега то опускается, то поднимается.

«Кто приехал из города и про приливы не знает, может остаться без улова, а то и искупаться», — говорит рыбак Пётр Кожин, который ловит навагу уже сорок лет.

## Что нужно знать рыбаку

- выходить на лёд только при толщине не меньше 10 сантиметров
- не подходить к трещинам и промоинам у берега
- брать с собой спасательные шипы и верёвку
- сообщать родным, куда и на сколько уходите

Спасатели районного отряда в прошлом году трижды помогали рыбакам, которых отнесло на льдине. В этом сезоне они будут дежурить на берегу по выходным.

Глава поселения Вера Нечаева напомнила, что выезд на лёд на машинах и снегоходах запрещён до середины декабря.
"""),

dict(id="h55-ru-002", lang="ru", tpl="regional", section="Общество", date="2026-02-18", byline="Ульяна Берестова",
     title="Волонтёры хосписа «Свет в окне» читают пациентам вслух и гуляют с ними в саду",
     sub="В хосписе при районной больнице работают 34 добровольца. Их помощь нужна не только пациентам, но и родным.",
     caption="Волонтёр Галина Шестакова читает пациентке в палате хосписа.", credit="Фото: Ульяна Берестова",
     carry=["volunteering"],
     look=[("italic", "«Я думала, что здесь будет страшно")],
     body="""
Хоспис «Свет в окне» при районной больнице открылся пять лет назад. В нём двенадцать палат, и почти все эти годы рядом с врачами и медсёстрами работают добровольцы. Сейчас их 34.

Волонтёры не делают уколов и не дают лекарств. Их работа другая — быть рядом. Они читают пациентам вслух, пишут за них письма, вывозят на колясках в сад, поливают цветы на подоконниках и просто разговаривают.

Чем ещё занимаются добровольцы хосписа:

- сидят с пациентами, пока родные отдыхают
- помогают на кухне и с уборкой в общих комнатах
- устраивают по субботам маленькие концерты
- возят родственников из дальних сёл

Галина Шестакова, учительница литературы на пенсии, приходит сюда дважды в неделю уже третий год.

«Я думала, что здесь будет страшно. А здесь тихо и очень по-человечески. Люди хотят, чтобы с ними говорили о жизни, а не о болезни», — рассказывает она.

Все волонтёры проходят обучение: двухдневный курс с психологом и занятия по уходу за лежачими больными.

Главный врач больницы Игорь Лазарев говорит, что без добровольцев хоспис не смог бы работать так, как сейчас. «Персонала у нас ровно столько, сколько положено по нормативам. Волонтёры дают пациентам то, на что у медсестры просто нет времени», — пояснил он.
"""),

dict(id="h55-ru-003", lang="ru", tpl="legacy-br", section="Город", date="2026-07-01", byline="Семён Давыдовский",
     title="В городском саду Старокаменска снова работает фонтан 1956 года",
     sub="Фонтан «Каменный цветок» не работал больше двадцати лет. Его восстановили на деньги горожан и предприятий.",
     caption="Фонтан «Каменный цветок» в день открытия.", credit="Фото: Семён Давыдовский",
     only=["correction"],
     correction="Исправление: в первой версии заметки говорилось, что на фонтан собрали 1,2 миллиона рублей. На самом деле собрано 2,1 миллиона.",
     body="""
В городском саду Старокаменска после ремонта заработал фонтан «Каменный цветок». Его запустили в субботу, в День города, при нескольких сотнях зрителей.

Фонтан построили в 1956 году по проекту местного архитектора Льва Ракитина. Чаша в форме раскрытого цветка сделана из уральского гранита, в центре — бронзовая фигура девочки с кувшином.

Последний раз фонтан работал в 2003 году. Потом прохудились трубы, насосы украли, а бронзовую фигуру на время убрали в запасники краеведческого музея.

Деньги на восстановление собирали два года. Горожане пожертвовали около 900 тысяч рублей, остальное дали два местных предприятия и областной грант. Всего удалось собрать 2,1 миллиона рублей.

Реставраторы очистили гранит, заменили трубы и установили новый насос с замкнутым циклом воды. Фигуру девочки вернули на место.

«Я сюда бегала ребёнком, в пятидесятые. Мы кидали в чашу копейки, чтобы вернуться», — вспоминает жительница города Антонина Пыжова.

Вечером чашу подсвечивают, а по выходным у фонтана играет духовой оркестр городского Дома культуры.

Фонтан будет работать до конца сентября ежедневно с 10 до 22 часов.
"""),
]
