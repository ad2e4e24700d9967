# Turkish, German, French, Spanish and Russian stories for the hundred-and-second held-out part (h102-*) of the
# newsflow extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h102_en.py.
ARTICLES = [
dict(id="h102-tr-001", lang="tr", tpl="hashnode", site="Mersinkıyı Notları", kind="small",
     section="Yaşam", date="2026-07-08", byline="Elif Sarıgül",
     title="Mersinkıyı Yaz Şenliği'nde üç gün, kırk bin ziyaretçi",
     sub="Belediye bu yıl şenliği sahile taşıdı; esnaf memnun, komşular gürültüden şikâyetçi.",
     caption="Şenliğin son gecesinde Liman Meydanı.", credit="Fotoğraf: Elif Sarıgül",
     tags=["Mersinkıyı", "Yaz Şenliği"],
     carry=["suncream"], run_in=["suncream"],
     look=[("bold", "Sahile taşınmak işe yaradı mı?"), ("highlight", "Belediyenin hesabına göre")],
     body="""
Cumartesi akşamı Liman Meydanı'nda yürümek neredeyse imkânsızdı. Mersinkıyı Yaz Şenliği'nin ikinci gecesinde konser sahnesinin önünden iskeleye kadar her yer doluydu.

Bu yıl yirmi ikincisi düzenlenen şenlik ilk kez ilçe stadyumundan alındı ve sahil boyuna yayıldı. Yemek çadırları Kumsal Caddesi'ne, çocuk etkinlikleri Defneli plajının girişine, el sanatları pazarı da eski gümrük binasının önüne kuruldu.

Belediyenin hesabına göre üç günde kırk bin kişi şenliğe geldi. Geçen yıl bu sayı on sekiz bin civarındaydı.

Sahile taşınmak işe yaradı mı?

Esnafa sorarsanız evet. Kumsal Caddesi'nde balık ekmek satan Cengiz Aydoğdu, cumartesi gecesi ekmeğinin saat dokuzda bittiğini, komşu fırından iki kez daha aldırdığını söyledi. Plaj şemsiyesi kiralayan Nurcan Öztürk ise üç günde bütün sezonun yarısı kadar kazandığını anlattı.

Sahil mahallesinde oturanlar o kadar memnun değil. Konserler gece yarısına kadar sürdü, park yeri bulamayanlar arabalarını sokak aralarına bıraktı. Mahalle muhtarı Halil Tekin, belediyeye yazılı şikâyet vereceklerini söyledi.

Belediye Başkan Yardımcısı Serap Koyuncu ise önümüzdeki yıl konserlerin saat 23.00'te bitirileceğini, Defneli yolunda da ücretsiz ring servisi konulacağını açıkladı.

Şenliğin fotoğraflarını çeken okurlar, bu yazının altındaki yorumlara paylaşabilir; en güzel üç kare önümüzdeki hafta burada yayımlanacak.
"""),

dict(id="h102-tr-002", lang="tr", tpl="jannah", site="Mersinkıyı Gündem",
     section="Mersinkıyı'ndan insanlar", date="2026-10-14", byline="Kaan Yılmazer",
     title="Kırk bir yıl sonra teknesini karaya çeken balıkçı: Denize küsmedim, sadece yoruldum",
     sub="Rüstem Karagöz, Mersinkıyı limanının en eski balıkçısı. Teknesi 'Yıldız' artık müzeye gidiyor.",
     caption="Rüstem Karagöz, teknesi Yıldız'ın başında.", credit="Fotoğraf: Kaan Yılmazer",
     tags=["Mersinkıyı limanı", "balıkçılar"],
     look=[("box", "Yıldız müzeye gidiyor")],
     body="""
Rüstem Karagöz on dört yaşında babasının teknesinde ağ toplamaya başladı. Geçen hafta, 72 yaşında, ahşap teknesi Yıldız'ı son kez limana bağladı. Kendisiyle kahvehanede konuştuk.

**İlk avınızı hatırlıyor musunuz?**

Hatırlamaz olur muyum? Bir kasa istavrit. Babam hepsini satmadı, yarısını komşulara dağıttı. İlk av dağıtılır, dedi.

**Denizde en çok ne değişti?**

Çok değişti. Eskiden limanın önünde lüfer tutardık, şimdi iki saat açılmadan bir şey çıkmıyor. Su da ısındı, daha önce hiç görmediğimiz balıklar geliyor.

**Hiç unutamadığınız zor bir gün var mı?**

1991 kışı. Fırtınaya yakalandık, motor durdu, sabaha kadar kürekle kıyıya yaklaşmaya çalıştık. O gece annem camiye gidip sabaha kadar dua etmiş.

**Neden bırakıyorsunuz?**

Denize küsmedim, sadece yoruldum. Dizlerim artık tekneye binip inmeye yetmiyor. Oğlum da İzmir'de mühendis, o bu işi yapmayacak.

## Yıldız müzeye gidiyor

Karagöz'ün 1968 yapımı teknesi, belediyenin eski gümrük binasında açmayı planladığı denizcilik müzesine bağışlanacak. Müze ekibi tekneyi kış boyunca onaracak.

**Sizden sonra limanda kaç balıkçı kalacak?**

On bir. Benim başladığım yıl altmışın üzerindeydik.

Limandaki veda yemeği cumartesi öğlen saat 13.00'te, kooperatifin çay bahçesinde; isteyen herkes gelebilir.
"""),

dict(id="h102-tr-003", lang="tr", tpl="table", low=0,
     section="Tarım", date="2026-11-05", byline="Derya Uçar",
     title="Defneli'nin zeytin kooperatifi ilk kez kendi yağını şişeledi",
     sub="Köyün 64 üreticisi zeytinlerini artık aracıya değil kendi sıkımevlerine veriyor.",
     caption="Defneli'deki yeni sıkımevinde ilk yağ akıyor.", credit="Fotoğraf: Derya Uçar",
     body="""
Defneli köyünün zeytin üreticileri bu hafta tarihî bir gün yaşadı: kooperatifin yeni sıkımevinden ilk yağ aktı ve köyün adını taşıyan ilk şişeler dolduruldu.

Kooperatif iki yıl önce 64 üreticiyle kuruldu. O güne kadar köylüler zeytinlerini ilçedeki iki büyük fabrikaya ya da köye gelen aracılara veriyordu. Kooperatif başkanı Mehmet Akdoğan, aracıların kilo başına ödediği fiyatın çoğu yıl maliyeti bile karşılamadığını söylüyor.

Sıkımev, kalkınma ajansının hibesi ve üreticilerin kendi katkılarıyla toplam 3,8 milyon liraya kuruldu. Eski köy okulunun bahçesindeki binada saatte bir ton zeytin işlenebiliyor.

Üreticilerden Şükran Demirel, yirmi yıldır zeytin topladığını ama kendi yağını ilk kez bir şişede gördüğünü anlattı. Yağın tadına bakarken gözleri dolmuş.

Kooperatif bu sezon 90 ton zeytin işlemeyi, yaklaşık 16 bin litre yağ elde etmeyi bekliyor. Yağın bir kısmı ilçedeki marketlerde, bir kısmı da internet üzerinden satılacak.

Akdoğan, önümüzdeki yıl zeytinyağlı sabun üretimine de başlamak istediklerini söyledi. Köyde kadınların eskiden evde yaptığı sabunun tarifini yaşlılardan derlemeye başlamışlar bile.

Sıkımev hasat boyunca hafta içi her gün 08.00–18.00 arasında açık; ziyaretçiler sıkım işlemini camın arkasından izleyebiliyor.
"""),

dict(id="h102-de-001", lang="de", tpl="kirby", site="Tannweiler Bote",
     section="Stadtwald", date="2026-05-20", byline="Jana Kölbl",
     title="Neue Hundewiese im Stadtwald: Tannweiler Vierbeiner dürfen endlich rennen",
     sub="Nach zwei Jahren Streit hat der Gemeinderat eine eingezäunte Freilauffläche am Eichelberg freigegeben.",
     caption="Die neue Hundewiese am Eichelberg im Stadtwald Tannweiler.", credit="Foto: Jana Kölbl",
     tags=["Stadtwald Tannweiler", "Hunde"],
     carry=["ticksafety"], run_in=["ticksafety"],
     body="""
Am Samstagvormittag war am Eichelberg kaum ein Durchkommen: Rund sechzig Hunde und ihre Halterinnen und Halter feierten die Eröffnung der ersten eingezäunten Hundewiese im Stadtwald Tannweiler.

Die Fläche liegt auf einer ehemaligen Holzlagerwiese zwischen dem Waldparkplatz und dem Forsthaus und ist knapp einen Hektar groß. Ein 1,20 Meter hoher Zaun mit Doppeltor umgibt sie, dazu kommen zwei Bänke, ein Wassertrog und ein Spender für Kotbeutel.

Zwei Jahre lang hatte der Gemeinderat über das Projekt gestritten. Jäger und der Forst befürchteten Unruhe für das Wild, Anwohner des Birkenroder Wegs mehr Verkehr. Am Ende stimmte der Rat mit 17 zu 6 Stimmen für die Wiese, allerdings mit Auflagen: Sie ist nur von 7 bis 21 Uhr geöffnet, und außerhalb des Zauns gilt im ganzen Stadtwald weiterhin Leinenpflicht.

Bürgermeister Achim Reuschle zeigte sich erleichtert. „Wir haben lange gebraucht, aber jetzt haben wir eine Lösung, mit der Hundebesitzer und Förster leben können.“

Die Initiative für die Wiese kam von Gisela Hamberger, die vor drei Jahren 1.100 Unterschriften sammelte. Sie kam mit ihrem Windhund Paul zur Eröffnung. „Er ist in zehn Minuten mehr gerannt als im ganzen letzten Jahr“, sagte sie.

Die Stadt bittet darum, nach dem Besuch im hohen Gras die Hunde und sich selbst gründlich abzusuchen.
"""),

dict(id="h102-de-002", lang="de", tpl="gatsby", site="Ellertaler Abendblatt",
     section="Polizei im Ellertal", date="2026-09-11", byline="Tobias Wehrstedt",
     title="Nach Messerangriff am Bahnhof: Polizei stellt Abgabeboxen für Messer auf",
     sub="Wer ein Messer loswerden will, kann es ab sofort anonym einwerfen. Die Polizei sucht weiter Zeugen.",
     caption="Eine der neuen Abgabeboxen vor dem Polizeirevier Tannweiler.", credit="Foto: Tobias Wehrstedt",
     inset=("Polizeioberrat Frank Dittmer stellt die Boxen vor.", "Foto: Tobias Wehrstedt"),
     carry=["knifebins"],
     body="""
Drei Wochen nach dem Messerangriff am Bahnhof Tannweiler hat die Polizei im Ellertal drei Abgabeboxen für Messer und andere Waffen aufgestellt.

Bei dem Angriff am Abend des 19. August war ein 19-Jähriger auf dem Bahnhofsvorplatz durch mehrere Stiche schwer verletzt worden. Er ist inzwischen außer Lebensgefahr. Ein 18-jähriger Tatverdächtiger sitzt in Untersuchungshaft, nach einem zweiten Mann wird noch gesucht.

Die grauen Stahlboxen erinnern an Briefkästen und sind fest im Boden verankert. Wer ein Messer, einen Schlagring oder eine andere verbotene Waffe loswerden will, kann sie dort einwerfen, ohne Namen und ohne Fragen.

Polizeioberrat Frank Dittmer sagte bei der Vorstellung am Mittwoch, man wolle vor allem Jugendliche erreichen, die ein Messer aus Angst bei sich tragen. „Wer glaubt, sich damit zu schützen, bringt sich und andere in Gefahr“, sagte er.

Die Idee stammt aus Großbritannien, wo solche Boxen seit Jahren im Einsatz sind. Im Ellertal sollen sie zunächst ein Jahr lang stehen bleiben. Danach will die Polizei auswerten, wie viele Waffen abgegeben wurden.

Nach dem Angriff am Bahnhof sucht die Kriminalpolizei weiter Zeugen, vor allem Fahrgäste der Regionalbahn, die um 21.12 Uhr aus Richtung Hasental eintraf.

Hinweise nimmt die Kriminalpolizei Tannweiler unter der Telefonnummer 07164 880-0 entgegen.
"""),

dict(id="h102-de-003", lang="de", tpl="nuxt", site="Tannweiler Kurier",
     section="Hasental", date="2026-02-25", byline="Marlene Futterknecht",
     title="Bürgerbus Hasental: Ehrenamtliche fahren ab März fünf Dörfer an",
     sub="Zwölf Fahrerinnen und Fahrer haben sich gemeldet. Der Kleinbus wird vom Landkreis bezahlt.",
     caption="Der neue Bürgerbus vor dem Rathaus in Hasental.", credit="Foto: Marlene Futterknecht",
     carry=["correction"],
     correction="Berichtigung: In einer früheren Fassung hieß es, der Bus habe zehn Sitzplätze. Er hat acht.",
     look=[("br", "Dafür gibt es einen Grund.")],
     body="""
Ab dem 2. März rollt in Hasental ein Bürgerbus. Zwölf ehrenamtliche Fahrerinnen und Fahrer bringen dann Menschen aus fünf Dörfern zum Arzt, zum Einkaufen und zum Bahnhof Tannweiler.

## Warum ein Bürgerbus

In Oberhasental, Kleeberg, Wolfsmühle, Rieth und Hasental fährt der Linienbus seit dem Fahrplanwechsel 2024 nur noch dreimal am Tag, am Wochenende gar nicht.

Dafür gibt es einen Grund. Die Linie war zu schwach ausgelastet, sagt der Verkehrsverbund.

Wer kein Auto hat, ist auf Nachbarn angewiesen. Ortsvorsteherin Annegret Pfaff hat deshalb im vergangenen Sommer einen Verein gegründet, der inzwischen 84 Mitglieder zählt.

## Wie der Bürgerbus funktioniert

Der Bus hat acht Sitzplätze und eine Rampe für Rollstühle. Er fährt werktags nach einem festen Fahrplan:

- morgens eine Runde durch alle fünf Dörfer zum Bahnhof Tannweiler
- vormittags zweimal zum Ärztehaus und zum Supermarkt
- mittags zurück in die Dörfer
- nachmittags eine Runde auf Bestellung

Eine Fahrt kostet zwei Euro, Kinder fahren kostenlos. Den Kleinbus hat der Landkreis gekauft, Versicherung und Sprit zahlt die Gemeinde.

## Wer fährt

Die jüngste Fahrerin ist 31, der älteste Fahrer 74. Alle haben einen Erste-Hilfe-Kurs und eine Fahrprobe beim Verkehrsverbund gemacht. „Ich fahre sowieso jeden Tag nach Tannweiler“, sagt Lothar Brenninger, früher Lkw-Fahrer. „Jetzt nehme ich eben acht Leute mit.“

Den Fahrplan gibt es im Rathaus Hasental und bei den Bäckereien in allen fünf Dörfern.
"""),

dict(id="h102-fr-001", lang="fr", tpl="astra", site="Le Réveil de la Drouane",
     section="Nature", date="2026-04-29", byline="Camille Rouquette",
     title="Le parc du Bois-Vert rouvre ses sentiers après deux ans de travaux",
     sub="Quatorze kilomètres de chemins balisés, une passerelle neuve sur la Drouane et un observatoire à chevreuils.",
     caption="La nouvelle passerelle du parc du Bois-Vert sur la Drouane.", credit="Photo : Camille Rouquette",
     carry=["ticksafety"],
     look=[("dropcap", "Il aura fallu deux ans")],
     body="""
Il aura fallu deux ans de chantier, mais le parc départemental du Bois-Vert, à l'entrée de Montbrizac, a rouvert ses sentiers samedi matin. Près de huit cents promeneurs se sont pressés à l'entrée dès l'ouverture des grilles.

Le parc, une ancienne forêt seigneuriale de 230 hectares, était fermé depuis la tempête de février 2024, qui avait couché plus de trois mille arbres. Les sentiers étaient devenus impraticables et la vieille passerelle sur la Drouane avait été emportée.

Le département a consacré 1,4 million d'euros au déblaiement, à la replantation de huit mille jeunes chênes et charmes et à la construction d'une nouvelle passerelle en mélèze.

Quatorze kilomètres de sentiers ont été rebalisés. Trois boucles sont proposées : une promenade d'une heure accessible aux poussettes, un parcours de 6 kilomètres le long de la rivière et une grande boucle de 11 kilomètres jusqu'aux étangs des Genêts.

Nouveauté très attendue, un observatoire en bois a été installé en lisière de la clairière du Chêne-Rond. Les gardes du parc y ont compté cet hiver une cinquantaine de chevreuils. « Au lever du jour, on en voit presque à chaque fois », assure le garde Julien Castagnet.

Les chiens restent admis, mais obligatoirement tenus en laisse, et la cueillette est interdite dans les parcelles replantées.

Le parc est ouvert tous les jours de 8 heures à 20 heures jusqu'au 30 septembre ; l'entrée et le parking sont gratuits.
"""),

dict(id="h102-fr-002", lang="fr", tpl="beehiiv", site="La Gazette de Montbrizac",
     section="Commerces", date="2026-10-02", byline="Hélène Barrière",
     title="Au marché du samedi, la fromagère qui a quitté Paris pour les chèvres",
     sub="Anaïs Ducros vend ses tommes et ses crottins place de la Halle depuis le printemps.",
     caption="Anaïs Ducros derrière son étal, place de la Halle.", credit="Photo : Hélène Barrière",
     body_caption="Les chèvres d'Anaïs Ducros au pré, au-dessus des Genêts.",
     body="""
Cookies au sarrasin, tommes de chèvre et faisselles encore tièdes : depuis le mois d'avril, l'étal d'Anaïs Ducros attire une file d'attente chaque samedi matin sur la place de la Halle.

Il y a trois ans, la jeune femme de 34 ans travaillait encore dans une agence de communication parisienne. « Je passais mes journées à écrire des textes pour des marques de yaourts, raconte-t-elle. Un jour, je me suis dit que j'aimerais mieux faire les yaourts. »

Elle a suivi une formation agricole d'un an, fait un stage dans une chèvrerie de l'Aveyron, puis racheté une petite ferme abandonnée au-dessus du hameau des Genêts, avec un prêt bancaire et l'aide de ses parents.

Aujourd'hui, elle élève trente-deux chèvres alpines et transforme tout leur lait sur place. Sa fromagerie, installée dans l'ancienne bergerie, a obtenu son agrément sanitaire en mars.

Les débuts ont été rudes. Le premier hiver, deux chèvres sont mortes et la citerne a gelé. Mais le bouche-à-oreille a fonctionné : elle vend désormais la quasi-totalité de sa production au marché de Montbrizac et à deux restaurants de la vallée.

Les habitués ont leurs préférences. Le tome cendré part en premier, les cookies, que sa mère prépare avec le petit-lait, juste après.

Anaïs Ducros ouvre sa ferme aux visiteurs le premier dimanche de chaque mois, à 15 heures ; il suffit de la contacter la veille par téléphone.
"""),

dict(id="h102-fr-003", lang="fr", tpl="ghost",
     section="Culture", date="2026-12-03", byline="Bastien Lagarde",
     title="Le Rex de Montbrizac sauvé par ses spectateurs",
     sub="Une association reprend le dernier cinéma de la vallée de la Drouane.",
     caption="La façade du cinéma Le Rex, avenue de la Gare.", credit="Photo : Bastien Lagarde",
     body="""
Le Rex ne fermera pas. Le dernier cinéma de la vallée de la Drouane, menacé depuis le départ à la retraite de son exploitant, sera repris le 1er janvier par une association de spectateurs.

**Une salle de 1936**

Ouvert avant-guerre avenue de la Gare, le Rex compte aujourd'hui une seule salle de 180 fauteuils. Jean-Claude Ferrand l'exploitait depuis 1989. À 71 ans, il cherchait un repreneur depuis deux ans, sans succès.

« Les groupes de cinéma ne s'intéressent pas à une salle unique dans une ville de six mille habitants », explique-t-il.

**Quatre cents adhérents en six semaines**

L'association Les Amis du Rex, créée en octobre, a réuni 412 adhérents et 38 000 euros de dons. La commune rachète les murs et les lui loue pour un euro symbolique. Le département finance le passage au projecteur laser.

La présidente de l'association, Odile Sarrazin, professeure de lettres au collège, promet « autant de films pour enfants que de films d'auteur, et des séances le dimanche après-midi pour ceux qui ne conduisent plus la nuit ».

**Des bénévoles à la caisse**

Un projectionniste sera salarié à mi-temps. Pour le reste, caisse, confiserie, ménage, l'association compte sur une quarantaine de bénévoles. Jean-Claude Ferrand restera pendant un an pour les former.

La réouverture est prévue le samedi 10 janvier avec une séance gratuite à 20 h 30, suivie d'un verre dans le hall.
"""),

dict(id="h102-es-001", lang="es", tpl="wpbakery", site="El Faro de Torrelobos",
     section="Costa de Torrelobos", date="2026-06-18", byline="Inmaculada Rebollo",
     title="La playa de La Caleta recupera la bandera azul tres años después",
     sub="El Ayuntamiento ha renovado las pasarelas, las duchas y el puesto de socorro.",
     caption="Bañistas en la playa de La Caleta, en Torrelobos.", credit="Foto: Inmaculada Rebollo",
     body_caption="El nuevo puesto de socorro de La Caleta.",
     carry=["suncream"],
     look=[("callout", "Durante las obras del paseo")],
     body="""
La playa de La Caleta vuelve a lucir la bandera azul. Torrelobos recuperó el distintivo este martes, tres años después de perderlo por la falta de accesos adaptados y por dos episodios de contaminación del agua en el verano de 2023.

Desde entonces, el Ayuntamiento ha invertido 780.000 euros en la playa. Se han sustituido las pasarelas de madera por otras más anchas que llegan hasta la orilla, se han instalado doce duchas nuevas y el puesto de socorro se ha trasladado al centro del arenal.

El alcalde, Ramiro Estévez, atribuyó la recuperación también a la nueva depuradora de Aldealena, que desde el año pasado trata las aguas residuales de los dos barrios que antes vertían al arroyo de la Caleta.

Los análisis de este año han dado resultados «excelentes» en las seis tomas realizadas entre mayo y junio, según la Consejería de Sanidad.

La temporada de baño vigilada comenzó el 15 de junio y se prolongará hasta el 15 de septiembre. Cuatro socorristas vigilarán la playa de 11.00 a 20.00 y habrá una silla anfibia disponible para personas con movilidad reducida.

Durante las obras del paseo, que no terminarán hasta julio, el acceso por la calle del Faro permanecerá cerrado y se recomienda entrar por la rampa del aparcamiento.

Los vecinos pueden consultar los resultados de los análisis en el tablón del puesto de socorro.
"""),

dict(id="h102-es-002", lang="es", tpl="webnode", site="Asociación Vecinal Barrio de la Marina", kind="small",
     section="Noticias del barrio de la Marina", date="2026-03-12", byline="Junta directiva",
     title="El centro cívico de la Marina abre por las tardes para los chavales",
     sub="Un educador y cuatro voluntarios atenderán a chicos y chicas de 12 a 17 años.",
     caption="El centro cívico del barrio de la Marina.", credit="Foto: Asociación Vecinal Barrio de la Marina",
     carry=["knifebins"],
     body="""
Por fin tenemos buenas noticias. Después de año y medio de reuniones con el Ayuntamiento, el centro cívico del barrio de la Marina abrirá de lunes a viernes por las tardes como espacio para los chavales del barrio.

Desde el 16 de marzo, de 17.00 a 21.00, la planta baja del centro tendrá mesa de ping-pong, futbolín, consolas, una sala de estudio con ordenadores y un pequeño gimnasio. Habrá un educador social contratado por el Ayuntamiento y cuatro voluntarios de la asociación.

Muchos sabéis por qué lo pedíamos. El año pasado hubo varias peleas entre grupos de chavales en la plaza de la Fuente, y en noviembre un chico de 15 años acabó herido con una navaja. Las familias nos dijisteis en la asamblea que los chicos no tenían ningún sitio donde estar por las tardes.

La Policía Local ha colocado además un buzón de entrega de armas blancas junto a la puerta del centro, como ya se hizo en otros barrios de Torrelobos.

Queremos dar las gracias a todas las personas que firmaron nuestra petición, que fueron más de novecientas, y a la concejala de Juventud, Begoña Lázaro, que vino dos veces a escucharnos.

Seguimos buscando voluntarios, sobre todo personas que puedan echar una mano con los deberes. Si te animas, escríbenos o pásate por el local de la asociación los jueves de 19.00 a 20.30.
"""),

dict(id="h102-es-003", lang="es", tpl="semantic",
     section="Comercio", date="2026-11-19", byline="Álvaro Sendín",
     title="El mercado de abastos de Torrelobos reabre tras quince meses de obras",
     sub="El edificio de 1928 recupera su cubierta de hierro y suma una zona de degustación.",
     caption="El interior renovado del mercado de abastos de Torrelobos.", credit="Foto: Álvaro Sendín",
     body="""
El mercado de abastos de Torrelobos volvió a abrir sus puertas el sábado tras quince meses de obras. Cientos de vecinos hicieron cola desde primera hora para ver cómo había quedado el edificio.

**Una cubierta de 1928**

La reforma ha costado 2,3 millones de euros, la mitad con fondos europeos. La parte más complicada fue la cubierta de hierro y cristal, que tuvo que desmontarse pieza a pieza para limpiarla y sustituir las partes oxidadas.

El arquitecto municipal, Jacinto Carmona, explicó que se han conservado el 80 % de las piezas originales. «Es el mismo mercado que conocieron nuestros abuelos, pero ya no gotea», dijo.

**Qué cambia en el mercado**

Los puestos se han reorganizado y el mercado ofrece ahora:

- 26 puestos de venta, cuatro más que antes de la obra
- una zona de degustación con seis barras en la antigua lonja
- cámaras frigoríficas comunes para los pescaderos
- un aparcamiento de bicicletas y carros junto a la entrada norte

Veintidós de los comerciantes que había antes de la obra han vuelto. Entre ellos está Remedios Gallardo, que vende fruta en el mismo puesto desde 1979. «Me han cambiado el mostrador, pero el sitio es el mismo», decía mientras pesaba naranjas.

Los cuatro puestos nuevos los ocupan una quesería, una panadería ecológica, una tienda de encurtidos y un puesto de comida marroquí.

El mercado abre de lunes a sábado de 8.00 a 14.30, y los viernes también por la tarde, de 17.30 a 20.30.
"""),

dict(id="h102-ru-001", lang="ru", tpl="shorthand", site="Ольховский край",
     section="История", date="2026-08-07", byline="Вера Солодовникова",
     title="Мельница на Ольховке: сто сорок лет, три хозяина и одна плотина",
     sub="Как старая водяная мельница в Заречном пережила революцию, войну и закрытие колхоза.",
     caption="Мельница на Ольховке летом 2026 года.", credit="Фото: Вера Солодовникова",
     body_caption="Плотина мельницы после ремонта.",
     body="""
Мельницу на Ольховке видно с моста на въезде в Заречное: высокий бревенчатый сруб на каменном основании и плотина, через которую круглый год шумит вода.

## Купеческая мельница

Её построил в 1886 году верхнеольховский купец Савва Тимофеевич Рябинин. Мельница молола рожь для всей округи, и к ней, по воспоминаниям старожилов, по осени выстраивались очереди подвод длиной в версту.

После революции мельницу национализировали, а Рябинины уехали в город. Последний из семьи, внук купца, приезжал посмотреть на неё в 1970-х и, как рассказывают в Заречном, долго сидел на плотине молча.

## Колхозные годы

В войну мельница не останавливалась ни на день. Мололи в основном женщины и подростки. В колхозные времена к срубу пристроили дизельный двигатель, а водяное колесо разобрали.

В 1996 году колхоз закрылся, и мельница больше двадцати лет стояла пустой. Крыша провалилась, плотину размыло весенним паводком.

## Третий хозяин

В 2019 году мельницу выкупил бывший инженер Геннадий Корнеев, уроженец Заречного. Он отремонтировал сруб, восстановил плотину и сделал новое колесо по старым фотографиям.

«Молоть на продажу я не собираюсь, — говорит он. — Хочу, чтобы дети видели, как это работало».

Мельница открыта для посетителей по субботам с 10:00 до 16:00, экскурсия стоит 200 рублей.
"""),

dict(id="h102-ru-002", lang="ru", tpl="statamic", site="Новости Верхнеольховска",
     section="Люди Верхнеольховска", date="2026-09-24", byline="Артём Шишкарёв",
     title="«Читатели стали другими, книги — нет»: библиотекарь уходит на пенсию после 44 лет",
     sub="Галина Петровна Мухина пришла в районную библиотеку в 1982 году.",
     caption="Галина Мухина в читальном зале районной библиотеки.", credit="Фото: Артём Шишкарёв",
     inset=("Читальный зал районной библиотеки на улице Ленина.", "Фото: Артём Шишкарёв"),
     pull="Читатели стали другими, книги — нет",
     body="""
Галина Петровна Мухина проработала в районной библиотеке Верхнеольховска сорок четыре года, последние двадцать из них — заведующей. В пятницу у неё последний рабочий день. Мы поговорили с ней в читальном зале.

**Как вы оказались в Верхнеольховске?**

После библиотечного техникума меня распределили в Верхнеольховск. Думала, на три года. Вышло на всю жизнь.

**Что изменилось в библиотеке за эти годы?**

Читатели стали другими, книги — нет. Раньше за новым романом записывались в очередь на месяц, теперь многие читают с телефона. Но приходят всё равно — за советом, поговорить, погреться зимой.

**Были трудные времена?**

В девяностые по полгода не платили зарплату, а новых книг не было совсем. Жители сами приносили книги из дома, так мы и выжили. Половина нашего фонда детской литературы — это подарки.

**Кого из читателей помните?**

Многих. Был мальчик, который каждый день после школы читал у нас до закрытия, потому что дома было шумно. Сейчас он преподаёт историю в университете и до сих пор присылает мне открытки.

**А что будет после пятницы?**

Внуками и огородом. И запишусь в свою же библиотеку — теперь уже читателем.

Проводы Галины Петровны пройдут в пятницу в 17:00 в читальном зале, приглашаются все читатели.
"""),

dict(id="h102-ru-003", lang="ru", tpl="hexo", site="Дневник с Ольховки",
     section="Город", date="2026-01-15", byline="Ксения Ладыгина",
     title="Каток на Ольховке залили сами жители",
     sub="Городской каток в этом году не открылся, и соседи с Береговой улицы взялись за шланги.",
     caption="Каток на Ольховке у Береговой улицы.", credit="Фото: Ксения Ладыгина",
     tags=["Верхнеольховск", "каток"],
     look=[("highlight", "Каток получился длиной почти сто метров.")],
     body="""
Городской каток в парке Верхнеольховска этой зимой так и не открылся: у подрядчика, который должен был его заливать, закончился договор, а новый конкурс не успели провести.

Жители Береговой улицы ждать не стали. В первые выходные января человек двадцать вышли на Ольховку с лопатами, расчистили лёд у берега от снега и несколько вечеров подряд поливали его водой из шлангов, протянутых из ближайших домов.

Каток получился длиной почти сто метров. Рядом поставили скамейки из досок, а на берегу — старую бочку, в которой жгут дрова, чтобы погреться.

Идея принадлежит Андрею Сычёву, тренеру детской хоккейной секции. «Мальчишкам тренироваться негде, — объясняет он. — А лёд на реке в этом году толстый, сантиметров сорок. Грех было не воспользоваться».

Каждое утро перед тем, как пустить людей на лёд, Сычёв проверяет его толщину у края и в середине. Вечером соседи по очереди заливают новый слой.

В администрации города инициативу жителей одобрили и пообещали привезти к катку контейнер для мусора и прожектор. Городской каток в парке, по словам главы города, откроется к концу января.

Пока же на Ольховке по вечерам катаются и дети, и взрослые. В субботу, 17 января, в 12:00 соседи устраивают на катке хоккейный матч «Береговая против Заречной», зрители приглашаются с термосами.
"""),
]
