# Turkish, German, French, Spanish and Russian stories for the thirty-fifth held-out part (h35-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h35_en.py.
ARTICLES = [
dict(id="h35-tr-001", lang="tr", tpl="bitrix", section="Ekonomi", date="2026-02-23", byline="Serkan Güleryüz",
     title="Cuma pazarı 42 yıl sonra Hükümet Meydanı'ndan taşınıyor",
     sub="Belediye, pazarı trafik gerekçesiyle eski otogar alanına alıyor.",
     caption="Hükümet Meydanı'nda kurulan Cuma pazarı.", credit="Fotoğraf: Serkan Güleryüz",
     body="""
Çınarlı Belediyesi, 42 yıldır Hükümet Meydanı'nda kurulan Cuma pazarını 6 Mart'tan itibaren Sanayi Caddesi'ndeki eski otogar alanına taşıyor.

Belediye Meclisi'nin oy çokluğuyla aldığı karara göre taşınmanın nedeni, pazar günlerinde meydanda yaşanan trafik sıkışıklığı ve ambulansların geçişinde yaşanan sorunlar.

Yeni alanda 260 tezgâh yer alacak. Bu sayı eski pazara göre 35 fazla. Alanın üstü kısmen kapatıldı ve tezgâhlar için elektrik bağlantısı çekildi.

Meydanda boşalacak alanın nasıl kullanılacağı ise henüz belli değil. Belediye, burası için bir park ve yeraltı otoparkı projesi üzerinde çalıştığını bildirdi.

## Pazarcılar ne diyor?

Pazarcılar karar konusunda ikiye bölünmüş durumda. 28 yıldır meydanda sebze satan Recep Aksoy, müşterilerin yeni yere alışmasının zaman alacağını söyledi. "Yaşlı müşterilerimiz yürüyerek geliyordu. Otogar yokuşunu her hafta çıkamazlar," dedi.

Peynir tezgâhı işleten Feride Kahraman ise yeni alandan memnun: "Yağmurda tezgâhın üstüne naylon germekten kurtulduk."

## Yeni düzende neler var?

- Pazar, Cuma günleri 07.00 ile 19.00 arasında açık olacak
- İlk ay boyunca meydandan pazar alanına ücretsiz servis konacak
- Alanın yanında 180 araçlık otopark ayrıldı

Belediye Başkanı Nurettin Sağlam, ilk üç ayın sonunda esnaf ve mahalle muhtarlarıyla bir değerlendirme toplantısı yapacaklarını açıkladı.
"""),

dict(id="h35-tr-002", lang="tr", tpl="squarespace", site="Sarıçay Kürek Kulübü", kind="small", section="Kulüpten",
     date="2026-04-28", byline="Kulüp Yönetimi",
     title="Gençler takımımız ilk kez Türkiye Şampiyonası'nda",
     sub="15 yaş altı dörtlü tekne, Eğirdir'deki seçmelerde ikinci oldu.",
     caption="Takımımız Eğirdir'de yarış sonrası iskelede.", credit="Fotoğraf: Sarıçay Kürek Kulübü",
     body="""
Kulübümüzün 15 yaş altı kürek takımı, hafta sonu Eğirdir'de yapılan seçme yarışlarında ikinci olarak ilk kez Türkiye Şampiyonası'na katılma hakkı kazandı.

Dört kişilik teknede Deniz Yalçın, Efe Korkmaz, Mert Aydoğan ve dümenci Ece Sarı yarıştı. Takım 1.000 metreyi 3 dakika 41 saniyede tamamladı.

Takımın başarısı kulübe yeni üyeler de getirdi. Seçmelerden bu yana 11 çocuk deneme antrenmanına katıldı; yeni başlayanlar için cumartesi sabahları ek bir grup açıyoruz.

Antrenörümüz Süleyman Bayraktar, çocukların kış boyunca her sabah buz gibi suda antrenman yaptığını hatırlattı. "Ocak ayında iki kez gölün kenarı dondu, yine de tek bir antrenmanı kaçırmadılar," dedi.

**Şampiyona yolu**

Şampiyona 12-14 Haziran'da İzmir'de yapılacak. Teknenin taşınması ve konaklama için yaklaşık 85 bin lira gerekiyor. Yönetim kurulu, masrafların bir kısmını kulüp kasasından karşılayacak.

Geri kalanı için 24 Mayıs Pazar günü kulüp binasında kahvaltılı bir dayanışma günü düzenliyoruz. Bilet fiyatı 400 lira, çocuklar için 150 lira.

Destek olmak isteyen üyelerimiz kulüp sekreterimiz Aynur Hanım'a hafta içi 17.00'den sonra kulüp binasında ulaşabilir.

Yarışlardan fotoğraflar ve şampiyona hazırlıkları, kulübün aylık bülteninin haziran sayısında yer alacak.
"""),

dict(id="h35-tr-003", lang="tr", tpl="magazine", section="Kültür", date="2026-03-19", byline="Zeynep Altınbaş",
     title="Eski çarşının elli yılı bir fotoğrafçının arşivinde",
     sub="Kemal Ertuğrul, 1974'ten bu yana çektiği karelerden 90'ını eski hamamda sergiliyor.",
     caption="Kemal Ertuğrul, 1981'de çektiği bakırcılar çarşısı fotoğrafının önünde.", credit="Fotoğraf: Zeynep Altınbaş",
     carry=["gallery"], pull="Her kapanan dükkânı fotoğrafladım.",
     look=[("dropcap", "Fotoğrafçı Kemal Ertuğrul"), ("box", "Sergi 30 Nisan'a kadar")],
     body="""
Fotoğrafçı Kemal Ertuğrul, 1974'ten bu yana çektiği 12 bin kareden seçtiği 90 fotoğrafı Yukarı Çarşı'daki eski hamamda sergiliyor.

Ertuğrul, babasından kalan stüdyoyu 22 yaşında devraldığında çarşıda 140 dükkân vardı. Bugün bu sayı 60'ın altında. "Her kapanan dükkânı fotoğrafladım. Bir de açılanları. Açılanlar daha az oldu," diyor.

Sergide bakırcılar, semerciler, kalaycılar ve bir zamanlar çarşının en kalabalık yeri olan Hacı Cemil'in kahvehanesi var. Fotoğrafların çoğu siyah beyaz; renkli olanlar 1990'lardan sonra çekilmiş.

Serginin en çok ilgi gören fotoğrafı, 1979 kışında karla kaplı çarşıda simit satan bir çocuğu gösteriyor. Ertuğrul, o çocuğun bugün çarşının tek kuyumcusu olduğunu ve serginin açılışına torunlarıyla geldiğini anlatıyor.

Ertuğrul'a göre fotoğrafçılık en çok sabır istiyor. Çarşı esnafının çoğu yıllarca objektife bakmayı kabul etmemiş. "Kalaycı Hüseyin Usta'yı ancak on yıl sonra ikna edebildim. Fotoğrafı çektiğim gün bana çay ısmarladı, ertesi yıl da dükkânı kapattı."

Serginin hazırlanmasına, negatifleri dijital ortama aktaran üniversite öğrencileri yardım etti. Belediye, arşivin tamamını satın alıp kent müzesine kazandırmak için Ertuğrul'la görüşüyor.

Sergi 30 Nisan'a kadar, pazartesi hariç her gün 10.00-18.00 saatleri arasında ücretsiz gezilebilir.
"""),

dict(id="h35-de-001", lang="de", tpl="typo3", site="Stadt Hohenau", kind="public", section="Pressemitteilungen",
     date="2026-03-02", byline="Pressestelle der Stadt Hohenau",
     title="Hohenau-Melder: Stadt startet App für Schlaglöcher und wilden Müll",
     sub="Bürgerinnen und Bürger können Schäden ab sofort per Foto an die Verwaltung schicken.",
     caption="Bürgermeisterin Katrin Seidlmeier stellt die App im Rathaus vor.", credit="Foto: Stadt Hohenau",
     avoid=["comments", "moderation"],
     body="""
Die Stadt Hohenau hat am Montag eine App gestartet, mit der Bürgerinnen und Bürger Schäden im Stadtgebiet melden können. Mit dem „Hohenau-Melder“ lassen sich Schlaglöcher, defekte Straßenlaternen, wilde Müllablagerungen und beschädigte Spielgeräte per Foto an die Verwaltung schicken.

Die Meldung geht direkt an das zuständige Amt. Wer eine E-Mail-Adresse angibt, erhält eine Nachricht, sobald der Schaden bearbeitet oder behoben ist.

„Bisher kamen Hinweise per Telefon, Brief, E-Mail und manchmal auf einem Zettel im Briefkasten des Rathauses“, sagt Bürgermeisterin Katrin Seidlmeier. „Jetzt landen sie an einer Stelle, und niemand muss mehr raten, wer zuständig ist.“

**So funktioniert die Meldung**

Nach dem Öffnen der App wählt man eine Kategorie, macht ein Foto und bestätigt den Standort auf der Karte. Eine Registrierung ist nicht nötig.

Im vergangenen Jahr gingen bei der Stadt rund 3.200 Hinweise ein, etwa die Hälfte davon zu Straßenschäden. Die Verwaltung rechnet damit, dass die Zahl der Meldungen mit der App zunächst steigt.

Die Entwicklung hat 36.000 Euro gekostet, zwei Drittel davon trägt ein Förderprogramm des Landes.

Wer kein Smartphone hat, kann Schäden weiterhin telefonisch beim Bürgerbüro unter 08551 000 210 oder über das Formular auf der Internetseite der Stadt melden.

Die App ist kostenlos für iPhone und Android erhältlich.
"""),

dict(id="h35-de-002", lang="de", tpl="fusion", section="Eishockey", date="2026-03-16", byline="Tobias Reindl",
     title="Eisbären Kallmünz erzwingen das Entscheidungsspiel",
     sub="Nach 0:2-Rückstand gewinnt Kallmünz das vierte Halbfinale gegen Rottach mit 4:2.",
     standfirst="Kapitän Florian Wimmer trifft zweimal binnen 90 Sekunden, Torhüter Lukas Brandl hält im Schlussdrittel alles.",
     caption="Florian Wimmer bejubelt seinen Ausgleichstreffer zum 2:2.", credit="Foto: Tobias Reindl",
     carry=["scores", "odds"], section_tag=True, choose={"section": 0},
     look=[("factbox", "Die nächsten Spiele")],
     body="""
Die Eisbären Kallmünz haben in der Halbfinalserie der Bayernliga gegen den EV Rottach das entscheidende fünfte Spiel erzwungen. Vor 1.850 Zuschauern gewann die Mannschaft von Trainer Jiří Novák am Sonntagabend mit 4:2.

Nach dem ersten Drittel lagen die Gäste noch mit 2:0 vorn. Erst ein Doppelschlag von Kapitän Florian Wimmer innerhalb von 90 Sekunden brachte die Wende.

## Torhüter als Rückhalt

Großen Anteil am Sieg hatte Torhüter Lukas Brandl, der im Schlussdrittel 17 Schüsse parierte. „Nach dem zweiten Gegentor habe ich mir gesagt: Jetzt ist Schluss“, sagte der 21-Jährige.

Novák lobte die Moral seiner Mannschaft. „Im ersten Drittel waren wir gar nicht auf dem Eis. Aber diese Jungs geben nie auf“, sagte er.

Den Siegtreffer erzielte Verteidiger Jonas Pichler in der 51. Minute mit einem Schuss von der blauen Linie, ins leere Tor traf schließlich Stürmer Max Ederer.

## Die nächsten Spiele

- Dienstag, 20 Uhr: EV Rottach gegen Eisbären Kallmünz (Spiel 5)
- Bei einem Sieg: Finale ab Freitag gegen den ERC Lindau

Karten für ein mögliches Finale sollen ab Mittwoch in der Geschäftsstelle verkauft werden. Für das Auswärtsspiel in Rottach setzt der Fanclub zwei Busse ein.

Abfahrt ist um 17 Uhr am Eisstadion.
"""),

dict(id="h35-de-003", lang="de", tpl="hugo", section="Dorfleben", date="2026-05-06", byline="Sabine Karrer",
     title="„Ohne Ehrenamt geht es nicht“: Ein Jahr Dorfladen in Oberwaldbach",
     sub="Die Genossenschaft hat 312 Mitglieder und schreibt knapp schwarze Zahlen.",
     caption="Martina Huber hinter der Theke des Dorfladens.", credit="Foto: Sabine Karrer",
     body="""
Seit einem Jahr gibt es in Oberwaldbach wieder einen Laden. Die Genossenschaft, die ihn betreibt, hat inzwischen 312 Mitglieder. Wir haben mit der Vorsitzenden Martina Huber gesprochen.

**Frau Huber, hat sich der Laden gerechnet?**

Knapp. Wir haben im ersten Jahr 410.000 Euro Umsatz gemacht und einen kleinen Gewinn von 3.800 Euro. Das reicht nicht für große Sprünge, aber wir mussten kein Geld nachschießen.

**Was läuft am besten?**

Brot, Milch, Eier. Und die Zeitung. Die Leute kommen morgens, kaufen ihre Semmeln und bleiben auf einen Kaffee.

**Und was nicht?**

Alles, was es im Supermarkt in Bad Kötzting billiger gibt. Waschmittel zum Beispiel. Wir haben das Sortiment deshalb verkleinert.

**Wer steht hinter der Theke?**

Zwei Teilzeitkräfte und 26 Ehrenamtliche. Ohne die geht es nicht. Die Älteste ist 81 und übernimmt jeden Donnerstag die Frühschicht.

**Was wünschen Sie sich für das zweite Jahr?**

Dass mehr Junge kommen. Die Älteren kaufen bei uns, die Pendler fahren am Laden vorbei.

Der Dorfladen hat montags bis samstags von 7 bis 12 Uhr geöffnet, donnerstags und freitags auch von 15 bis 18 Uhr.
"""),

dict(id="h35-fr-001", lang="fr", tpl="craft", site="Le Journal du Haut-Vernon", section="Culture et patrimoine du Haut-Vernon", date="2026-02-25",
     byline="Claire Vigouroux",
     title="Le cinéma Le Familia rouvre à Saint-Amans après six ans de fermeture",
     sub="L'association qui a racheté la salle pour un euro symbolique a bouclé les travaux avec trois semaines d'avance.",
     caption="Josiane Barthélémy dans la salle rénovée du Familia.", credit="Photo : Claire Vigouroux",
     caption2="Les fauteuils rouges récupérés dans un multiplexe de Clermont-Ferrand.", credit2="Photo : Claire Vigouroux",
     carry=["calendar"],
     look=[("dropcap", "Fermé depuis 2020"), ("factbox", "Les premières séances"), ("italic", "La programmation sera assurée")],
     body="""
Fermé depuis 2020, le cinéma Le Familia de Saint-Amans rouvrira le 14 mars. L'association qui l'a racheté à la commune pour un euro symbolique a bouclé les travaux avec trois semaines d'avance.

La salle de 142 fauteuils a été entièrement refaite : nouveau projecteur numérique, sièges récupérés dans un multiplexe de Clermont-Ferrand, chauffage neuf et accès pour les personnes en fauteuil roulant. Le chantier a coûté 390 000 euros, financés pour moitié par la région.

« On nous disait qu'un cinéma de village, ça ne marche plus. On verra bien », sourit Josiane Barthélémy, présidente de l'association Les Amis du Familia, qui compte aujourd'hui 540 adhérents.

> « Le soir de la fermeture, il y avait douze personnes dans la salle. Nous voulons en voir cent. »

La programmation sera assurée par un réseau de salles indépendantes du département. L'association prévoit quatre séances par semaine, dont une en version originale et une pour les scolaires.

## Les premières séances

- 14 mars, 20 h 30 : soirée d'ouverture, film surprise
- 15 mars, 16 h : film d'animation pour les familles
- 18 mars, 20 h 30 : documentaire suivi d'un débat avec le réalisateur

Une trentaine de bénévoles tiendront la billetterie et le bar. La place coûtera 6 euros, 4 euros pour les moins de 18 ans.

Le programme complet sera affiché en mairie et à la boulangerie de la place.
"""),

dict(id="h35-fr-002", lang="fr", tpl="table", section="Politique", date="2026-06-23", byline="Hugo Castagné",
     title="Saint-Jory-de-Lèze : la cantine gratuite pour tous les écoliers dès la rentrée",
     sub="Le conseil municipal a voté la mesure par 15 voix contre 4.",
     caption="Le restaurant scolaire de l'école Jean-Moulin.", credit="Photo : Hugo Castagné",
     low=0,
     body="""
Les 180 élèves de l'école primaire de Saint-Jory-de-Lèze mangeront gratuitement à la cantine à partir de la rentrée de septembre. Le conseil municipal a voté la mesure lundi soir, par 15 voix contre 4.

Jusqu'ici, les familles payaient 3,20 euros par repas. La gratuité coûtera environ 92 000 euros par an à la commune, qui prévoit de la financer en renonçant à la rénovation de la salle des fêtes, repoussée de deux ans.

Le maire, Patrick Lagarrigue, a défendu « une question de justice » : selon lui, une vingtaine d'enfants ne mangeaient pas à la cantine parce que leurs parents ne pouvaient pas payer.

L'opposition a voté contre. « Nous ne sommes pas contre l'idée, mais on finance une dépense de tous les ans avec une économie qui ne vaut qu'une fois », a estimé la conseillère Sandrine Vidal.

Les repas resteront préparés sur place par les deux cuisinières de l'école, avec des produits locaux pour moitié.

La commune réexaminera le coût de la mesure à la fin de la première année scolaire.
"""),

dict(id="h35-fr-003", lang="fr", tpl="medium", site="Le Plateau, lettre indépendante", kind="indie", section="Portraits",
     date="2026-04-08", byline="Léa Fournial",
     title="« On ne jette plus, on répare » : la ressourcerie de Sornac fête ses deux ans",
     sub="Installée dans l'ancienne gendarmerie, elle a récupéré 41 tonnes d'objets.",
     caption="Aurélien Matignon dans l'atelier de la ressourcerie.", credit="Photo : Léa Fournial",
     look=[("bold", "Comment tout a commencé ?"), ("bold", "Qui sont vos clients ?"), ("bold", "Et l'argent ?"),
           ("bold", "Un objet dont vous êtes fier ?"), ("bold", "Et la suite ?")],
     body="""
Installée dans l'ancienne gendarmerie, la ressourcerie de Sornac a récupéré 41 tonnes d'objets en deux ans. Rencontre avec Aurélien Matignon, qui la dirige avec trois salariés et une quinzaine de bénévoles.

Comment tout a commencé ?

Par la déchetterie. Je voyais partir à la benne des meubles en parfait état, des vélos, des lits d'enfant. Je me suis dit qu'il y avait mieux à faire.

Qui sont vos clients ?

Tout le monde. Des étudiants, des familles, des retraités qui cherchent une pièce pour leur vieille machine à coudre. Et beaucoup de gens qui viennent juste discuter.

Et l'argent ?

Les ventes couvrent 60 % de nos dépenses. Le reste vient de la communauté de communes et d'une fondation. Ce n'est jamais gagné.

Un objet dont vous êtes fier ?

Un piano droit de 1912, donné par une paroisse. Il est parti dans une école de musique pour 150 euros.

Et la suite ?

Un atelier de réparation de vélos au printemps, avec un mécanicien à la retraite.

La ressourcerie est ouverte le mercredi et le samedi, de 9 h à 17 h.
"""),

dict(id="h35-es-001", lang="es", tpl="sanity", section="Deportes", date="2026-05-11", byline="Marta Llorca",
     title="El CB Almenara vuelve a la Liga EBA veinte años después",
     sub="El equipo ganó la final a cuatro de Primera Nacional en su propio pabellón.",
     caption="Los jugadores del Almenara celebran el ascenso en el pabellón municipal.", credit="Foto: Marta Llorca",
     carry=["scores"],
     look=[("dropcap", "El Club Baloncesto Almenara")],
     body="""
El Club Baloncesto Almenara jugará la próxima temporada en Liga EBA tras ganar el domingo la final a cuatro de Primera Nacional, disputada en su propio pabellón ante más de 1.200 aficionados.

El equipo de Nacho Ferrándiz se impuso en la final al Maristas Elche por 78-71, con 24 puntos del escolta Adrián Vilaplana, elegido mejor jugador del torneo.

El Almenara ya estuvo en la categoría entre 2003 y 2006, pero renunció por problemas económicos. Desde entonces, el club ha vivido sobre todo de su cantera, que reúne a 310 jugadores en 24 equipos.

«La mitad de esta plantilla empezó aquí con seis años», recordó Ferrándiz tras el partido. «Eso no se compra.»

El ascenso obligará al club a aumentar su presupuesto, hoy de unos 180.000 euros, y a cumplir nuevas exigencias de la federación, como la instalación de un marcador de posesión homologado.

El presidente, Vicente Sempere, dijo que el club ya estaba en contacto con varias empresas de la comarca para buscar patrocinadores.

«Haremos lo que haga falta», aseguró.
"""),

dict(id="h35-es-002", lang="es", tpl="cms", section="Sucesos", date="2026-01-13", byline="Javier Montañés",
     title="Rescatado un senderista tras pasar doce horas perdido en la sierra de Orcajo",
     sub="El hombre, de 63 años, logró enviar su ubicación de madrugada desde un punto con algo de cobertura.",
     caption="Voluntarios de protección civil en el inicio de la ruta de las Tres Cruces.", credit="Foto: Javier Montañés",
     low=1, only=["correction"],
     correction="Corrección: una versión anterior de esta información atribuía al senderista 58 años. Tiene 63.",
     body="""
Un senderista de 63 años fue rescatado en la madrugada del martes en la sierra de Orcajo tras pasar doce horas perdido. Se encontraba en buen estado, aunque con síntomas leves de hipotermia.

El hombre, vecino de Calatorao, salió el lunes por la mañana para hacer en solitario la ruta de las Tres Cruces, de unos 16 kilómetros. Su familia dio el aviso a las 19.30 horas, al ver que no regresaba y que no contestaba al teléfono.

**Un mensaje de madrugada**

La Guardia Civil estuvo en contacto con la familia durante toda la noche. Hacia las 3.00 horas, el senderista logró enviar un mensaje con su ubicación desde un punto con algo de cobertura, lo que permitió localizarlo en un barranco a unos dos kilómetros del sendero.

En la búsqueda participaron una patrulla del grupo de montaña, bomberos de la comarca y una decena de voluntarios de protección civil.

Fuentes del rescate recordaron que la ruta de las Tres Cruces está mal señalizada en su tramo final y pidieron a quienes salgan al monte que avisen de su recorrido y lleven una batería de repuesto para el móvil.

El senderista fue trasladado al centro de salud de Orcajo, donde recibió el alta a media mañana.
"""),

dict(id="h35-es-003", lang="es", tpl="chunks", section="Economía", date="2026-01-20", byline="Uxía Barreiro",
     title="La lonja de Puerto Alcor cierra su mejor año en una década",
     sub="La cofradía vendió 6.840 toneladas de pescado por 31,2 millones de euros.",
     caption="Subasta de merluza en la lonja de Puerto Alcor.", credit="Foto: Uxía Barreiro",
     look=[("highlight", "El aumento se explica sobre todo")],
     body="""
La lonja de Puerto Alcor vendió el año pasado 6.840 toneladas de pescado por un valor de 31,2 millones de euros, su mejor resultado desde 2015, según el balance presentado este lunes por la cofradía de pescadores.

El aumento se explica sobre todo por la buena campaña del bonito y por el precio de la merluza, que se pagó de media a 7,40 euros el kilo, un 12 % más que el año anterior.

**Las especies que más facturaron**

- Merluza: 9,8 millones de euros
- Bonito del norte: 6,1 millones
- Sardina: 3,4 millones
- Pulpo: 2,9 millones

El patrón mayor de la cofradía, Xosé Manuel Andrade, advirtió, sin embargo, de que la flota sigue perdiendo barcos. En diez años ha pasado de 74 a 51 embarcaciones, y la edad media de los marineros supera los 50 años.

«Ganamos más por kilo, pero cada vez somos menos para ir a buscarlo», resumió.

La cofradía pedirá al Gobierno autonómico ayudas para renovar motores y para formar a jóvenes marineros, y estudia abrir la lonja a visitas escolares.
"""),

dict(id="h35-ru-001", lang="ru", tpl="regional", section="Транспорт", date="2026-05-12", byline="Алексей Веретенников",
     title="Паромную переправу у Лесного закроют на месяц",
     sub="Паром отправят на ремонт, вместо него пустят бесплатный автобус через мост у Каменки.",
     caption="Паром у причала в Лесном.", credit="Фото: Алексей Веретенников",
     carry=["map"],
     look=[("br", "Для школьников и студентов колледжа")],
     body="""
Паромная переправа через реку между Сосновкой и Лесным закроется с 1 по 30 июня: паром отправят в ремонт на судостроительный завод.

По словам директора предприятия «Речные перевозки» Игоря Шабалина, у судна, которое работает на переправе с 1987 года, нужно заменить двигатель и часть днища. «Дальше тянуть нельзя. Прошлым летом он дважды вставал посреди реки», — сказал он.

Каждый день паромом пользуются около 400 человек, в основном жители Лесного, которые работают и учатся в Сосновке.

## Как добраться на время ремонта

На время ремонта администрация района запустит бесплатный автобус через мост у Каменки. Он будет ходить шесть раз в день, дорога займёт около часа вместо пятнадцати минут на пароме.

Для школьников и студентов колледжа организуют отдельный утренний рейс в 6:50.

Жители Лесного недовольны сроками. «Ремонт можно было сделать зимой, когда паром всё равно стоит», — говорит Валентина Крюкова, которая ездит в Сосновку на работу.

В администрации объяснили, что завод смог принять судно только в июне.

Расписание автобуса опубликуют на сайте администрации района до 25 мая.
"""),

dict(id="h35-ru-002", lang="ru", tpl="semantic", section="Культура", date="2026-03-27", byline="Дарья Ильина",
     title="Фотограф из Заречья показал деревни, которых больше нет",
     sub="В краеведческом музее открылась выставка Сергея Лаптева «Последние жители».",
     caption="Снимок Сергея Лаптева: школа в деревне Верхние Поляны.", credit="Фото: Сергей Лаптев",
     look=[("italic", "«Я приезжал туда каждое лето")],
     body="""
В районном краеведческом музее открылась выставка фотографа Сергея Лаптева «Последние жители». На 64 снимках — деревни района, в которых сегодня никто не живёт или осталось по одному-два дома.

Лаптев, по профессии инженер-электрик, снимал их пятнадцать лет, объезжая район на старой «Ниве». Фотографией он увлёкся ещё в школе, но всерьёз занялся ею, когда в 2010 году опустела деревня его деда.

Часть снимков Лаптев сделал зимой, когда до некоторых деревень можно добраться только на лыжах или на снегоходе соседа.

«Я приезжал туда каждое лето и однажды понял, что ничего не успел сфотографировать, пока там были люди», — рассказал он.

На снимках — заколоченные окна, заросшие тропинки, закрытые школы и клубы, а также последние жители: 92-летняя Анна Фёдоровна из Верхних Полян, пастух Николай Щукин из Дубровки.

Директор музея Ольга Малахова говорит, что после открытия выставки посетители стали приносить свои семейные фотографии этих деревень. Из них музей хочет собрать отдельный архив и попросил жителей района звонить в музей, если у них есть такие снимки.

Выставка продлится до 20 мая. Для школьников вход бесплатный.
"""),

dict(id="h35-ru-003", lang="ru", tpl="portal", section="Общество", date="2026-04-15", byline="Марина Сизова",
     title="«Мы снова пишем письма читателям»: районная библиотека запустила рассылку",
     sub="Директор библиотеки рассказала, зачем нужен бумажный и электронный бюллетень.",
     caption="Татьяна Горбунова с первым выпуском бюллетеня.", credit="Фото: Марина Сизова",
     body="""
Центральная библиотека Сосновского района с марта рассылает читателям ежемесячный бюллетень — по электронной почте и в бумажном виде. О том, зачем библиотеке своя рассылка, мы поговорили с её директором Татьяной Горбуновой.

**Зачем библиотеке рассылка?**

Многие наши читатели не пользуются соцсетями. Раньше объявления висели на доске у входа, но их видят только те, кто к нам приходит.

**Что в бюллетене?**

Новые книги, встречи, расписание кружков, маршрут передвижной библиотеки по сёлам. И одна рекомендация от библиотекаря — что почитать в этом месяце.

**Сколько человек подписалось?**

На электронную рассылку — 640. Ещё 300 экземпляров мы печатаем и развозим по сёлам.

**Сколько это стоит?**

Бумага и печать — около двух тысяч рублей в месяц, их выделила районная администрация. Электронная рассылка не стоит ничего.

**Кто его делает?**

Мы сами, втроём, после работы. Дизайнер нам не по карману, поэтому всё просто: одна страница с двух сторон.

**Что дальше?**

Хотим, чтобы читатели писали нам сами: о книгах, о своих сёлах. Первые письма уже пришли.

Подписаться на бюллетень можно на абонементе или по телефону библиотеки.
"""),
]
