# Turkish, German, French, Spanish and Russian stories for the seventieth held-out part (h70-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h70_en.py.
ARTICLES = [
dict(id="h70-tr-001", lang="tr", tpl="wordpress", section="Kent", date="2026-02-02", byline="Oya Demirkaya",
     title="Karaçam'da otobüs biletine yüzde 18 zam",
     sub="Belediye meclisi yeni tarifeyi oy çokluğuyla kabul etti. Öğrenci ve 65 yaş üstü indirimleri sürüyor.",
     caption="Cumhuriyet Meydanı'ndaki aktarma durağında otobüs bekleyen yolcular.", credit="Fotoğraf: Oya Demirkaya",
     carry=["farecalc"],
     look=[("dropcap", "Karaçam'da belediye otobüslerinde")],
     body="""
Karaçam'da belediye otobüslerinde tam bilet ücreti 1 Mart'tan itibaren 22 liradan 26 liraya çıkıyor. Yeni tarife, belediye meclisinin pazartesi akşamki toplantısında oy çokluğuyla kabul edildi.

Belediye Ulaşım Daire Başkanı Kemal Sezgin, artışın akaryakıt ve yedek parça fiyatlarından kaynaklandığını söyledi. "Bir yılda mazot fiyatı neredeyse iki katına çıktı. Filoyu ayakta tutmak için başka yolumuz yoktu."

Meclisin onayladığı yeni tarifeye göre:

- tam bilet 26 lira
- öğrenci bileti 13 lira
- aylık abonman 820 lira
- 65 yaş üstü yolcular ücretsiz binmeye devam edecek

Aktarma ücreti de değişmiyor: 45 dakika içinde ikinci otobüse binen yolcu yalnızca 5 lira ödüyor.

Muhalefet meclis üyeleri zamma karşı oy kullandı. Meclis üyesi Nurhan Aksoy, otobüs seferlerinin özellikle akşam saatlerinde yetersiz kaldığını hatırlattı. "Vatandaş daha fazla para verecek ama akşam yedide Yenimahalle'ye otobüs bulamayacak."

Belediye, yıl sonuna kadar filoya 12 yeni elektrikli otobüs katılacağını ve akşam seferlerinin artırılacağını açıkladı.

Kent kartlara yüklenen eski bakiyeler geçerliliğini koruyacak. Yeni kartlar ve indirimli kart başvuruları için Cumhuriyet Meydanı'ndaki kart merkezi hafta içi 08.00 ile 18.00 arasında açık.
"""),

dict(id="h70-tr-002", lang="tr", tpl="drupal", section="Çevre", date="2026-06-08", byline="Barış Tunçel",
     title="Gönüllüler Kumsal Koyu'ndan 640 kilo çöp topladı",
     sub="Dünya Okyanus Günü için düzenlenen temizlikte en çok sigara izmariti ve plastik kapak çıktı.",
     caption="Gönüllüler Kumsal Koyu'nda çöp torbalarıyla.", credit="Fotoğraf: Barış Tunçel",
     carry=["litterpicks"],
     look=[("box", "Kumsal Koyu'ndan toplananlar arasında")],
     body="""
Dünya Okyanus Günü dolayısıyla pazar sabahı Kumsal Koyu'nda düzenlenen temizlikte 180 gönüllü, üç saatte 640 kilo çöp topladı.

Etkinliği düzenleyen Mavi Kıyı Derneği'nin başkanı Deniz Karahan, katılımın beklediklerinin iki katı olduğunu söyledi. "Otuz eldiven ve otuz torba getirmiştik. Yarım saatte bitti, belediyeden yenilerini istedik."

Kumsal Koyu'ndan toplananlar arasında 4 bine yakın sigara izmariti, 900'ü aşkın plastik şişe kapağı, bir çocuk bisikleti ve iki araba lastiği vardı.

## Küçük parçalar en zoru

Gönüllülerin en çok zorlandığı şey, kuma karışmış küçük plastik parçalar oldu. Kıyı Lisesi'nden gelen öğrenciler, kumu elekten geçirerek bunları ayırdı.

Lise öğrencisi Ece Yavuz, 16 yaşında ve ilk kez böyle bir etkinliğe katılıyor. "Her yaz burada yüzüyorum ama kumun içinde bu kadar plastik olduğunu hiç fark etmemiştim," dedi.

Toplanan atıklar belediye ekiplerince ayrıştırılarak geri dönüşüm tesisine gönderildi. Dernek, izmaritlerin çokluğu nedeniyle koya cep küllükleri dağıtacak.

Belediye Başkan Yardımcısı Selim Öztürk, koyun girişine iki yeni çöp konteyneri ve bilgilendirme tabelası konacağını açıkladı.

Dernek her ayın ilk pazarı farklı bir koyda temizlik yapıyor. Bir sonraki buluşma 5 Temmuz sabahı saat dokuzda Çamlık Koyu'nun otoparkında.
"""),

dict(id="h70-tr-003", lang="tr", tpl="storybody", section="İnsan", date="2026-11-15", byline="Zeynep Akbulut",
     title="Kırk bir yıldır aynı iskelede: Kaptan Rıza son seferine çıkıyor",
     sub="Karaçam ile Ada arasında gidip gelen motorun kaptanı Rıza Erdem, 66 yaşında emekli oluyor.",
     caption="Kaptan Rıza Erdem, motorunun dümeninde.", credit="Fotoğraf: Zeynep Akbulut",
     low=0,
     body="""
Rıza Erdem, 1985'ten beri Karaçam iskelesi ile Ada arasında yolcu taşıyan motorun kaptanı. Günde altı sefer, yılda iki bin sefer. Cuma günü son kez dümene geçecek. Kendisiyle konuştuk.

**Denize nasıl başladınız?**

Babam balıkçıydı. On iki yaşında teknede ağ topluyordum. Askerden dönünce motorda tayfa oldum, sonra kaptan.

**Kaç yolcu taşıdınız?**

Hesapladık, bir buçuk milyon civarında. Adada doğan çocukların çoğu hastaneye benim motorumla gitti.

**Denizde en zor gününüz?**

1992 kışı. Lodos vardı, dalga iki metre. Adada bir kadın doğum yapacaktı. Belediye sefer yok dedi, ben çıktım. Kadını da bebeği de sağ salim getirdik. O çocuk şimdi adada öğretmen.

**Korktunuz mu?**

Korkmayan denizci yalancıdır. Ama korkunca daha dikkatli olursun.

**Deniz değişti mi?**

Çok. Eskiden yunus görürdük her hafta. Şimdi yılda bir iki kere. Su da daha sıcak.

**Ya yolcular?**

Eskiden herkes birbirini tanırdı, sohbet ederdi. Şimdi herkes telefonda. Ama yaşlılar hâlâ gelip yanıma oturur, çay içeriz.

**Emeklilikte ne yapacaksınız?**

Küçük bir sandal aldım. Balığa çıkacağım, babam gibi.

Ada'da yaşayanlar, cuma akşamı son seferin ardından iskelede kaptan için bir veda yemeği düzenliyor.
"""),

dict(id="h70-de-001", lang="de", tpl="pugpig", site="Westerwälder Rundschau", section="Region", date="2026-09-15",
     byline="Katrin Leimbach",
     title="Einzelfahrschein im Verbund wird zum Januar teurer",
     sub="Der Verkehrsverbund Rhein-Lahn-Westerwald erhöht die Preise im Schnitt um 6,9 Prozent. Das Deutschlandticket ist nicht betroffen.",
     caption="Ein Linienbus am Busbahnhof in Hachenfeld.", credit="Foto: Westerwälder Rundschau",
     body_caption="Fahrgäste am Fahrkartenautomaten im Bahnhof Hachenfeld.",
     carry=["farecalc"],
     look=[("highlight", "Wer im Westerwald mit Bus und Bahn fährt"), ("italic", "„Wer nur zweimal im Monat fährt, zahlt drauf.“"),
           ("br", "Das Deutschlandticket bleibt davon unberührt.")],
     body="""
Wer im Westerwald mit Bus und Bahn fährt, muss ab dem 1. Januar mehr bezahlen. Der Verkehrsverbund Rhein-Lahn-Westerwald erhöht seine Tarife im Schnitt um 6,9 Prozent. Das hat die Verbandsversammlung am Montagabend in Montabaur beschlossen.

Begründet wird der Schritt mit höheren Löhnen für das Fahrpersonal und gestiegenen Kosten für Strom und Diesel.

Das Deutschlandticket bleibt davon unberührt.

Sein Preis wird bundesweit festgelegt. Betroffen sind vor allem Gelegenheitsfahrer, die Einzel- und Tageskarten kaufen.

| Fahrschein | bisher | ab Januar
| Einzelfahrt Preisstufe 1 | 2,40 € | 2,60 €
| Einzelfahrt Preisstufe 3 | 4,90 € | 5,20 €
| Tageskarte Preisstufe 3 | 9,80 € | 10,40 €

## Kritik von Fahrgastverband

Der Fahrgastverband kritisiert die Erhöhung. Gerade ältere Menschen, die nur selten fahren, würden kein Abo abschließen, sagte Sprecher Holger Weidenbach.

„Wer nur zweimal im Monat fährt, zahlt drauf.“

Der Verbund verweist auf das Seniorenticket, das es weiterhin für 39 Euro im Monat gibt. Außerdem werde die Vierfahrtenkarte, die im Sommer abgeschafft werden sollte, nun doch beibehalten.

Landrätin Martina Schüller sagte, der Kreis werde die Buslinien im ländlichen Raum trotz der Kosten nicht ausdünnen. Auf der Linie 471 zwischen Hachenfeld und Bad Ems soll es ab Dezember sogar einen Stundentakt geben.

Fahrgäste, die noch alte Mehrfahrtenkarten besitzen, können diese bis Ende März in den Kundencentern in Montabaur und Hachenfeld umtauschen.
"""),

dict(id="h70-de-002", lang="de", tpl="ghost", section="Leben", date="2026-04-02", byline="Jonas Feldkamp",
     title="Am alten Güterbahnhof wächst jetzt Mangold",
     sub="Ein Verein hat auf einer Brache in Kellinghausen einen Gemeinschaftsgarten angelegt und sucht Mitgärtner.",
     caption="Hochbeete im Gemeinschaftsgarten am Güterbahnhof.", credit="Foto: Jonas Feldkamp",
     look=[("callout", "Der Garten ist von April bis Oktober")],
     body="""
Wo bis vor zwei Jahren noch Schotter und Brennnesseln waren, stehen heute 34 Hochbeete, ein Gewächshaus aus alten Fenstern und eine Bank unter einem Apfelbaum. Der Verein „Gleisgrün“ hat auf dem Gelände des alten Güterbahnhofs in Kellinghausen einen Gemeinschaftsgarten angelegt.

Die Stadt hat dem Verein die Fläche für zehn Jahre überlassen, für einen symbolischen Euro im Jahr.

**Jeder darf mitmachen**

Wer mitgärtnern will, braucht keine Erfahrung. Die Beete werden gemeinsam bepflanzt und gemeinsam abgeerntet. Einmal im Monat wird entschieden, was als Nächstes gesät wird.

„Wir haben Rentner, Studierende, zwei syrische Familien und eine Kita-Gruppe“, sagt Vereinsvorsitzende Birgit Haselhorst. „Manche wissen alles über Tomaten, manche haben noch nie einen Spaten gehalten.“

**Wasser vom Dach**

Gegossen wird mit Regenwasser, das von den Dächern der ehemaligen Lagerhalle in vier große Tanks läuft. Im trockenen Sommer 2025 hat das Wasser bis August gereicht.

Der Kita-Gruppe gehört ein eigenes Beet. Die Kinder haben dort Kartoffeln, Erdbeeren und Sonnenblumen gepflanzt. „Sie gießen am liebsten, vor allem sich gegenseitig“, sagt Erzieherin Aylin Korkmaz.

Der Garten ist von April bis Oktober dienstags und samstags von 10 bis 13 Uhr geöffnet, Gießkannen und Handschuhe sind vorhanden.
"""),

dict(id="h70-de-003", lang="de", tpl="hugo", section="Freizeit", date="2026-05-16", byline="Sabine Achterberg",
     title="Freibad Lindenau öffnet mit Sonnensegel über dem Kinderbecken",
     sub="Nach zwei Jahren Sanierung beginnt am Samstag die Badesaison. Neu sind auch längere Öffnungszeiten am Abend.",
     caption="Das neue Sonnensegel über dem Kinderbecken im Freibad Lindenau.", credit="Foto: Sabine Achterberg",
     carry=["uvindex"],
     body="""
Das Freibad Lindenau öffnet am Samstag um 9 Uhr zum ersten Mal seit zwei Jahren. Die Stadtwerke haben in der Zeit die Becken abgedichtet, die Technik erneuert und die Umkleiden umgebaut. Die Sanierung hat 3,8 Millionen Euro gekostet.

Neu ist ein großes Sonnensegel über dem Kinderbecken. Es spannt sich über 400 Quadratmeter und soll die Kleinsten zur Mittagszeit vor der Sonne schützen.

„Eltern haben uns jahrelang gefragt, warum es am Planschbecken keinen Schatten gibt“, sagt Bäderleiter Frank Osterkamp. „Jetzt gibt es ihn.“

## Was sich noch ändert

Auch sonst hat sich einiges getan:

- das Sportbecken hat eine neue Edelstahlauskleidung
- die Rutsche ist zwölf Meter länger
- am Eingang kann man mit Karte und Handy bezahlen
- mittwochs ist bis 21 Uhr geöffnet

Die Preise steigen leicht. Eine Tageskarte für Erwachsene kostet 4,50 Euro statt 4 Euro, Kinder zahlen weiterhin 2 Euro.

## Personal gefunden

Lange war unklar, ob genug Rettungsschwimmer gefunden werden. Nun sind alle Schichten besetzt, auch mit Studierenden aus der Region, die sich über den Sommer etwas dazuverdienen.

Die Stadtwerke rechnen mit bis zu 3.000 Gästen an heißen Tagen. Parkplätze sind knapp, deshalb fährt die Buslinie 7 an Wochenenden alle 20 Minuten bis zum Bad.

Die Saison endet am 13. September, Saisonkarten gibt es an der Kasse und im Kundenbüro der Stadtwerke.
"""),

dict(id="h70-fr-001", lang="fr", tpl="medium", site="Carnets du Faubourg Saint-Rémi", kind="indie", section="Quartier",
     date="2026-03-26", byline="Lucie Armand",
     title="La grainothèque de la rue des Tanneurs fête son premier printemps",
     sub="Dans une ancienne cabine téléphonique, les habitants échangent graines de tomates, de haricots et de capucines.",
     caption="La cabine téléphonique transformée en grainothèque, rue des Tanneurs.", credit="Photo : Lucie Armand",
     carry=["calendar"],
     look=[("italic", "« Une graine, ça ne se vend pas, ça se donne. »"), ("bold", "Le principe est simple.")],
     body="""
Elle n'a plus de téléphone depuis 2009, mais elle sert encore. L'ancienne cabine rouge de la rue des Tanneurs est devenue il y a un an une grainothèque, où chacun peut déposer et prendre des graines.

Le principe est simple.

On prend ce qu'on veut, on rapporte à l'automne les graines de ce qu'on a fait pousser. Des enveloppes en papier kraft et un stylo attendent sur l'étagère, pour noter la variété et l'année.

L'idée vient de Mathilde Roux, 67 ans, qui jardine sur son balcon depuis trente ans. « J'avais trop de graines de tomates cerises, et je me suis dit que d'autres en voudraient. »

« Une graine, ça ne se vend pas, ça se donne. »

En un an, la cabine a vu passer plus de 400 sachets. Les plus demandés sont les tomates, les courgettes et les fleurs pour les abeilles. Une voisine y a laissé des graines de haricots que sa grand-mère cultivait en Italie, et qui poussent maintenant sur une dizaine de balcons du faubourg.

La mairie de quartier a accepté de laisser la cabine en place et de la faire repeindre. L'école élémentaire Jules-Ferry y a aussi déposé les graines de tournesol de son potager.

Pour fêter le premier printemps, les jardiniers du faubourg organisent un troc de plants samedi 11 avril, de 10 h à 13 h, devant la cabine. Ceux qui n'ont rien à échanger sont les bienvenus aussi, il y aura du café.
"""),

dict(id="h70-fr-002", lang="fr", tpl="gutenberg", section="Commerces", date="2026-10-21", byline="Antoine Delmas",
     title="À Vernières, l'épicerie rouvre sous forme de coopérative",
     sub="Fermée depuis le départ à la retraite de ses propriétaires, la dernière épicerie du village est reprise par 140 habitants.",
     caption="Les bénévoles de l'épicerie coopérative de Vernières le jour de l'ouverture.", credit="Photo : Antoine Delmas",
     look=[("dropcap", "Il y avait la queue samedi matin"), ("box", "Chaque sociétaire a versé 50 euros")],
     body="""
Il y avait la queue samedi matin devant l'épicerie de Vernières, pour la première fois depuis des années. Fermée en janvier après le départ à la retraite de Josiane et Marcel Bouvier, la dernière boutique du village a rouvert sous la forme d'une coopérative.

## 140 sociétaires

L'idée est née lors d'une réunion publique au printemps. Plutôt que d'attendre un repreneur qui ne venait pas, les habitants ont décidé de racheter eux-mêmes le fonds de commerce.

Chaque sociétaire a versé 50 euros. Avec 140 sociétaires, une subvention de la communauté de communes et un prêt bancaire, la coopérative a réuni 38 000 euros.

Une salariée, Émilie Garnier, a été embauchée à mi-temps. Une vingtaine de bénévoles assurent les autres créneaux.

## Des produits du coin

On trouve dans les rayons le pain du boulanger de Saint-Gervais, livré chaque matin, les fromages de la ferme des Bruyères, les œufs et les légumes de trois maraîchers voisins. Le reste vient d'une centrale d'achat.

« Les prix ne sont pas ceux du supermarché, on le sait », reconnaît le président de la coopérative, Thierry Lenoir. « Mais on économise vingt kilomètres de voiture. »

Pour les anciens du village, la réouverture compte beaucoup. « Je n'ai plus le permis. Depuis janvier, je dépendais de ma fille pour le moindre paquet de café », raconte Simone Vidal, 84 ans.

L'épicerie est ouverte du mardi au samedi de 8 h à 12 h 30 et de 16 h à 19 h, et le dimanche matin.
"""),

dict(id="h70-fr-003", lang="fr", tpl="amp", section="Loisirs", date="2026-06-18", byline="Camille Fabre",
     title="Lac de Montclar : la baignade surveillée ouvre samedi",
     sub="Trois maîtres-nageurs veilleront sur la plage jusqu'au 31 août. Une nouvelle zone ombragée a été aménagée.",
     caption="La plage du lac de Montclar, à la veille de l'ouverture.", credit="Photo : Camille Fabre",
     carry=["uvindex"],
     body="""
La baignade surveillée ouvre samedi au lac de Montclar. Jusqu'au 31 août, trois maîtres-nageurs sauveteurs seront présents tous les jours de 11 h à 19 h sur la plage principale.

La zone de baignade, délimitée par des bouées jaunes, a été agrandie de vingt mètres vers le ponton. La qualité de l'eau, contrôlée par l'agence régionale de santé, a été jugée excellente lors des deux premières analyses de juin.

**De l'ombre sur la plage**

Nouveauté cette année, la commune a planté douze saules et installé trois grandes voiles d'ombrage près de l'aire de jeux. « L'été dernier, les familles repartaient à midi parce qu'il n'y avait aucun endroit pour se protéger », explique l'adjointe aux sports, Nadia Benali.

Un poste de secours, équipé d'un défibrillateur, a été installé à côté de la buvette.

Les maîtres-nageurs rappellent quelques règles : ne pas se baigner après un repas copieux ou une longue exposition au soleil, surveiller en permanence les enfants, et ne jamais nager seul en dehors des horaires de surveillance.

La buvette rouvre elle aussi, avec des glaces artisanales d'un producteur de la vallée. Le parking reste gratuit, mais il est complet dès 14 h les week-ends de forte chaleur, et la commune conseille de venir à vélo par la voie verte.

L'accès à la plage est gratuit et les chiens n'y sont pas admis pendant la saison.
"""),

dict(id="h70-es-001", lang="es", tpl="sanity", section="Educación", date="2026-05-06", byline="Marta Olmedo",
     title="Los colegios de Almenara tendrán toldos en los patios antes del verano",
     sub="El Ayuntamiento instalará velas de sombra en los seis centros públicos. Las familias llevaban tres años pidiéndolas.",
     caption="El patio del colegio Miguel Hernández, sin una sola sombra a mediodía.", credit="Foto: Marta Olmedo",
     carry=["uvindex"],
     look=[("dropcap", "Los seis colegios públicos de Almenara")],
     body="""
Los seis colegios públicos de Almenara tendrán toldos en sus patios antes de que termine el curso. El Ayuntamiento aprobó el martes una inversión de 186.000 euros para instalar velas de sombra y plantar árboles en los recreos.

La medida responde a una petición de las asociaciones de madres y padres, que llevaban tres años denunciando que los niños pasaban el recreo al sol. En el colegio Miguel Hernández, el patio de cemento no tiene ni un solo árbol.

"En junio los niños se pegaban a la pared del gimnasio buscando un palmo de sombra", cuenta Rocío Jiménez, presidenta del AMPA del centro. "Algunos volvían a clase con dolor de cabeza."

## Toldos y árboles

Las obras empezarán en mayo y se harán por las tardes para no interrumpir las clases. Cada colegio recibirá entre cuatro y ocho velas de sombra, según el tamaño del patio.

Además, se plantarán 60 árboles de sombra, sobre todo moreras y plátanos, que tardarán varios años en dar sombra de verdad.

La concejala de Educación, Inés Carrasco, reconoció que la ciudad llega tarde. "Hemos tenido veranos cada vez más largos y los patios se diseñaron hace cuarenta años, cuando nadie pensaba en esto."

Los colegios también han cambiado sus normas: en mayo y junio los niños pueden llevar gorra en el recreo y cada clase tiene una botella de protector solar.

Las familias que quieran conocer el proyecto pueden consultarlo en la secretaría de cada colegio.
"""),

dict(id="h70-es-002", lang="es", tpl="typo3", site="Ayuntamiento de Valdeolmos del Río", kind="public",
     section="Movilidad", date="2026-06-22", byline="Gabinete de Comunicación",
     title="Nuevas tarifas del autobús urbano a partir del 1 de julio",
     sub="El billete sencillo baja a un euro y los menores de 14 años viajarán gratis todo el año.",
     caption="Uno de los autobuses urbanos de la línea 2 en la plaza de España.", credit="Foto: Ayuntamiento de Valdeolmos del Río",
     carry=["farecalc"],
     body="""
El autobús urbano de Valdeolmos del Río estrena tarifas el 1 de julio. El Pleno municipal aprobó el jueves la nueva ordenanza, que rebaja el billete sencillo de 1,30 a un euro y amplía los descuentos para jóvenes y mayores.

La rebaja es posible gracias a las ayudas estatales al transporte público y a una aportación municipal de 240.000 euros anuales.

**Qué cambia con la ordenanza**

Con la nueva ordenanza:

- el billete sencillo cuesta 1 euro
- el bono de diez viajes pasa de 9 a 7 euros
- los menores de 14 años viajan gratis
- los mayores de 65 años y las personas con discapacidad pagan 0,30 euros por viaje con la tarjeta dorada

El transbordo entre líneas será gratuito durante una hora desde la validación.

"Queremos que coger el autobús sea más barato que aparcar en el centro", explicó el concejal de Movilidad, Andrés Ballesteros.

**Cómo conseguir la tarjeta**

Quienes ya tengan tarjeta de transporte no tienen que hacer nada: las nuevas tarifas se aplicarán automáticamente. Para obtener la tarjeta gratuita de los menores de 14 años hay que presentar el libro de familia o el DNI del menor.

Las líneas 1, 2 y 3 mantienen sus horarios de verano, con salidas cada 20 minutos de 7 a 22 horas.

Las solicitudes de tarjeta se atienden en la Oficina de Atención Ciudadana, en la plaza de España, 1, de lunes a viernes de 9 a 14 horas.
"""),

dict(id="h70-es-003", lang="es", tpl="chunks", section="Fiestas", date="2026-08-12", byline="Pablo Carrión",
     title="La verbena de San Roque vuelve a la plaza después de siete años",
     sub="Los vecinos de Torrejoncillo de la Vega han reunido el dinero para la orquesta con rifas y una paella popular.",
     caption="La plaza Mayor de Torrejoncillo de la Vega, preparada para la verbena.", credit="Foto: Pablo Carrión",
     look=[("br", "Este año lo han conseguido.")],
     body="""
Torrejoncillo de la Vega volverá a tener verbena el sábado, en la víspera de San Roque. Hacía siete años que la plaza Mayor no se llenaba de música: la última orquesta tocó en 2019, y después llegaron la pandemia y un presupuesto municipal que no daba para más.

El pueblo tiene 412 habitantes empadronados, pero en agosto llega a los 1.500. Los vecinos llevaban años diciendo que la fiesta se estaba perdiendo.

Este año lo han conseguido.

La comisión de fiestas, formada por nueve jóvenes del pueblo, ha reunido 9.800 euros en ocho meses.

**Rifas, paella y un mercadillo**

Así se ha pagado la fiesta:

- una rifa de un jamón cada mes, desde enero
- una paella popular en mayo para 600 personas
- un mercadillo de segunda mano en la antigua escuela
- la aportación de once bares y comercios de la comarca

"Las abuelas nos compraban diez papeletas cada una", cuenta entre risas Lucía Sanz, de 23 años, presidenta de la comisión.

**Orquesta y charanga**

La orquesta Nueva Alborada tocará desde las 23 horas hasta las cuatro de la madrugada. Antes, a las 20 horas, una charanga recorrerá las calles y habrá chocolate con bizcochos para los mayores en el hogar del jubilado.

El alcalde, Fermín Calvo, ha prometido que el Ayuntamiento pagará la verbena del año que viene si esta sale bien.

El domingo, día del patrón, la misa será a las 12 y la procesión saldrá a continuación desde la ermita.
"""),

dict(id="h70-ru-001", lang="ru", tpl="ucoz", site="Село Верхняя Ольшанка", kind="small", section="Новости села",
     date="2026-04-27", byline="olshanka_admin",
     title="Субботник на берегу: вывезли два грузовика мусора",
     sub="В субботу жители села убрали берег пруда и опушку леса за фермой.",
     caption="Участники субботника у пруда.", credit="Фото: Татьяна Кравцова",
     carry=["litterpicks", "gallery"],
     body="""
В субботу, 25 апреля, в нашем селе прошёл весенний субботник. На уборку берега пруда и опушки леса за старой фермой вышли 63 человека: взрослые, школьники и даже несколько дачников из города.

Работали с девяти утра до обеда. За это время собрали около двухсот мешков мусора, вытащили из воды старую лодку и три автомобильные шины. Два грузовика мусора вывез на полигон фермер Николай Гусев, бесплатно.

Больше всего мусора оказалось у моста, где летом отдыхают приезжие. Там нашли бутылки, пакеты, остатки мангалов.

Глава поселения Ирина Белоусова поблагодарила всех участников и пообещала поставить у пруда два контейнера и табличку с запретом выбрасывать мусор.

Школьники под руководством учителя биологии Галины Сергеевны посадили у пруда двадцать саженцев ивы. Саженцы передало районное лесничество.

После работы все собрались у клуба, где женщины из совета ветеранов накрыли стол: горячий чай, пироги, блины со сметаной. Дети получили грамоты и сладкие призы.

Отдельное спасибо семье Кравцовых, которая привезла перчатки и мешки на всех, и магазину «Колосок» за воду. Татьяна Кравцова ещё и сделала все фото, которые мы публикуем в альбоме сайта.

Следующий субботник пройдёт 16 мая, будем убирать территорию вокруг кладбища и памятника. Сбор в 9:00 у сельского клуба.
"""),

dict(id="h70-ru-002", lang="ru", tpl="semantic", section="Люди", date="2026-09-03", byline="Алина Шестакова",
     title="«Маяк не выключают на выходные»: сорок лет на Песчаной косе",
     sub="Смотритель маяка Виктор Лапин уходит на пенсию. Мы расспросили его о работе.",
     caption="Виктор Лапин у маяка на Песчаной косе.", credit="Фото: Алина Шестакова",
     look=[("italic", "Маяк не выключают на выходные.")],
     body="""
Виктор Лапин работает смотрителем маяка на Песчаной косе с 1986 года. В октябре он передаёт ключи сменщику. Мы поговорили с ним о сорока годах на косе.

**Как вы попали на косу?**

После флота искал работу у моря. В порту сказали: на косе нужен смотритель, жильё дают. Я приехал посмотреть и остался.

**Что делает смотритель?**

Следит, чтобы огонь горел, чтобы техника работала, чтобы всё было чисто. Раньше я каждый вечер сам включал лампу. Теперь автоматика, но проверять всё равно надо.

**А выходные?**

Маяк не выключают на выходные.

Отпуск был, конечно, но всегда кто-то оставался вместо меня.

**Самый страшный день?**

Шторм в ноябре 1997 года. Выбило окно в фонарном помещении, ветер такой, что стоять нельзя. Я держал фанеру, а жена прибивала. Огонь не погас ни на минуту.

**Не скучно одному?**

Я не один. Жена, собака, птицы. Летом рыбаки, туристы. Осенью здесь проходит миллион птиц, приезжают орнитологи со всей страны.

**Что будете делать на пенсии?**

Переезжаем в город, к дочери. Буду нянчить внуков. Но на косу буду приезжать, меня уже позвали водить экскурсии.

Экскурсии на маяк для групп проводятся по субботам с мая по сентябрь, записаться можно в краеведческом музее.
"""),

dict(id="h70-ru-003", lang="ru", tpl="table", section="Город", date="2026-12-09", byline="Денис Карпухин",
     title="Городской рынок переедет в новый крытый павильон",
     sub="Торговцы с открытых рядов на Заводской улице получат места в здании бывшего автовокзала.",
     caption="Открытые торговые ряды на Заводской улице.", credit="Фото: Денис Карпухин",
     section_tag=True,
     body="""
Городской рынок на Заводской улице весной переедет в крытый павильон. Под него перестраивают здание бывшего автовокзала, которое пустует с 2021 года. Работы должны закончиться к 1 апреля.

Сейчас на открытых рядах торгуют около 120 продавцов. Зимой многие из них стоят на морозе по восемь часов, а в дождь покупатели обходят рынок стороной.

**Что будет в павильоне**

По проекту в павильоне разместятся:

- 96 торговых мест с прилавками и холодильниками
- мясной и молочный отделы с лабораторией
- кафе и общественный туалет
- парковка на 60 машин

Аренда места будет стоить от 6 до 9 тысяч рублей в месяц, примерно как сейчас.

**Не все довольны**

Часть продавцов опасается, что мест на всех не хватит. «Я здесь с девяносто восьмого года торгую мёдом, — говорит пчеловод Пётр Савельев. — Обещают, что старожилов не обидят, но списков никто не видел».

В администрации ответили, что места сначала предложат тем, кто торгует на рынке не меньше трёх лет. Для сезонных продавцов рассады и ягод летом оставят открытую площадку у павильона.

Покупатели в целом переезд одобряют. «Наконец-то можно будет выбирать картошку не под снегом», — сказала пенсионерка Людмила Ершова.

Приём заявлений от продавцов начнётся 15 января в управлении торговли, кабинет 12.
"""),
]
