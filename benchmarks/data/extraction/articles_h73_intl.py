# Turkish, German, French, Spanish and Russian stories for the seventy-third held-out part (h73-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h73_en.py.
ARTICLES = [
dict(id="h73-tr-001", lang="tr", tpl="wordpress", section="Yaşam", date="2026-04-09", byline="Zeynep Aktaş",
     title="Gölyaka'nın son kayık ustası çırak arıyor",
     sub="Hüsnü Karaca, 52 yıldır göl kıyısındaki atölyesinde ahşap balıkçı kayıkları yapıyor.",
     caption="Hüsnü Karaca atölyesinde yarım kalmış bir kayığın başında.", credit="Fotoğraf: Zeynep Aktaş",
     look=[("dropcap", "Atölyenin kapısı her sabah")],
     body="""
Atölyenin kapısı her sabah altıda açılıyor. İçeride talaş, katran ve çay kokusu var. Hüsnü Karaca, 71 yaşında, Gölyaka'da ahşap kayık yapan son usta.

Kıyıdaki atölyeyi 1974'te babasından devraldı. O yıllarda kasabada yedi kayıkhane vardı ve göldeki balıkçıların neredeyse hepsi ahşap teknelerle çalışıyordu. Bugün kıyıdaki teknelerin çoğu fiberglas.

Karaca, bir kayığı tek başına yaklaşık üç ayda bitiriyor. Kestane ağacından omurgayı kendisi seçiyor, kaplamayı dut ağacından yapıyor.

"Fiberglas tekne on yılda yorulur," diyor. "Benim yaptığım kayık torununa kalır."

Son iki yılda yalnızca dört sipariş aldı. Bunlardan ikisi balıkçılardan değil, kayığı bahçesinde çiçeklik olarak kullanmak isteyen yazlıkçılardan geldi. Usta buna gülüp geçiyor ama üzüldüğünü saklamıyor.

Asıl derdi, zanaatı devredecek birini bulamamak. Oğlu İzmir'de mühendis, torunları ise yalnızca yazları geliyor.

Belediye, geçen ay ustanın atölyesini kültür envanterine aldı ve bir çıraklık programı için meslek lisesiyle görüşmeye başladı. Programa katılacak gençlere aylık burs verilmesi planlanıyor.

Karaca ise şimdiden hazırlık yapmış: duvara, bir kayığın bütün parçalarını kendi el yazısıyla anlatan kâğıtlar asmış.

"Ben ölünce de okusunlar diye," diyor.

Çıraklık programına başvurmak isteyenler belediyenin kültür müdürlüğüne dilekçe verebilir.
"""),

dict(id="h73-tr-002", lang="tr", tpl="fusion", section="Kent", date="2026-08-12", byline="Serkan Öztürk",
     title="Baraj yüzde 19'a indi: Gölyaka'da bahçe sulama yasağı başladı",
     sub="Belediye, şebeke suyuyla bahçe, araç ve kaldırım yıkamayı eylül sonuna kadar yasakladı.",
     caption="Karagöl Barajı'nda suyun çekildiği kıyı.", credit="Fotoğraf: Serkan Öztürk",
     carry=["hosepipeban"],
     look=[("factbox", "Neler yasak?")],
     body="""
Gölyaka'ya içme suyu sağlayan Karagöl Barajı'nda doluluk oranı yüzde 19'a düştü. Belediye, bu sabahtan itibaren şebeke suyuyla bahçe sulamayı ve araç yıkamayı yasakladı.

Geçen yıl aynı tarihte barajın doluluk oranı yüzde 54'tü. Kış boyunca beklenen yağışın ancak yarısı düştü, temmuzda ise sıcaklık on gün boyunca 40 derecenin üzerinde kaldı.

Belediye Başkanı Nurcan Yılmaz, yasağın eylül sonuna kadar süreceğini söyledi. "Şu an ciddi bir kesinti yapmak istemiyoruz. Herkes biraz dikkat ederse musluklar akmaya devam eder."

## Neler yasak?

- şebeke suyuyla bahçe ve çim sulamak
- hortumla araç, kaldırım ya da balkon yıkamak
- süs havuzu ve yüzme havuzu doldurmak

Kuyu suyu ve yağmur suyu kullananlar yasaktan etkilenmiyor. Tarım arazilerinde damla sulama ise gece saatlerinde serbest.

Kurala uymayanlara ilk seferde uyarı verilecek, tekrarında ise 2 bin lira idari para cezası kesilecek. Zabıta ekipleri akşam saatlerinde mahallelerde denetim yapacak.

Belediye ayrıca şebekedeki kaçakları bulmak için iki yeni ekip kurdu. Su İşleri Müdürü Ahmet Karataş, kentteki suyun yaklaşık üçte birinin eski borulardan kaybolduğunu kabul etti.

Kaçak ya da patlak boru görenler belediyenin 153 numaralı hattını arayabilir.
"""),

dict(id="h73-tr-003", lang="tr", tpl="semantic", section="İnsan", date="2026-11-05", byline="Gülay Demirci",
     title="Feribot iskelesinin 38 yıllık gişe memuru: 'Herkesin nereye gittiğini bilirdim'",
     sub="Sabri Uçar, Gölyaka feribot iskelesinde 1988'den beri bilet kesiyor. Ay sonunda emekli oluyor.",
     caption="Sabri Uçar iskeledeki gişesinde.", credit="Fotoğraf: Gülay Demirci",
     low=0,
     look=[("italic", "\u201cGöl bana sabrı öğretti.\u201d")],
     body="""
Sabri Uçar, 38 yıldır Gölyaka feribot iskelesindeki küçük gişede oturuyor. Karşı kıyıya geçenlerin biletini kesiyor, kaybolan çantaları saklıyor, soranlara havayı söylüyor. Ay sonunda emekli olacak. Onunla son haftasında gişede konuştuk.

**İlk bileti hatırlıyor musunuz?**

Hatırlıyorum. Bir öğretmen hanımdı, karşı kıyıdaki köy okuluna gidiyordu. Otuz yıl her sabah aynı saatte geldi.

**Gişeden neler gördünüz?**

Her şeyi. Düğüne gidenler, hastaneye yetişmeye çalışanlar, askere uğurlananlar. Bir keresinde bir gelin, gelinliğiyle son feribotu kaçırdı. Kaptan geri döndü.

**Geri mi döndü?**

Döndü. Yüz metre açılmıştı. Herkes alkışladı.

**Kışın zor olmuyor mu?**

Gişenin sobası vardı, sonra elektrikli ısıtıcı geldi. Ama rüzgâr gölün üstünden gelince hiçbir şey yetmez.

**Ya fırtınalı günler?**

Sefer iptal olunca insanlar bana kızardı, sanki havayı ben yapıyorum. Sonra çay ikram etmeyi öğrendim.

“Göl bana sabrı öğretti.”

**En sevdiğiniz sefer hangisiydi?**

Sabahın ilk seferi. Göl daha uyanmamış olur, feribotun motoru bütün kasabayı uyandırır. O saatte gişeye gelenlerin hepsini adıyla tanırdım.

**Emekli olunca ilk iş ne yapacaksınız?**

Karşı kıyıda bir bağ aldım. Artık feribota ben bineceğim, bileti başkası kesecek.
"""),

dict(id="h73-de-001", lang="de", tpl="methode", site="Wendemünder Anzeiger", section="Lokales", date="2026-06-04",
     byline="Friederike Stamm", tags=["Hubbrücke", "Hafen Wendemünde"],
     title="Hubbrücke Wendemünde öffnet im Sommer seltener für Sportboote",
     sub="Der Kreis und das Wasserstraßenamt haben sich auf feste Hubzeiten geeinigt. Autofahrer sollen weniger im Stau stehen.",
     caption="Die Hubbrücke im angehobenen Zustand, darunter ein Segelboot.", credit="Foto: Friederike Stamm",
     body_caption="Brückenwärter Klaus Rademacher im Steuerhaus.",
     carry=["bridgelifts"],
     look=[("br", "Im Steuerhaus sitzt seit 23 Jahren"), ("italic", "\u201eDie Brücke wartet nicht auf Nachzügler.\u201c")],
     body="""
Wer im Sommer mit dem Segelboot vom Hafen Wendemünde auf den See will, muss künftig auf die Uhr schauen. Die Hubbrücke an der Hafenstraße wird für Sportboote von Juni bis September nur noch zu festen Zeiten angehoben.

Bisher öffnete die Brücke auf Zuruf, in manchen Sommerwochen mehr als vierzigmal am Tag. Jede Öffnung dauert mit Schranken und Ampeln rund zwölf Minuten. Vor allem am Nachmittag reichte der Stau auf der Hafenstraße oft bis zum Bahnhof.

Nach einer Einigung zwischen dem Landkreis und dem Wasserstraßenamt gibt es nun sechs feste Hubzeiten am Tag. Berufsschifffahrt und Rettungsboote haben weiterhin jederzeit Vorrang.

Im Steuerhaus sitzt seit 23 Jahren Klaus Rademacher.

Er begrüßt die Regelung. „Früher kamen manche Boote im Minutentakt. Jetzt sammeln sie sich vor der Brücke, und ich hebe einmal für alle.“

„Die Brücke wartet nicht auf Nachzügler.“

Beim Segelclub Wendemünde ist man weniger begeistert. Der Vorsitzende Jörg Brandes sagte, bei Gewitter könne man nicht bis zur nächsten vollen Stunde warten. Der Kreis sicherte zu, dass bei Unwetterwarnungen zusätzliche Öffnungen möglich sind.

Die neue Regelung gilt zunächst für einen Sommer. Im Herbst wollen Kreis, Stadt und Vereine Bilanz ziehen.

Die Brücke wurde 1961 gebaut und ist die einzige Straßenverbindung zwischen Altstadt und Nordufer.
"""),

dict(id="h73-de-002", lang="de", tpl="hugo", section="Schule", date="2026-08-26", byline="Marco Lindner",
     title="Neue Schulbuslinien: Kinder vom Nordufer sind 20 Minuten früher in der Schule",
     sub="Der Landkreis hat drei Linien neu geplant. Eltern hatten sich über lange Wartezeiten beschwert.",
     caption="Ein Schulbus an der Haltestelle Oberdorf Kirche.", credit="Foto: Marco Lindner",
     carry=["schoolbus"],
     body="""
Für rund 380 Schülerinnen und Schüler vom Nordufer beginnt das neue Schuljahr mit einem neuen Fahrplan. Der Landkreis hat die Linien 611, 614 und 618 neu geplant, die die Dörfer mit den Schulen in Wendemünde verbinden.

Bislang fuhren die Busse eine große Schleife durch alle Ortsteile. Kinder aus Birkhof saßen morgens bis zu 55 Minuten im Bus und kamen trotzdem oft erst kurz vor dem Klingeln an der Gesamtschule an.

**Kürzere Wege**

Jetzt fährt jede Linie nur noch eine Schule an. Nach Angaben des Kreises verkürzt sich die Fahrzeit für die meisten Kinder um 15 bis 20 Minuten.

Die Elterninitiative „Sicher zur Schule Nordufer“ hatte im Frühjahr mehr als 600 Unterschriften gesammelt. Sprecherin Annika Wolters sagte, man sei zufrieden. „Wir haben nicht mit so viel Bewegung gerechnet.“

**Was sich an den Haltestellen ändert**

Die Haltestelle am Dorfplatz in Oberdorf entfällt. Stattdessen halten die Busse an der Kirche, wo der Kreis ein neues Wartehäuschen mit Beleuchtung aufgestellt hat.

Für die Linie 618 setzt das Busunternehmen einen zweiten Bus ein, weil der erste in den vergangenen Jahren regelmäßig überfüllt war.

**Fahrkarten**

Die Schülerfahrkarten bleiben gültig, eine neue Anmeldung ist nicht nötig. Wer im Sommer umgezogen ist, sollte das der Schule melden.

Fragen zum Fahrplan beantwortet die Schülerbeförderung des Landkreises montags bis freitags von 8 bis 12 Uhr.
"""),

dict(id="h73-de-003", lang="de", tpl="chunks", section="Sport", date="2026-05-11", byline="Jana Kowalczyk",
     title="Handballerinnen des TV Nordufer steigen in die Oberliga auf",
     sub="Mit einem 29:24 im letzten Heimspiel macht die Mannschaft den größten Erfolg der Vereinsgeschichte perfekt.",
     caption="Die Spielerinnen des TV Nordufer nach dem Abpfiff.", credit="Foto: Jana Kowalczyk",
     carry=["scores"],
     look=[("br", "Die Halle war mit 420 Zuschauern")],
     body="""
Die Handballerinnen des TV Nordufer spielen in der kommenden Saison in der Oberliga. Am Samstag gewann die Mannschaft von Trainerin Sabine Hoffmeister ihr letztes Heimspiel gegen die HSG Wendetal mit 29:24.

Es ist der größte Erfolg in der 112-jährigen Geschichte des Vereins. Noch vor fünf Jahren spielte die erste Frauenmannschaft in der Bezirksklasse.

Die Halle war mit 420 Zuschauern ausverkauft.

Viele kamen mit selbst gemalten Plakaten, die Trommlergruppe der Jugendabteilung spielte die ganze zweite Halbzeit durch.

## Eine junge Mannschaft

Das Durchschnittsalter des Teams liegt bei 22 Jahren. Neun der vierzehn Spielerinnen haben schon in der Jugend beim TV Nordufer gespielt.

Beste Werferin war am Samstag Rückraumspielerin Lea Brückner mit neun Toren. Sie hat in dieser Saison insgesamt 168 Tore erzielt.

„Wir haben uns das nicht vorgenommen, es ist einfach passiert“, sagte Hoffmeister nach dem Spiel.

## Mehr Aufwand

Mit dem Aufstieg werden die Fahrten länger und die Kosten höher. Der Verein rechnet mit rund 18.000 Euro zusätzlich pro Saison und sucht neue Sponsoren.

Dauerkarten für die neue Saison gibt es ab Juni in der Geschäftsstelle in der Seestraße.
"""),

dict(id="h73-fr-001", lang="fr", tpl="typo3", site="Commune de Saint-Lizier-du-Lac", kind="public",
     section="Environnement", date="2026-07-29", byline="Service communication",
     title="Sécheresse : de nouvelles restrictions d'eau à partir du 1er août",
     sub="Le préfet a placé la commune en alerte renforcée. Arrosage, lavage et remplissage des piscines sont limités.",
     caption="La retenue de Lizier, fin juillet.", credit="Photo : Mairie de Saint-Lizier-du-Lac",
     carry=["hosepipeban"],
     body="""
Le niveau de la retenue de Lizier, qui alimente la commune en eau potable, est tombé à 48 %. Par arrêté du 28 juillet, le préfet a placé Saint-Lizier-du-Lac en alerte renforcée sécheresse à compter du 1er août.

Ces mesures s'appliquent aux particuliers, aux entreprises et aux services de la commune.

## Ce qui change pour les particuliers

- l'arrosage des pelouses et des massifs est interdit
- l'arrosage des potagers est autorisé de 20 h à 8 h
- le lavage des voitures est interdit, sauf dans les stations équipées d'un recyclage
- le remplissage des piscines privées est interdit

Les fontaines publiques du bourg ont été coupées. Les terrains de sport ne seront plus arrosés, à l'exception du terrain d'honneur, qui recevra le strict minimum.

## Contrôles

La police municipale effectuera des contrôles. En cas d'infraction, une amende de 1 500 euros peut être prononcée.

Le maire, Bernard Cazals, appelle chacun à la responsabilité. « Nous ne sommes pas encore dans une situation de crise. Ce que nous économisons aujourd'hui, nous le garderons pour septembre. »

Les agriculteurs irrigants ont reçu un courrier de la chambre d'agriculture qui précise les règles qui les concernent.

Pour toute question, l'accueil de la mairie est ouvert du lundi au vendredi de 8 h 30 à 12 h.
"""),

dict(id="h73-fr-002", lang="fr", tpl="amp", section="Portrait", date="2026-09-16", byline="Claire Mauduit",
     title="« Le bac, c'est ma maison » : trente ans de traversées pour le passeur de la Rive",
     sub="Didier Lacombe conduit le bac entre les deux rives du lac depuis 1996. Il part à la retraite en octobre.",
     caption="Didier Lacombe aux commandes du bac.", credit="Photo : Claire Mauduit",
     body="""
Depuis 1996, Didier Lacombe fait traverser le lac aux habitants, aux touristes et parfois aux vaches. À 62 ans, le passeur de la Rive prend sa retraite en octobre. Nous l'avons rencontré entre deux traversées.

**Combien de traversées en trente ans ?**

J'ai fait le calcul l'hiver dernier. À peu près 190 000. Le bac fait dix-huit allers-retours par jour en été.

**Comment êtes-vous devenu passeur ?**

Par hasard. J'étais mécanicien au garage du bourg. L'ancien passeur avait besoin de quelqu'un pour le moteur, et puis il m'a laissé la barre un jour de grève.

**Le pire souvenir ?**

La tempête de 1999. On était au milieu du lac avec une voiture et deux cyclistes. J'ai mis quarante minutes au lieu de huit. Personne n'a parlé.

**Et les vaches ?**

Les troupeaux d'un éleveur de la rive sud, chaque printemps. Elles montent mieux que les touristes.

**Qu'est-ce qui a changé chez les passagers ?**

Les gens sont pressés. Avant, ils descendaient de voiture et regardaient l'eau. Maintenant, ils regardent leur téléphone.

**Et après le 31 octobre ?**

Je vais pêcher. Sur la rive, pas sur le bac.

Le conseil départemental recrute son successeur. La dernière traversée de Didier Lacombe est prévue le 31 octobre à 18 h.
"""),

dict(id="h73-fr-003", lang="fr", tpl="storybody", section="Vie locale", date="2026-05-27", byline="Antoine Berthier",
     title="Le marché du lac s'installe sur le port pour l'été",
     sub="Chaque jeudi soir jusqu'à fin août, une trentaine de producteurs seront présents sur le quai.",
     caption="Les premiers stands installés sur le quai du port.", credit="Photo : Antoine Berthier",
     carry=["map"],
     body="""
Suivez l'odeur des crêpes : le marché de producteurs du lac quitte la place de l'Église et s'installe sur le port pour tout l'été.

À partir du jeudi 5 juin, une trentaine d'exposants seront présents chaque semaine de 17 h à 22 h sur le quai, entre la capitainerie et l'embarcadère du bac.

## Plus de place et plus de monde

L'an dernier, le marché avait attiré jusqu'à 2 000 visiteurs certains soirs, bien plus que ce que la petite place de l'Église pouvait accueillir. Les riverains s'étaient plaints du bruit et du stationnement.

« Sur le port, on a de la place, des bancs et la vue sur l'eau », explique Martine Roques, adjointe chargée du commerce.

## Des producteurs du coin

Les exposants viennent tous de moins de 40 kilomètres : fromages de chèvre, miel, fruits, vins du coteau, poisson du lac fumé par un pêcheur professionnel de la rive nord.

Des tables seront installées pour manger sur place. Les visiteurs sont invités à venir avec leurs propres couverts et gobelets.

## Stationnement

Le parking du port sera fermé aux voitures à partir de 16 h le jeudi. Les visiteurs pourront se garer au parking du collège, à cinq minutes à pied.

Le premier marché sera animé par la fanfare de Saint-Lizier.
"""),

dict(id="h73-es-001", lang="es", tpl="ghost", section="Medio ambiente", date="2026-07-08", byline="Irene Calvo",
     title="Valdelagua prohíbe regar jardines y llenar piscinas con agua de la red",
     sub="El embalse que abastece al municipio está al 23 % y la mancomunidad ha declarado la fase de alerta.",
     caption="El embalse de Valdelagua, con la orilla al descubierto.", credit="Foto: Irene Calvo",
     carry=["hosepipeban"],
     look=[("callout", "Las huertas familiares podrán regarse")],
     body="""
Los vecinos de Valdelagua no podrán regar jardines ni llenar piscinas con agua de la red a partir del lunes. La mancomunidad de aguas ha declarado la fase de alerta por sequía después de que el embalse bajara al 23 % de su capacidad.

Hace un año, el embalse estaba al 58 %. Desde octubre ha llovido menos de la mitad de lo habitual y junio fue el más caluroso desde que hay registros en la comarca.

## Qué queda prohibido

- regar jardines, césped y zonas verdes privadas
- llenar o rellenar piscinas
- lavar coches con manguera
- baldear patios y aceras

Las huertas familiares podrán regarse solo entre las 21.00 y las 8.00, y siempre con riego por goteo o con regadera.

Las piscinas municipales abrirán con normalidad porque reutilizan el agua con un sistema de depuración.

## Multas

El bando prevé multas de hasta 750 euros. La Policía Local ha anunciado que primero avisará y que solo sancionará a quien repita.

El alcalde, Tomás Herrero, pidió comprensión. "Nadie quiere ver su jardín seco, pero todavía queda verano y el grifo tiene que seguir funcionando."

La mancomunidad ha pedido también a los vecinos que avisen de cualquier fuga que vean en la calle. Puede hacerse por teléfono o en la oficina de la plaza Mayor, de 9.00 a 14.00.
"""),

dict(id="h73-es-002", lang="es", tpl="drupal", section="Educación", date="2026-09-09", byline="Raúl Peinado",
     title="La Ribera vuelve a tener autobús escolar después de tres cursos sin ruta",
     sub="La Junta ha recuperado la ruta para los once alumnos de la pedanía tras la reclamación de las familias.",
     caption="Alumnos de La Ribera suben al autobús en la parada de la ermita.", credit="Foto: Raúl Peinado",
     carry=["schoolbus"],
     look=[("box", "Durante tres cursos")],
     body="""
Once niños de la pedanía de La Ribera subieron el lunes a un autobús escolar por primera vez en tres años. La Junta ha recuperado la ruta que los lleva al colegio de Valdelagua, a nueve kilómetros.

La ruta se suprimió en 2023, cuando el número de alumnos de la pedanía bajó de diez y dejó de cumplir el mínimo que exige la normativa.

Durante tres cursos, las familias se organizaron para llevar a los niños en sus propios coches. Algunos padres tenían que salir de trabajar a media mañana para recogerlos.

**La reclamación**

Este año el número de alumnos volvió a subir a once, con la llegada de dos familias nuevas al pueblo. La asociación de vecinos presentó en mayo una reclamación con todos los datos.

Su presidenta, Rocío Domínguez, dijo que lo más difícil fue que les hicieran caso. "Teníamos los niños, teníamos las firmas y teníamos el camino. Solo faltaba el autobús."

**Horario**

El autobús sale de la parada de la ermita a las 8.10 y vuelve desde el colegio a las 14.15. Lleva una monitora que acompaña a los más pequeños.

Las familias que no hayan entregado todavía la solicitud pueden hacerlo en la secretaría del colegio durante todo el mes de septiembre.
"""),

dict(id="h73-es-003", lang="es", tpl="sanity", section="Cultura", date="2026-10-21", byline="Marta Ugarte",
     title="Valdeprado recupera su banda de música después de quince años en silencio",
     sub="Veintiséis músicos de entre 11 y 74 años ensayan cada semana en las antiguas escuelas.",
     caption="Ensayo de la banda de Valdeprado en las antiguas escuelas.", credit="Foto: Marta Ugarte",
     look=[("dropcap", "El primer ensayo sonó")],
     body="""
El primer ensayo sonó, según quienes estaban, "como una obra en la calle". Un año después, la banda de música de Valdeprado ha vuelto a tocar en las fiestas del pueblo.

La banda se disolvió en 2011, cuando murió su director y los pocos músicos que quedaban dejaron de reunirse. Los instrumentos se quedaron guardados en un almacén del ayuntamiento.

## Los instrumentos del almacén

La idea de recuperarla fue de Lorena Sáez, profesora de música en el instituto de la comarca. En el almacén encontró 31 instrumentos. Algunos estaban en buen estado. Otros tenían los pistones oxidados.

Un luthier de la capital reparó los más dañados por 4.200 euros, que se pagaron con una subvención de la diputación y una rifa.

## Abuelos y nietos

Hoy la banda tiene 26 músicos. El más joven tiene once años y toca el clarinete. El mayor, Anselmo Rubio, de 74, tocaba la tuba en la banda antigua y ha vuelto a la misma silla.

"Mi nieto me dijo que si él aprendía, yo tenía que volver," cuenta Rubio. "Me ganó la apuesta."

## Próximo concierto

La banda ensaya los jueves a las 19.00 en las antiguas escuelas y busca más músicos, sobre todo de percusión.

El próximo concierto será el 8 de diciembre en la iglesia de San Pedro.
"""),

dict(id="h73-ru-001", lang="ru", tpl="table", section="Город", date="2026-05-14", byline="Дмитрий Ершов",
     title="Мосты через Сухону начали разводить по ночам",
     sub="До конца навигации три городских моста будут разводить для грузовых судов с часу до пяти утра.",
     caption="Разведённый Речной мост ночью.", credit="Фото: Дмитрий Ершов",
     carry=["bridgelifts"],
     body="""
В городе начался сезон разводки мостов. С 12 мая по ночам для прохода грузовых судов разводят три моста через Сухону: Речной, мост Ветеранов и железнодорожный.

Разводка будет продолжаться до конца навигации, обычно это конец октября. Расписание на каждую ночь публикует администрация.

**Как будут работать мосты**

Речной мост разводят с 01:25 до 04:50. Мост Ветеранов разведён чуть меньше, с 02:10 до 04:35. Железнодорожный мост поднимают примерно на час.

Во время разводки попасть с правого берега на левый можно только через Заводской мост на окраине города. Объезд занимает около двадцати минут.

**Скорая помощь и такси**

На правом берегу на время разводки дежурит дополнительная бригада скорой помощи. Службы такси предупреждают, что ночные поездки через реку будут стоить дороже.

Заместитель главы города по транспорту Ольга Михеева попросила горожан заранее планировать ночные поездки. «Мы каждый год видим одну и ту же картину: машины стоят у разведённого моста и ждут».

**Зрители**

Разводка Речного моста давно стала достопримечательностью. В тёплые ночи на набережной собираются сотни людей, многие приходят с фотоаппаратами.

Администрация напоминает, что заходить на пролёты моста во время разводки нельзя. Лучше всего смотреть со смотровой площадки у речного вокзала.
"""),

dict(id="h73-ru-002", lang="ru", tpl="medium", site="Береговые записки", kind="indie", section="Люди",
     date="2026-12-02", byline="Вера Полякова",
     title="«Тридцать лет, четыре раза в день»: как живёт добровольная метеостанция на Береговой",
     sub="Геннадий Сомов каждый день записывает погоду в своём саду. Его данные берут учёные из университета.",
     caption="Геннадий Сомов у метеобудки в своём саду.", credit="Фото: Вера Полякова",
     look=[("bold", "Тридцать лет, четыре раза в день."), ("italic", "«Погода не врёт, врут только прогнозы».")],
     body="""
Геннадий Сомов живёт в доме на Береговой улице с 1979 года. С 1996-го в его саду стоит белая метеобудка, и он записывает погоду четыре раза в день. Мы поговорили с ним в его кухне, откуда видно будку.

Тридцать лет, четыре раза в день.

**Зачем вы начали?**

Я работал инженером на заводе, а на пенсии стало скучно. Прочитал в журнале про любителей-наблюдателей и решил попробовать.

**А если вы уезжаете?**

Почти не уезжаю. Когда болел, записывала жена. Один раз, в 2009-м, пропустил два дня из-за свадьбы внучки.

**Что вы измеряете?**

Температуру, давление, осадки, ветер и высоту снега. Всё записываю в тетрадь, потом переношу в компьютер.

**Кому это нужно?**

Три года назад мне написали из университета. Оказалось, мой ряд наблюдений самый длинный в районе. Теперь я каждый месяц отправляю им таблицу.

«Погода не врёт, врут только прогнозы».

**Климат изменился?**

Зимы стали короче. В девяностые снег лежал в среднем 140 дней, сейчас около 110. Это видно и без тетради, но в тетради это цифры.

**Кто продолжит?**

Внук обещал. Ему двенадцать, он уже умеет снимать показания.

Если хотите посмотреть на метеобудку, напишите нам, и мы передадим вашу просьбу Геннадию Петровичу.
"""),

dict(id="h73-ru-003", lang="ru", tpl="ucoz", site="Деревня Малиновка", kind="small", section="Новости",
     date="2026-08-28", byline="malinovka_admin",
     title="С 1 сентября школьный автобус будет заезжать в Малиновку",
     sub="Районная администрация включила деревню в маршрут школьного автобуса до Кузьминок.",
     caption="Новая остановка у магазина.", credit="Фото: Н. Сидорова",
     carry=["schoolbus"],
     body="""
Дорогие жители! Хорошая новость для всех семей со школьниками. С 1 сентября школьный автобус будет заезжать в Малиновку.

Раньше детям приходилось идти полтора километра до трассы, к остановке у поворота. Зимой и осенью в темноте это было опасно, освещения там нет, а машины идут быстро.

Весной родители собрали подписи и отправили письмо в районную администрацию. В июле пришёл ответ, что Малиновку включат в маршрут №1 до Кузьминской школы № 3.

**Расписание автобуса**

Автобус будет отправляться от остановки у магазина в 7:20. Обратно из школы он отправляется в 14:30 и в 16:10, после продлёнки.

**Остановка**

Остановку сделали у магазина. Мужчины из нашей деревни в субботу выровняли площадку и насыпали щебень. Навес обещали поставить до холодов.

**Что нужно сделать родителям**

- до 30 августа сообщить классному руководителю, что ребёнок будет ездить на автобусе
- подписать согласие на перевозку
- напомнить детям правила поведения в автобусе

Спасибо всем, кто подписал письмо, и отдельное спасибо Нине Сидоровой, которая собирала подписи по всей деревне и сделала фото для сайта.

Вопросы можно задать в комментариях или по телефону старосты.
"""),
]
