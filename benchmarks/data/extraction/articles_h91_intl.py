# Turkish, German, French, Spanish and Russian stories for the ninety-first held-out part (h91-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h91_en.py.
ARTICLES = [
dict(id="h91-tr-001", lang="tr", tpl="blox",
     section="Eğitim", date="2026-06-15", byline="Elif Karaosmanoğlu",
     title="Çamlıkıyı'da yaz spor okulları için sabah yediden kuyruk",
     sub="Belediyenin ücretsiz yüzme, yelken ve voleybol kurslarına ilk gün 900 başvuru yapıldı.",
     caption="Sahil Spor Salonu önünde kayıt için bekleyen veliler.", credit="Fotoğraf: Elif Karaosmanoğlu",
     carry=["holidayclubs"],
     body="""
Çamlıkıyı Belediyesi'nin her yaz düzenlediği ücretsiz spor okullarına bu yıl ilk gün 900 başvuru yapıldı. Kayıtların açıldığı pazartesi sabahı Sahil Spor Salonu'nun önünde saat yediden itibaren uzun bir kuyruk oluştu.

Spor İşleri Müdürü Tuncay Erdoğdu, kontenjanın 650 çocukla sınırlı olduğunu, yoğun ilgi nedeniyle yüzme ve voleybol için ağustosta ikinci bir dönem açılacağını söyledi.

## Hangi branşlar var?

Bu yaz 7-14 yaş arasındaki çocuklara şu branşlarda kurs verilecek:

- yüzme
- plaj voleybolu
- yelken
- basketbol
- satranç

Yelken kursları ilk kez açılıyor. Teknelerini belediyeye ödünç veren Çamlıkıyı Yelken Kulübü, dersleri kendi antrenörleriyle yürütecek.

## Veliler ne diyor?

Kızını yüzme kursuna yazdırmak için sabah altıda gelen Sevgi Aydemir, çalışan anneler için bu kursların çok önemli olduğunu anlattı. "Okullar kapanınca iki ay çocuğu kime bırakacağız? Burada hem spor yapıyor hem arkadaşlarıyla vakit geçiriyor" dedi.

Bazı veliler ise kayıtların internetten de yapılabilmesini istedi. Erdoğdu, gelecek yıl başvuruların e-Belediye üzerinden de alınacağını açıkladı.

Kurslar 22 Haziran'da başlayıp 28 Ağustos'a kadar sürecek. Boş kalan yerler için başvurular Sahil Spor Salonu'ndaki kayıt masasında hafta içi 09.00 ile 16.00 arasında alınıyor.
"""),

dict(id="h91-tr-002", lang="tr", tpl="legacy-br",
     section="Asayiş", date="2026-04-28", byline="Burak Tezcan",
     title="Sarıbayır'da bisiklet hırsızlığına karşı kadro numarası dönemi",
     sub="Son üç ayda 54 bisiklet çalındı; emniyet sahipleri işaretleme yaptırmaya çağırıyor.",
     caption="Sahil yolundaki bir kafenin önüne bağlanmış bisikletler.", credit="Fotoğraf: Burak Tezcan",
     carry=["bikemarking"],
     body="""
Sarıbayır'da son üç ayda 54 bisikletin çalınması üzerine ilçe emniyeti, bisiklet sahiplerini bisikletlerinin kadrosuna numara kazıtmaya ve bu numarayı kayda geçirmeye çağırdı.

İlçe Emniyet Müdürü Nihat Koçyiğit, çalınan bisikletlerin çoğunun sahil yolundaki kafelerin önünden ve apartman girişlerinden alındığını söyledi. Hırsızların bisikletleri kamyonetlere yükleyip başka ilçelerde sattığı belirlendi.

**Numara kadroya kazınıyor**

Emniyet, Sarıbayır Bisiklet Derneği ile birlikte haftada iki gün işaretleme yapacak. Bisikletin kadrosuna silinmeyen bir numara kazınacak ve bu numara sahibinin bilgileriyle birlikte kayda geçirilecek.

Koçyiğit, "Bulduğumuz bisikletleri sahiplerine ulaştıramıyoruz. Depomuzda şu anda sahibi bilinmeyen 31 bisiklet bekliyor" dedi.

**Kablo kilit yetmiyor**

Dernek Başkanı Deniz Özkaya, ince kablo kilitlerin birkaç saniyede kesilebildiğini hatırlattı. Özkaya, bisikletin kadrosunun sabit bir direğe U kilitle bağlanmasını öneriyor.

Bisikletini geçen ay bir kafenin önünden çaldıran üniversite öğrencisi Mert Aksoy ise şanslılardan. Aksoy'un bisikleti iki hafta sonra ikinci el satış sitesinde bulundu. "Fotoğrafını çekip kadro numarasını bir kenara yazmıştım, o sayede geri aldım" dedi.

İşaretleme ücretsiz. Başvuru için kimlik ve varsa bisikletin faturası yeterli.
"""),

dict(id="h91-tr-003", lang="tr", tpl="cms", low=0,
     section="Portre", date="2026-11-20", byline="Gülşen Arıkan",
     title="Kırk yıl ağ atan Hasan Reis teknesini oğluna devretti",
     sub="Çamlıkıyı'nın en tanınan balıkçılarından Hasan Yıldırım denizdeki kırk yılını anlattı.",
     caption="Hasan Yıldırım, limandaki teknesi Yıldız'ın başında.", credit="Fotoğraf: Gülşen Arıkan",
     body="""
Hasan Yıldırım, Çamlıkıyı'da herkesin bildiği adıyla Hasan Reis, on dört yaşında babasının teknesinde çalışmaya başladı. Kırk yıl sonra, bu sonbahar teknesi Yıldız'ı oğluna devretti. Limandaki kahvede konuştuk.

**Denize ilk çıktığınız günü hatırlıyor musunuz?**

Nasıl hatırlamam. Babam beni sabah dörtte uyandırdı, elime bir simit verdi. Bütün gün kustum. Akşam eve dönünce annem, "Bu çocuktan balıkçı olmaz" dedi.

**Limanda neler değişti?**

Her şey. Eskiden bir gecede iki yüz kilo barbun çıkardığımız yerlerden şimdi yirmi kilo çıkıyor. Deniz ısındı, balık başka yerlere gitti. Lagos, orfoz artık yok denecek kadar az. Gençler de denize gelmiyor, herkes otelde garson olmak istiyor.

**Ya fırtınalar?**

Fırtınadan hiç korkmadım. Ben denizi bilmeyen adamdan korkarım.

**Oğlunuza ne öğüt verdiniz?**

Havaya bak, motora bak, kimseyle inatlaşma. Bir de ağı asla gece yarısından sonra bırakma.

**Bundan sonra?**

Sabahları yine limana geleceğim, teknelerin dönüşünü izleyeceğim. Torunuma yüzmeyi öğreteceğim.

Hasan Reis'in kırk yıllık fotoğraflarından oluşan küçük bir sergi 1 Aralık'a kadar Çamlıkıyı Kent Müzesi'nde görülebilir. Müze salı dışında her gün 10.00 ile 18.00 arasında açık.
"""),

dict(id="h91-de-001", lang="de", tpl="oxygen", site="Sielblick",
     section="Hafen", date="2026-05-06", byline="Hauke Brodersen",
     title="Lütjensiel erwartet 23 Kreuzfahrtschiffe – und streitet über den Landstrom",
     sub="Händler freuen sich auf die Gäste, Anwohner am Hafen klagen über Abgase während der Liegezeiten.",
     caption="Ein Kreuzfahrtschiff am Lütjensieler Südkai im vergangenen Sommer.", credit="Foto: Hauke Brodersen",
     tags=["Kreuzfahrt", "Landstrom"],
     carry=["cruisecalls"],
     look=[("bold", "Doch die Freude ist nicht ungeteilt."), ("italic", "„Wir wollen die Anlage"),
           ("br", "Die Bürgerinitiative „Saubere Luft am Siel“")],
     body="""
Die Saison beginnt früh in diesem Jahr: Schon am kommenden Dienstag legt mit der „Nordlys Aurora“ das erste von 23 Kreuzfahrtschiffen am Lütjensieler Südkai an. So viele Anläufe hatte der kleine Hafen noch nie.

Für Gastronomie und Einzelhandel ist das ein gutes Geschäft. Nach Berechnungen des Tourismusvereins geben die Passagiere pro Landgang im Schnitt 48 Euro aus, vor allem in den Cafés und Läden rund um den Alten Markt.

Doch die Freude ist nicht ungeteilt.

Anwohner der Kaistraße beklagen seit Jahren, dass die Schiffe während der Liegezeit ihre Dieselgeneratoren laufen lassen. „Bei Westwind riecht man das bis in die Küche“, sagt Renate Thießen, die seit 40 Jahren direkt am Hafen wohnt.

Eine Landstromanlage, über die die Schiffe am Kai mit Strom versorgt werden könnten, ist seit 2023 geplant. Gebaut ist sie bis heute nicht. Die Hafengesellschaft verweist auf gestiegene Kosten: Statt sechs sollen es nun elf Millionen Euro sein.

„Wir wollen die Anlage, aber ohne Fördergeld vom Land können wir sie nicht bezahlen“, sagt Hafenchef Jens Ohlsen. Der Antrag sei gestellt.

Bis dahin soll es wenigstens in der Kaistraße ruhiger werden: Die Ausflugsbusse warten künftig auf dem Parkplatz am Deich.

Die Bürgerinitiative „Saubere Luft am Siel“ lädt für Donnerstag um 19 Uhr zu einem Treffen ins Gemeindehaus ein.
"""),

dict(id="h91-de-002", lang="de", tpl="chunks",
     section="Polizei", date="2026-03-24", byline="Katrin Hollmann",
     title="Kaltenbrücker Polizei codiert Fahrräder gegen Diebe",
     sub="Nach einem deutlichen Anstieg der Diebstähle bietet das Präventionsteam wieder Termine an.",
     caption="Ein Beamter graviert einen Code in einen Fahrradrahmen.", credit="Foto: Katrin Hollmann",
     carry=["bikemarking"], run_in=["bikemarking"],
     body="""
Die Polizei in Kaltenbrück bietet ab April wieder kostenlose Fahrradcodierungen an. Anlass ist ein deutlicher Anstieg der Diebstähle: 2025 wurden im Stadtgebiet 412 Räder gestohlen, fast ein Drittel mehr als im Jahr davor.

Besonders betroffen sind teure Pedelecs. Sie werden nach Erkenntnissen der Ermittler oft gezielt aus Kellern und Tiefgaragen geholt und wenige Tage später im Ausland verkauft.

**So funktioniert die Codierung**

Beim Codieren wird eine Folge aus Buchstaben und Zahlen in den Rahmen graviert, aus der sich Wohnort und Besitzer ablesen lassen. Polizeihauptkommissar Uwe Lindemann vom Präventionsteam nennt drei Vorteile:

- Diebe meiden codierte Räder, weil sie sich schlecht verkaufen lassen.
- Gefundene Räder können sofort ihren Eigentümern zugeordnet werden.
- Wer ein codiertes Rad gebraucht kauft, merkt schnell, ob etwas nicht stimmt.

Bei Rahmen aus Carbon wird statt der Gravur ein fälschungssicherer Aufkleber verwendet.

**Viele Räder im Fundbüro**

Wie groß das Problem ist, zeigt ein Blick ins Fundbüro der Stadt. Dort stehen derzeit mehr als 80 Fahrräder, die niemand abholt. „Manche sind eindeutig gestohlen, aber wir finden die Eigentümer nicht“, sagt Lindemann.

Wer sein Rad codieren lassen möchte, braucht einen Ausweis und einen Kaufbeleg. Die Termine sind begrenzt, eine Anmeldung ist nötig.
"""),

dict(id="h91-de-003", lang="de", tpl="ghost",
     section="Kaltenbrück", date="2026-10-02", byline="Friederike Wendt",
     title="Bäckerbus bringt Brötchen in sieben Dörfer ohne Laden",
     sub="Die Bäckerei Lüders hat einen ausgedienten Linienbus zum rollenden Verkaufswagen umgebaut.",
     caption="Der umgebaute Bus der Bäckerei Lüders an der Haltestelle in Birkenhagen.", credit="Foto: Friederike Wendt",
     correction="Korrektur, 3. Oktober: In einer früheren Fassung hieß es, der Bus halte in Ostermoor um 8.15 Uhr. Richtig ist 7.45 Uhr.",
     only=["correction"],
     look=[("callout", "Der Bus hält in jedem Dorf rund 20 Minuten")],
     body="""
Seit der letzte Dorfladen in Birkenhagen vor drei Jahren geschlossen hat, mussten die Bewohner für ein Brot acht Kilometer nach Kaltenbrück fahren. Jetzt kommt das Brot zu ihnen.

Die Bäckerei Lüders aus Kaltenbrück hat einen ausgedienten Linienbus gekauft und zu einem rollenden Verkaufswagen umgebaut. Seit Montag fährt er jeden Vormittag sieben Dörfer an, in denen es kein Geschäft mehr gibt.

Neben Brot und Brötchen gibt es im Bus auch Milch, Eier, Butter und Kaffee aus der Region.

Bäckermeister Torben Lüders sagt, die Idee sei während der Pandemie entstanden, als er ältere Kunden in den Dörfern beliefert habe. „Viele haben kein Auto mehr. Für die war ich oft der einzige Kontakt in der Woche“, sagt er.

Der Bus hält in jedem Dorf rund 20 Minuten, immer zur selben Zeit, in Ostermoor zum Beispiel um 7.45 Uhr.

Die ersten Tage liefen besser als erwartet. In Birkenhagen standen am Montag schon vor der Ankunft zwölf Leute an der Haltestelle, manche mit Klappstuhl.

Irmgard Sell, 84, kauft jetzt jeden Morgen zwei Brötchen. „Ich könnte auch einmal in der Woche zehn kaufen. Aber dann verpasse ich ja den Klatsch“, sagt sie.

Den Fahrplan mit allen Haltestellen gibt es im Bus und in der Bäckerei am Markt, geöffnet Montag bis Samstag von 6 bis 13 Uhr.
"""),

dict(id="h91-fr-001", lang="fr", tpl="fusion",
     section="Éducation", date="2026-07-01", byline="Maëlle Guivarc'h",
     title="Port-Morvan : l'accueil de loisirs affiche complet pour juillet",
     sub="Les 120 places ont été réservées en deux jours ; la mairie ouvre un groupe supplémentaire.",
     caption="Des enfants de l'accueil de loisirs lors d'une sortie à la plage.", credit="Photo : Maëlle Guivarc'h",
     carry=["holidayclubs"], run_in=["holidayclubs"],
     look=[("factbox", "L'été en chiffres")],
     body="""
À quelques jours des vacances, l'accueil de loisirs de Port-Morvan n'a plus une seule place pour le mois de juillet. Les 120 places ouvertes aux enfants de 3 à 11 ans ont été réservées en moins de quarante-huit heures.

« Nous n'avions jamais vu ça », reconnaît la directrice, Soizic Le Bihan. Selon elle, la hausse s'explique par l'arrivée de nouvelles familles dans les lotissements de Kervian, mais aussi par la fermeture pour travaux du centre de la commune voisine, Saint-Brivel.

La mairie a décidé d'ouvrir un groupe supplémentaire de vingt-quatre enfants dans les locaux de l'école Jules-Verne à partir du 15 juillet. Quatre animateurs ont été recrutés en urgence.

## L'été en chiffres

- 120 places par jour en juillet, 80 en août
- 14 animateurs, dont 6 étudiants
- 3 sorties à la plage par semaine
- de 4 à 16 euros la journée, selon le quotient familial

Pour les parents qui travaillent dans le tourisme, l'été est la saison la plus chargée. Gwenaëlle Tanguy, serveuse sur le port, n'a obtenu que deux semaines. « Pour le reste, ce sera la grand-mère et les voisins », soupire-t-elle.

Les inscriptions pour le mois d'août et pour le groupe supplémentaire ouvrent lundi à 9 h, sur le portail famille de la commune ou à l'accueil de la mairie.
"""),

dict(id="h91-fr-002", lang="fr", tpl="amp",
     section="Faits divers", date="2026-09-14", byline="Yannick Le Goff",
     title="Vols de vélos à Saint-Brivel : la gendarmerie mise sur le marquage",
     sub="Quarante-deux vélos ont disparu depuis le début de l'été, surtout près de la gare et de la plage.",
     caption="Un vélo à assistance électrique attaché devant la gare de Saint-Brivel.", credit="Photo : Yannick Le Goff",
     carry=["bikemarking"],
     body="""
Quarante-deux vélos ont été volés à Saint-Brivel depuis le début de l'été, pour la plupart des vélos à assistance électrique. La gendarmerie organise désormais des séances de marquage, en partenariat avec l'association Brivel à Vélo.

Les vols ont surtout eu lieu près de la gare et sur le parking de la plage des Dunes, souvent en plein après-midi. « Un antivol à câble se coupe en dix secondes avec une pince », explique l'adjudant-chef Erwan Morvezen, de la brigade de Saint-Brivel.

**Un numéro unique**

Le marquage consiste à graver sur le cadre un numéro unique, enregistré dans un fichier national avec les coordonnées du propriétaire. Si le vélo est retrouvé, il peut lui être rendu rapidement.

Sans ce numéro, c'est souvent impossible. La brigade conserve actuellement 17 vélos retrouvés dont elle ne connaît pas les propriétaires.

**Des résultats ailleurs**

Dans les communes qui ont généralisé le marquage, les vols ont nettement baissé, assure l'association. Son président, Loïc Penven, conseille aussi de photographier son vélo et de garder la facture.

« Un vélo marqué se revend mal. Les voleurs le savent. »

La prochaine séance a lieu samedi, de 10 h à 17 h, sur la place du Marché. Le marquage coûte 5 euros et il est gratuit pour les adhérents.
"""),

dict(id="h91-fr-003", lang="fr", tpl="storybody",
     section="Portrait", date="2026-12-03", byline="Anne-Sophie Kerdraon",
     title="Trente ans sur le bac du Lédan : « Je connais chaque remous »",
     sub="Le passeur Jean-Yves Quéré prend sa retraite à la fin de l'année.",
     caption="Jean-Yves Quéré à la barre du bac, entre Port-Morvan et Saint-Brivel.", credit="Photo : Anne-Sophie Kerdraon",
     body="""
Depuis 1996, Jean-Yves Quéré fait traverser le Lédan à ceux qui vont de Port-Morvan à Saint-Brivel. Le passeur prend sa retraite à la fin de l'année. Rencontre sur le pont de son bac.

**Combien de traversées avez-vous faites ?**

J'ai fait le calcul un jour d'ennui : environ 180 000. Sept minutes chacune. Ça fait beaucoup de temps sur l'eau.

**Qui sont vos passagers ?**

Des lycéens le matin, des ouvriers de la conserverie, des touristes l'été. Et le facteur, tous les jours depuis trente ans. On a vieilli ensemble.

**Et l'hiver ?**

C'est là que le métier est dur. Le vent d'ouest, la marée qui pousse contre le courant, le brouillard. Je connais chaque remous, mais il faut rester humble.

**Un souvenir qui reste ?**

Une nuit de décembre 1999, en pleine tempête, j'ai fait traverser une sage-femme appelée pour un accouchement à Saint-Brivel. La petite s'appelle Marine. Elle m'envoie une carte à chaque Noël.

**Et votre successeur ?**

Un jeune de Port-Morvan, Kévin, qui a passé son permis l'an dernier. Il est bon. Il écoute.

Un pot de départ est organisé le samedi 19 décembre à 11 h, à la cale de Port-Morvan. Tous les passagers sont invités.
"""),

dict(id="h91-es-001", lang="es", tpl="regional",
     section="Sociedad", date="2026-06-10", byline="Lucía Barreiro",
     title="Montejara amplía los campamentos urbanos para que las familias puedan conciliar",
     sub="El Ayuntamiento ofrecerá 400 plazas, 150 más que el año pasado.",
     caption="Niños en una actividad de vela del campamento urbano del verano pasado.", credit="Foto: Lucía Barreiro",
     carry=["holidayclubs"],
     body="""
El Ayuntamiento de Montejara ofrecerá este verano 400 plazas en sus campamentos urbanos, 150 más que el año pasado, después de que decenas de familias se quedaran sin sitio en 2025.

La concejala de Educación, Begoña Irazábal, explicó que la ampliación ha sido posible gracias a la cesión de dos colegios más y a un convenio con el club de vela de Puerto Salvela, que se encargará de las actividades náuticas.

## Cuatro turnos

Los campamentos se organizarán en cuatro turnos de dos semanas entre el 23 de junio y el 14 de agosto. Los niños, de 4 a 12 años, podrán elegir entre:

- deportes y juegos en el polideportivo
- vela y piragüismo en Puerto Salvela
- teatro y música en la Casa de Cultura
- naturaleza en el aula del monte Faro

El horario será de 9.00 a 14.00, con servicio de madrugadores desde las 7.45 y comedor hasta las 16.00.

## Precios según la renta

Las familias pagarán entre 30 y 90 euros por turno, según sus ingresos. Las de rentas más bajas no pagarán nada.

«Para muchas madres que trabajan en la conserva o en la hostelería, el verano es un problema», reconoció Irazábal. «Esto no lo soluciona todo, pero ayuda».

Las inscripciones pueden hacerse hasta el 18 de junio en la sede electrónica o en la oficina de atención ciudadana, de lunes a viernes de 9.00 a 14.00.
"""),

dict(id="h91-es-002", lang="es", tpl="quintype",
     section="Economía", date="2026-11-05", byline="Xabier Outeiro",
     title="La lonja de Puerto Salvela ya subasta su pescado por internet",
     sub="Los compradores pueden pujar desde el móvil sin estar en el muelle a las cinco de la mañana.",
     caption="La pantalla de la nueva subasta en la lonja de Puerto Salvela.", credit="Foto: Xabier Outeiro",
     look=[("highlight", "La cofradía de pescadores espera atraer")],
     body="""
La lonja de Puerto Salvela ha dejado atrás la subasta a viva voz. Desde el lunes, los compradores pueden pujar por el pescado desde el móvil o el ordenador, sin necesidad de estar en el muelle a las cinco de la mañana.

El nuevo sistema, que ha costado 240.000 euros financiados en parte con fondos europeos, muestra en una pantalla cada caja con su especie, su peso y una foto. El precio baja cada segundo hasta que alguien pulsa el botón.

La cofradía de pescadores espera atraer así a compradores de toda la comunidad. «Antes venían seis o siete de siempre. El primer día se conectaron veintitrés», explica el patrón mayor, Ramón Lestón.

**Los veteranos, con dudas**

No todos están convencidos. Manuel Cancela, que lleva cuarenta años comprando merluza en la lonja para su pescadería de Montejara, prefiere ver el género de cerca. «Una foto no huele», dice.

La cofradía mantendrá durante un año una sala abierta en la lonja para quienes quieran seguir la subasta en persona, con un técnico que ayudará a los compradores mayores a usar la aplicación.

**Más dinero para el marinero**

Según los primeros datos, el precio medio de la merluza subió un 12 % en la primera semana. Para los 40 barcos de la flota local, eso puede suponer varios miles de euros más al año.

La lonja organiza visitas guiadas para escolares y vecinos los viernes a las 10.00. Se reservan en la oficina de la cofradía.
"""),

dict(id="h91-es-003", lang="es", tpl="sanity",
     section="Cultura", date="2026-08-06", byline="Nerea Villamarín",
     title="El último cine de verano de Montejara cumple cincuenta años",
     sub="El Cine Terraza Alameda celebra el aniversario con la película de su primera noche.",
     caption="Las sillas del Cine Terraza Alameda, preparadas para la sesión de la noche.", credit="Foto: Nerea Villamarín",
     look=[("dropcap", "Cuando el Cine Terraza Alameda abrió")],
     body="""
Cuando el Cine Terraza Alameda abrió en el verano de 1976, en Montejara había tres cines. Hoy solo queda él, y este sábado celebra su cincuenta aniversario con la misma película que proyectó la primera noche.

Lo regenta desde hace treinta años Remedios Piñeiro, hija del fundador. Cada tarde, a las ocho, coloca las 300 sillas de plástico en filas, barre las hojas de la alameda y enciende el proyector.

## Pipas, mantas y cojines

El ritual apenas ha cambiado. Los espectadores llegan con cojines y una manta para cuando refresca, compran pipas en el ambigú y esperan a que anochezca. La sesión empieza cuando se ve la pantalla, no antes.

«Aquí la gente se saluda, comenta la película en voz alta y aplaude al final. Eso ya no pasa en ningún sitio», dice Piñeiro.

El proyector de 35 milímetros se jubiló en 2014, cuando las distribuidoras dejaron de enviar copias en película. El digital costó 60.000 euros, y los vecinos pusieron la mitad en una colecta.

## Una película sorpresa

El título de la sesión de aniversario se mantiene en secreto. Piñeiro solo da una pista: es una comedia italiana, y su padre la eligió porque era la única que llegó a tiempo.

La entrada costará lo mismo que en 1976, 50 pesetas, que en la taquilla se cobrarán a 30 céntimos. La sesión empieza a las 22.15.
"""),

dict(id="h91-ru-001", lang="ru", tpl="semantic", low=0,
     section="Общество", date="2026-04-03", byline="Надежда Голованова",
     title="В Ковыльске открылась мастерская, где всё чинят бесплатно",
     sub="По субботам в бывшем здании почты принимают чайники, лампы, часы и одежду.",
     caption="Мастера «Ремонтного кафе» за работой.", credit="Фото: Надежда Голованова",
     look=[("italic", "«Хочется, чтобы вещи служили дольше")],
     body="""
В Ковыльске по субботам теперь можно бесплатно починить чайник, настольную лампу, куртку с оторванной молнией или расшатавшийся стул. В бывшем помещении почты на улице Речной открылось «Ремонтное кафе».

Идея принадлежит пенсионерке Валентине Сорокиной, которая увидела такое кафе в телерепортаже. Она нашла помещение, договорилась с администрацией и расклеила объявления по подъездам.

Откликнулись одиннадцать человек: электрик, два столяра, портниха, часовщик, бывший инженер судоремонтного завода и несколько студентов техникума, которые разбираются в телефонах.

За первые три субботы мастера приняли 74 вещи. Починить удалось 58.

«Чаще всего несут чайники, пылесосы и часы. Одна женщина принесла будильник, который был у неё с 1968 года. Он снова звенит», — рассказывает Сорокина.

Денег за ремонт не берут. Запчасти покупают на пожертвования, которые посетители оставляют в банке на столе, а печенье к чаю приносит соседняя пекарня.

«Хочется, чтобы вещи служили дольше, а люди чаще разговаривали друг с другом», — говорит Сорокина.

«Ремонтное кафе» работает по субботам с 11:00 до 15:00 на улице Речной, 12. Вещи принимают до 14:00.
"""),

dict(id="h91-ru-002", lang="ru", tpl="wordpress",
     section="Город", date="2026-05-21", byline="Артём Белозёров",
     title="Ковыльск ждёт сорок заходов круизных теплоходов за навигацию",
     sub="Первый теплоход придёт 27 мая; к концу лета отремонтируют городской причал.",
     caption="Речной вокзал Ковыльска перед началом навигации.", credit="Фото: Артём Белозёров",
     carry=["cruisecalls"],
     look=[("dropcap", "Речной вокзал Ковыльска готовится")],
     body="""
Речной вокзал Ковыльска готовится к самой загруженной навигации за последние двадцать лет. С конца мая до начала октября круизные теплоходы подойдут к городскому причалу 40 раз, сообщили в администрации.

Первым 27 мая придёт четырёхпалубный «Академик Стрельцов» с 280 туристами на борту. Стоянка продлится шесть часов.

## Что покажут туристам

Для гостей подготовили пешеходную экскурсию по купеческой части города, посещение краеведческого музея и дегустацию в сыроварне в соседней Сосновке. На набережной в дни стоянок будет работать ярмарка местных мастеров.

Директор музея Ирина Ладыгина говорит, что прошлым летом теплоходы принесли музею почти половину годовой выручки. «Для маленького города это очень много. На эти деньги мы отреставрировали две комнаты купеческого дома», — рассказала она.

## Причал отремонтируют

Сам причал, построенный в 1960-х годах, давно требует ремонта. Летом на нём заменят настил и установят новый трап, по которому смогут спускаться люди на колясках. Работы будут вести в дни, когда теплоходов нет.

Жители ближайших домов просят администрацию не разрешать туристическим автобусам стоять на улице Набережной. Там обещали подумать.

Справки о стоянках теплоходов можно получить в кассе речного вокзала ежедневно с 8:00 до 20:00.
"""),

dict(id="h91-ru-003", lang="ru", tpl="magazine",
     section="Люди", date="2026-01-25", byline="Полина Зарецкая",
     title="Последний бакенщик Ковылки",
     sub="Сорок лет Геннадий Пахомов зажигал огни на реке. Бакенов давно нет, а он всё так же выходит к воде.",
     caption="Геннадий Пахомов у своего дома на берегу Ковылки.", credit="Фото: Полина Зарецкая",
     pull="река — это не картинка с теплохода",
     look=[("dropcap", "Сорок лет Геннадий Пахомов"), ("box", "Раньше на Ковылке было двадцать два поста")],
     body="""
Сорок лет Геннадий Пахомов зажигал огни на реке. Каждый вечер с апреля по ноябрь он выходил на лодке, проверял бакены на двенадцатикилометровом участке Ковылки и следил, чтобы суда не сели на мель у Сосновского переката.

Должность бакенщика упразднили ещё в 2009 году, когда бакены заменили автоматическими буями с солнечными батареями. Но Пахомов, которому сейчас 79, до сих пор каждое утро спускается к реке.

«Автоматика автоматикой, а перекат каждую весну ходит. Буй стоит, где стоял, а фарватер уже в другом месте», — говорит он.

**Дом на берегу**

Он живёт в том же доме бакенщика, в котором поселился в 1969 году: бревенчатая изба, лодочный сарай, мачта для сигналов. В сенях висят керосиновые фонари, которыми когда-то освещали бакены.

Речники до сих пор звонят ему, когда сомневаются в глубинах. Капитаны проходящих теплоходов дают гудок, проплывая мимо его дома.

Раньше на Ковылке было двадцать два поста бакенщиков. Сегодня от большинства остались только названия на старых лоцманских картах.

**Музей на перекате**

Дом Пахомова принадлежит речному порту. Краеведы предлагают со временем сделать в нём музей речной навигации. Сам хозяин не против.

«Пусть люди приходят. Пусть знают, что река — это не картинка с теплохода», — говорит он.

Экскурсии к дому бакенщика краеведческий музей Ковыльска проводит летом по воскресеньям, записаться можно по телефону музея.
"""),
]
