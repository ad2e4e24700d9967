# Turkish, German, French, Spanish and Russian stories for the forty-fifth held-out part (h45-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h45_en.py.
ARTICLES = [
dict(id="h45-tr-001", lang="tr", tpl="neos", site="Auenbruck Şehir Dergisi", section="Okul, çocuk ve aile",
     date="2026-05-06", byline="Elif Kocabaş",
     title="Yaz tatilinde çocuklar nerede kalacak? Auenbruck'ta tatil bakımı kayıtları başladı",
     sub="Belediyenin tatil programlarına bu yıl 1.400 çocuk kabul edilecek. Türkçe bilgilendirme toplantısı 12 Mayıs'ta.",
     caption="Geçen yaz Gerberwiese'deki tatil programında oynayan çocuklar.", credit="Fotoğraf: Elif Kocabaş",
     carry=["termdates"],
     look=[("bold", "Auenbruck'ta okullar bu yıl"), ("box", "Kayıt için gerekenler")],
     body="""
Auenbruck'ta okullar bu yıl 9 Temmuz'da yaz tatiline giriyor. Çalışan anne babalar için en büyük soru yine aynı: Altı hafta boyunca çocuklar nerede kalacak?

Belediyenin gençlik dairesi, ilkokul çağındaki çocuklar için düzenlediği tatil bakımına kayıtları pazartesi günü açtı. Bu yıl şehrin dokuz semtinde toplam 1.400 çocuğa yer var; geçen yıl bu sayı 1.150'ydi.

Programlar hafta içi her gün saat 7.30 ile 16.30 arasında sürüyor. Çocuklar yüzmeye, orman gezilerine ve atölyelere katılıyor, öğle yemeği de veriliyor. Haftalık ücret 65 avro; düşük gelirli aileler ve sosyal yardım alanlar için program ücretsiz.

## Kayıtlar nasıl yapılıyor?

Kayıtlar belediyenin internet sitesinden ya da semt ofislerinden yapılabiliyor. Yerler geliş sırasına göre değil, kura ile dağıtılıyor. Kura sonuçları 1 Haziran'da ailelere bildirilecek.

Kayıt için gerekenler: çocuğun okul belgesi, ebeveynlerin çalıştığını gösteren belge ve varsa sosyal yardım kararı. Belgeler Almanca olmak zorunda değil; Türkçe belgeler de kabul ediliyor.

Gençlik dairesinden Sevgi Arslan, geçen yıl birçok ailenin başvuru süresini kaçırdığını söyledi. "Haberi geç duyan ya da formu anlamayan çok aile oldu. Bu yıl Türkçe bir toplantı yapmak istedik," dedi.

Türkçe bilgilendirme toplantısı 12 Mayıs Salı akşamı saat 18.00'de Kirchfeld Mahalle Evi'nde yapılacak. Toplantıya çocuklar da gelebilir; küçükler için oyun köşesi kurulacak.

Başvurular 22 Mayıs'a kadar sürüyor.
"""),

dict(id="h45-tr-002", lang="tr", tpl="gutenberg", section="Yerel", date="2026-10-08", byline="Murat Yazıcıoğlu",
     title="Dereköy pazarı 40 yıl sonra kapalı halle taşınıyor",
     sub="Çamurdan ve yağmurdan şikâyet eden pazarcılar, yeni halde ilk tezgâhlarını cumartesi açacak.",
     caption="Eski otogar binasından dönüştürülen pazar hali.", credit="Fotoğraf: Murat Yazıcıoğlu",
     look=[("dropcap", "Dereköy'ün cumartesi pazarı")],
     body="""
Dereköy'ün cumartesi pazarı, 40 yıldır kurulduğu dere kenarındaki açık alandan eski otogar binasına taşınıyor. Belediyenin 18 milyon liraya yenilediği bina, bu cumartesi sabah 7'de pazarcılara açılacak.

Yeni halde 160 tezgâh, soğuk hava deposu, tuvaletler ve 220 araçlık otopark bulunuyor. Tezgâhların üzerindeki çatı güneş panelleriyle kaplandı; belediye, halin elektriğinin büyük kısmının buradan karşılanacağını söylüyor.

## Pazarcılar memnun

Otuz yıldır pazarda domates ve biber satan Hüsnü Karaca, yağmurlu günlerde müşterinin gelmediğini anlattı. "Kışın çamurun içinde dururduk. Malımız ıslanırdı, müşteri gelmezdi. Artık hava ne olursa olsun açığız," dedi.

Tezgâh kiraları ayda 1.200 liradan başlıyor. Eski alanda pazarcılar günlük işgaliye ödüyordu. Bazı pazarcılar kiranın yüksek olduğunu söylese de belediye ilk üç ay için yüzde 50 indirim uygulanacağını açıkladı.

## Dere kenarı park olacak

Pazarın boşalttığı alan yeşil alana dönüştürülecek. Belediye Başkanı Nuran Ekici, projenin gelecek bahar başlayacağını ve alana çocuk oyun parkı ile yürüyüş yolu yapılacağını söyledi.

Köylerden gelen üreticiler için halin arka tarafında ayrı bir bölüm ayrıldı. Burada tezgâh ücreti alınmayacak.

Pazar her cumartesi 7.00 ile 15.00 arasında açık olacak. Belediye otobüsleri cumartesi günleri hale ek sefer yapacak.
"""),

dict(id="h45-tr-003", lang="tr", tpl="legacy-br", section="Köylerimiz", date="2026-02-17", byline="Hülya Demirtaş",
     title="Muhtarın kurduğu grup köyün ekmek sorununu çözdü",
     sub="Yalıçam'da fırın kapanınca muhtar bir mesajlaşma grubu açtı; şimdi ekmek her sabah kapıda.",
     caption="Yalıçam Muhtarı Cemal Gündoğdu köy kahvesinde.", credit="Fotoğraf: Hülya Demirtaş",
     low=0,
     body="""
Paylaşın, yazın, haber verin. Yalıçam Muhtarı Cemal Gündoğdu'nun köydeki mesajlaşma grubuna koyduğu ilk mesaj buydu. Üç ay sonra grupta 190 kişi var ve köyün ekmek sorunu çözülmüş durumda.

Köyün tek fırını geçen ekim ayında, fırıncının emekli olmasıyla kapandı. En yakın fırın 14 kilometre uzaklıktaki ilçe merkezindeydi ve köyde arabası olmayan çok sayıda yaşlı vardı.

Gündoğdu, ilçedeki bir fırınla anlaştı. Köylüler akşam saat 8'e kadar gruba kaç ekmek istediklerini yazıyor, fırının servisi sabah 7'de ekmekleri köy meydanına getiriyor. Muhtar ve iki gönüllü genç de ekmekleri yürüyemeyen yaşlıların kapısına bırakıyor.

"Başta kimse inanmadı. Telefonla mesaj yazmayı bilmeyenler vardı. Torunlar öğretti, şimdi teyzeler benden hızlı yazıyor," diyor muhtar.

Grup zamanla sadece ekmek için kullanılmaz oldu. Köylüler kaybolan hayvanları, elektrik kesintilerini ve cenaze haberlerini de buradan duyuruyor. Geçen ay grupta paylaşılan bir mesajla, yolda kalan bir minibüs yolcularına yardım edildi.

Ekmek parası her cuma köy kahvesinde toplanıyor. Muhtar, bugüne kadar tek bir ekmeğin bile parasının eksik çıkmadığını söylüyor.

İlçe kaymakamlığı, uygulamanın çevre köylere de örnek olacağını açıkladı.
"""),

dict(id="h45-de-001", lang="de", tpl="nextjs", section="Verkehr", date="2026-11-26", byline="Katrin Oberländer",
     title="RB 34 fährt ab Dezember im Halbstundentakt",
     sub="Mit dem Fahrplanwechsel am 13. Dezember bekommt Oberwalden doppelt so viele Züge. Pendler müssen sich aber auf neue Abfahrtszeiten einstellen.",
     caption="Ein Triebwagen der RB 34 im Bahnhof Oberwalden.", credit="Foto: Katrin Oberländer",
     carry=["transitboard"],
     look=[("bold", "Pendler aus Oberwalden kommen")],
     body="""
Pendler aus Oberwalden kommen ab dem 13. Dezember schneller in die Stadt. Mit dem Fahrplanwechsel fährt die Regionalbahn RB 34 zwischen Oberwalden und Mittelstadt werktags alle 30 Minuten statt wie bisher jede Stunde.

Möglich macht das ein neues Ausweichgleis in Rehbach, das die Bahn im Sommer für 14 Millionen Euro gebaut hat. Bisher konnten sich Züge auf der eingleisigen Strecke nur in Oberwalden und Mittelstadt begegnen.

Für viele Fahrgäste ändern sich die gewohnten Abfahrtszeiten. Die wichtigsten Änderungen im Überblick:

- Ab Oberwalden fahren die Züge künftig zur Minute 08 und 38, bisher zur Minute 15.
- Der erste Zug am Morgen fährt um 4.38 Uhr, 37 Minuten früher als bisher.
- Am Wochenende bleibt es beim Stundentakt.
- Die Busse der Linie 560 werden an die neuen Zeiten angepasst.

Der Fahrgastverband begrüßt den dichteren Takt. „Darauf warten die Menschen hier seit zwanzig Jahren“, sagte Sprecher Holger Brandis. Er kritisierte aber, dass die Züge weiterhin nur aus zwei Wagen bestehen. „Morgens um sieben steht man schon jetzt im Gang.“

Der Zweckverband Nahverkehr kündigte an, dass ab März längere Züge eingesetzt werden sollen, sobald weitere Fahrzeuge geliefert sind.

Die neuen Fahrpläne liegen ab Montag im Kundenzentrum am Bahnhof Oberwalden aus.
"""),

dict(id="h45-de-002", lang="de", tpl="ghost", site="Nachbarschaft Rosenhöhe", kind="small", section="Aus dem Viertel",
     date="2026-07-02", byline="Gesa Tiedemann",
     title="Aus der alten Telefonzelle wird ein Bücherschrank",
     sub="Am Samstag wird an der Ecke Fliederweg eröffnet. Jeder darf Bücher bringen und mitnehmen.",
     caption="Die frisch gestrichene Telefonzelle am Fliederweg.", credit="Foto: Gesa Tiedemann",
     look=[("callout", "Wer Bücher abgeben möchte")],
     body="""
Seit 2011 stand die gelbe Telefonzelle an der Ecke Fliederweg und Rosenstraße ohne Telefon herum. Ab Samstag hat sie eine neue Aufgabe: Sie wird zum offenen Bücherschrank für die Rosenhöhe.

Die Idee hatte Marlene Quast aus dem Fliederweg, die sich über die leere Zelle vor ihrem Küchenfenster geärgert hat. Sie fragte bei der Telekom nach, die ihr die Zelle für einen symbolischen Euro überließ.

**Regale vom Schreiner, Farbe vom Baumarkt**

Ein pensionierter Schreiner aus der Nachbarschaft hat fünf Regalböden eingebaut, der Baumarkt an der Ringstraße hat die Farbe gespendet. Die Zelle ist wieder gelb, hat aber jetzt ein Schild mit der Aufschrift „Lesezelle Rosenhöhe“.

Rund 300 Bücher haben Nachbarinnen und Nachbarn schon gesammelt, darunter Krimis, Kochbücher und eine ganze Kiste Kinderbücher.

**So funktioniert die Lesezelle**

Jeder darf Bücher hineinstellen und herausnehmen, ohne Anmeldung und ohne Ausleihfrist. Eine Gruppe von acht Freiwilligen schaut jeden Tag nach dem Rechten und sortiert aus, was kaputt oder nass geworden ist.

Wer Bücher abgeben möchte, sollte nicht mehr als zehn auf einmal bringen. Lexika, Zeitschriften und Schulbücher passen leider nicht in die Zelle.

Eröffnet wird die Lesezelle am Samstag um 11 Uhr mit Kaffee und Kuchen. Die Kinder der Kita Sonnenblume lesen eine Geschichte vor.

Wer bei den Freiwilligen mitmachen will, findet die Kontaktdaten im nächsten Newsletter der Nachbarschaft.
"""),

dict(id="h45-de-003", lang="de", tpl="ucoz", site="Dorfverein Kranichsau", kind="small", section="Neues aus Kranichsau",
     date="2026-08-12", byline="dorfverein_kranichsau",
     title="Dorffest Kranichsau: Das ist das Programm für das Wochenende",
     sub="Vom 21. bis 23. August feiert Kranichsau sein 42. Dorffest.",
     caption="Das Festzelt auf dem Lindenplatz beim Dorffest im vergangenen Jahr.", credit="Foto: Dorfverein Kranichsau",
     carry=["calendar"],
     body="""
Am Wochenende vom 21. bis 23. August ist es wieder so weit: Kranichsau feiert sein 42. Dorffest auf dem Lindenplatz. Der Dorfverein hat zusammen mit der Feuerwehr und dem Gesangverein ein volles Programm vorbereitet.

## Freitag

Los geht es am Freitag um 19 Uhr mit dem Fassanstich durch Ortsvorsteher Bernd Kohlhaas. Danach spielt die Band „Die Auwiesen-Buam“ bis Mitternacht im Festzelt.

## Samstag

- 14 Uhr: Kinderfest mit Hüpfburg und Schminken
- 15 Uhr: Kaffee und Kuchen der Landfrauen
- 17 Uhr: Vorführung der Jugendfeuerwehr
- 20 Uhr: Tanzabend mit DJ Ralf

## Sonntag

Der Sonntag beginnt um 10 Uhr mit einem Gottesdienst im Festzelt, anschließend gibt es Frühschoppen mit dem Gesangverein Liederkranz. Zum Mittagessen bietet die Feuerwehr Schweinebraten und eine vegetarische Gemüsepfanne an.

Um 15 Uhr startet das Entenrennen auf dem Mühlbach. Die Plastikenten gibt es für zwei Euro am Stand des Dorfvereins. Der Erlös geht an den Kindergarten Storchennest, der einen neuen Sandkasten braucht.

Für den Auf- und Abbau werden noch Helferinnen und Helfer gesucht. Wer Zeit hat, meldet sich bitte bei Heike Brandt unter 06441 000 218.

Parkplätze gibt es auf der Wiese hinter dem Dorfgemeinschaftshaus.
"""),

dict(id="h45-fr-001", lang="fr", tpl="amp", section="Vie locale", date="2026-04-09", byline="Clément Faurie",
     title="Douze bornes de recharge rapide sur le parking du supermarché",
     sub="Le pôle de recharge de Saint-Amans ouvre lundi. Il est le plus grand du département.",
     caption="Les bornes installées sur le parking du supermarché, route de Figeac.", credit="Photo : Clément Faurie",
     carry=["evcharge"],
     look=[("italic", "« On voyait passer les voitures électriques")],
     body="""
Les conducteurs de voitures électriques n'auront plus besoin de faire un détour par l'autoroute. Douze bornes de recharge rapide entrent en service lundi sur le parking du supermarché de la route de Figeac, à Saint-Amans.

Le pôle, le plus grand du département, a été installé en trois mois par un opérateur privé, sans argent public. Les bornes délivrent jusqu'à 300 kW, ce qui permet de récupérer 80 % de batterie en une vingtaine de minutes sur les véhicules récents.

Le prix est fixé à 49 centimes le kilowattheure. Le paiement se fait directement par carte bancaire sur la borne, sans abonnement.

« On voyait passer les voitures électriques sur la route de Figeac sans qu'elles s'arrêtent. Maintenant, elles s'arrêteront chez nous », explique le directeur du supermarché, Laurent Besse. Il compte sur les conducteurs pour faire leurs courses pendant la recharge.

Jusqu'ici, Saint-Amans ne comptait que quatre bornes lentes, sur la place de la mairie, souvent occupées par des voitures en stationnement. La mairie annonce qu'elle y limitera désormais la recharge à deux heures.

Les chauffeurs de taxi et d'ambulance de la commune, dont plusieurs roulent à l'électrique depuis l'an dernier, ont été les premiers à se réjouir de l'ouverture.

Le pôle est accessible tous les jours, de jour comme de nuit, y compris quand le magasin est fermé.
"""),

dict(id="h45-fr-002", lang="fr", tpl="drupal", site="Commune de Saint-Véran-des-Prés", kind="public", section="Actualités",
     date="2026-05-20", byline="Service communication",
     title="Un marché de producteurs chaque jeudi soir sur la place du Foirail",
     sub="À partir du 4 juin, une quinzaine de producteurs locaux s'installeront de 17 h à 20 h.",
     caption="La place du Foirail, où se tiendra le marché.", credit="Photo : Ville de Saint-Véran-des-Prés",
     carry=["map"],
     look=[("box", "En cas de pluie")],
     body="""
La commune de Saint-Véran-des-Prés lance un marché de producteurs le jeudi soir. Le premier aura lieu le jeudi 4 juin sur la place du Foirail, de 17 h à 20 h, et se tiendra ensuite chaque semaine jusqu'à la fin septembre.

Seuls des producteurs installés à moins de 40 kilomètres pourront y vendre ce qu'ils ont eux-mêmes cultivé, élevé ou transformé. Quinze d'entre eux ont déjà confirmé leur présence :

- deux maraîchers de la vallée de la Doue
- un éleveur de volailles de Lacapelle
- une fromagerie de chèvre
- un apiculteur
- un boulanger paysan
- un vigneron et un brasseur artisanal

« Beaucoup d'habitants travaillent à l'extérieur et ne peuvent pas venir au marché du samedi matin. Le jeudi soir, en rentrant du travail, c'est plus simple », explique l'adjointe au commerce, Martine Lacombe.

Des tables seront installées sous les platanes pour permettre de manger sur place. L'association des parents d'élèves tiendra une buvette dont les bénéfices financeront les sorties scolaires.

En cas de pluie, le marché se repliera sous la halle couverte, à l'angle de la rue des Tanneurs.

Le stationnement sera interdit sur la place du Foirail le jeudi de 15 h à 21 h. Les producteurs intéressés peuvent encore s'inscrire auprès de l'accueil de la mairie.
"""),

dict(id="h45-fr-003", lang="fr", tpl="medium", site="Les Carnets de la Doue", kind="indie", section="Artisans",
     date="2026-10-15", byline="Agnès Cabanel",
     title="« Une semelle, ça ne se jette pas »",
     sub="Robert Vialard, dernier cordonnier de la vallée, ferme son atelier à la fin du mois. Nous l'avons rencontré derrière son établi.",
     caption="Robert Vialard dans son atelier de la rue Basse.", credit="Photo : Agnès Cabanel",
     look=[("bold", "Depuis quand êtes-vous cordonnier ?"), ("bold", "Le métier a beaucoup changé ?"),
           ("bold", "Pourquoi arrêter maintenant ?"), ("bold", "Vous regrettez quelque chose ?"), ("italic", "L'atelier de la rue Basse")],
     body="""
Robert Vialard a 74 ans et ressemelle des chaussures depuis 1967. Son atelier de la rue Basse, le dernier de la vallée, fermera le 31 octobre. Nous lui avons rendu visite un mardi matin, entre deux paires de bottes.

Depuis quand êtes-vous cordonnier ?

Depuis mes quinze ans. Mon père était cordonnier, mon grand-père aussi. Je n'ai jamais vraiment choisi, j'ai commencé à balayer l'atelier et je ne suis jamais reparti.

Le métier a beaucoup changé ?

Énormément. Dans les années 1970, on ressemelait des chaussures de travail toute la journée. Aujourd'hui, les gens jettent leurs chaussures. Il me reste surtout les bottes des chasseurs, les chaussures de marche et quelques beaux souliers.

Pourquoi arrêter maintenant ?

Les mains. Je n'ai plus la force pour coudre le cuir épais. Et personne n'a voulu reprendre, j'ai pourtant cherché pendant deux ans.

Vous regrettez quelque chose ?

Qu'on ait perdu l'habitude de réparer. Une semelle, ça ne se jette pas, ça se change.

L'atelier de la rue Basse sera vidé en novembre. Une partie des outils de Robert Vialard rejoindra le musée des métiers de Figeac, qui prépare une salle consacrée à la cordonnerie.

Les clients qui ont encore des chaussures à l'atelier sont priés de venir les chercher avant le 31 octobre.
"""),

dict(id="h45-es-001", lang="es", tpl="fusion", section="Cultura", date="2026-07-01", byline="Nerea Olabarría",
     title="Almenarilla recupera su cine de verano 30 años después",
     sub="La pantalla volverá a montarse en el patio de las antiguas escuelas todos los viernes de julio y agosto.",
     caption="El patio de las antiguas escuelas, preparado para la primera sesión.", credit="Foto: Nerea Olabarría",
     look=[("factbox", "Programa de julio")],
     body="""
Treinta años después de la última sesión, Almenarilla vuelve a tener cine de verano. La asociación cultural La Linterna montará cada viernes de julio y agosto una pantalla de ocho metros en el patio de las antiguas escuelas.

El proyecto nació en una cena de quintos del 66. "Nos acordábamos de las noches de cine, con las sillas que cada uno traía de casa, y alguien dijo: ¿por qué no lo volvemos a hacer?", cuenta la presidenta de la asociación, Milagros Recuenco.

El Ayuntamiento ha pagado el proyector y el equipo de sonido, unos 9.000 euros, y los vecinos han arreglado el patio en auzolan durante tres fines de semana.

## Programa de julio

- 3 de julio: una comedia familiar de estreno reciente
- 10 de julio: un clásico del western en versión restaurada
- 17 de julio: sesión infantil de dibujos animados
- 24 de julio: cine español de los años 80
- 31 de julio: película elegida por votación popular

Las sesiones empiezan a las diez y media de la noche. La entrada cuesta tres euros y es gratuita para los menores de doce años.

Como antes, se puede llevar silla, aunque la asociación pondrá cien sillas plegables. Habrá bocadillos y bebidas en el bar de las escuelas.

Si llueve, la sesión se trasladará al frontón cubierto.
"""),

dict(id="h45-es-002", lang="es", tpl="wordpress", section="Educación", date="2026-06-23", byline="Rocío Valdelomar",
     title="El curso escolar empezará el 8 de septiembre en Sierra Cárdena",
     sub="Educación publica el calendario del curso 2026-2027, con un puente más en diciembre y las vacaciones de Semana Santa en marzo.",
     caption="Alumnos del colegio público San Marcos, el último día de curso.", credit="Foto: Rocío Valdelomar",
     carry=["termdates"],
     look=[("dropcap", "Los alumnos de infantil y primaria")],
     body="""
Los alumnos de infantil y primaria de Sierra Cárdena volverán a clase el martes 8 de septiembre. Los de secundaria y bachillerato empezarán dos días después, el jueves 10. Así lo recoge el calendario escolar del curso 2026-2027, que la delegación de Educación publicó este lunes.

El curso tendrá 176 días lectivos, uno menos que el anterior. Las clases terminarán el 18 de junio en primaria y el 22 de junio en secundaria.

**Navidad y Semana Santa**

Las vacaciones de Navidad irán del 23 de diciembre al 7 de enero, ambos incluidos. La Semana Santa cae pronto el año que viene, por lo que las vacaciones de primavera serán del 29 de marzo al 5 de abril.

Además, el 7 de diciembre será no lectivo, lo que deja un puente de cinco días junto con la Constitución y la Inmaculada.

**Los padres piden comedor desde el primer día**

La federación de asociaciones de madres y padres ha pedido que los comedores escolares funcionen desde el 8 de septiembre. El curso pasado, varios colegios no abrieron el comedor hasta la segunda semana.

"Muchas familias trabajan y no tienen con quién dejar a los niños a mediodía. Es un problema cada septiembre", explica su portavoz, Inmaculada Trujillo.

Educación asegura que este año todos los comedores estarán abiertos desde el primer día de clase.

Cada centro podrá fijar además dos días no lectivos propios, que deberá comunicar a las familias antes del 30 de septiembre.
"""),

dict(id="h45-es-003", lang="es", tpl="quintype", section="Movilidad", date="2026-09-30", byline="Álvaro Peñalver",
     title="Vuelve el búho: Villacastro recupera el autobús nocturno los fines de semana",
     sub="La línea N1 conectará el centro con los barrios del sur hasta las cuatro de la madrugada a partir del 9 de octubre.",
     caption="Un autobús urbano en la plaza del Rollo.", credit="Foto: Álvaro Peñalver",
     carry=["transitboard"],
     look=[("highlight", "Los vecinos de los barrios del sur")],
     body="""
Los vecinos de los barrios del sur de Villacastro podrán volver a casa en autobús los fines de semana. El Ayuntamiento recuperará a partir del viernes 9 de octubre la línea nocturna N1, el llamado búho, que dejó de funcionar durante la pandemia.

El autobús saldrá de la plaza del Rollo cada 40 minutos entre las doce de la noche y las cuatro de la madrugada, las noches de viernes, sábado y vísperas de festivo.

La línea tendrá estas paradas:

1. Plaza del Rollo
2. Avenida de la Constitución
3. Estación de autobuses
4. Barrio de San Lázaro
5. Polígono La Garza
6. Urbanización Los Almendros

El billete costará lo mismo que de día, 1,20 euros, y se podrá pagar con la tarjeta de transporte o con el móvil.

El concejal de Movilidad, Fernando Quirós, reconoce que la línea se recupera por la presión de los jóvenes. Más de 3.000 personas firmaron una petición en primavera. "Nos decían que estaban volviendo andando por la carretera de madrugada, y eso no podíamos permitirlo", afirma.

El servicio costará unos 85.000 euros al año y se revisará dentro de seis meses según el número de viajeros.

Los horarios completos pueden consultarse en las marquesinas y en la oficina de la empresa municipal de autobuses.
"""),

dict(id="h45-ru-001", lang="ru", tpl="table", section="Спорт", date="2026-12-10", byline="Денис Кожевников",
     title="В Северореченске открылся крытый каток",
     sub="Ледовая арена на 600 зрителей строилась три года. Первой на лёд вышла детская хоккейная команда.",
     caption="Юные хоккеисты на открытии ледовой арены.", credit="Фото: Денис Кожевников",
     low=1, only=["correction"],
     correction="Исправление: в первой версии материала говорилось, что массовое катание стоит 300 рублей. На самом деле — 250 рублей.",
     body="""
В Северореченске в субботу открылась крытая ледовая арена. Это первый крытый каток в городе: до сих пор хоккеисты и фигуристы тренировались на открытой площадке у школы № 4, а зимой с оттепелями занятия часто отменялись.

Арену на 600 зрительских мест строили три года. Стройка обошлась в 380 миллионов рублей, большую часть выделил областной бюджет.

**Первыми на лёд вышли дети**

По традиции первой на новый лёд вышла детская команда «Северные медведи». Тренер Андрей Лапшин признался, что мальчишки ждали этого дня больше всех. «Раньше мы по полсезона сидели без льда. Теперь будем тренироваться круглый год», — сказал он.

В арене будут заниматься хоккейная и фигурная секции спортивной школы, в которых сейчас около 200 детей. По выходным и вечерам каток открыт для всех.

**Сколько стоит покататься**

Массовое катание обойдётся в 250 рублей за полтора часа, прокат коньков — ещё 150 рублей. Для пенсионеров и детей до семи лет вход бесплатный по будням.

Глава города Ирина Савостина пообещала, что весной рядом с ареной появится парковка на 120 машин, а к остановке продлят маршрут автобуса № 6.

Расписание сеансов массового катания вывешено у входа в арену.
"""),

dict(id="h45-ru-002", lang="ru", tpl="sanity", section="Дороги", date="2026-08-26", byline="Полина Ерёмина",
     title="На трассе у Сосновки заработала первая быстрая зарядка для электромобилей",
     sub="Станция на 214-м километре заряжает машину за полчаса. До сих пор водителям электромобилей в районе приходилось рассчитывать только на розетки.",
     caption="Зарядная станция у кафе на 214-м километре трассы.", credit="Фото: Полина Ерёмина",
     carry=["evcharge"],
     look=[("dropcap", "На 214-м километре федеральной трассы")],
     body="""
На 214-м километре федеральной трассы у Сосновки заработала первая в районе быстрая зарядная станция для электромобилей. Она установлена на площадке у придорожного кафе «Привал» и может одновременно заряжать две машины.

Мощность станции — 120 киловатт. Большинство современных электромобилей заряжаются на ней с 20 до 80 процентов примерно за полчаса. Киловатт-час стоит 24 рубля, оплатить можно банковской картой или через приложение оператора.

До сих пор ближайшая быстрая зарядка находилась в областном центре, в 160 километрах. Водителям электромобилей приходилось заряжаться от обычных розеток в гостиницах и на автосервисах, иногда по десять часов.

«Летом через нас едут на юг, и всё больше людей на электричках — так у нас их называют, — рассказывает хозяйка кафе Наталья Рябинина. — Раньше они спрашивали, где бы подзарядиться, а нам нечего было ответить».

Станцию поставила региональная энергокомпания по программе развития зарядной инфраструктуры. В следующем году такие же станции должны появиться ещё в двух точках трассы.

В районной администрации говорят, что в Сосновском районе зарегистрировано всего 37 электромобилей, но транзитных машин на трассе гораздо больше.

Станция работает круглосуточно.
"""),

dict(id="h45-ru-003", lang="ru", tpl="semantic", section="Культура", date="2026-03-25", byline="Анна Кудрявцева",
     title="«В канал приходят те, кто в библиотеку не заходил»",
     sub="Городская библиотека Белоозерска завела Telegram-канал, и на него подписались шесть тысяч человек. Мы поговорили с её директором.",
     caption="Директор библиотеки Людмила Горбунова в читальном зале.", credit="Фото: Анна Кудрявцева",
     look=[("bold", "Зачем библиотеке Telegram?"), ("bold", "Что там публикуют?"), ("bold", "Кто подписчики?"),
           ("bold", "А в библиотеку они приходят?"), ("italic", "Подписаться на канал")],
     body="""
Осенью центральная городская библиотека Белоозерска завела свой Telegram-канал. За полгода на него подписались шесть тысяч человек — больше, чем записано читателей в самой библиотеке. Мы поговорили с директором Людмилой Горбуновой.

Зачем библиотеке Telegram?

Потому что люди там. Мы годами печатали афиши и вешали их на дверь, а потом удивлялись, что на встречи приходят десять человек.

Что там публикуют?

Новые поступления, анонсы встреч, истории из нашего фонда. Больше всего читают рубрику «Город в старых газетах»: мы каждый день выкладываем заметку из местной газеты ровно столетней давности.

Кто подписчики?

Очень разные. Много молодых мам, студентов, есть люди, уехавшие из Белоозерска давно. Пишут нам из Москвы и даже из Канады.

А в библиотеку они приходят?

Приходят. С начала года у нас записались 400 новых читателей, и почти все говорят, что узнали о нас из канала. На последнюю встречу с краеведом пришли 80 человек, пришлось ставить стулья в проходе.

Канал ведут два сотрудника библиотеки, отдельной ставки для этого нет. Людмила Горбунова признаётся, что иногда пишет посты поздно вечером из дома.

Подписаться на канал и поделиться им с друзьями библиотека просит всех, кому интересна история города.
"""),
]
