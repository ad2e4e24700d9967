# Turkish, German, French, Spanish and Russian stories for the seventy-eighth held-out part (h78-*) of the
# newsflow extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h78_en.py.
ARTICLES = [
dict(id="h78-tr-001", lang="tr", tpl="wordpress", section="Ulaşım", date="2026-09-29", byline="Elif Karabulut",
     title="Sarıçay–Ilıca hattında trenler üç hafta otobüsle değiştirilecek",
     sub="Ray yenileme çalışması nedeniyle bölgesel trenler 5 Ekim'den itibaren çalışmayacak.",
     caption="Sarıçay Garı'nda sabah treni bekleyen yolcular.", credit="Fotoğraf: Elif Karabulut",
     carry=["railreplacement"],
     look=[("dropcap", "Sarıçay ile Ilıca arasındaki")],
     body="""
Sarıçay ile Ilıca arasındaki bölgesel tren hattında 5 Ekim'den itibaren üç hafta boyunca tren seferi yapılmayacak. Hat üzerindeki 14 kilometrelik bölümde rayların ve traversin tamamen yenileneceği çalışma süresince yolcular otobüslerle taşınacak.

Bölge müdürlüğünden yapılan açıklamaya göre raylar 1970'lerden kalma ve son iki kışta üç kez kırılma tespit edildi. Yeni raylarla trenlerin hattaki hızı saatte 60 kilometreden 100 kilometreye çıkacak.

Aktarma otobüsleri trenlerin kalkış saatlerinde Sarıçay Garı'nın önünden hareket edecek, Kumluca Köy Meydanı'na ve Ilıca Kavşağı'na uğrayacak. Yolculuğun tren ile 35 dakika süren yolculuk yerine yaklaşık bir saat sürmesi bekleniyor.

Her sabah Ilıca'daki fabrikaya giden Mustafa Erdem, çalışmanın gerekli olduğunu ama zamanlamanın kötü olduğunu söyledi.

"Okullar açıldı, yollar zaten kalabalık. Bir saat otobüste gitmek kolay değil," dedi.

Tren biletleri ve aylık abonman kartları otobüslerde de geçerli olacak. Bisiklet ve büyük yük otobüslere alınmayacak.

Müdürlük, çalışmanın hava koşullarına bağlı olarak birkaç gün uzayabileceğini, güncel bilgilerin gar panolarına ve belediyenin sayfasına asılacağını bildirdi.
"""),

dict(id="h78-tr-002", lang="tr", tpl="drupal", section="İnsan hikâyeleri", date="2026-03-18", byline="Burak Soydan",
     title="Otuz yıl köy köy mektup taşıdı: Postacı Remzi Usta emekli oluyor",
     sub="Kumluca'nın dağ köylerine her gün motosikletle mektup götüren Remzi Kaya ile konuştuk.",
     caption="Remzi Kaya, motosikletinin yanında.", credit="Fotoğraf: Burak Soydan",
     body="""
Remzi Kaya, 1996'dan beri Kumluca'nın yedi dağ köyüne mektup, fatura ve koli taşıyor. Ay sonunda emekli olacak. Son turlarından birinin ardından postanenin önünde konuştuk.

**Bu işe nasıl başladınız?**

Askerden yeni dönmüştüm, postanede bir kadro açıldı. Babam "Devlet kapısı, kaçırma" dedi. Otuz yıl oldu.

**Köylerde sizi nasıl karşılarlardı?**

İlk yıllarda mektup çoktu. Gurbetteki oğlundan haber bekleyen anneler yolun başında dururdu. Bazıları okuma bilmezdi, mektubu ben okurdum.

**Şimdi ne taşıyorsunuz?**

Çoğunlukla koli. İnternetten ne alınırsa. Geçen hafta bir teyzeye tavuk yemliği götürdüm.

**Hatırladığınız en zor kış?**

2012. Kar iki metreydi, motosiklet gitmedi. Üç gün katırla gittim. Bir köyde emekli maaşları bekleniyordu, geç kalamazdım.

**Köpekler?**

Her köyde biri vardır. Ceketimin cebinde hep ekmek olurdu. Otuz yılda bir kez bile ısırılmadım, ama iki pantolon gitti.

**Emekli postacı ne yapar?**

Bahçem var, arılarım var. Torunlarım da İzmir'de, onları daha sık göreceğim. Yeni postacı genç bir kız, ilk hafta yanında gideceğim, köpekleri ve yolları göstereceğim. Ama muhtar şimdiden "Sen yine gel, çay içeriz" dedi. Giderim.
"""),

dict(id="h78-tr-003", lang="tr", tpl="gutenberg", section="Kültür", date="2026-11-11", byline="Seda Altıntaş",
     title="Kapanan köy okulu halk kütüphanesi oldu",
     sub="Yenice'nin eski ilkokulunda gönüllüler 4 bin kitaplık bir kütüphane kurdu.",
     caption="Kütüphanenin açılışında okuma köşesindeki çocuklar.", credit="Fotoğraf: Seda Altıntaş",
     look=[("dropcap", "Yenice köyünün on iki yıldır"), ("box", "Kütüphane salı, perşembe ve cumartesi")],
     body="""
Yenice köyünün on iki yıldır kapalı olan ilkokulu, cumartesi günü halk kütüphanesi olarak yeniden açıldı.

Okul, öğrenci sayısı beşe düşünce 2014'te kapatılmış, çocuklar taşımalı eğitimle ilçe merkezine gitmeye başlamıştı. Bina o günden beri boş duruyordu.

Köyden İstanbul'a göç etmiş emekli öğretmen Nermin Aydoğdu, iki yıl önce binayı kütüphane yapmak için muhtarlığa başvurdu. Kitaplar bağışla toplandı.

Gönüllülerin yaptığı işler:

- çatıdaki kırık kiremitler değiştirildi
- iki sınıfın duvarları boyandı ve raflar kuruldu
- eski öğretmen odası okuma salonu oldu
- bahçeye çocuklar için bir gölgelik yapıldı

Kütüphanede şu anda 4 bin 200 kitap var. En çok bağış yapılan bölüm çocuk kitapları. Bağışların bir kısmı yurt dışında yaşayan Yeniceliler'den geldi; Almanya'dan koli koli kitap gönderenler oldu. Muhtar Yaşar Öztürk, binanın elektrik ve su faturalarını muhtarlığın ödeyeceğini söyledi.

Kütüphane salı, perşembe ve cumartesi günleri 10.00 ile 17.00 arasında açık. Kitap almak için üye olmak yeterli, üyelik ücretsiz.

Aydoğdu, açılışta eski öğrencilerinden birinin kendisine sarıldığını anlattı.

"Bu sınıfta okuma öğrenmişti. Şimdi kızını getirdi," dedi.
"""),

dict(id="h78-de-001", lang="de", tpl="bricks", site="Kirchtaler Bote online",
     section="Verkehr im Kirchtal", date="2026-09-08", byline="Miriam Achterfeld",
     title="Sechs Wochen Busse statt Bahn: RB 34 wird zwischen Erlenbach und Kirchtal gesperrt",
     sub="Ab 14. September erneuert die Bahn Gleise und zwei Bahnübergänge. Pendler müssen mehr Zeit einplanen.",
     caption="Ein Zug der RB 34 am Haltepunkt Haselau.", credit="Foto: Miriam Achterfeld",
     body_caption="Am Bahnübergang Mühlweg werden die Schranken und die Signaltechnik erneuert.",
     carry=["railreplacement"],
     look=[("highlight", "Betroffen sind rund 3.800 Fahrgäste"), ("br", "Fahrräder werden nicht mitgenommen."),
           ("bold", "Im Dezember soll alles fertig sein.")],
     body="""
Wer im Herbst mit der RB 34 zwischen Erlenbach und Kirchtal pendelt, muss umsteigen: Vom 14. September bis zum 25. Oktober fahren auf der Strecke keine Züge.

Die Bahn erneuert in dieser Zeit auf gut neun Kilometern Gleise und Schwellen und baut die Bahnübergänge am Mühlweg und an der Haselauer Straße um.

Betroffen sind rund 3.800 Fahrgäste am Tag, darunter viele Schülerinnen und Schüler des Gymnasiums in Kirchtal.

Die Ersatzbusse halten am Bahnhofsvorplatz in Erlenbach, am Mühlweg an der Haltestelle der Linie 412 und in der Ortsmitte von Haselau. Sie brauchen nach Angaben der Bahn etwa 15 Minuten länger als der Zug.

Für die Schulen setzt der Landkreis morgens zwei zusätzliche Busse ein.

Fahrräder werden nicht mitgenommen.

Kinderwagen und Rollstühle schon, allerdings nur, solange Platz ist.

Der Fahrgastverband kritisiert, dass die Bauarbeiten nicht in die Sommerferien gelegt wurden. Ein Bahnsprecher sagte, die Baufirmen seien im Sommer auf anderen Strecken gebunden gewesen.

Haselaus Ortsvorsteher Jürgen Pfaffenrath hofft, dass sich der Aufwand lohnt: Auf der Strecke galten zuletzt an fünf Stellen Langsamfahrstellen, die Züge kamen fast täglich zu spät.

Im Dezember soll alles fertig sein.

Dann sollen die Züge im Halbstundentakt fahren statt wie bisher stündlich.
"""),

dict(id="h78-de-002", lang="de", tpl="semantic", section="Umwelt", date="2026-03-05", byline="Tobias Wendling",
     title="Haselau dreht die Straßenlaternen nachts herunter",
     sub="Die Gemeinde will Strom sparen und den Sternenhimmel zurückholen. Die Sternwarte freut sich.",
     caption="Die Hauptstraße in Haselau bei gedimmtem Licht.", credit="Foto: Tobias Wendling",
     carry=["darkskies"],
     look=[("italic", "„Man sieht die Milchstraße jetzt wieder vom Marktplatz aus.“")],
     body="""
In Haselau wird es nachts dunkler. Seit dieser Woche leuchten die 410 Straßenlaternen der Gemeinde zwischen 23 und 5 Uhr nur noch mit einem Drittel ihrer Kraft, in den Feldwegen am Ortsrand gehen sie ganz aus.

Der Gemeinderat hatte das im Januar einstimmig beschlossen. Die Laternen waren in den vergangenen zwei Jahren auf LED umgerüstet worden und lassen sich nun zentral steuern.

Bürgermeisterin Karin Oßwald rechnet mit einer Ersparnis von rund 9.000 Euro im Jahr. Ebenso wichtig sei ihr aber der Himmel über dem Dorf.

Denn Haselau hat seit 1978 eine kleine Volkssternwarte auf dem Galgenberg, die ein Verein betreibt. Dessen Vorsitzender Rainer Eckstein hatte seit Jahren für weniger Licht geworben.

„Man sieht die Milchstraße jetzt wieder vom Marktplatz aus.“

Eckstein sagt, die Helligkeit des Nachthimmels über dem Ort sei in der ersten Woche messbar zurückgegangen. Der Verein will nun ein Jahr lang jede klare Nacht messen.

Nicht alle sind begeistert. Einige Anwohner am Lindenweg haben sich beschwert, sie fühlten sich auf dem Heimweg unsicher. Die Gemeinde will dort zwei Laternen heller lassen.

Die Sternwarte öffnet jeden Freitag bei klarem Himmel ab 20 Uhr für Besucher, der Eintritt ist frei.
"""),

dict(id="h78-de-003", lang="de", tpl="sanity", section="Freizeit", date="2026-05-23", byline="Svenja Hollerbach",
     title="Förderverein rettet das Freibad am Mühlbach",
     sub="Nach zwei geschlossenen Sommern öffnet das Bad in Haselau wieder, betrieben von Ehrenamtlichen.",
     caption="Vereinsmitglieder beim Streichen der Startblöcke.", credit="Foto: Svenja Hollerbach",
     carry=["gallery"],
     look=[("dropcap", "Um Punkt zehn Uhr")],
     body="""
Um Punkt zehn Uhr sprang am Samstag der erste Badegast ins Becken: Das Freibad am Mühlbach ist nach zwei Jahren wieder offen.

Die Gemeinde hatte das Bad 2024 geschlossen, weil ihr das Geld für Personal und eine neue Filteranlage fehlte. Ein Förderverein mit inzwischen 640 Mitgliedern hat es nun übernommen.

## Eine Filteranlage aus Spenden

Die neue Anlage hat 180.000 Euro gekostet. Die Hälfte zahlte das Land, den Rest sammelte der Verein mit Spendenläufen, einem Flohmarkt und einem Benefizkonzert der Feuerwehrkapelle.

Vereinschef Markus Henneberg sagt, er habe nicht damit gerechnet, dass es so schnell gehe. „Im Herbst standen wir noch vor einem leeren Becken voller Laub“, sagte er.

## Ehrenamtliche an der Kasse

An der Kasse und am Kiosk arbeiten Ehrenamtliche. Für die Aufsicht am Becken hat der Verein zwei Rettungsschwimmer fest angestellt, dazu kommen Helferinnen der Wasserwacht am Wochenende.

Die Eintrittspreise bleiben niedrig: Erwachsene zahlen drei Euro, Kinder einen Euro.

Das Bad ist bis Mitte September täglich von 10 bis 19 Uhr geöffnet, bei Gewitter wird geschlossen. Fotos vom Eröffnungstag hat der Verein an der Kasse ausgehängt.
"""),

dict(id="h78-fr-001", lang="fr", tpl="typo3", site="Commune de La Bastide-des-Cayrols", kind="public",
     section="Voirie", date="2026-08-31", byline="Service technique",
     title="Fauchage des accotements : le calendrier de septembre",
     sub="La commune fauche ses bords de route en une seule fois, après la floraison.",
     caption="Un accotement fleuri sur le chemin de la Fontaine.", credit="Photo : Mairie de La Bastide-des-Cayrols",
     carry=["hedgecutting"],
     body="""
Comme chaque année depuis 2023, la commune pratique le fauchage raisonné de ses bords de route. Les accotements des voies communales ne sont fauchés qu'une seule fois sur toute leur largeur, en septembre, après la montée en graines des fleurs.

Au printemps, seule une bande de sécurité d'environ un mètre a été coupée le long de la chaussée, ainsi qu'aux carrefours et dans les virages.

## Pourquoi attendre ?

Les bords de route abritent de nombreuses espèces de fleurs et d'insectes. Un inventaire mené avec l'association des Amis des Cayrols a recensé 112 espèces de plantes sur les accotements de la commune, dont trois orchidées protégées.

## Ce qui est demandé aux riverains

Pendant les travaux, les riverains sont invités à :

- ne pas stationner sur les accotements des voies concernées ;
- tailler les haies qui dépassent sur la voie publique avant le passage des engins ;
- rester prudents à l'approche des véhicules de fauchage, signalés par un panneau.

Les routes départementales sont fauchées par les services du Département, selon leur propre calendrier.

Pour toute question, le service technique est joignable à la mairie du lundi au vendredi, de 8 h 30 à 12 h.
"""),

dict(id="h78-fr-002", lang="fr", tpl="storybody", section="Environnement", date="2026-08-06", byline="Clémence Audibert",
     title="Saint-Lizier-du-Val éteint ses lampadaires pour la Nuit des étoiles",
     sub="Tout le village sera plongé dans le noir samedi soir, à la demande du club d'astronomie.",
     caption="Le club d'astronomie installe ses télescopes sur le terrain de foot.", credit="Photo : Clémence Audibert",
     carry=["darkskies"],
     body="""
Suivez les lampes rouges : samedi soir, ce sont elles qui guideront les visiteurs jusqu'au terrain de football de Saint-Lizier-du-Val, où le club d'astronomie de la vallée organise sa Nuit des étoiles.

Pour l'occasion, la mairie éteindra l'ensemble de l'éclairage public du village de 21 h 30 à 2 h du matin. Une première.

Le village coupe déjà ses lampadaires entre minuit et 5 heures depuis deux ans, pour faire des économies. Mais le président du club, Yannick Roumagnac, a convaincu le conseil municipal d'aller plus loin pour une nuit.

« Entre 22 heures et minuit, c'est le meilleur moment pour observer, et c'est justement quand les lampadaires sont allumés », explique-t-il.

Le club installera une dizaine de télescopes. Au programme : Saturne et ses anneaux, la nébuleuse de la Lyre et, si le ciel reste dégagé, les premières Perséides, les étoiles filantes du mois d'août.

Le maire, Serge Caumont, reconnaît que certains habitants se sont inquiétés. Des bénévoles circuleront dans les rues avec des gilets réfléchissants.

L'entrée est gratuite. Les organisateurs conseillent d'apporter une couverture, un vêtement chaud et une lampe de poche recouverte de papier rouge, pour ne pas éblouir les autres observateurs.
"""),

dict(id="h78-fr-003", lang="fr", tpl="medium", site="La Gazette des Tanneurs", kind="indie",
     section="Portraits", date="2026-04-14", byline="Lucile Ferrandon",
     title="Trente ans de tambours et de lessive : Odette, la laverie de la rue des Tanneurs",
     sub="Elle a ouvert sa laverie en 1996. Elle connaît les chaussettes de tout le quartier.",
     caption="Odette Lachaume devant ses machines.", credit="Photo : Lucile Ferrandon",
     look=[("bold", "Elle ne prend pas la carte."), ("italic", "« Le linge, ça ne ment pas. »")],
     body="""
Odette Lachaume, 71 ans, tient la laverie du 14 rue des Tanneurs depuis 1996. Elle y est tous les matins à 7 heures. Nous nous sommes assis sur le banc, entre deux essorages.

**Pourquoi une laverie ?**

Mon mari était plombier. Il a racheté les machines d'une laverie qui fermait à Saint-Cyprien. On pensait la garder deux ans.

**Qui vient laver son linge ici ?**

Des étudiants, des ouvriers du chantier, des mamies dont la machine est tombée en panne. Et des gens qui viennent surtout pour parler.

**On parle beaucoup dans une laverie ?**

Une machine dure quarante minutes. En quarante minutes, on se raconte une vie.

« Le linge, ça ne ment pas. »

**Le plus étrange oublié dans un tambour ?**

Un dentier. Son propriétaire est revenu le chercher le lendemain, très digne.

**Et le paiement ?**

Elle ne prend pas la carte.

Les machines marchent avec des jetons, que je vends moi-même. Les gens me disent de me moderniser. Je leur dis de revenir dans trente ans.

**Qui reprendra ?**

Personne, pour l'instant. Si quelqu'un du quartier est intéressé, qu'il passe me voir un matin, je lui montrerai les machines.
"""),

dict(id="h78-es-001", lang="es", tpl="ghost", section="Medio rural", date="2026-09-02", byline="Inmaculada Boix",
     title="La Diputación retrasa el desbroce de cunetas para proteger a los polinizadores",
     sub="Las carreteras de la comarca solo se segarán una vez al año, salvo en cruces y curvas.",
     caption="Cuneta con flores de achicoria en la CV-418.", credit="Foto: Inmaculada Boix",
     carry=["hedgecutting"],
     look=[("callout", "Los vecinos que tengan setos junto a la carretera")],
     body="""
Las cunetas de las carreteras de la Vall de Benialí ya no se segarán en primavera. La Diputación ha decidido retrasar el desbroce hasta septiembre en casi 300 kilómetros de vías provinciales, para dar tiempo a que las flores den semilla.

**Solo una franja de seguridad**

En mayo, las brigadas solo cortarán una franja de un metro junto al asfalto y despejarán cruces, curvas y señales. El resto de la cuneta quedará en pie hasta después del verano.

La medida responde a un estudio de la Universidad, que contó 46 especies de abejas silvestres en las cunetas de la comarca, muchas de ellas dependientes de flores como la achicoria o la zanahoria silvestre.

**Menos gasoil y menos pasadas**

El diputado de Carreteras, Vicent Molla, asegura que el cambio también ahorra dinero: una pasada menos al año supone unos 80.000 euros menos en combustible y horas de máquina.

Los agricultores, en cambio, temen que la hierba alta esconda conejos que luego entran en los campos. La Diputación se ha comprometido a revisar los tramos con quejas.

Los vecinos que tengan setos junto a la carretera deben recortarlos antes del 15 de septiembre para que no invadan la calzada.

Las incidencias pueden comunicarse en el teléfono de conservación de carreteras de la Diputación.
"""),

dict(id="h78-es-002", lang="es", tpl="hugo", section="Turismo", date="2026-07-09", byline="Jacinto Arenillas",
     title="Valdecuervos estrena un mirador de estrellas en el Alto del Rayo",
     sub="El pueblo quiere atraer turismo astronómico aprovechando uno de los cielos más oscuros de la provincia.",
     caption="El nuevo mirador, con sus bancos orientados al sur.", credit="Foto: Jacinto Arenillas",
     carry=["darkskies"],
     look=[("br", "No hay ni una farola en tres kilómetros.")],
     body="""
Valdecuervos, un pueblo de 340 habitantes, ha inaugurado esta semana un mirador astronómico en el Alto del Rayo, a cuatro kilómetros del casco urbano.

El mirador es una explanada de grava con seis bancos reclinables orientados al sur, una mesa con un mapa del cielo grabado en piedra y un pequeño aparcamiento. Ha costado 48.000 euros, pagados en su mayor parte con fondos europeos de desarrollo rural.

El alcalde, Teodoro Rubiales, explica que la idea surgió de los propios visitantes.

«Cada verano venían coches de Madrid que paraban en la cuneta para mirar el cielo. Pensamos que había que darles un sitio», dice.

Las mediciones de una asociación astronómica de la capital sitúan el cielo de la zona entre los más oscuros de la provincia.

No hay ni una farola en tres kilómetros.

Eso es justamente lo que buscan los aficionados.

El ayuntamiento ha aprobado además una ordenanza que obliga a que el alumbrado nuevo del pueblo apunte hacia el suelo y use luz cálida.

La casa rural del pueblo ya ha notado el efecto: tiene todos los fines de semana de agosto reservados. La dueña, Marisa Cortijo, presta prismáticos a los huéspedes.

El ayuntamiento organizará observaciones guiadas gratuitas los sábados de luna nueva, con reserva previa en la oficina municipal.
"""),

dict(id="h78-es-003", lang="es", tpl="fusion", section="Cultura", date="2026-10-16", byline="Begoña Lastras",
     title="El cine de Arroyoseco vuelve a abrir tras veinte años cerrado",
     sub="Una cooperativa de vecinos ha rehabilitado la sala de 1952 y la programará los fines de semana.",
     caption="La fachada restaurada del Cine Victoria.", credit="Foto: Begoña Lastras",
     carry=["map"],
     look=[("factbox", "El Cine Victoria en cifras")],
     body="""
El Cine Victoria de Arroyoseco volvió a encender su proyector el viernes, veinte años después de la última sesión. La primera película fue una comedia española, y las 180 butacas se llenaron.

La sala, inaugurada en 1952, cerró en 2006 cuando su último dueño se jubiló. Desde entonces el edificio se había usado como almacén de muebles.

Hace tres años, un grupo de vecinos creó una cooperativa para recuperarlo. Compraron el local al ayuntamiento por un euro simbólico a cambio de rehabilitarlo.

## El Cine Victoria en cifras

- 180 butacas, la mitad recuperadas de la sala original
- 412 socios en la cooperativa
- 230.000 euros de inversión
- un proyector digital y otro de 35 milímetros

La presidenta de la cooperativa, Azucena Pradales, recuerda que de niña veía allí las películas de los domingos.

«Mi abuelo era el acomodador. Yo entraba gratis y me sentaba en la escalera», cuenta.

El cine programará películas los viernes, sábados y domingos, y una sesión infantil los domingos por la mañana. La entrada costará cinco euros, y cuatro para los socios.

Gracias a Maruja Quintanar, la hija del último propietario, la cooperativa ha podido recuperar los carteles originales de los años cincuenta, que ahora cuelgan en el vestíbulo.
"""),

dict(id="h78-ru-001", lang="ru", tpl="table", section="Транспорт", date="2026-09-25", byline="Ксения Лапшина",
     title="Электрички до Малиновки на три недели заменят автобусами",
     sub="Из-за ремонта моста через Ольшанку поезда не будут ходить с 3 по 24 октября.",
     caption="Мост через Ольшанку на 47-м километре.", credit="Фото: Ксения Лапшина",
     carry=["railreplacement"],
     body="""
С 3 по 24 октября электрички между Сосновкой и Малиновкой ходить не будут. На 47-м километре железная дорога начинает ремонт моста через реку Ольшанку, построенного в 1956 году.

## Что будет с мостом

Рабочие заменят пролётное строение и опоры. По словам представителя пригородной компании, мост давно требовал ремонта: последние два года поезда проходили его со скоростью не больше 25 километров в час.

## Как добраться

На время ремонта пассажиров будут возить автобусы. Они отправятся с привокзальной площади Сосновки по расписанию электричек, остановятся у переезда на 47-м километре и у школы в Малиновке.

Дорога на автобусе займёт около часа вместо сорока минут. Билеты на электричку и проездные будут действительны в автобусах.

Жительница Малиновки Антонина Сергеевна Уткина ездит в Сосновку в больницу два раза в неделю.

«Лишь бы автобусы ходили вовремя. На электричке я хоть знаю, когда она придёт», — говорит она.

## После ремонта

Когда ремонт закончится, скорость на участке поднимут до 80 километров в час. Если погода не помешает, первые электрички пойдут по новому мосту 25 октября.
"""),

dict(id="h78-ru-002", lang="ru", tpl="ucoz", site="Верхние Ольшаны", kind="small",
     section="Новости Ольшан", date="2026-11-20", byline="Староста",
     title="Общественная баня в Ольшанах снова топится",
     sub="Жители своими силами отремонтировали старую баню у пруда.",
     caption="Новая парилка общественной бани.", credit="Фото: Николай Кряжев",
     body="""
В субботу в Верхних Ольшанах впервые за шесть лет затопили общественную баню. Первыми парились те, кто её чинил.

Баню у пруда построили ещё в колхозные годы, а в 2020 году она закрылась: прогнил пол, потрескалась печь. Весной на сходе жители решили восстановить её сами.

**Что сделали за лето**

- перебрали сруб и заменили нижние венцы
- сложили новую печь-каменку
- настелили пол в парилке и в предбаннике
- провели воду из скважины

Деньги собирали всей деревней, вышло 168 тысяч рублей. Доски дал лесхоз, печника нашли в соседнем районе. Работали по выходным, иногда приходило по пятнадцать человек. Женщины готовили обед прямо на берегу пруда, а дети таскали мох для конопатки.

**Когда можно попариться**

Баня будет работать по субботам: с 12 до 16 часов моются женщины, с 16 до 20 часов мужчины. Вход для жителей — 150 рублей, деньги идут на дрова.

Спасибо всем, кто помогал, а особенно Николаю Кряжеву, который почти каждый вечер после работы приходил на стройку.
"""),

dict(id="h78-ru-003", lang="ru", tpl="amp", section="Люди", date="2026-06-04", byline="Глеб Ступин",
     title="Сорок лет на переправе: паромщик из Сосновки рассказал о своей работе",
     sub="Василий Петрович Голованов перевозит людей и машины через реку с 1986 года.",
     caption="Василий Голованов на пароме.", credit="Фото: Глеб Ступин",
     low=0,
     look=[("br", "Меньше людей — больше машин.")],
     body="""
Паром через реку у Сосновки — единственная дорога для трёх деревень на том берегу. Василий Петрович Голованов работает на нём сорок лет. Мы поговорили с ним между рейсами.

**С чего началась ваша работа паромщиком?**

После армии искал работу. Старый паромщик, дядя Миша, взял меня помощником. Через два года он ушёл на пенсию, и я остался один.

**Сколько раз в день вы пересекаете реку?**

Летом — до тридцати. Утром везу людей на работу, днём — автолавку, вечером обратно.

**Что изменилось на реке за сорок лет?**

Раньше на том берегу жили тысяча человек, теперь человек двести. Зато дачников много.

Меньше людей — больше машин.

**Самый страшный день на пароме?**

Ледоход в 1998 году. Льдина ударила в борт, трос лопнул. Нас унесло метров на триста вниз, пока не зацепились за отмель. Все живы.

**А самый смешной?**

Однажды корова сама зашла на паром и спокойно переправилась. Хозяйка потом полдня её искала.

**Когда на пенсию?**

Уже на пенсии. Но замены нет. Пока есть силы, буду возить.
"""),
]
