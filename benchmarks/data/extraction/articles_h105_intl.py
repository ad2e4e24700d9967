# Turkish, German, French, Spanish and Russian stories for the hundred-and-fifth held-out part (h105-*).
# Fictional; written for newsflow. Same markup and fields as articles_h105_en.py.
ARTICLES = [
# ---------------------------------------------------------------- Turkish
dict(id="h105-tr-001", lang="tr", tpl="joomla4", site="Yeşilpınar Haber",
     section="Gündem", date="2026-07-22", byline="Levent Karataş",
     title="Yeşilpınar'da sıcaklık 41 dereceyi gördü, belediye serinleme noktaları açtı",
     sub="Serinleme noktaları hafta sonuna kadar 11.00 ile 18.00 arasında açık.",
     caption="Kocaçay kıyısındaki çay bahçesi öğle saatlerinde.", credit="Levent Karataş",
     tags=[], carry=["drinkingfountains"],
     look=[("highlight", "Devlet hastanesinin acil servisine")],
     body="""
Yeşilpınar'da termometreler salı öğleden sonra 41 dereceyi gösterdi. Meteoroloji istasyonunun kayıtlarına göre bu, ilçede temmuz ayında ölçülen en yüksek sıcaklık.

Belediye, sıcak hava dalgası boyunca üç noktada serinleme alanı açtı. Kültür merkezinin fuayesi, Kocaçay kıyısındaki çay bahçesinin kapalı bölümü ve Kızılağaç muhtarlığının toplantı salonu 11.00 ile 18.00 arasında herkese açık olacak. Salonlarda soğuk su, sandalye ve ilk yardım çantası bulunuyor.

Belediye Başkan Yardımcısı Nurten Aksoy, özellikle yaşlıların ve kronik hastaların öğle saatlerinde dışarı çıkmamasını istedi. "Komşunuzu arayın, kapısını çalın. Yalnız yaşayan bir teyzenin su içip içmediğini sormak bir dakikanızı alır," dedi.

Devlet hastanesinin acil servisine pazartesi ve salı günleri sıcak çarpması şikâyetiyle 17 kişi başvurdu. Bunların dördü bir gece gözetim altında tutuldu.

Sıcak, tarlada çalışanları da zorluyor. Ziraat Odası, mevsimlik işçilerin 12.00 ile 16.00 arasında gölgede dinlendirilmesi çağrısı yaptı. Bazı üreticiler domates toplamayı sabah beşe çekti.

Belediye, pazar yerindeki tezgâhların üzerine de gölgelik gerdi ve cuma pazarını bu hafta 07.00'de açıp 12.00'de kapatacak.

Meteoroloji, sıcaklıkların hafta sonuna kadar 38 derecenin altına düşmeyeceğini bildiriyor.

Serinleme noktaları hakkında bilgi almak isteyenler belediyenin 444 0 745 numaralı Beyaz Masa hattını arayabilir.
"""),

dict(id="h105-tr-002", lang="tr", tpl="medium", site="Yeşilpınar Notları",
     section="İnsanlar", date="2026-09-11", byline="Deniz Uysal",
     title="Kırk yılın ardından çarşının eczacısı Sevim Doğan ile konuştuk",
     sub="Renkli kalemler, köyden gelen traktörler ve her eylül aynı soru.",
     caption="Sevim Doğan eczanesinin tezgâhında.", credit="Deniz Uysal",
     tags=[], carry=["headlice"],
     body="""
Sevim Doğan, Yeşilpınar çarşısındaki eczanesini 1986'da açtı. Bu ay emekli oluyor ve eczaneyi yeğenine devrediyor. Kırk yılı onunla konuştuk.

**Neden Yeşilpınar?**

Eşim buralıydı. İzmir'de bir hastanede çalışıyordum, bir yaz tatilinde geldik ve bir daha dönmedik.

**İlk yıllar nasıldı?**

İlçede iki eczane vardı, ikisi de çarşıdaydı. Köylerden insanlar traktörün arkasında gelirdi. Reçeteyi okuyamayanlara ilaçları renkli kalemle işaretlerdim: kırmızı sabah, mavi akşam.

**En çok ne sordular?**

Tansiyon, şeker ve çocukların ateşi. Bir de her eylülde okullar açılınca bit. Anneler kısık sesle sorardı, sanki suçmuş gibi. Ben de hep aynı şeyi söyledim: bit temiz saçı da sever, utanılacak bir şey değil.

**Değişen ne oldu?**

İnsanlar artık ilacı internetten araştırıp geliyor. Bazen doğru, bazen çok yanlış. Ama hâlâ yüz yüze konuşmak istiyorlar, bu değişmedi.

**Yeğeninize ne öğüt verdiniz?**

Acele etme, dinle. İnsan derdini anlatmadan ilacı vermek kolay, ama doğru ilacı vermek zor.

**Peki eczanesiz günler nasıl geçecek?**

Bahçem var, torunlarım var. Bir de yıllardır okumadığım kitaplar.

Sevim Hanım'ın veda çayı cuma günü saat 15.00'te eczanenin önünde verilecek; bütün komşular davetli.
"""),

dict(id="h105-tr-003", lang="tr", tpl="regional", site="Kocaçay Gazetesi",
     section="Köylerimiz", date="2026-06-20", byline="Sibel Ertuğrul",
     title="Kızılağaç'ın cumartesi pazarı yirmi yıl sonra geri döndü",
     sub="İlk gün 23 tezgâh açıldı.",
     caption="Kızılağaç meydanında kurulan pazar.", credit="Sibel Ertuğrul",
     tags=[],
     body="""
Kızılağaç köyünün meydanında cumartesi sabahı yirmi yıl aradan sonra yeniden pazar kuruldu. İlk gün 23 tezgâh açıldı, öğlene kadar köy kahvesinin önünde yürüyecek yer kalmadı.

Pazarı, köyün kadın kooperatifi ile muhtarlık birlikte örgütledi. Muhtar Hasan Yıldırım, eski pazarın 2006'da ilçe merkezine yeni kapalı pazar yapılınca kendiliğinden dağıldığını anlattı.

**Neler satılıyor**

Tezgâhlarda çoğunlukla köyün kendi ürünleri var:

- tereyağı, çökelek ve köy peyniri
- erik, kiraz ve yeni çıkan domates
- kooperatifin tarhanası ve eriştesi
- el örgüsü çorap ve patik

Kooperatif başkanı Gülizar Öztürk, satıcıların yarısının kadın olduğunu söyledi. "Ürettiğimizi ilçeye götürmek için dolmuşa para veriyorduk. Şimdi alıcı ayağımıza geliyor," dedi.

**Şehirden gelenler**

İlk pazara Yeşilpınar'dan ve çevre ilçelerden de ziyaretçi geldi. Belediye, cumartesi günleri ilçe merkezinden köye saat 08.30 ve 10.30'da iki ek dolmuş seferi koydu.

Köyün gençleri de boş durmadı. Okulun bahçesinde çay ocağı kurdular, gelirini köy kütüphanesine kitap almak için ayırdılar.

Muhtarlık, pazarın kış aylarında köy konağının avlusuna taşınmasını planlıyor.

Pazar her cumartesi 07.00 ile 13.00 arasında kurulacak. Tezgâh açmak isteyen köylüler muhtarlığa ad yazdırabilir.
"""),

# ---------------------------------------------------------------- German
dict(id="h105-de-001", lang="de", tpl="googlesites", site="Dorfgemeinschaft Moosried", kind="small",
     section="Aus dem Dorf", date="2026-10-10", byline="Jürgen Hellwig",
     title="Radweg zwischen Moosried und Ahornach ist freigegeben",
     sub="", caption="Die Eröffnung am Ortsausgang von Moosried.", credit="Dorfgemeinschaft Moosried",
     tags=[], carry=["bikelights"], avoid=["caption"],
     look=[("italic", "\u201eBis dahin bitte nur"), ("br", "Nicht fertig ist die Beleuchtung.")],
     body="""
Seit Samstag können Radfahrer zwischen Moosried und Ahornach endlich abseits der Kreisstraße fahren. Bürgermeisterin Anke Reuther hat den neuen Radweg am Ortsausgang mit einer Schere und zwei Dutzend Schulkindern eröffnet.

Der Weg ist 3,4 Kilometer lang, asphaltiert und führt an der Wirre entlang bis zum Ahornacher Bahnhof. Gebaut wurde seit dem Frühjahr, bezahlt haben ihn zu drei Vierteln Land und Bund.

Für uns im Dorf war der Radweg zwanzig Jahre lang ein Thema auf jeder Versammlung. Wer mit dem Rad zur Arbeit oder in die Schule wollte, musste sich die schmale Kreisstraße mit Milchlastern und Holztransportern teilen.

Nicht fertig ist die Beleuchtung. Die Solarleuchten auf dem Abschnitt am Wald werden erst im November geliefert.

\u201eBis dahin bitte nur mit gutem Licht fahren\u201c, sagt unser Vorsitzender Jürgen Hellwig.

Am Eröffnungstag waren auch dabei:

- die Radgruppe des Sportvereins mit einer Tour bis zur Wirrebrücke
- die Freiwillige Feuerwehr mit Würstchen und Apfelschorle
- die Grundschule mit einem Fahrradparcours

Wir danken allen, die über die Jahre Unterschriften gesammelt haben. Fotos vom Eröffnungstag hängen ab Montag im Schaukasten am Dorfgemeinschaftshaus.
"""),

dict(id="h105-de-002", lang="de", tpl="umbraco", site="Wirretaler Anzeiger",
     section="Ahornach", date="2026-06-05", byline="Katrin Oswald",
     title="Grundschule Ahornach bekommt einen Schulgarten mit Hochbeeten",
     sub="Acht Klassen, acht Beete und ein Gießplan für die Ferien.",
     caption="Die neuen Hochbeete hinter der Turnhalle.", credit="Katrin Oswald",
     tags=[], carry=["headlice"], run_in=["headlice"],
     look=[("italic", "\u201eViele Kinder haben")],
     body="""
Die Grundschule am Lindenplatz hat seit dieser Woche einen eigenen Garten. Auf der früheren Rasenfläche hinter der Turnhalle stehen jetzt acht Hochbeete, ein Gewächshaus aus alten Fenstern und eine Regentonne, die größer ist als die meisten Erstklässler.

Die Idee kam aus dem Förderverein. Eltern haben an vier Samstagen gebaut, eine Schreinerei aus Moosried hat das Holz gespendet, und die Sparkasse gab 2.500 Euro für Erde und Werkzeug.

## Jede Klasse ein Beet

Jede der acht Klassen betreut ein Beet und entscheidet selbst, was wächst. Die 3b hat Kürbisse gesetzt, die 1a Radieschen, \u201eweil die schnell gehen\u201c, wie eine Schülerin erklärt.

Rektorin Silke Baumgart sieht den Garten als Klassenzimmer. Im Sachunterricht wird gemessen, gewogen und Protokoll geführt.

\u201eViele Kinder haben noch nie eine Kartoffel aus der Erde geholt.\u201c

## Wer gießt in den Ferien?

Für die Sommerferien gibt es einen Gießplan. Familien tragen sich für jeweils eine Woche ein und bekommen dafür einen Schlüssel zum Gartentor.

Die Ernte soll im Herbst bei einem Schulfest verkauft werden. Der Erlös geht an den Förderverein.

Wer beim nächsten Bausamstag am 19. September mithelfen möchte, meldet sich im Sekretariat der Schule.
"""),

dict(id="h105-de-003", lang="de", tpl="djangocms", site="Stadt Ahornach an der Wirre",
     section="Rathaus und Stadtrat", date="2026-09-18", byline="Pressestelle",
     title="Stadtgärtner Rainer Vollmer verabschiedet sich nach 27 Jahren",
     sub="Ein Gespräch über Stürme, Zwiebeln und Geduld.",
     caption="Rainer Vollmer im Kurpark.", credit="Stadt Ahornach",
     inset=("Die Zwiebelbeete am Rathausplatz im April.", "Stadtgärtnerei Ahornach"),
     tags=[],
     body="""
Rainer Vollmer kümmert sich seit 27 Jahren um die Bäume, Beete und Friedhöfe der Stadt Ahornach. Ende des Monats geht der Leiter der Stadtgärtnerei in den Ruhestand. Wir haben mit ihm gesprochen.

**Wie viele Bäume gehören der Stadt?**

Gut 4.300 an Straßen und in Parks, dazu der Stadtwald. Jeder einzelne steht in unserem Baumkataster, mit Art, Alter und Zustand.

**Was hat sich in Ihrer Zeit verändert?**

Die Sommer. Früher haben wir junge Bäume zwei Jahre gegossen, heute fünf. Und wir pflanzen andere Arten: weniger Ahorn und Birke, mehr Zürgelbaum und Silberlinde.

**Der schwerste Tag?**

Der Sturm im Februar 2020. Wir haben an einem Vormittag 38 Bäume verloren, darunter die Blutbuche im Kurpark. Da habe ich geheult, das gebe ich zu.

**Und der schönste Tag im Kurpark?**

Jedes Frühjahr, wenn die Zwiebeln am Rathausplatz aufgehen. 60.000 Stück, von Hand gesetzt.

**Was wünschen Sie Ihrer Nachfolgerin?**

Geduld. Ein Baum braucht hundert Jahre, ein Stadtrat manchmal länger.

Die Stadtverwaltung verabschiedet Rainer Vollmer am 30. September um 16 Uhr im Kurpark. Alle Bürgerinnen und Bürger sind eingeladen.
"""),

# ---------------------------------------------------------------- French
dict(id="h105-fr-001", lang="fr", tpl="wix", site="Atelier vélo solidaire de Vernolles", kind="small",
     section="Nos nouvelles", date="2026-10-02", byline="Mathilde Roux",
     title="L'atelier vélo s'installe au cœur du quartier étudiant",
     sub="Six postes de réparation au pied des résidences du Bas-Vernolles.",
     caption="Le nouveau local de l'atelier.", credit="Atelier vélo solidaire",
     tags=[], carry=["bikelights"], run_in=["bikelights"],
     look=[("highlight", "Le principe ne change pas")],
     body="""
Depuis la rentrée, l'atelier vélo solidaire a quitté son garage de la rue des Forges pour un local bien plus grand, au pied des résidences étudiantes du Bas-Vernolles.

Le nouveau local, prêté par le bailleur social, fait 90 mètres carrés. Il y a désormais six postes de réparation, un stock de pièces d'occasion et même un coin pour prendre un café.

Le principe ne change pas : on ne répare pas votre vélo à votre place, on vous apprend à le faire. Un bénévole vous montre comment changer une chambre à air, régler des freins ou tendre une chaîne.

« La moitié des étudiants arrivent avec un vélo trouvé dans une cave, qui n'a pas roulé depuis dix ans », explique Mathilde Roux, coordinatrice de l'association. « En une heure, ils repartent avec un vélo qui freine. »

L'adhésion coûte 10 euros par an pour les étudiants et 20 euros pour les autres. Elle donne accès aux outils et aux pièces à prix libre.

L'an dernier, l'atelier a remis en état 212 vélos, dont une soixantaine donnés par la déchetterie.

Les bénévoles cherchent encore des mécaniciens pour les permanences du samedi, et les cookies du goûter sont offerts par la boulangerie d'en face.

L'atelier est ouvert le mardi et le jeudi de 17 h à 20 h, et le samedi de 10 h à 13 h.
"""),

dict(id="h105-fr-002", lang="fr", tpl="hugo", site="Le Fil de la Vionne",
     section="Culture", date="2026-09-03", byline="Thibault Mercier",
     title="Sur le toit de la médiathèque, les ruches ont donné leur premier miel",
     sub="38 kilos d'un miel clair, surtout de tilleul et de trèfle.",
     caption="Les ruches sur le toit de la médiathèque Louise-Michel.", credit="Thibault Mercier",
     tags=[],
     look=[("callout", "Les pots de miel ne seront pas vendus.")],
     body="""
Suivez le guide : pour voir les ruches de la médiathèque, il faut monter trois étages, passer une porte coupe-feu et enfiler une vareuse blanche.

Depuis avril, quatre ruches sont installées sur le toit plat de la médiathèque Louise-Michel, à Vernolles. Elles ont donné la semaine dernière leur première récolte : 38 kilos d'un miel clair, surtout de tilleul et de trèfle.

## Un projet né d'un club de lecture

L'idée vient d'un club de lecture consacré à la nature. Après un livre sur les abeilles, une lectrice apicultrice, Jeanne Ferrand, a proposé d'installer des ruches « là où tout le monde peut les voir, sans qu'elles gênent personne ».

La commune a financé les ruches et les combinaisons. Jeanne Ferrand s'occupe des colonies avec deux agents de la médiathèque qu'elle a formés.

## Des visites pour les écoles

Huit classes sont déjà montées sur le toit, par groupes de six, derrière une vitre. Les enfants ont pu voir la reine, marquée d'un point bleu.

Les pots de miel ne seront pas vendus. Ils seront offerts aux lecteurs lors de la fête de la médiathèque, le 10 octobre.

Les visites du toit reprendront au printemps, sur inscription à l'accueil de la médiathèque.
"""),

dict(id="h105-fr-003", lang="fr", tpl="portal", site="Vionne Matin",
     section="Vernolles", date="2026-08-29", byline="Claire Besson",
     title="Le pont des Aubépines rouvre aux voitures après huit mois de travaux",
     sub="Deux semaines d'avance sur le calendrier.",
     caption="Le pont des Aubépines vendredi soir.", credit="Claire Besson",
     tags=[], low=0,
     body="""
Les habitants des Aubépines n'auront plus à faire un détour de douze kilomètres pour rejoindre Vernolles. Le pont sur la Vionne a rouvert à la circulation vendredi soir, avec deux semaines d'avance sur le calendrier.

Fermé depuis janvier, l'ouvrage de 1912 a été entièrement repris : le tablier a été renforcé, les garde-corps en fonte ont été restaurés et un trottoir a été ajouté côté amont.

Le chantier a coûté 1,6 million d'euros, financé par le département et la communauté de communes.

« Pendant huit mois, j'ai fait le tour par Saint-Gervais deux fois par jour pour emmener mes enfants à l'école », raconte Amandine, qui habite le hameau depuis six ans. « Ce matin, j'ai gagné vingt minutes. »

Les commerçants du hameau respirent aussi. L'épicerie et le garage avaient perdu une bonne partie de leur clientèle pendant la fermeture, et l'épicière dit avoir tenu grâce aux commandes livrées à domicile.

Le pont reste interdit aux véhicules de plus de 12 tonnes, comme avant les travaux.

Une petite fête est prévue samedi à 11 heures sur la place des Aubépines, avec le verre de l'amitié offert par la commune.
"""),

# ---------------------------------------------------------------- Spanish
dict(id="h105-es-001", lang="es", tpl="k2", site="La Voz de Alcornal",
     section="Sociedad", date="2026-09-25", byline="Rocío Galindo",
     title="El centro de familias de Alcornal abre también por las tardes",
     sub="Una segunda educadora y una psicóloga a media jornada.",
     caption="La sala de juego del centro de familias.", credit="Rocío Galindo",
     tags=[], carry=["headlice"],
     body="""
El centro de familias de Alcornal de la Vega, en los bajos del antiguo mercado de abastos, abrirá también por las tardes a partir del lunes. Hasta ahora solo atendía de nueve a dos.

El Ayuntamiento ha contratado a una segunda educadora social y a una psicóloga a media jornada, con cargo a una subvención autonómica de 68.000 euros.

**Más horas, más familias**

El año pasado pasaron por el centro 311 familias, casi el doble que en 2023. La concejala de Servicios Sociales, Rocío Benavente, explica que muchas no podían venir por la mañana porque los dos padres trabajan.

«Nos llamaban para pedir cita a las siete de la tarde, cuando ya estaba cerrado. Eso tenía que cambiar», dice.

**Qué se ofrece**

El centro organiza un espacio de juego para menores de tres años, talleres de crianza, orientación para trámites y un servicio de mediación cuando hay conflictos en casa. Todo es gratuito.

**Un patio nuevo**

En otoño se reformará también el patio trasero, que tendrá sombra, bancos y una zona de arena para los más pequeños.

El nuevo horario será de lunes a jueves de 9.00 a 14.00 y de 16.30 a 20.00, y los viernes por la mañana.
"""),

dict(id="h105-es-002", lang="es", tpl="squarespace", site="Amigos del Parque de la Ribera", kind="small",
     section="Noticias", date="2026-06-26", byline="Encarna Villalba",
     title="El parque de la Ribera estrena sombra, bancos y un circuito para mayores",
     sub="", caption="Las pérgolas nuevas sobre la zona de juegos.", credit="Amigos del Parque de la Ribera",
     tags=[], carry=["drinkingfountains"],
     look=[("bold", "Quedan cosas pendientes.")],
     body="""
Comparte esta buena noticia con tus vecinos: el parque de la Ribera, junto al río Tormillo, ya tiene la sombra que llevábamos años pidiendo.

El Ayuntamiento ha terminado esta semana la reforma que pactó con nuestra asociación en los presupuestos participativos del año pasado. Se han plantado 46 árboles, entre ellos plátanos, almeces y moreras, y se han instalado cuatro pérgolas de madera sobre la zona de juegos.

También hay doce bancos nuevos con respaldo y reposabrazos, pensados para que las personas mayores puedan levantarse sin ayuda, y un pequeño circuito de ejercicios junto al paseo.

«Hace tres veranos, a las cinco de la tarde no había ni un niño en los columpios, porque quemaban», recuerda Encarna Villalba, presidenta de la asociación. «Ahora por fin se puede venir en julio.»

Quedan cosas pendientes.

El riego automático no funciona todavía en la zona norte, y los árboles jóvenes necesitarán agua a mano durante dos veranos.

Por eso buscamos voluntarios para una patrulla de riego: una hora a la semana, con la manguera que presta el Ayuntamiento.

Nos reunimos el primer martes de cada mes a las 20.00 en el centro cívico. Cualquiera puede venir.
"""),

dict(id="h105-es-003", lang="es", tpl="brightspot", site="Radio Vega",
     section="Entrevistas", date="2026-08-31", byline="Álvaro Pizarro",
     title="Veinte veranos vigilando la playa fluvial de El Quejigal",
     sub="El socorrista Miguel Ángel Sanz deja la caseta del río.",
     caption="Miguel Ángel Sanz en la playa fluvial.", credit="Álvaro Pizarro",
     tags=[],
     body="""
Miguel Ángel Sanz es socorrista en la playa fluvial de El Quejigal desde el verano de 2006. Este año ha sido el último: en septiembre empezará a trabajar como profesor de educación física. Hablamos con él en la caseta, junto al río.

**¿Cómo se vigila un río?**

Con más atención que una piscina. El agua está turbia, hay corriente y el fondo cambia cada invierno. Lo primero que hago en junio es bañarme yo para ver dónde se han formado pozas.

**¿Muchos rescates?**

Unos cuarenta en veinte años. La mayoría, chavales que se confían y cruzan al otro lado. Casi siempre salen solos; solo necesitan a alguien que les tire el aro.

**¿Y el peor día en la caseta?**

Agosto de 2012. Una tormenta de verano subió el río medio metro en un cuarto de hora. Sacamos a toda la gente del agua en cinco minutos, y nadie se hizo daño.

**¿Qué les pide a los bañistas?**

Que no se bañen después de una comida fuerte, que no se tiren de cabeza desde el puente y que miren la bandera.

**¿Volverá algún verano?**

Si me llaman para cubrir un fin de semana, sí. El río engancha.

La playa de El Quejigal seguirá vigilada hasta el 15 de septiembre, todos los días de 12.00 a 20.00.
"""),

# ---------------------------------------------------------------- Russian
dict(id="h105-ru-001", lang="ru", tpl="bitrix", site="Клюквинский вестник",
     section="Спорт", date="2026-08-24", byline="Игорь Мальцев",
     title="Клюквинский полумарафон собрал больше тысячи участников",
     sub="Победитель тренировался на трассе весь август.",
     caption="Старт полумарафона у городского стадиона.", credit="Игорь Мальцев",
     tags=[], carry=["drinkingfountains", "correction"],
     correction="Исправлено 25 августа: в первой версии материала было неверно указано время победительницы среди женщин.",
     body="""
В воскресенье по набережной Светлянки пробежали 1 146 человек — втрое больше, чем на первом полумарафоне три года назад.

Старт дали в 9:00 у городского стадиона. Участники бежали три дистанции: 21,1 километра, 10 километров и детский забег на 2 километра.

## Победители

На главной дистанции первым финишировал Артём Кравцов из Мшанки с результатом 1 час 12 минут 40 секунд. У женщин лучшей стала учительница физкультуры Ольга Сизова — 1 час 24 минуты 5 секунд.

«Я бежал эту трассу каждое утро весь август, знаю каждую кочку», — сказал победитель на финише.

## Погода и медики

Несмотря на прогноз, к полудню воздух прогрелся до 27 градусов. Медики оказали помощь 14 участникам, госпитализация никому не потребовалась.

Организаторы признали, что пунктов питания на трассе было мало, и пообещали в следующем году добавить ещё два.

## Перекрытие движения

Набережная и улица Садовая были закрыты для машин с 7:00 до 13:30. Автобусы шли в объезд по улице Мира.

Следующий забег, осенний кросс «Золотая листва», пройдёт 11 октября в городском парке. Регистрация открыта на сайте спортивной школы.
"""),

dict(id="h105-ru-002", lang="ru", tpl="cms", site="Клюквинские ведомости",
     section="Мшанка", date="2026-11-06", byline="Анна Белова",
     title="В Мшанке после ремонта открылась сельская библиотека",
     sub="Новые окна, пандус и 1 800 книг.",
     caption="Читальный зал библиотеки в Мшанке.", credit="Анна Белова",
     tags=[], low=0,
     body="""
Сельская библиотека в Мшанка снова принимает читателей. Ремонт в старом здании бывшей школы шёл с весны и обошёлся в 2,3 миллиона рублей из областной программы.

В библиотеке поменяли окна, полы и отопление, сделали пандус у входа и туалет, которого раньше не было вовсе. Зимой читатели сидели в пальто, вспоминает библиотекарь Валентина Егоровна Лыкова, которая работает здесь 34 года.

Фонд пополнился на 1 800 книг. Больше всего новых детских изданий и детективов — их в деревне спрашивают чаще всего. Часть книг подарили сами жители: после объявления в районной газете люди принесли больше трёхсот томов.

Появился и компьютерный уголок с двумя ноутбуками. Пенсионеры смогут записаться к врачу через портал госуслуг с помощью библиотекаря.

«Люди приходят не только за книгами. Сюда идут поговорить, погреться, почитать газету», — говорит Валентина Егоровна.

На открытие пришли почти сорок человек. Школьники прочитали стихи, а глава поселения вручил библиотеке проектор для вечерних киносеансов.

Библиотека открыта со вторника по субботу с 10:00 до 18:00, выходные — воскресенье и понедельник.
"""),

dict(id="h105-ru-003", lang="ru", tpl="webflow", site="Клюквинск.Сегодня",
     section="Город", date="2026-11-03", byline="Дарья Клюева",
     title="Студентов Клюквинска просят стать заметнее на дорогах",
     sub="ГИБДД и студсовет начали акцию «Заметный студент».",
     caption="Раздача световозвращателей у общежития.", credit="Дарья Клюева",
     tags=[], carry=["bikelights"],
     body="""
С наступлением тёмных вечеров ГИБДД и студенческий совет филиала университета начали в Клюквинске акцию «Заметный студент».

Повод печальный: за прошлую осень и зиму в районе студенческого городка на улице Гагарина сбили пятерых пешеходов и двух велосипедистов. Все происшествия случились после шести вечера, и ни у кого из пострадавших не было световозвращателей.

«Водитель видит пешехода в тёмной одежде метров за двадцать пять. Со световозвращателем — за сто пятьдесят», — объясняет инспектор по пропаганде Наталья Головина.

Что входит в акцию:

- раздача световозвращающих браслетов и подвесок у общежитий
- лекции для первокурсников о правилах для велосипедистов
- проверка фонарей у велосипедов на парковке у главного корпуса

Студсовет добавил и свой пункт: конкурс на самую заметную куртку. Победителя выберут подписчики студенческого канала.

В первый вечер акции у общежития № 2 раздали больше четырёхсот браслетов, а очередь к инспекторам стояла до самого ужина.

Администрация города обещает до конца ноября поставить ещё шесть фонарей на пешеходной дорожке от общежития № 3 до остановки.

Акция продлится до 31 декабря. Вопросы можно задать в студсовете, кабинет 104 главного корпуса.
"""),
]
