# Turkish, German, French, Spanish and Russian stories for the twenty-fifth held-out part (h25-*) of the
# newsflow extraction set. Fictional; written for newsflow. Same markup and extra fields as articles_h25_en.py.
ARTICLES = [
# --- Turkish -----------------------------------------------------------------------------------------
dict(id="h25-tr-001", lang="tr", tpl="hugo", site="Akçakent Veri Masası", section="Ulaşım", date="2026-01-12",
     byline="Selin Arıkan",
     title="Dolmuş ücretleri iki yılda yüzde 140 arttı: 18 hattın verisini inceledik",
     sub="Akçakent'te en kısa dolmuş yolculuğu artık asgari ücretli bir çalışanın saatlik kazancının dörtte birine mal oluyor.",
     caption="Cumhuriyet Meydanı'ndaki dolmuş durağı.", credit="Fotoğraf: Selin Arıkan",
     body="""
Akçakent'te dolmuş ücretleri son iki yılda ortalama yüzde 140 arttı. Aynı dönemde asgari ücretteki artış yüzde 98'de kaldı.

Veri masamız, belediyenin ulaşım komisyonu kararlarını 2024 başından bu yana tek tek inceledi. Kentteki 18 dolmuş hattının her birinde tam, öğrenci ve 65 yaş üstü ücretlerini tek bir tabloda topladık.

## En pahalı hat: Sanayi–Üniversite

En büyük artış Sanayi–Üniversite hattında oldu. Bu hatta tam bilet 15 liradan 38 liraya çıktı. En küçük artış ise yüzde 96 ile Merkez–Hastane hattında görüldü.

Dolmuşçular Odası Başkanı Cengiz Kaplan, artışların yakıt ve araç bakım maliyetlerinden kaynaklandığını söyledi.

"Mazotun fiyatını biz belirlemiyoruz," dedi Kaplan. "Zarar ederek çalışamayız."

## En çok öğrenciler etkileniyor

Öğrenci ücretleri tam ücretlerden daha hızlı arttı. Üniversite öğrencisi Berk Yılmaz, her gün iki dolmuş değiştirerek okula gittiğini anlatıyor.

"Ayda 2 bin liradan fazlasını yola veriyorum," dedi Yılmaz. "Kütüphanede kalmak yerine eve erken dönüyorum."

## Verileri nasıl topladık?

Bu analiz için:

- ulaşım komisyonunun 31 kararını belediyenin internet sitesinden indirdik;
- her hattın ücretini karar tarihleriyle eşleştirdik;
- asgari ücret verilerini Resmî Gazete'den aldık.

Tablonun tamamını indirip kendi mahallenizin hattına bakabilir, hatalı gördüğünüz bir rakamı bize bildirebilirsiniz. Veriyi paylaşırken kaynak göstermeniz yeterli.

Belediyenin ulaşım komisyonu yeni tarifeyi şubat ayında görüşecek.
"""),

dict(id="h25-tr-002", lang="tr", tpl="wix", site="Kuzuluk Kadın Kooperatifi", section="Duyurular", date="2026-10-05",
     byline="Hatice Demirtaş",
     title="Kooperatifimizin çerez paketleri artık üç ilde satışta",
     sub="Kavrulmuş leblebi, fındık ve kuru dut karışımımız bu ay 42 bakkal ve şarküterinin rafında.",
     caption="Kooperatif mutfağında çerez paketleme günü.", credit="Fotoğraf: Kuzuluk Kadın Kooperatifi",
     body="""
Kuzuluk Kadın Kooperatifi olarak hazırladığımız çerez paketleri bu ay itibarıyla üç ilde 42 bakkal ve şarküterinin raflarında.

Kooperatifimiz 2021'de 11 kadınla kuruldu. Bugün 37 ortağımız var. İlk yıllarda yalnızca köy pazarında ve kermeslerde satış yapıyorduk.

## Paketlerde neler var?

Çerez karışımımızın tamamı köyümüzde ve çevre köylerde yetişen ürünlerden oluşuyor:

- kavrulmuş leblebi ve fındık;
- güneşte kurutulmuş beyaz dut;
- tuzsuz ay çekirdeği.

Ürünlerimizi katkı maddesi kullanmadan, kooperatifin mutfağında kavuruyoruz. Her pakette, o partiyi hazırlayan ortağımızın adı yazıyor.

## Nasıl başladı?

Fikir, bir kermeste kalan çerezleri paketleyip komşu köydeki bakkala bırakmamızla başladı. Bakkal sahibi Recep Bey bir hafta sonra arayıp yenisini istedi.

"Müşteriler soruyordu, 'Kuzuluk çerezi kalmadı mı?' diye," diyor Recep Bey.

Kooperatif başkanımız Hatice Demirtaş ise o günü şöyle anlatıyor: "İlk siparişi telefonda aldığımda ağladım."

## Sırada ne var?

Önümüzdeki yıl hedefimiz, çerezlerin yanına ev yapımı erişte ve tarhanayı da eklemek. Bunun için mutfağımızı büyütmemiz gerekiyor. Kalkınma ajansına yaptığımız başvurunun sonucunu bahar aylarında öğreneceğiz.

Ürünlerimizi satmak isteyen dükkân sahipleri bizimle iletişime geçebilir. Siparişleri her çarşamba topluyor, cuma günleri yola çıkarıyoruz.
"""),

dict(id="h25-tr-003", lang="tr", tpl="blox", section="Kültür", date="2026-11-03", byline="Emre Bozkurt",
     title="Belediyenin fotoğraf yarışmasında birincilik sisli balıkçı barınağına",
     sub="Yarışmaya 212 fotoğrafçı 640 kareyle katıldı; seçilen 40 fotoğraf kasım sonuna kadar sergilenecek.",
     caption="Ödül töreninde dereceye giren fotoğrafçılar.", credit="Fotoğraf: Emre Bozkurt",
     body="""
Karaçam Belediyesi'nin bu yıl dördüncüsünü düzenlediği "Kentimin Halleri" fotoğraf yarışmasında birincilik ödülünü amatör fotoğrafçı Nesrin Uçar kazandı.

Uçar'ın, sabah sisinde balıkçı barınağına dönen teknelerin siluetlerini gösteren fotoğrafı jürinin oybirliğiyle seçildi. Yarışmaya bu yıl 212 fotoğrafçı 640 kareyle katıldı.

## "Üç sabah aynı yerde bekledim"

Emekli bir hemşire olan Uçar, fotoğrafı çekmek için üç sabah üst üste saat beşte barınağa gittiğini söyledi.

"İlk iki gün sis yoktu, üçüncü gün şansım yaver gitti," dedi Uçar. "Balıkçılar beni tanımaya başlamıştı, çay getirdiler."

## Ödüller

Jürinin belirlediği ödüller şöyle:

- birincilik: 25 bin lira ve bir fotoğraf makinesi;
- ikincilik: 15 bin lira;
- üçüncülük: 10 bin lira.

İkinci olan Deniz Aksoy eski çarşıdaki bakırcıları, üçüncü olan lise öğrencisi Yiğit Kara ise yağmurlu bir günde belediye otobüsünü beklerken şemsiyesini kaybeden bir çocuğu fotoğrafladı.

## Sergi kasım sonuna kadar açık

Dereceye giren fotoğraflarla birlikte jürinin seçtiği 40 kare, belediyenin kültür merkezindeki galeride kasım sonuna kadar sergilenecek. Sergi hafta içi 10.00 ile 18.00 arasında ücretsiz gezilebilir.

Jüri başkanı fotoğraf sanatçısı Tarık Ergin, yarışmanın her yıl daha fazla genç katılımcı çektiğini söyledi.

"Telefonla çekilmiş çok güçlü kareler vardı," dedi Ergin.
"""),

# --- German ------------------------------------------------------------------------------------------
dict(id="h25-de-001", lang="de", tpl="medium", site="Bürgerverein Südstadt Lindenau", section="Verkehr", date="2026-02-27",
     byline="Jens Hollmann",
     title="Unsere Umfrage zur Gerberstraße: Was 612 Nachbarinnen und Nachbarn wollen",
     sub="Der Bürgerverein hat drei Wochen lang gefragt, wie es mit der Straße vor der Grundschule weitergehen soll.",
     caption="Elterntaxis vor der Anne-Frank-Grundschule an einem Dienstagmorgen.", credit="Foto: Jens Hollmann",
     body="""
Drei Wochen lang haben wir im Viertel gefragt, wie es mit der Gerberstraße weitergehen soll. 612 Nachbarinnen und Nachbarn haben mitgemacht, online und auf Papier. Hier sind die Ergebnisse.

## Die Frage

Die Gerberstraße führt direkt an der Anne-Frank-Grundschule vorbei. Morgens stauen sich dort die Elterntaxis, nachmittags parken Lieferwagen auf dem Gehweg. Die Stadt will die Straße 2027 sanieren und hat den Bürgerverein gebeten, vorher die Meinung der Anwohner einzuholen.

Wir haben drei Varianten zur Wahl gestellt:

- die Straße bleibt, wie sie ist, bekommt aber breitere Gehwege;
- eine Fahrradstraße, in der Autos nur zu Gast sind;
- eine Schulstraße, die morgens und mittags je eine Stunde ganz gesperrt wird.

## Das Ergebnis

Die Schulstraße bekam 47 Prozent der Stimmen, die Fahrradstraße 31 Prozent. Nur 22 Prozent wollten, dass alles so bleibt.

Besonders deutlich fiel die Umfrage unter Eltern aus: Von ihnen stimmten fast zwei Drittel für die Schulstraße.

„Ich hätte nicht gedacht, dass es so eindeutig wird“, sagt unsere Vorsitzende Birgit Laub.

## Nicht alle sind überzeugt

Einige Gewerbetreibende haben uns geschrieben, dass sie um ihre Kundschaft fürchten. Der Inhaber der Bäckerei an der Ecke, Uwe Scharf, sagt: „Wer morgens nicht mehr vorfahren kann, holt sich sein Brötchen woanders.“

Wir nehmen diese Sorgen ernst und haben sie dem Tiefbauamt mitgegeben.

## Wie geht es weiter?

Das Ergebnis übergeben wir am 12. März dem Bezirksbeirat. Die Sitzung ist öffentlich, wer mitdiskutieren möchte, ist herzlich eingeladen.

Den vollständigen Bericht mit allen Kommentaren aus der Umfrage können Sie in unserer Geschäftsstelle einsehen oder sich dort ausdrucken lassen.
"""),

dict(id="h25-de-002", lang="de", tpl="blogger", site="Dorfblog Hainbach", section="Dorfleben", date="2026-04-23",
     byline="Theresa Gruber",
     title="Maibaum-Klau: Die Kirchdorfer geben unseren Baum gegen drei Kästen Bier zurück",
     sub="In der Nacht zum Sonntag war der Baum vom Bauhof verschwunden.",
     caption="Der zurückgegebene Maibaum auf dem Anhänger vor dem Lindenwirt.", credit="Foto: Lisa Brandl",
     body="""
Der Hainbacher Maibaum ist wieder da. In der Nacht zum Sonntag hatten ihn junge Männer aus dem Nachbarort Kirchdorf vom Gelände des Bauhofs geholt, wo er seit Ostern lag.

Wie es der Brauch will, wurde der Baum nicht einfach zurückgebracht, sondern ausgelöst. Am Mittwochabend trafen sich Abordnungen beider Dörfer im Gasthaus Lindenwirt zu den Verhandlungen.

## Das Lösegeld

Nach gut zwei Stunden stand die Einigung. Die Burschen aus Kirchdorf bekommen:

- drei Kästen Bier;
- eine Brotzeit für zwölf Personen;
- einen Ehrenplatz beim Aufstellen am 1. Mai.

„Die wollten erst fünf Kästen“, erzählt Maibaumwart Sepp Hinterberger. „Aber wir haben gut verhandelt.“

## Wer hat nicht aufgepasst?

Eigentlich hätten in der Nacht zwei Mitglieder des Burschenvereins Wache halten sollen. Sie waren aber nach Mitternacht heimgegangen, weil es zu regnen anfing.

„Da sieht man's mal wieder“, sagt Hinterberger und lacht.

Fotos von der Übergabe hat Lisa vom Burschenverein gemacht. Wer welche für die Dorfchronik haben möchte, kann sich bei ihr melden.

## Aufstellen am 1. Mai

Der Baum wird am 1. Mai um 14 Uhr am Dorfplatz aufgestellt, wie jedes Jahr mit Muskelkraft und Schwaiberl. Die Blaskapelle spielt, für Kuchen und Kaffee sorgt der Frauenbund.

Helfer, die mit anpacken wollen, sollen um 13 Uhr am Bauhof sein.

„Diesmal passen wir besser auf“, verspricht Hinterberger.
"""),

dict(id="h25-de-003", lang="de", tpl="liveblog", section="Lokales", date="2026-06-23", byline="Miriam Kessler",
     title="Liveticker: Stadtrat stimmt knapp für Videoüberwachung am Bahnhofsvorplatz",
     sub="Sechs Kameras sollen ab August den Platz und die Bushaltestelle filmen. Wir berichten live aus der Sitzung.",
     caption="Der Bahnhofsvorplatz in Talbrück am Abend.", credit="Foto: Miriam Kessler",
     times=["21:48", "21:10", "20:25", "19:40", "18:05"],
     body="""
## Entscheidung: 19 zu 17 für die Kameras

Der Stadtrat hat entschieden: Der Bahnhofsvorplatz wird künftig mit sechs Kameras überwacht. 19 Räte stimmten dafür, 17 dagegen. Die Kameras sollen im August in Betrieb gehen und kosten rund 140.000 Euro.

Auf der Tribüne gab es kurz Applaus, aber auch Buhrufe. Ein Zuhörer rief: „Endlich!“

## Datenschutzbeauftragter stellt Bedingungen

Die Verwaltung verliest eine Stellungnahme des Landesdatenschutzbeauftragten. Er hat keine grundsätzlichen Einwände, fordert aber, dass:

- Schilder deutlich auf die Kameras hinweisen;
- die Stadt nach einem Jahr prüft, ob die Zahl der Straftaten gesunken ist;
- Wohnungsfenster am Platz nicht im Bild sind.

## Grüne und Linke dagegen

Stadträtin Aylin Demir von den Grünen sagt, Kameras verhinderten keine Schlägereien, sie filmten sie nur.

„Was dieser Platz braucht, sind Licht, ein Kiosk, der abends offen hat, und Streetworker“, sagt Demir. Die Linke schließt sich an.

## Oberbürgermeister wirbt für den Antrag

Oberbürgermeister Frank Zeller spricht von einer „maßvollen Lösung“. Die Aufnahmen sollen nach 72 Stunden automatisch gelöscht werden, wenn die Polizei sie nicht für Ermittlungen sichert. Live zuschauen wird niemand.

„Wir speichern nicht mehr als nötig und nicht länger als nötig“, sagt Zeller.

## Guten Abend aus dem Ratssaal

Willkommen zu unserem Liveticker aus dem Talbrücker Rathaus. Der Stadtrat entscheidet heute darüber, ob der Bahnhofsvorplatz mit Kameras überwacht wird.

Anlass sind mehrere Raubüberfälle und Schlägereien im vergangenen Jahr. Die Polizei zählte 2025 auf dem Platz 61 Straftaten, fast doppelt so viele wie im Jahr davor. Die Tribüne ist voll: Rund 60 Zuhörer verfolgen die Sitzung.
"""),

# --- French ------------------------------------------------------------------------------------------
dict(id="h25-fr-001", lang="fr", tpl="typo3", site="Commune de Saint-Aubin-des-Prés", section="Vie municipale",
     date="2026-02-18", byline="Service communication",
     title="Place de l'Église : le marché du jeudi déménage pendant les travaux",
     sub="Du 2 mars à la fin juin, les commerçants s'installeront sur le parking de la salle des fêtes.",
     caption="La place de l'Église avant les travaux.", credit="Photo : mairie de Saint-Aubin-des-Prés",
     body="""
Les travaux de réaménagement de la place de l'Église commenceront le lundi 2 mars et dureront environ quatre mois. Pendant toute la durée du chantier, le marché du jeudi matin se tiendra sur le parking de la salle des fêtes, avenue des Tilleuls.

## Pourquoi ces travaux ?

La place n'avait pas été refaite depuis 1987. Les pavés sont déchaussés, l'eau stagne devant l'église à chaque orage et le stationnement y est anarchique.

Le projet, voté par le conseil municipal en novembre, prévoit :

- un revêtement en pierre calcaire de la région ;
- la plantation de douze tilleuls ;
- une zone piétonne devant le parvis, avec des bancs.

Le coût total s'élève à 620 000 euros, dont 280 000 euros de subventions de l'État et du Département.

## Ce qui change pour le marché

Les 14 commerçants habituels ont tous accepté de suivre le marché sur son emplacement provisoire. Le poissonnier, M. Garnier, se réjouit même d'avoir « enfin de la place pour garer le camion ».

Le parking de la salle des fêtes sera fermé aux voitures le jeudi de 6 h à 14 h.

## Circulation et stationnement

La rue de l'Église sera fermée à la circulation pendant les travaux, sauf pour les riverains et les secours. Une déviation sera mise en place par la rue du Lavoir.

« Nous savons que ces mois seront difficiles pour les riverains et les commerçants », reconnaît le maire, Jean-Pierre Vidal. « Le résultat en vaudra la peine. »

Pour toute question sur le chantier, les habitants peuvent contacter l'accueil de la mairie ou venir à la permanence des élus, chaque samedi de 10 h à 12 h.
"""),

dict(id="h25-fr-002", lang="fr", tpl="magazine", section="Culture", date="2026-09-29", byline="Hélène Fabre",
     title="Trente-neuf ans dans la cabine : Gérard Masson, dernier projectionniste du Rex",
     sub="Il a lancé samedi sa dernière séance avant la retraite, devant une salle pleine.",
     caption="Gérard Masson devant l'un des deux projecteurs 35 mm du Rex.", credit="Photo : Hélène Fabre",
     pull="La pellicule, ça se sent avant de se voir.",
     body="""
Gérard Masson a projeté son premier film au Rex de Saint-Clar en septembre 1987. C'était « Jean de Florette », en 35 millimètres, sur deux projecteurs qu'il fallait relayer toutes les vingt minutes.

Samedi, à 66 ans, il a lancé sa dernière séance avant la retraite. La salle de 240 places était pleine.

## Une cabine, deux projecteurs

Pendant vingt-cinq ans, Gérard a travaillé sur pellicule. Il montait les bobines le mercredi matin, vérifiait chaque collure à la main et surveillait le son depuis la petite fenêtre de la cabine.

« La pellicule, ça se sent avant de se voir. Une bobine mal rembobinée, vous l'entendez tout de suite », raconte-t-il.

En 2012, le cinéma est passé au numérique. Les deux projecteurs sont restés dans la cabine. Il les huile encore deux fois par an.

## Des milliers de souvenirs

Il se souvient de la file d'attente pour « Titanic », qui faisait le tour de la place, et de la panne de courant pendant « Le Seigneur des anneaux ». Ce soir-là, les spectateurs ont attendu quarante minutes dans le noir sans que personne ne parte. Une photo de cette soirée est toujours punaisée au mur de la cabine.

Ses meilleurs souvenirs restent pourtant les séances scolaires :

- les cris pendant les dessins animés ;
- les classes de maternelle qui applaudissaient le générique ;
- les lycéens qui revenaient, vingt ans plus tard, avec leurs propres enfants.

## Un successeur formé

Son successeur, Théo, 24 ans, a été formé pendant six mois. Gérard lui a tout appris, y compris à charger une bobine de 35 millimètres, « au cas où ».

« Il ne s'en servira sans doute jamais, mais il faut savoir le faire », sourit-il.

Pour sa dernière séance, il avait choisi « Cinema Paradiso ». Il ne l'a pas regardé : il est resté dans la cabine, comme toujours.
"""),

dict(id="h25-fr-003", lang="fr", tpl="k2", section="Sport", date="2026-05-04", byline="Patrick Delmas",
     title="Rugby : l'US Montaignac arrache la montée en Fédérale 2 dans les arrêts de jeu",
     sub="Une pénalité de Lucas Ferrand à la 82e minute a donné la victoire 23-21 face à Gourdan.",
     caption="La joie des joueurs de Montaignac après le coup de sifflet final.", credit="Photo : Patrick Delmas",
     body="""
L'US Montaignac jouera en Fédérale 2 la saison prochaine. Dimanche, au stade Marcel-Bru, les rouge et noir ont battu Gourdan 23 à 21 grâce à une pénalité de Lucas Ferrand dans les arrêts de jeu.

Plus de 1 800 spectateurs avaient fait le déplacement, un record pour le club depuis la finale régionale de 2009.

## Un match fermé

Les deux équipes se sont longtemps neutralisées. À la pause, Gourdan menait 9 à 6 grâce à trois pénalités de son ouvreur.

Montaignac a pris l'avantage à l'heure de jeu sur un essai de son pilier Kévin Lacoste, au terme d'un maul de vingt mètres. Gourdan a répondu par un essai en coin à la 76e minute.

## La pénalité de la montée

À la 82e minute, l'arbitre a sifflé une faute gourdanaise dans un regroupement, à 38 mètres des poteaux, légèrement excentrée.

Ferrand, 19 ans, n'avait pas tenté un seul coup de pied de la saison. Le buteur titulaire était sorti sur blessure.

« Je n'ai pas regardé les poteaux, j'ai regardé le ballon », a-t-il expliqué après le match.

## Une saison à part

Le bilan de Montaignac cette saison :

- 17 victoires en 20 matchs ;
- la meilleure défense de la poule ;
- aucun match perdu à domicile.

L'entraîneur, Sébastien Rouquette, a refusé de commenter l'arbitrage de la première période. « On a gagné, on ne va pas se plaindre », a-t-il glissé.

Les supporters pourront suivre la fête de la montée samedi soir, sous le chapiteau installé derrière la tribune.
"""),

# --- Spanish -----------------------------------------------------------------------------------------
dict(id="h25-es-001", lang="es", tpl="wordpress", section="Ciudad", date="2026-10-14", byline="Marta Llorens",
     low=1, only=["correction"],
     correction="Fe de errores: una versión anterior de esta noticia decía que los sensores graban sonido. No es así: solo miden el nivel de ruido.",
     title="Benalfaro instala sensores de ruido en la zona de bares del casco antiguo",
     sub="Los datos se publican cada minuto en una página web municipal.",
     caption="Uno de los sensores, en la fachada de un edificio de la calle de la Sal.", credit="Foto: Marta Llorens",
     body="""
El Ayuntamiento de Benalfaro ha instalado doce sensores de ruido en las calles del casco antiguo con más bares y terrazas. Los aparatos miden el nivel de sonido cada minuto y envían los datos a una página web pública.

La medida responde a las quejas de los vecinos, que llevan años denunciando que no pueden dormir los fines de semana. La asociación vecinal Casco Viejo presentó el año pasado más de 300 firmas.

## Qué miden los sensores

Los sensores registran solo el nivel de ruido en decibelios. No graban sonido ni conversaciones, según ha explicado el concejal de Medio Ambiente, Ricard Soler.

«Queremos datos, no sospechas», dijo Soler. «Si una calle supera los límites, lo sabremos, y los vecinos también.»

Los límites que marca la ordenanza municipal son:

- 55 decibelios por la noche en zonas residenciales;
- 65 decibelios durante el día;
- 45 decibelios dentro de las viviendas.

## Los hosteleros, a la espera

La asociación de hosteleros ha pedido que los datos se usen para buscar soluciones y no solo para multar. Su presidenta, Lola Ferrer, propone cerrar las terrazas media hora antes los domingos.

«Nadie quiere que los vecinos se vayan del centro», afirmó Ferrer. «Sin vecinos, el casco antiguo se muere.»

## Primeros resultados

Durante la primera semana, cinco de los doce sensores superaron los 55 decibelios después de la una de la madrugada. La calle más ruidosa fue la de la Sal, con picos de 78 decibelios el sábado.

Los datos se pueden consultar en la web municipal, donde también se pueden descargar para compararlos. El Ayuntamiento revisará la ordenanza en otoño.
"""),

dict(id="h25-es-002", lang="es", tpl="amp", section="Sucesos", date="2026-11-16", byline="Javier Montoya",
     title="Rescatados dos senderistas que pasaron la noche a la intemperie en la sierra de Peñaescrita",
     sub="Se desviaron del sendero con niebla y llamaron al 112 con el móvil casi sin batería.",
     caption="El helicóptero de la Guardia Civil, en la base de Peñaescrita.", credit="Foto: Guardia Civil",
     body="""
Dos senderistas de 34 y 37 años fueron rescatados el domingo por la mañana en la sierra de Peñaescrita después de pasar la noche al raso a casi 1.600 metros de altitud.

Los dos hombres, vecinos de Murcia, habían salido el sábado a mediodía para hacer una ruta circular de 14 kilómetros. Al caer la tarde se desviaron del sendero señalizado y perdieron la orientación entre la niebla.

## Una llamada con el 4 % de batería

Sobre las nueve de la noche, uno de ellos llamó al 112 con el móvil casi sin batería. Los operadores le pidieron que enviara su ubicación por mensaje y que apagara el teléfono para ahorrar energía.

«Esa decisión les salvó», explicó el sargento de la Guardia Civil Andrés Robles. «Pudimos seguir en contacto con ellos hasta el amanecer porque encendían el móvil cada hora.»

## Rescate en helicóptero

El equipo de montaña de la Guardia Civil localizó a los senderistas a las siete y media de la mañana. Un helicóptero los trasladó al hospital comarcal con síntomas leves de hipotermia.

Ambos recibieron el alta por la tarde.

## Recomendaciones antes de salir al monte

La Guardia Civil recuerda a quienes salgan a la sierra en otoño que deben:

- mirar el parte meteorológico el día anterior;
- llevar ropa de abrigo, agua y una linterna;
- avisar a alguien de la ruta que van a hacer.

«La montaña no perdona los despistes», resumió Robles.
"""),

dict(id="h25-es-003", lang="es", tpl="sanity", section="Cultura", date="2026-06-02", byline="Irene Calvo",
     title="El mercado de Santa Úrsula abre un cine de verano en su azotea",
     sub="Habrá 24 películas de jueves a sábado, con sillas de playa y bocadillos de los puestos.",
     caption="La azotea del mercado, con la pantalla ya instalada.", credit="Foto: Irene Calvo",
     body="""
La azotea del mercado de Santa Úrsula, cerrada al público desde que se construyó el edificio en 1962, se convertirá este verano en un cine al aire libre.

El ciclo, organizado por la asociación de comerciantes del mercado y la filmoteca municipal, ofrecerá 24 películas del 3 de julio al 30 de agosto, de jueves a sábado a las diez y media de la noche.

## Sillas de playa y palomitas del mercado

La azotea tiene capacidad para 180 personas. Los espectadores se sentarán en sillas de playa y podrán comprar bocadillos y palomitas en los puestos del mercado, que abrirán hasta medianoche los días de proyección.

«Queremos que la gente conozca el mercado de otra manera», explica la presidenta de la asociación, Amparo Giner. «Muchos jóvenes no han subido nunca a comprar.»

## Programa y entradas

La programación mezcla clásicos y estrenos recientes. Entre las películas confirmadas están:

- «Bienvenido, Mister Marshall», para la noche de inauguración;
- «El espíritu de la colmena», en una copia restaurada;
- una sesión doble de cortometrajes de escuelas de cine.

Las entradas cuestan tres euros. Quienes compren el abono de temporada, de 40 euros, tendrán asiento reservado en las primeras filas. La suscripción al boletín del mercado da derecho a un descuento del 10 %.

## Fotos antiguas en la escalera

La escalera que sube a la azotea se ha convertido en una pequeña galería con fotografías del mercado en los años sesenta, cedidas por las familias de los primeros comerciantes.

«Mi padre sale en tres fotos», dice Giner. «Todavía tenía pelo.»
"""),

# --- Russian -----------------------------------------------------------------------------------------
dict(id="h25-ru-001", lang="ru", tpl="dle", site="Верхнекамье.онлайн", section="Город", date="2026-03-12",
     byline="Ольга Мельникова",
     title="Горожане выбрали проект сквера на Школьной улице: больше всего голосов у «Яблоневого сада»",
     sub="В голосовании приняли участие почти пять тысяч жителей.",
     caption="Пустырь на Школьной улице, где появится сквер.", credit="Фото: Ольга Мельникова",
     body="""
Жители Верхнекамска определили, каким будет новый сквер на Школьной улице. В онлайн-голосовании на портале госуслуг и на бумажных бюллетенях в библиотеках приняли участие 4 812 человек.

Больше всего голосов — 2 175 — набрал проект «Яблоневый сад». Он предполагает посадку 60 яблонь, дорожки из плитки и летнюю сцену.

## Три варианта

Горожанам предлагали выбрать из трёх проектов, подготовленных студентами архитектурного колледжа:

- «Яблоневый сад» с летней сценой;
- «Спортивный сквер» с воркаут-площадкой и скейт-парком;
- «Тихий двор» с беседками и розарием.

Второе место занял «Спортивный сквер» — за него проголосовали 1 698 человек.

«Я голосовала за сад, — рассказала пенсионерка Валентина Сергеевна, живущая в соседнем доме. — Весной будет красиво, а осенью внуки будут собирать яблоки».

## Когда начнутся работы

Работы начнутся в мае и должны закончиться к сентябрю. Стоимость благоустройства — 38 миллионов рублей, из них 30 миллионов выделит область.

Глава города Андрей Кузнецов пообещал, что идеи из проигравших проектов тоже не пропадут.

«Воркаут-площадку мы поставим в другом месте, молодёжь её очень просила», — сказал он.

## Как следить за стройкой

Следить за ходом работ можно будет через веб-камеру, которую установят на крыше соседней школы. Фотографии каждого этапа администрация обещает публиковать на своём сайте.
"""),

dict(id="h25-ru-002", lang="ru", tpl="bitrix", section="Происшествия", date="2026-04-08", byline="Игорь Савельев",
     title="Управляющую компанию оштрафовали на 250 тысяч рублей за сосульки над тротуаром",
     sub="В феврале глыба льда упала в нескольких метрах от женщины с коляской.",
     caption="Дом № 14 на проспекте Строителей.", credit="Фото: Игорь Савельев",
     body="""
Арбитражный суд оштрафовал управляющую компанию «Уют-Сервис» на 250 тысяч рублей за то, что она не очистила от сосулек крыши трёх домов на проспекте Строителей.

В феврале глыба льда упала с крыши дома № 14 на тротуар в нескольких метрах от женщины с коляской. Никто не пострадал, но случившееся сняла на телефон соседка, и видео разошлось по городским чатам.

## Жалобы копились с декабря

После публикации видео жилищная инспекция провела проверку. Выяснилось, что жильцы жаловались на сосульки с декабря: в диспетчерской компании зарегистрировали 23 обращения.

«Мы звонили каждую неделю, — рассказала старшая по дому Нина Фёдорова. — Нам отвечали, что альпинистов не хватает».

## Позиция компании

В комментарии нашему изданию директор «Уют-Сервиса» Павел Гришин заявил, что компания не согласна с решением суда и будет его обжаловать.

По его словам, зимой компании не хватало работников: из пяти промышленных альпинистов двое уволились в январе.

«Мы не отказывались чистить крыши, мы просто не успевали», — сказал Гришин.

## Что делать жильцам

В жилищной инспекции напоминают, что при виде опасных сосулек нужно:

- сообщить в диспетчерскую управляющей компании;
- сохранить номер заявки;
- если меры не приняты за сутки, обратиться в инспекцию.

Там добавили, что этой зимой проверили уже 40 управляющих компаний города.
"""),

dict(id="h25-ru-003", lang="ru", tpl="portal", section="Культура", date="2026-12-09", byline="Марина Егорова", low=0,
     title="В сельской библиотеке Заречного начали выдавать настольные игры",
     sub="В фонде уже 46 коробок — от лото до современных стратегий.",
     caption="Игровой вечер в библиотеке села Заречное.", credit="Фото: Марина Егорова",
     body="""
Библиотека в селе Заречное начала выдавать на дом настольные игры. В фонде уже 46 коробок — от шахмат и лото до современных стратегий.

Идея принадлежит библиотекарю Светлане Ивановой. Зимой, по её словам, в библиотеку стали приходить целые семьи, чтобы поиграть, и столов на всех не хватало.

## Игры купили на грант

Первые 30 игр библиотека купила на грант районного фонда поддержки сельских инициатив — 85 тысяч рублей. Ещё 16 коробок подарили жители.

«Принесли даже довоенное лото с деревянными бочонками, — рассказывает Иванова. — Его мы на дом не выдаём, играем только здесь».

## Правила простые

Взять игру может любой читатель библиотеки. Условия такие:

- одна игра на срок до двух недель;
- все фишки и карточки возвращаются по описи;
- потерянную деталь можно заменить самодельной.

Самой популярной оказалась игра про железные дороги: на неё записались восемь семей.

## По четвергам — турнир

Каждый четверг в библиотеке проходит игровой вечер. Приходят школьники, пенсионеры и даже механизаторы из соседнего хозяйства.

«Раньше вечером делать было нечего, а теперь у нас свой клуб», — говорит тракторист Алексей Гусев.

Поделиться своими играми с библиотекой может каждый: их принимают в рабочие часы, с понедельника по субботу.
"""),
]
