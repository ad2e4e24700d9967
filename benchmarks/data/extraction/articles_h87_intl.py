# Turkish, German, French, Spanish and Russian stories for the eighty-seventh held-out part (h87-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h87_en.py.
ARTICLES = [
dict(id="h87-tr-001", lang="tr", tpl="table", section="Yerel Yönetim", date="2026-02-11", byline="Oya Karabulut",
     title="Kumburun Belediye Başkanı halk gününü mahalle muhtarlıklarına taşıdı",
     sub="Başkan Nurcan Ertürk artık her çarşamba başka bir mahallede vatandaşları dinliyor.",
     caption="Yeşilkaya muhtarlığında halk günü sırası.", credit="Fotoğraf: Oya Karabulut",
     carry=["councillorsurgeries"], run_in=["councillorsurgeries"],
     body="""
Kumburun Belediye Başkanı Nurcan Ertürk, her çarşamba belediye binasında yaptığı halk gününü bu aydan itibaren mahalle muhtarlıklarına taşıdı.

İlk buluşma geçen çarşamba Yeşilkaya Mahallesi muhtarlığında yapıldı. Sabah dokuzda kapıda kuyruk vardı; başkan öğleden sonra üçe kadar 47 kişiyi dinledi.

**Neden mahalleler?**

Ertürk, belediye binasına gelmenin özellikle yaşlılar ve köylerde oturanlar için zor olduğunu söyledi.

"Çamlıtepe'den belediyeye gelmek isteyen bir teyzemiz iki dolmuş değiştiriyor. Biz ona gidelim dedik," dedi.

**Yol, su, imar**

Yeşilkaya'daki görüşmelerde en çok yollar, su kesintileri ve imar sorunları konuşuldu. Bazı vatandaşlar iş ve burs talebiyle geldi.

Başkanın yanında fen işleri, su ve imar müdürlüklerinden birer yetkili de bulunuyor. Başvurular tek tek kayda geçiriliyor ve her vatandaşa bir takip numarası veriliyor.

Yeşilkaya muhtarı Kemal Sarıgül, muhtarlığın küçük odasının ilk kez bu kadar kalabalık olduğunu söyledi.

"Çay ocağını komşudan ödünç aldık, yine de yetmedi," dedi.

**Sırada Dalyanköy var**

Halk günleri her hafta farklı bir mahallede yapılacak. Belediye, programı muhtarlıkların ilan panolarına asıyor.

Bu çarşamba halk günü saat 09.00'da Dalyanköy muhtarlığında başlayacak. Randevu gerekmiyor, sıra numarası kapıda veriliyor.
"""),

dict(id="h87-tr-002", lang="tr", tpl="regional", section="Ekonomi", date="2026-04-02", byline="Cengiz Yalınkaya",
     title="Kumburun'da konaklama vergisi tartışması: pansiyoncular kayıt dışı kiralık evlerden şikâyetçi",
     sub="Otel ve pansiyonlar geceleme bedelinin yüzde 2'sini vergi olarak öderken, günlük kiralanan evlerin çoğu kayıtsız.",
     caption="Kumburun sahilinde pansiyonlar.", credit="Fotoğraf: Cengiz Yalınkaya",
     carry=["touristtax"],
     body="""
Kumburun'da otel ve pansiyon işletmecileri konaklama vergisini düzenli ödediklerini, ancak sahil boyunca günlük kiraya verilen yüzlerce evin hiçbir vergi ödemediğini söylüyor.

Konaklama vergisi 2023'ten bu yana otel, pansiyon ve apart gibi tesislerde geceleme bedelinin yüzde 2'si oranında alınıyor. Vergiyi tesis işletmecisi misafirden tahsil ediyor ve her ay beyan ediyor.

## "Aynı sokakta iki ayrı kural"

Kumburun Turizmciler Derneği Başkanı Selim Akdoğan, ilçede kayıtlı 86 tesis bulunduğunu, buna karşılık internet sitelerinde 600'den fazla evin günlük kiralık olarak ilan edildiğini söyledi.

"Benim pansiyonum vergiyi de sigortayı da ödüyor. Yan komşum evini yazın haftalık kiraya veriyor, hiçbir şey ödemiyor. Aynı sokakta iki ayrı kural var," dedi.

## İzin belgesi zorunlu

Turizm amaçlı kiralamalar için 2024'ten beri izin belgesi alınması gerekiyor. İzin belgesi olmadan kiraya verilen konutlar için her ev adına ayrı para cezası uygulanabiliyor.

Kaymakamlık, yaz sezonu öncesinde sahil mahallelerinde denetim yapılacağını açıkladı. Denetimlerde kiracılarla da görüşülecek.

Günlük kiralık daire sahibi Ayten Kılınç ise belge için başvurduğunu, ancak işlemlerin aylardır sürdüğünü anlattı.

"Ben saklanmıyorum. Başvurdum, bekliyorum. Sıra gelince ben de vergimi öderim," dedi.

Dernek, konunun görüşüleceği toplantıyı 18 Nisan'da saat 14.00'te Kumburun Kültür Merkezi'nde yapacak. Toplantı herkese açık.
"""),

dict(id="h87-tr-003", lang="tr", tpl="chunks", section="Yaşam", date="2026-05-04", byline="Elif Demirkol",
     title="Dalyanköy'ün son ahşap tekne ustası: \"Tekneyi denize indirmek düğün gibidir\"",
     sub="Hasan Tepecik 51 yıldır köyün kıyısındaki tezgâhında ahşap balıkçı teknesi yapıyor.",
     caption="Hasan Tepecik, Dalyanköy'deki tezgâhında.", credit="Fotoğraf: Elif Demirkol",
     look=[("br", "Bazen de turistler gelip")],
     body="""
Hasan Tepecik on dört yaşında babasının yanında rende tutmaya başladı. Elli bir yıldır Dalyanköy'ün kıyısındaki tezgâhında ahşap balıkçı tekneleri yapıyor. Kendisiyle tezgâhında konuştuk.

**Kaç tekne yaptınız?**

Saymadım ama defterime bakarsak 230'u geçti. Çoğu bu körfezde hâlâ denizde.

**Hangi ağacı kullanıyorsunuz?**

Omurga için meşe, kaplama için çam ve iroko. Ağacı kendim seçerim. Kereste deposuna gider, tahtalara tek tek vururum, sesinden anlarım.

**Bir tekne ne kadar sürede biter?**

Yedi metrelik bir balıkçı teknesi iki çırakla dört ayda biter. Eskiden üç ayda bitirirdik, şimdi ellerim eskisi kadar hızlı değil.

**Ya şimdi?**

Şimdi sipariş az. Balıkçılar fiber tekne alıyor, hem ucuz hem bakımı kolay. Bana gelenler daha çok teknesini tamir ettirmek isteyenler.

Bazen de turistler gelip tezgâhta fotoğraf çekiyor.

**Tezgâhta çırağınız var mı?**

İki tane var, ikisi de yeğenim. Biri bu işi gerçekten seviyor. Tezgâhı ona bırakacağım.

**Denize indirme günü nasıl geçer?**

Düğün gibidir. Bütün köy gelir, dua edilir, tekne sahibi kurban keser. Tekne suya değdiği an herkes bağırır.

Tepecik'in yaptığı son tekne "Deniz Kızı", 12 Mayıs cumartesi saat 11.00'de Dalyanköy iskelesinde denize indirilecek.
"""),

dict(id="h87-de-001", lang="de", tpl="magazine", section="Reportage", date="2026-03-18", byline="Miriam Köhler",
     title="Falsch geparkt auf seinem Platz: Ein Seebrunner Rollstuhlfahrer führt Buch",
     sub="Seit einem Jahr notiert Jonas Wendt jedes Auto ohne Ausweis auf dem Behindertenparkplatz vor seinem Haus. Es sind 214.",
     caption="Jonas Wendt vor seinem Haus in der Seestraße.", credit="Foto: Miriam Köhler",
     pull="Ich will nur aus meinem Auto aussteigen können",
     carry=["bluebadge"],
     look=[("dropcap", "Jonas Wendt hat ein kleines schwarzes Notizbuch"), ("box", "Wer auf einem Behindertenparkplatz")],
     body="""
Jonas Wendt hat ein kleines schwarzes Notizbuch im Handschuhfach. Darin stehen Datum, Uhrzeit und Kennzeichen jedes Autos, das ohne Parkausweis auf dem Behindertenparkplatz vor seinem Haus in der Seestraße stand. Seit März vergangenen Jahres sind es 214 Einträge.

Wendt, 43, sitzt seit einem Arbeitsunfall im Rollstuhl. Er fährt ein umgebautes Auto mit einer Rampe am Heck, für die er hinter dem Wagen drei Meter Platz braucht. Der ausgewiesene Parkplatz vor seiner Tür ist lang genug. Die Lücken in der Straße sind es nicht.

„Wenn jemand auf meinem Platz steht, komme ich nicht aus dem Auto. Dann sitze ich eben und warte“, sagt er.

## Zehn Minuten, jedes Mal

Die meisten Falschparker, sagt Wendt, seien nur „kurz beim Bäcker“. Er hat eine Zeit lang mitgestoppt: Im Schnitt wartete er zehn Minuten.

Wer auf einem Behindertenparkplatz ohne Berechtigung parkt, muss mit einem Verwarnungsgeld von 55 Euro rechnen. Wird der Wagen abgeschleppt, kommen die Kosten dafür hinzu.

Das Ordnungsamt der Stadt Seebrunn hat nach eigenen Angaben im vergangenen Jahr 312 solcher Verstöße geahndet, 41 Autos wurden abgeschleppt. Wendts Notizbuch kennt man im Rathaus inzwischen auch.

## Ein Schild mit Nummer

Im Herbst hat die Stadt ein zweites Schild an seinem Parkplatz angebracht. Darauf ist nicht nur das Rollstuhlsymbol zu sehen, sondern auch die Nummer seines Parkausweises. Seitdem, sagt Wendt, sei es besser geworden, aber nicht gut.

„Ich will niemanden anzeigen. Ich will nur aus meinem Auto aussteigen können“, sagt er.

Falschparker auf Behindertenparkplätzen können werktags von 7 bis 18 Uhr beim Ordnungsamt im Seebrunner Rathaus gemeldet werden.
"""),

dict(id="h87-de-002", lang="de", tpl="ghost", section="Ottersried", date="2026-04-21", byline="Tobias Ranftl",
     title="Lesen im Wartehäuschen: Ottersried macht die alte Bushaltestelle zur Bücherstube",
     sub="Seit der Bus nicht mehr hält, stehen in dem Holzhäuschen am Dorfplatz rund 600 Bücher.",
     caption="Die Bücherstube im alten Wartehäuschen am Dorfplatz.", credit="Foto: Tobias Ranftl",
     look=[("callout", "Die Regeln der Bücherstube sind einfach")],
     body="""
Seit der Linienbus im vergangenen Sommer seine Route geändert hat, hält in Ottersried kein Bus mehr. Das hölzerne Wartehäuschen am Dorfplatz blieb trotzdem stehen. Jetzt ist es eine Bücherstube.

Die Idee hatte Gertrud Hallmayer, pensionierte Grundschullehrerin und seit vierzig Jahren Nachbarin des Häuschens. Zusammen mit ihrem Schwiegersohn baute sie im Winter Regale ein, die vom Boden bis unter das Dach reichen.

Inzwischen stehen dort rund 600 Bücher, von Bilderbüchern über Krimis bis zu Kochbüchern.

Die Regeln der Bücherstube sind einfach: Man darf ein Buch mitnehmen, ein Buch hineinstellen oder beides, und niemand führt eine Liste.

Nur ein paar Dinge möchte Hallmayer nicht in den Regalen sehen:

- Lexika und alte Telefonbücher
- Zeitschriften, die älter als ein Jahr sind
- Bücher mit Schimmel oder Wasserflecken
- Schulbücher, die nach einer Lehrplanänderung keiner mehr braucht

„Die Leute meinen es gut, aber ein Lexikon von 1974 liest hier keiner“, sagt sie.

Die Gemeinde hat das Häuschen der Bücherstube offiziell überlassen und eine Solarleuchte unter das Dach geschraubt, damit man auch im Winter nach der Arbeit noch etwas findet.

Die Bänke sind geblieben. Wer will, setzt sich hin und fängt gleich an zu lesen.

Die Bücherstube ist rund um die Uhr geöffnet. Größere Bücherspenden nimmt Gertrud Hallmayer nach Absprache im Haus Dorfplatz 3 an.
"""),

dict(id="h87-de-003", lang="de", tpl="wordpress", section="Kienbach", date="2026-06-02", byline="Sabine Wallner",
     title="Hundert Jahre Feuerwehr Kienbach – und ein Zwölfjähriger schreibt die Chronik",
     sub="Leon Brandl hat zwei Jahre lang alte Protokollbücher gelesen und ehemalige Feuerwehrleute befragt.",
     caption="Leon Brandl mit der Chronik im Kienbacher Feuerwehrhaus.", credit="Foto: Sabine Wallner",
     low=0,
     look=[("dropcap", "Als die Freiwillige Feuerwehr Kienbach")],
     body="""
Als die Freiwillige Feuerwehr Kienbach im vergangenen Jahr beschloss, zu ihrem hundertsten Geburtstag eine Chronik herauszugeben, meldete sich ein Freiwilliger, mit dem niemand gerechnet hatte: Leon Brandl, damals zehn Jahre alt und Mitglied der Kinderfeuerwehr.

Zwei Jahre später liegt das Buch vor. Es hat 96 Seiten und mehr als 150 Fotos.

Leon hat dafür die Protokollbücher der Wehr seit 1926 gelesen, die bis in die fünfziger Jahre in alter deutscher Schrift geführt wurden. Lesen konnte er sie zuerst nicht. Seine Urgroßmutter brachte es ihm bei.

„Am Anfang habe ich für eine Seite eine Stunde gebraucht. Am Ende ging es schneller als mit normaler Schrift“, sagt er.

Außerdem hat er elf ehemalige Feuerwehrleute besucht und ihre Erinnerungen aufgeschrieben. Der älteste war 94 und erzählte vom großen Scheunenbrand von 1953, bei dem die Männer das Wasser noch mit Eimern aus dem Mühlbach holten.

## Ein Kapitel über die Frauen

Ein eigenes Kapitel widmet Leon den Frauen der Wehr. Die erste trat 1991 ein, heute sind elf der 48 aktiven Mitglieder Frauen.

Kommandant Florian Reiter ist beeindruckt: „Ich habe in dem Buch Dinge über unsere Wehr gelernt, die ich nach 25 Jahren nicht wusste.“

Die Chronik wird beim Festabend am 13. Juni im Feuerwehrhaus vorgestellt und kostet 12 Euro. Der Erlös geht an die Kinderfeuerwehr.
"""),

dict(id="h87-fr-001", lang="fr", tpl="odoo", site="Le Fil des Sablonnières",
     section="Tourisme", date="2026-03-03", byline="Gwenaëlle Tanguy",
     title="Taxe de séjour : aux Sablonnières, les loueurs de meublés déclareront tout en ligne dès le 1er mai",
     sub="La communauté de communes de la Côte des Dunes change de plateforme et relève le tarif des meublés non classés.",
     caption="Maisons de location près de la plage du Goulet.", credit="Photo : Gwenaëlle Tanguy",
     carry=["touristtax"], tags=["Taxe de séjour aux Sablonnières", "Meublés de la Côte des Dunes"],
     look=[("bold", "Le tarif des meublés non classés augmente."),
           ("italic", "« Les vacanciers ne voient pas la différence"), ("br", "Elles ont lieu les mardis d'avril")],
     body="""
À partir du 1er mai, les propriétaires qui louent un meublé de tourisme aux Sablonnières, à Saint-Aubin-des-Dunes ou à Mouliers devront déclarer leurs nuitées et reverser la taxe de séjour sur une plateforme en ligne, et non plus avec le formulaire papier déposé en mairie.

Le changement a été voté en conseil communautaire le 12 février. Il concerne environ 1 400 hébergements sur le territoire de la Côte des Dunes, dont plus de mille meublés loués par des particuliers.

## Ce qui change pour les loueurs

Chaque mois, le loueur indique le nombre de nuitées et de personnes hébergées. La plateforme calcule la taxe due, et le paiement se fait ensuite par virement ou par carte, chaque trimestre.

Les locations réservées sur les grandes plateformes ne changent pas : c'est la plateforme qui collecte la taxe et la reverse directement.

Le tarif des meublés non classés augmente.

Pour ces hébergements, la taxe passe de 4 % à 5 % du prix de la nuitée par personne, dans la limite du plafond fixé par la loi.

« On nous prévient deux mois avant la saison, c'est court », regrette Chantal Le Bihan, qui loue deux maisons près de la plage du Goulet.

D'autres y voient un soulagement. Joël Mabire, qui gère cinq studios, ne regrettera pas le formulaire papier : « Je passais un après-midi par mois à recopier des colonnes. »

« Les vacanciers ne voient pas la différence, c'est nous qui la voyons. »

La taxe de séjour a rapporté 612 000 euros l'an dernier à la communauté de communes. Elle finance l'office de tourisme, l'entretien des sentiers côtiers et les navettes gratuites de l'été.

Des permanences d'aide sont prévues à l'office de tourisme des Sablonnières.

Elles ont lieu les mardis d'avril, de 14 h à 17 h, sans rendez-vous.

Les identifiants de connexion seront envoyés par courrier aux loueurs déjà déclarés en mairie. Les autres peuvent les demander à l'office de tourisme.
"""),

dict(id="h87-fr-002", lang="fr", tpl="legacy-br", section="Mouliers", date="2026-02-27", byline="Pascal Guéguen",
     title="À Mouliers, le maire tient sa permanence entre le fromager et le poissonnier",
     sub="Depuis janvier, Bernard Quéré reçoit les habitants sous un barnum, chaque samedi de marché.",
     caption="Bernard Quéré sous son barnum, place de l'Église.", credit="Photo : Pascal Guéguen",
     carry=["councillorsurgeries"],
     body="""
Le samedi matin, sur la place de l'Église de Mouliers, il y a le fromager, le poissonnier, le maraîcher bio… et le maire.

Depuis janvier, Bernard Quéré tient sa permanence sous un barnum blanc au milieu du marché, avec une table pliante, deux chaises et un thermos de café.

**« Plus personne ne montait à la mairie »**

L'idée lui est venue en constatant que plus personne ne venait à ses permanences du mercredi soir, à la mairie.

« Je restais deux heures seul dans mon bureau. Au marché, en deux heures, je vois quarante personnes », explique-t-il.

On vient le voir pour un permis de construire, un chemin communal défoncé, un voisin qui brûle ses déchets verts, ou simplement pour lui dire bonjour.

**Une secrétaire de mairie à ses côtés**

La secrétaire de mairie, Évelyne Raoul, l'accompagne un samedi sur deux avec un ordinateur portable, pour répondre tout de suite aux questions d'état civil ou d'urbanisme.

Les demandes sont notées dans un cahier, et chaque personne reçoit une réponse écrite sous quinze jours, promet le maire.

Tout le monde n'est pas convaincu. « Pour parler d'un problème avec mon voisin, je préfère que ce ne soit pas devant tout le marché », confie une habitante.

Pour ces cas-là, le maire propose un rendez-vous en mairie, en semaine.

Le barnum est installé de 9 h 30 à 12 h chaque samedi, sauf pendant les vacances de la Toussaint.
"""),

dict(id="h87-fr-003", lang="fr", tpl="storybody", section="Portraits", date="2026-06-16", byline="Nolwenn Cadiou",
     title="« Dans le bibliobus, personne ne vous demande d'où vous venez » : Sylvie Fourcade raccroche après trente ans de tournées",
     sub="Chauffeuse et bibliothécaire, elle a sillonné les hameaux de la Côte des Dunes depuis 1996.",
     caption="Sylvie Fourcade au volant du bibliobus.", credit="Photo : Nolwenn Cadiou",
     look=[("italic", "« Dans le bibliobus, personne ne vous demande")],
     body="""
Depuis 1996, Sylvie Fourcade conduit le bibliobus de la Côte des Dunes, un camion de douze mètres chargé de 3 000 livres, dans les hameaux qui n'ont pas de bibliothèque. Elle prend sa retraite à la fin du mois. Entretien.

**Comment devient-on chauffeuse de bibliobus ?**

J'étais bibliothécaire à Mouliers. Le chauffeur est parti, et personne ne voulait passer le permis poids lourd. Moi, ça me tentait. Je l'ai eu du premier coup, ce qui a beaucoup surpris mes collègues.

**Combien de hameaux desserviez-vous ?**

Vingt-trois, toutes les trois semaines. Certains arrêts, c'était une place de village. D'autres, un bout de chemin devant une ferme.

**Qui venait ?**

Surtout des personnes âgées et des enfants. Les uns voulaient des romans en gros caractères, les autres des bandes dessinées. Les parents, entre les deux, n'avaient jamais le temps.

**Et les enfants ?**

Ils m'attendaient au bord de la route. Certains sont parents aujourd'hui, et leurs enfants m'attendent au même endroit.

**Et le plus dur, dans ce métier ?**

L'hiver, et les routes étroites. Une fois, je suis restée coincée deux heures dans un chemin creux, derrière un tracteur en panne.

« Dans le bibliobus, personne ne vous demande d'où vous venez ni combien vous gagnez. »

**Qui prend le volant après vous ?**

Un jeune collègue, Mathis. Il a déjà fait trois tournées avec moi. Il conduit mieux que moi, mais il ne connaît pas encore les chiens.

Un goûter d'au revoir est organisé le samedi 27 juin à 16 h devant la médiathèque des Sablonnières, où le bibliobus sera garé.
"""),

dict(id="h87-es-001", lang="es", tpl="quintype", section="Turismo", date="2026-04-08", byline="Uxía Lamas",
     title="Puerto Albor cobrará una tasa turística de hasta 2 euros por noche desde el 1 de junio",
     sub="Hoteles, campings y viviendas de uso turístico recaudarán el impuesto, que servirá para limpiar playas y mejorar el puerto.",
     caption="El paseo marítimo de Puerto Albor en verano.", credit="Foto: Uxía Lamas",
     carry=["touristtax"],
     look=[("highlight", "El alcalde, Xosé Manuel Abelleira, calcula")],
     body="""
Los turistas que pasen la noche en Puerto Albor pagarán desde el 1 de junio una tasa de entre 1 y 2 euros por persona y noche, según el tipo de alojamiento. El pleno municipal aprobó el martes la ordenanza con los votos del gobierno local y la abstención de la oposición.

La tasa la cobrarán los hoteles, pensiones, campings y viviendas de uso turístico del municipio, que la incluirán en la factura y la ingresarán en el Ayuntamiento cada tres meses.

## Hasta siete noches

El cobro se limita a las siete primeras noches de cada estancia. Los menores de 16 años están exentos, igual que quienes viajen por motivos médicos y sus acompañantes.

El alcalde, Xosé Manuel Abelleira, calcula que la tasa recaudará unos 900.000 euros al año. Según la ordenanza, el dinero solo puede destinarse a turismo, limpieza de playas y mejora de espacios públicos.

«En agosto somos cuatro veces más personas que en invierno. La basura, el agua y las playas las pagamos entre los 9.000 vecinos que vivimos aquí todo el año», explicó.

## Críticas de los hosteleros

La asociación de hosteleros de la comarca teme que la tasa desvíe clientes hacia los municipios vecinos, que no la cobran.

«Una familia de cuatro que viene una semana paga 56 euros más. Para algunos eso decide entre venir aquí o irse cinco kilómetros más allá», dijo su presidenta, Lourdes Cacabelos.

El Ayuntamiento se ha comprometido a publicar cada año en qué se gasta lo recaudado.

Los establecimientos deben darse de alta en el registro de la tasa antes del 15 de mayo, en la sede electrónica municipal o en la oficina de turismo del puerto.
"""),

dict(id="h87-es-002", lang="es", tpl="sanity", section="Sociedad", date="2026-05-26", byline="Breixo Outeiral",
     title="El coro de la residencia de Rocamar graba su primer disco con una media de 87 años",
     sub="Veintidós residentes han grabado doce canciones de su juventud en un estudio de Puerto Albor.",
     caption="Ensayo del coro en el comedor de la residencia San Telmo.", credit="Foto: Breixo Outeiral",
     look=[("dropcap", "La media de edad del coro")],
     body="""
La media de edad del coro de la residencia de mayores San Telmo de Rocamar es de 87 años. Su componente más joven tiene 74; la mayor, Remedios Souto, cumplirá 101 en agosto. Desde la semana pasada todos tienen algo más en común: han grabado un disco.

El disco, titulado «Cantares do mar», reúne doce canciones que los residentes cantaban de jóvenes, la mayoría habaneras y canciones de marineros, y dos villancicos.

La grabación se hizo en tres mañanas en un estudio de Puerto Albor. La residencia alquiló un autobús adaptado para llevar a los 22 cantantes, cuatro de ellos en silla de ruedas.

## Ensayos dos veces por semana

El coro nació hace cuatro años por iniciativa de la animadora sociocultural de la residencia, Iria Piñeiro, que se dio cuenta de que muchos residentes que apenas hablaban se sabían de memoria las letras de canciones antiguas.

«Hay una señora que no recuerda el nombre de sus nietos, pero canta la habanera entera sin equivocarse en una palabra», cuenta.

Ensayan los martes y los viernes en el comedor. Un antiguo músico de la banda municipal los acompaña al acordeón.

Remedios Souto asegura que lo más difícil no fue cantar, sino estarse callada mientras grababan los demás.

Se han editado 500 copias. Se venden a 10 euros en la recepción de la residencia y en dos librerías de Puerto Albor, y lo recaudado pagará una excursión del coro a Santiago.

Las fechas de los próximos conciertos se anuncian en el boletín mensual de la residencia, al que las familias pueden suscribirse en recepción.
"""),

dict(id="h87-es-003", lang="es", tpl="semantic", section="Medio ambiente", date="2026-06-15", byline="Antía Ferreiro",
     title="Trescientos kilos de basura en una mañana: los vecinos limpian la playa de El Palmeral",
     sub="Más de cien voluntarios recogieron plásticos, redes y hasta una lavadora en la arena y las dunas.",
     caption="Voluntarios en las dunas de El Palmeral.", credit="Foto: Antía Ferreiro",
     look=[("italic", "«Lo de la lavadora no se lo explica nadie.»")],
     body="""
Más de cien vecinos de El Palmeral y de Puerto Albor se reunieron el domingo por la mañana para limpiar la playa y las dunas de El Palmeral, y en cuatro horas recogieron más de 300 kilos de basura.

La jornada la organizó la asociación vecinal junto al club de surf y el instituto, cuyos alumnos de primero de bachillerato se encargaron de pesar y clasificar lo recogido.

Entre lo que apareció en la arena:

- unas 2.800 colillas, sobre todo junto a las pasarelas de madera
- 64 kilos de redes y cabos de pesca
- más de 400 tapones de botella
- un neumático de tractor y una lavadora, enterrados en la duna

«Lo de la lavadora no se lo explica nadie.»

El presidente de la asociación vecinal, Anxo Rial, recordó que la mayoría de las redes llegan con los temporales de invierno, mientras que las colillas y los tapones los dejan los bañistas en verano.

«La playa la ensuciamos entre todos, así que la limpiamos entre todos», dijo.

El Ayuntamiento puso dos camiones para llevar los residuos al punto limpio y repartió guantes y bolsas reutilizables.

El club de surf propone repetir la limpieza cada tres meses, justo después de los temporales.

La próxima jornada será el 14 de septiembre a las 10.00, con salida desde el aparcamiento de la playa. Las fotos de la mañana se pueden compartir en el grupo de la asociación vecinal.
"""),

dict(id="h87-ru-001", lang="ru", tpl="fusion", section="Происшествия", date="2026-04-13", byline="Глеб Никифоров",
     title="Вода ушла из Камышинки: жители считают ущерб после паводка",
     sub="Река вышла из берегов в ночь на субботу. Подтоплены 37 домов, закрыта дорога на Луговое.",
     caption="Улица Набережная в Камышинке после паводка.", credit="Фото: Глеб Никифоров",
     look=[("factbox", "Паводок в цифрах")],
     body="""
В селе Камышинка под Верхнекамышинском вода начала уходить после весеннего паводка, который затопил часть села в ночь на субботу. Жители возвращаются в дома и подсчитывают ущерб.

Уровень воды в реке Камышинке за сутки поднялся почти на два метра. Сильнее всего пострадали улицы Набережная и Садовая, которые стоят в низине у самого берега.

## Паводок в цифрах

- 37 подтопленных жилых домов
- 112 затопленных погребов и подвалов
- 2 метра — подъём воды за сутки
- 4 дня без проезда по дороге на Луговое

Эвакуировать никого не пришлось: большинство жителей заранее подняли вещи на чердаки и отвели скотину на пригорок за школой.

«Мы тут каждый год так живём. Только в этот раз вода пришла ночью, а не утром, как обычно», — рассказала жительница Набережной улицы Антонина Скворцова.

## Компенсации

В администрации района сообщили, что пострадавшие семьи могут получить единовременную выплату. Для этого нужно подать заявление в сельскую администрацию до 30 апреля, после чего комиссия осмотрит каждый дом.

Школа работает в обычном режиме, а дорогу на Луговое обещают открыть к концу недели, когда дорожники проверят мост.

Питьевую воду привозят каждый день к зданию сельской администрации с 9 до 12 часов.
"""),

dict(id="h87-ru-002", lang="ru", tpl="medium", site="Луговские тетради", kind="indie",
     section="Люди", date="2026-05-12", byline="Дарья Белова",
     title="Сорок лет с «Зенитом»: в Луговом показали снимки сельской учительницы",
     sub="Анна Белова снимала односельчан с 1978 года. Плёнки лежали в шкафу, пока их не нашла внучка.",
     caption="Посетители выставки в сельском клубе Лугового.", credit="Фото: Дарья Белова",
     look=[("bold", "Подписей под снимками нет."), ("italic", "«Это же я на велосипеде, мне тут восемь лет».")],
     body="""
Фотографии, которые Анна Петровна Белова сделала в Луговом за сорок лет, впервые увидели односельчане: в субботу в сельском клубе открылась выставка из 120 снимков.

Анна Петровна преподавала в луговской школе русский язык и литературу. Фотоаппарат «Зенит» ей подарили коллеги в 1978 году, и с тех пор она снимала всё подряд: выпускные, свадьбы, сенокос, проводы в армию, очереди у автолавки.

Плёнки она проявляла сама, в ванной, а потом складывала в коробки из-под обуви.

Подписей под снимками нет.

Коробки нашла в шкафу её внучка Дарья, когда после смерти бабушки разбирала дом. Плёнок оказалось больше трёхсот.

«Я отсканировала первую сотню и поняла, что это вся история села. Вот бабушкин класс, вот сельсовет, которого уже нет, вот дядя Витя молодой», — рассказывает Дарья.

Узнавать людей на снимках помогали сами луговчане. На открытии выставки многие подолгу стояли у стендов и находили на них себя, родителей и одноклассников.

«Это же я на велосипеде, мне тут восемь лет».

Дарья собирается отсканировать все плёнки и издать альбом. Деньги на печать собирают всем селом.

Выставка в сельском клубе открыта до конца мая по будням с 14 до 19 часов. Вход свободный.
"""),

dict(id="h87-ru-003", lang="ru", tpl="nextjs", section="Город", date="2026-03-24", byline="Вера Кондакова",
     title="Сорок штрафов за неделю: в Верхнекамышинске проверили парковки для инвалидов",
     sub="Инспекторы ГИБДД и общественники обошли парковки у поликлиники, торгового центра и вокзала.",
     caption="Парковка у районной поликлиники в Верхнекамышинске.", credit="Фото: Вера Кондакова",
     carry=["bluebadge"],
     look=[("bold", "Рейды будут повторять каждый месяц.")],
     body="""
В Верхнекамышинске за неделю оштрафовали 40 водителей, которые оставили машины на местах для инвалидов. Рейд провели сотрудники ГИБДД вместе с активистами районного общества инвалидов.

Проверяли парковки у поликлиники, у торгового центра «Камыш», у вокзала и у здания районной администрации.

**Табличка на стекле не поможет**

Раньше, по словам инспекторов, многие водители клали под лобовое стекло табличку «Инвалид», купленную в магазине автозапчастей. Теперь этого мало: право парковаться на таких местах проверяют по номеру машины в федеральном реестре инвалидов.

Если машины в реестре нет, водителю грозит штраф 5 тысяч рублей, а машину могут эвакуировать.

«Мы за неделю трижды видели одну и ту же машину у поликлиники. Табличка есть, а в реестре номера нет», — рассказал председатель районного общества инвалидов Михаил Ерёменко.

**Мест и так не хватает**

Активисты говорят, что мест для инвалидов в городе мало даже без нарушителей. У поликлиники их всего два на всю парковку.

Администрация пообещала до конца лета разметить ещё шесть мест у поликлиники и у вокзала.

Рейды будут повторять каждый месяц.

Сообщить о машине, занявшей место для инвалидов, можно в дежурную часть ГИБДД района, назвав номер машины и адрес парковки.
"""),
]
