# Turkish, German, French, Spanish and Russian stories for the eighty-fifth held-out part (h85-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h85_en.py.
ARTICLES = [
dict(id="h85-tr-001", lang="tr", tpl="drupal", section="Yaşam", date="2026-09-22", byline="Serkan Özdemir",
     title="Dereboyu'nun bisiklet ustası 44 yıl sonra dükkânını çırağına bırakıyor",
     sub="Cemal Yüksel çarşıdaki dükkânında 1982'den beri lastik yamıyor, jant düzeltiyor.",
     caption="Cemal Yüksel, Çarşı Sokak'taki dükkânında.", credit="Fotoğraf: Serkan Özdemir",
     look=[("box", "Dükkân Emre Karataş'la aynı adreste")],
     body="""
Cemal Yüksel, Dereboyu'nun çarşısındaki küçük dükkânında 1982'den beri bisiklet tamir ediyor. Ay sonunda dükkânı yedi yıllık çırağına devredecek. Kırk dört yılı kendisiyle konuştuk.

**Bisiklet tamirine nasıl başladınız?**

Babam demirciydi. On iki yaşımda beni çarşıdaki Hilmi Usta'nın yanına çırak verdi. Lastik yamamayı, jant düzeltmeyi, zincir takmayı ondan öğrendim.

**O yıllarda Dereboyu'nda çok bisiklet var mıydı?**

Her evde bir tane vardı. Fabrikaya, tarlaya, okula bisikletle gidilirdi. Sabahları dükkânın önünde sıra olurdu.

**Sonra?**

Sonra herkes motosiklet aldı, ardından araba. Doksanlarda dükkânı kapatmayı bile düşündüm. Çocuk bisikletleri olmasa kapatırdım.

**Şimdi durum nasıl?**

Yine değişti. Belediye dere boyuna bisiklet yolu yaptı, gençler yeniden bisiklete bindi. Elektrikli bisikletini getiren de var, onlara hâlâ alışamadım.

**Dükkânı kime bırakıyorsunuz?**

Yedi yıldır yanımda çalışan Emre'ye. Elleri benden hızlı, sabrı da benden fazla.

**Peki siz ne yapacaksınız?**

Bisiklete bineceğim. Kırk dört yıl başkalarının bisikletini tamir ettim, kendiminkine binmeye hiç vaktim olmadı.

Dükkân Emre Karataş'la aynı adreste, Çarşı Sokak 14'te açık kalacak. Cemal Usta veda için cumartesi öğleden sonra dükkânda olacak ve eski müşterilerine çay ikram edecek.
"""),

dict(id="h85-tr-002", lang="tr", tpl="amp", section="Gündem", date="2026-02-26", byline="Gülay Tekin",
     title="Söğütlü Deresi'ne gece hafriyat döken kamyoncuya 186 bin lira ceza",
     sub="Araç, belediyenin dere kenarına geçen ay taktığı kameraya yakalandı.",
     caption="Söğütlü Deresi'nin yatağından çıkarılan moloz.", credit="Fotoğraf: Gülay Tekin",
     carry=["flytipping"],
     body="""
Dereboyu'nda Söğütlü Deresi'nin yatağına gece saatlerinde inşaat hafriyatı döken bir kamyon sürücüsüne 186 bin lira para cezası kesildi.

Kamyon, dere kenarına belediyenin geçen ay taktığı güneş enerjili kameraya takıldı. Görüntülerde aracın gece 02.40'ta dere yatağına geri geri yanaştığı ve kasasını boşalttığı görülüyor.

## Aylardır şikâyet vardı

Söğütlü Mahallesi sakinleri, dere boyuna moloz, eski eşya ve bahçe atığı döküldüğünü aylardır belediyeye bildiriyordu. Mahalle muhtarı Hatice Korkmaz, yağmurlu havalarda derenin taşma riskinin arttığını söyledi.

"Dere geçen kış iki kez taştı, bahçeleri su bastı. Yatak molozla dolunca su gidecek yer bulamıyor," dedi.

Belediye ekipleri üç gün içinde dere yatağından 42 kamyon moloz çıkardı. Temizliğin maliyetinin 310 bin lirayı bulduğu açıklandı.

## Kameralar çoğalacak

Belediye Başkanı Orhan Aydemir, cezanın çevre mevzuatı kapsamında kesildiğini, temizlik masrafının da sürücünün çalıştığı firmadan isteneceğini söyledi.

"Dereyi çöplüğe çevirenin bedelini bütün mahalle ödüyor. Bundan sonra kimse gecenin karanlığına güvenmesin," dedi.

Belediye, kamera sayısını yıl sonuna kadar dokuza çıkarmayı planlıyor. Yeni kameralar dere boyundaki ve köy yollarındaki döküm noktalarına yerleştirilecek.

Kaçak döküm gören vatandaşlardan aracın plakasını ve saati not almaları isteniyor.
"""),

dict(id="h85-tr-003", lang="tr", tpl="ghost", section="Kırsal", date="2026-04-11", byline="Nilüfer Çakır",
     title="Karaçınar'da tohum takası: ninelerin fasulyesi yeniden toprakla buluşuyor",
     sub="Köy okulunun bahçesindeki şenlikte 120 çeşit yerel tohum el değiştirdi.",
     caption="Tohum takası masaları, Karaçınar köy okulunun bahçesinde.", credit="Fotoğraf: Nilüfer Çakır",
     look=[("callout", "Takasa katılmak için para gerekmiyor")],
     body="""
Karaçınar köyünde cumartesi günü düzenlenen tohum takası şenliğine çevre köylerden ve Dereboyu'ndan 400'ü aşkın kişi katıldı.

Köy okulunun bahçesine kurulan masalarda 120 çeşit yerel tohum el değiştirdi. En çok ilgiyi, köyün yaşlılarının "kızıl fasulye" dediği ve yalnızca birkaç bahçede yetişen fasulye gördü.

Şenliği düzenleyen Karaçınar Kadın Kooperatifi'nin başkanı Sevim Arslan, tohumları yıllardır evlerinde saklayan kadınlardan tek tek topladıklarını anlattı.

"Annem bu fasulyeyi kendi annesinden almış. Tohumu bir kavanozda, kilerin en serin yerinde saklardı. Biz de öyle yapıyoruz," dedi.

Kooperatif, topladığı tohumları artık köy konağındaki bir dolapta, üzerinde ekildiği tarla ve yıl yazılı zarflarda saklıyor.

Takasa katılmak için para gerekmiyor: tohum getiren, aynı miktarda tohum götürebiliyor. Tohumu olmayanlar da bir sonraki hasattan geri getirmek üzere tohum alabiliyor.

Şenlikte köy kadınlarının hazırladığı gözleme ve ayran satıldı. Gelir, kooperatifin alacağı kurutma makinesi için ayrılacak.

Ziraat mühendisi Kerem Doğan, yerel tohumların kuraklığa karşı daha dayanıklı olabildiğini ve bu tür takasların çeşitlerin kaybolmasını önlediğini söyledi.

Tohum dolabı ekim ayına kadar her pazar 10.00 ile 14.00 arasında köy konağında açık olacak.
"""),

dict(id="h85-de-001", lang="de", tpl="sanity", section="Auenstedt", date="2026-05-28", byline="Katrin Ostermeier",
     title="Schulterblick und Handzeichen: Viertklässler üben für die Fahrradprüfung",
     sub="In der Jugendverkehrsschule Auenstedt drehen Kinder aus Weidenhausen ihre Runden. Immer mehr kommen ohne sichere Grundkenntnisse.",
     caption="Auf dem Übungsplatz der Jugendverkehrsschule Auenstedt.", credit="Foto: Katrin Ostermeier",
     carry=["bikeability"],
     look=[("dropcap", "Rechts ranfahren, Schulterblick, Handzeichen")],
     body="""
Rechts ranfahren, Schulterblick, Handzeichen: Auf dem Übungsplatz der Jugendverkehrsschule in Auenstedt drehen an diesem Vormittag 24 Kinder der Grundschule Weidenhausen ihre Runden zwischen Miniampeln, Zebrastreifen und einem Kreisverkehr aus Pflastersteinen.

Die Viertklässler bereiten sich auf ihre Fahrradprüfung vor. Vier Vormittage üben sie auf dem Platz, danach fahren sie in kleinen Gruppen durch die echten Straßen rund um ihre Schule.

Geleitet wird die Ausbildung von Polizeihauptkommissar Jens Oldenburg, der seit elf Jahren als Verkehrserzieher arbeitet.

## Weniger Kinder sind sicher auf dem Rad

Oldenburg beobachtet, dass immer mehr Kinder ohne sichere Grundkenntnisse zur Radfahrausbildung kommen.

„Früher hatten wir ein, zwei Kinder pro Klasse, die kaum das Gleichgewicht halten konnten. Heute sind es manchmal fünf oder sechs", sagt er.

Viele Kinder würden mit dem Auto zur Schule gebracht und führen nur noch am Wochenende mit den Eltern Rad, meist auf Wegen ohne Autos.

Die Kreisverkehrswacht bietet deshalb seit diesem Jahr zusätzliche Kurse für Kinder an, die noch unsicher sind. Auch Erwachsene, die das Radfahren nie gelernt haben, können sich dort anmelden.

## Prüfung mit Helm

Die Prüfung besteht aus einem theoretischen und einem praktischen Teil. Wer besteht, bekommt einen Fahrradpass. Ohne Helm fährt auf dem Übungsplatz niemand los.

Mia, neun Jahre alt, hat am meisten Respekt vor dem Linksabbiegen. „Da muss man so viel auf einmal machen", sagt sie.

Die Prüfung ist für den 12. Juni angesetzt. Eltern dürfen vom Rand des Übungsplatzes aus zuschauen.
"""),

dict(id="h85-de-002", lang="de", tpl="storybody", section="Region", date="2026-06-09", byline="Dirk Wedekind",
     title="Rufbus statt leerer Linienbusse: Das Lohetal testet den Kleinbus auf Bestellung",
     sub="Ab Juli fährt der Bus in Krummbach, Weidenhausen und den Nachbardörfern nur noch, wenn jemand ihn ruft.",
     caption="Einer der drei neuen Kleinbusse am Marktplatz in Auenstedt.", credit="Foto: Dirk Wedekind",
     body="""
Wer aus Krummbach, Weidenhausen oder einem der anderen Dörfer im Lohetal nach Auenstedt will, muss sich ab Juli nicht mehr nach dem Fahrplan richten. Der Landkreis ersetzt drei schwach genutzte Buslinien durch einen Rufbus, der nur fährt, wenn jemand ihn bestellt.

Bisher fuhren die großen Linienbusse auf diesen Strecken oft fast leer. Eine Zählung im vergangenen Herbst ergab im Schnitt 2,4 Fahrgäste pro Fahrt.

**Was der Rufbus im Lohetal bietet**

- Fahrten werden per App, telefonisch oder im Rathaus bestellt, spätestens eine Stunde vorher
- der Bus fährt montags bis samstags von 6 bis 22 Uhr
- er hält an allen bisherigen Haltestellen und an 40 zusätzlichen Punkten in den Dörfern
- es gilt der normale Bustarif, Schülerkarten werden anerkannt

Eingesetzt werden zunächst drei Kleinbusse mit je acht Sitzplätzen, einer davon mit einer Rampe für Rollstühle.

**Skepsis bei Älteren**

Im Gemeinderat von Krummbach gab es neben Zustimmung auch Sorgen. Ältere Menschen ohne Smartphone könnten abgehängt werden, sagte Gemeinderätin Ursula Brandes.

Der Landkreis verweist auf die Telefonnummer, die rund um die Uhr erreichbar sein soll. Außerdem sollen Ehrenamtliche in den Dörfern beim Bestellen helfen.

„Wenn der Bus nur noch auf Zuruf kommt, muss das Zurufen für alle einfach sein", sagt Brandes.

Der Versuch läuft zunächst zwei Jahre. Eine Informationsveranstaltung findet am 24. Juni um 19 Uhr im Dorfgemeinschaftshaus Krummbach statt.
"""),

dict(id="h85-de-003", lang="de", tpl="semantic", section="Kultur", date="2026-04-30", byline="Frauke Lindemann",
     title="Weidenhausens alte Schmiede öffnet nach fast sechzig Jahren als Museum",
     sub="Der Heimatverein hat die Werkstatt am Dorfanger zwei Jahre lang hergerichtet.",
     caption="Die Esse der alten Schmiede in Weidenhausen.", credit="Foto: Frauke Lindemann",
     low=0,
     look=[("italic", "„Wir haben jedes Pferd gezählt, zweimal.“")],
     body="""
Fast sechzig Jahre lang war die Schmiede in Weidenhausen verschlossen. Am Sonntag öffnet sie wieder, diesmal als kleinstes Museum im Lohetal.

Der Heimatverein hat zwei Jahre lang gearbeitet, um die Werkstatt am Dorfanger herzurichten. Das Dach wurde neu gedeckt, die Esse ausgebessert und der Blasebalg, den Mäuse zerfressen hatten, mit neuem Leder bespannt.

Der letzte Schmied, Wilhelm Haverkamp, schloss die Werkstatt 1967. Sein Werkzeug ließ er einfach liegen. Zangen und Hämmer hingen noch an der Wand, als der Verein die Tür zum ersten Mal wieder öffnete.

„Es war, als wäre er nur kurz zum Mittagessen gegangen", sagt die Vereinsvorsitzende Annegret Voss.

## Ein Enkel aus Kanada

Bei der Suche nach Fotos und Geschichten half ein Zufall. Haverkamps Enkel, der in Kanada lebt, stieß im Internet auf einen Aufruf des Vereins und schickte eine Kiste mit Briefen und Rechnungsbüchern seines Großvaters.

Daraus wissen die Heimatforscher nun, dass in der Schmiede im Jahr 1931 genau 412 Pferde beschlagen wurden.

„Wir haben jedes Pferd gezählt, zweimal.“

Zu sehen sind neben den Werkzeugen auch Hufeisen aus drei Jahrhunderten, die Dorfbewohner beim Umgraben ihrer Gärten gefunden haben.

Am Eröffnungstag wird ein Hufschmied aus Auenstedt an der alten Esse arbeiten. Für Kinder gibt es eine Schnitzecke.

Das Museum ist von Mai bis Oktober an jedem ersten Sonntag im Monat von 14 bis 17 Uhr geöffnet. Der Eintritt ist frei.
"""),

dict(id="h85-fr-001", lang="fr", tpl="typo3", site="Commune de Sainte-Orle", kind="public",
     section="Environnement", date="2026-03-19", byline="Services techniques",
     title="Dépôts sauvages : la commune installe des caméras et facturera l'enlèvement",
     sub="Plus de 14 tonnes de déchets abandonnés ont été ramassées depuis janvier sur le territoire communal.",
     caption="Un dépôt sauvage le long du chemin de la Doye.", credit="Photo : Mairie de Sainte-Orle",
     carry=["flytipping"], run_in=["flytipping"],
     body="""
Depuis le début de l'année, les services techniques de Sainte-Orle ont ramassé plus de 14 tonnes de déchets abandonnés sur le territoire de la commune, principalement le long du chemin de la Doye et près des points d'apport volontaire du bourg.

Électroménager, gravats, pneus, sacs d'ordures ménagères : le ramassage de ces dépôts mobilise chaque semaine deux agents pendant une journée entière, au détriment de l'entretien des espaces verts et de la voirie.

## Des caméras sur trois sites

Le conseil municipal a voté, lors de sa séance du 10 mars, l'installation de caméras mobiles sur les trois sites les plus touchés. Elles seront déplacées régulièrement.

Les auteurs identifiés s'exposent à une amende pouvant aller jusqu'à 1 500 euros. La commune facturera en outre les frais d'enlèvement, fixés à 350 euros par intervention.

## La déchetterie est gratuite

La déchetterie intercommunale des Aubiers accepte gratuitement les déchets des particuliers, y compris les encombrants et les gravats en petite quantité. Elle est ouverte du mardi au samedi, de 9 h à 12 h et de 14 h à 18 h.

Pour les personnes qui ne peuvent pas se déplacer, une collecte des encombrants sur rendez-vous a lieu une fois par mois.

Tout dépôt constaté peut être signalé à la mairie, en précisant le lieu, la date et, si possible, la nature des déchets.
"""),

dict(id="h85-fr-002", lang="fr", tpl="wordpress", section="Portraits", date="2026-10-02", byline="Anne-Sophie Ravel",
     title="« Je connaissais tous les chiens » : le facteur de Sainte-Orle raccroche sa sacoche",
     sub="Gérard Lemaître a distribué le courrier dans les hameaux pendant trente-huit ans.",
     caption="Gérard Lemaître devant la mairie de Sainte-Orle.", credit="Photo : Anne-Sophie Ravel",
     look=[("dropcap", "Pendant trente-huit ans, Gérard Lemaître")],
     body="""
Pendant trente-huit ans, Gérard Lemaître a distribué le courrier dans les hameaux de Sainte-Orle et des Aubiers, d'abord à vélo, puis en voiture jaune. Il prend sa retraite vendredi. Entretien.

**Comment êtes-vous devenu facteur ?**

Par hasard. Mon oncle était receveur à Valmorin. En 1988, il manquait quelqu'un pour l'été. Je suis resté trente-huit ans.

**La tournée a beaucoup changé ?**

Énormément. Au début, je portais surtout des lettres, des journaux, des mandats. Aujourd'hui, ce sont des colis et de la publicité. Des lettres, on en voit de moins en moins.

**Et les gens ?**

Ce sont les mêmes, en plus vieux. Beaucoup vivent seuls dans les hameaux. Pour certains, j'étais la seule personne qu'ils voyaient de la journée. On prenait le temps d'un café, même si la tournée prenait du retard.

**Un souvenir particulier ?**

L'hiver 2010, et la neige. Je suis resté bloqué trois heures au lieu-dit La Combe. Une dame m'a fait une omelette en attendant le chasse-neige.

**Et les chiens ?**

Je les connaissais tous, par leur nom. Un seul m'a mordu en trente-huit ans, et il s'est excusé le lendemain à sa façon : il m'a rapporté mon gant.

**Que ferez-vous maintenant ?**

Du jardin, et de la marche. Je connais tous les chemins de la commune, mais je ne les ai jamais parcourus à pied.

Un pot de départ est organisé vendredi à 18 h à la salle des fêtes de Sainte-Orle. Tous les habitants y sont invités.
"""),

dict(id="h85-fr-003", lang="fr", tpl="hugo", section="Éducation", date="2026-06-23", byline="Mathieu Castagné",
     title="Savoir rouler à vélo : 68 écoliers de Valmorin décrochent leur attestation",
     sub="Dix séances, trois étapes et vingt-deux vélos prêtés par une association de réparation.",
     caption="Des élèves de CM2 dans la cour de l'école des Tilleuls.", credit="Photo : Mathieu Castagné",
     carry=["bikeability"],
     body="""
Soixante-huit élèves de CM1 et de CM2 des écoles de Valmorin ont reçu mardi leur attestation « Savoir rouler à vélo », au terme de dix séances de formation.

Le programme, proposé depuis trois ans par la communauté de communes, se déroule en trois étapes : maîtriser son vélo dans la cour, découvrir la circulation sur un espace fermé, puis rouler en situation réelle, en petits groupes, dans les rues du bourg.

## Des vélos prêtés

Tous les enfants n'ont pas un vélo en état de rouler. L'association Roue Libre du Val, qui répare des vélos donnés, en a prêté vingt-deux pour la durée de la formation, avec des casques.

« Certains enfants ne sont jamais montés sur un vélo. En dix séances, ils apprennent à freiner, à tourner la tête sans faire d'écart et à se placer dans un carrefour », explique Stéphane Guérin, éducateur sportif de la communauté de communes.

## Vers le collège à vélo

L'objectif est que davantage d'enfants se rendent au collège à vélo à la rentrée. Une piste cyclable relie depuis l'an dernier le quartier des Tilleuls au collège.

Les parents restent prudents. « Je suis content qu'il sache rouler, mais la route de Sainte-Orle, je ne le laisserai pas la prendre seul », confie le père d'un élève.

La communauté de communes envisage de proposer des séances le samedi aux adultes qui souhaitent se remettre en selle.

Les inscriptions pour la session d'automne ouvrent le 1er septembre auprès des directeurs d'école.
"""),

dict(id="h85-es-001", lang="es", tpl="ucoz", site="Asociación Vecinal de Navalcerro", kind="small",
     section="Noticias del pueblo", date="2026-05-17", byline="av_navalcerro",
     title="Los vecinos devuelven el agua al lavadero de la fuente vieja",
     sub="Una treintena de vecinos trabajó tres fines de semana en el lavadero del siglo XIX.",
     caption="El lavadero de la fuente vieja, ya con agua.", credit="Foto: asociación vecinal",
     body="""
El lavadero de la fuente vieja de Navalcerro vuelve a tener agua. Después de tres fines de semana de trabajo, una treintena de vecinos terminó el domingo la limpieza y reparación de este lavadero del siglo XIX, que llevaba más de veinte años abandonado.

La idea surgió en la asamblea de la asociación del pasado noviembre. Varias vecinas mayores recordaban haber lavado allí la ropa de niñas y pidieron que no se perdiera.

Lo que se ha hecho en tres fines de semana:

- se sacaron del pilón once carretillas de barro, hojas y piedras
- se rejuntaron las piedras de lavar, que estaban sueltas
- se desatascó el caño, que ahora echa agua otra vez
- se pintó el tejadillo y se colocó un banco de madera

El material, unos 600 euros, lo pagó la asociación con lo recaudado en la última comida de hermandad. El Ayuntamiento prestó una hormigonera y el camión para llevarse el barro.

Felisa Montero, de 84 años, fue la primera en meter las manos en el agua cuando volvió a correr.

«Aquí nos juntábamos todas las mujeres del pueblo. Se lavaba, se cantaba y una se enteraba de todo», contó.

La asociación quiere colocar junto al lavadero un panel con fotografías antiguas y pide a quien tenga fotos del lavadero que las preste para escanearlas.

Las fotos se pueden dejar en el bar de la plaza, a nombre de la asociación, hasta finales de mes.
"""),

dict(id="h85-es-002", lang="es", tpl="fusion", section="Sucesos", date="2026-11-18", byline="Marta Izquierdo",
     title="Un detector de humo de 15 euros despierta a una familia en pleno incendio en Fuentealba",
     sub="El fuego, originado por un radiador junto al sofá, calcinó el salón y la cocina del piso de la calle Cervantes.",
     caption="La fachada del bloque de la calle Cervantes tras el incendio.", credit="Foto: Marta Izquierdo",
     carry=["firesafety"],
     look=[("factbox", "El incendio, en cifras")],
     body="""
Una familia de cuatro miembros salió ilesa de madrugada del incendio de su vivienda, en la calle Cervantes de Fuentealba de la Vega, gracias a un detector de humo que había instalado un mes antes.

El fuego se originó hacia las 4.15 en el salón, probablemente por un radiador eléctrico que había quedado encendido junto al sofá. El pitido del detector despertó al padre, que sacó a su mujer y a sus dos hijos por la escalera antes de que el humo la llenara.

## El incendio, en cifras

- 4 dotaciones de bomberos del parque comarcal
- 25 minutos para apagar el fuego
- 12 vecinos desalojados del edificio
- 1 detector de humo de 15 euros

Los vecinos de los otros pisos del bloque pudieron volver a sus casas a media mañana. Dos de ellos fueron atendidos por inhalación de humo en el centro de salud.

El salón y la cocina quedaron calcinados. La familia se aloja de momento en casa de unos familiares en Navalcerro.

«Lo compramos casi por casualidad, estaba de oferta en la ferretería. Nos ha salvado la vida», dijo la madre, Rocío Gallardo.

El jefe del parque de bomberos, Andrés Peinado, recordó que en las viviendas ya construidas no es obligatorio tener detector de humo, y pidió a los vecinos que instalen al menos uno en el pasillo de los dormitorios.

El Ayuntamiento ha abierto una cuenta en la sucursal bancaria de la plaza para quien quiera ayudar a la familia.
"""),

dict(id="h85-es-003", lang="es", tpl="beaverbuilder", site="El Mirador de la Vega",
     section="Mayores", date="2026-06-05", byline="Jorge Valdivieso",
     title="Cuarenta jubilados estrenan los huertos urbanos junto al río",
     sub="Las parcelas, de cincuenta metros cuadrados, se sortearon entre 112 vecinos de Fuentealba de la Vega.",
     caption="Los nuevos huertos urbanos junto al río, en Fuentealba de la Vega.", credit="Foto: Jorge Valdivieso",
     look=[("bold", "Nadie puede usar venenos."), ("italic", "«Aquí se viene a plantar, pero sobre todo a hablar.»"),
           ("br", "Muchos de los adjudicatarios viven solos")],
     body="""
Compartir la azada, el agua y los consejos es la primera norma de los nuevos huertos urbanos de Fuentealba de la Vega, que desde este mes cultivan cuarenta jubilados en una antigua escombrera junto al río.

Cada parcela mide cincuenta metros cuadrados y se adjudicó por sorteo entre los 112 vecinos que se apuntaron. El Ayuntamiento ha instalado riego por goteo, una caseta para las herramientas y un compostador comunitario.

Nadie puede usar venenos.

El reglamento prohíbe los pesticidas químicos y obliga a mantener la parcela cultivada. Quien la deje abandonada más de dos meses la pierde, y pasa al siguiente de la lista de espera.

Tomás Barrientos, de 71 años, ha plantado tomates, pimientos y una hilera de girasoles «para que se vea desde la carretera». Trabajó cuarenta años en la construcción.

«Yo de huerta no sabía nada. Me enseña el de al lado, que es de pueblo», dice.

«Aquí se viene a plantar, pero sobre todo a hablar.»

La concejala de Mayores, Lucía Sanjuán, explica que el proyecto busca también combatir la soledad.

Muchos de los adjudicatarios viven solos desde que enviudaron.

Los hortelanos ya han organizado turnos para regar en agosto, cuando la mitad se va con los nietos a la playa.

Los huertos abren todos los días de 8.00 a 21.00. La lista de espera sigue abierta en el Centro de Mayores de la plaza de España.
"""),

dict(id="h85-ru-001", lang="ru", tpl="table", section="Происшествия", date="2026-01-29", byline="Денис Коробейников",
     title="В Ольховке семью с тремя детьми разбудил пожарный извещатель",
     sub="Прибор бесплатно установили сотрудники МЧС прошлой осенью.",
     caption="Сгоревшая котельная частного дома на улице Садовой.", credit="Фото: Денис Коробейников",
     carry=["firesafety"],
     body="""
В посёлке Ольховка под Тихореченском ночью загорелся частный дом на улице Садовой. Семья из пяти человек успела выбраться на улицу: их разбудил пожарный извещатель, установленный прошлой осенью.

Пожар начался около трёх часов ночи в котельной, пристроенной к дому. По предварительной версии, причиной стала неисправность электрического котла.

Хозяйка дома Наталья Горелова рассказала, что сначала подумала, будто пищит телефон.

«Потом почувствовала запах дыма. Схватила младшую, муж вынес двоих старших. Через пять минут коридор был весь в дыму», — сказала она.

На место выехали два расчёта пожарной части Тихореченска. Огонь потушили за сорок минут, но котельная и кухня выгорели полностью. Никто не пострадал.

## Извещатель за счёт области

Автономный пожарный извещатель семье бесплатно установили сотрудники МЧС по программе для многодетных семей. В районе такие приборы получили уже около трёхсот домов.

Начальник пожарной части Игорь Семенихин напомнил, что в частных домах с печным и электрическим отоплением пожары чаще всего случаются зимой и ночью.

«Извещатель стоит как две пачки чая. Проверьте его сегодня: нажмите кнопку — и спите спокойно», — сказал он.

Администрация посёлка выделила семье временное жильё. Соседи собирают для неё одежду и вещи, их можно приносить в сельский клуб с 10 до 18 часов.
"""),

dict(id="h85-ru-002", lang="ru", tpl="portal", section="Город", date="2026-04-16", byline="Ксения Ладыгина",
     title="Свалку за гаражами на Речной вывезли — через неделю она вернулась",
     sub="Жители просят камеру и освещение на пустыре за гаражным кооперативом «Мотор».",
     caption="Мусор на пустыре за гаражами на улице Речной.", credit="Фото: Ксения Ладыгина",
     carry=["flytipping"],
     body="""
Жители улицы Речной в Тихореченске снова жалуются на стихийную свалку за гаражным кооперативом «Мотор». Её вывезли в начале месяца, но уже через неделю на том же месте лежали старый диван, покрышки и мешки со строительным мусором.

Управляющая компания, обслуживающая соседние дома, вывезла с пустыря 18 кубометров отходов. Работы обошлись почти в 90 тысяч рублей.

**Кто везёт мусор**

По словам жителей, мусор привозят по вечерам на легковых машинах с прицепами и на грузовых фургонах. Некоторые номера соседи успели записать.

«Мы дежурим по очереди, но всех не поймаешь. Тут нет ни фонаря, ни камеры», — говорит председатель совета дома № 12 Валентина Крюкова.

**Штрафы и камеры**

В администрации города сообщили, что пустырь включён в список мест, где до конца года установят камеры видеонаблюдения. Записи с номерами машин будут передавать в полицию.

За выброс мусора в неположенном месте жителям грозит штраф в несколько тысяч рублей, а если мусор выгружен из машины, сумма вырастает в разы.

Пока же администрация обещает поставить на пустыре бетонные блоки, чтобы машины не могли подъехать к гаражам с тыльной стороны.

Субботник на пустыре назначен на 25 апреля, сбор у въезда в гаражный кооператив в 10 часов.
"""),

dict(id="h85-ru-003", lang="ru", tpl="gutenberg", section="Общество", date="2026-12-21", byline="Павел Ефремов",
     title="Каток во дворе: жители Заречья залили лёд сами",
     sub="Без помощи администрации соседи за три недели построили каток из старых бортов и пожарного рукава.",
     caption="Вечерний каток во дворе в Заречье.", credit="Фото: Павел Ефремов",
     look=[("dropcap", "Жители микрорайона Заречье"), ("box", "Каток открыт ежедневно")],
     body="""
Жители микрорайона Заречье в Тихореченске впервые за десять лет залили во дворе каток — без помощи администрации и управляющей компании.

Идея принадлежит Сергею Пахомову, отцу двоих сыновей. Прошлой зимой он возил детей кататься на городской стадион, а это полчаса на автобусе в одну сторону.

В ноябре он написал в домовой чат, и откликнулись больше двадцати соседей.

## Что понадобилось

- старые деревянные борта, которые нашлись за трансформаторной будкой
- пожарный рукав, подаренный местной пожарной частью
- два прожектора и удлинитель из подвала дома № 7
- около сорока ночей дежурства с лопатами и шлангом

Заливали по ночам, когда мороз сильнее, слоями по два-три сантиметра. В первый раз лёд треснул, и всё пришлось начинать заново.

«Мы думали, дело на два вечера. Вышло на три недели», — смеётся Пахомов.

Сейчас на катке каждый вечер катаются десятки детей, а по выходным взрослые играют в хоккей. Коньки, из которых дети выросли, соседи сносят в общую коробку у входа.

Каток открыт ежедневно с 9 до 22 часов. Помочь почистить лёд можно в любой вечер: лопаты стоят у борта.

Следить за состоянием льда можно в группе катка во «ВКонтакте», где дежурные каждое утро выкладывают фото.
"""),
]
