# Turkish, German, French, Spanish and Russian stories for the sixteenth held-out part (h16-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h16_en.py.
ARTICLES = [
dict(id="h16-tr-001", lang="tr", tpl="wix", section="Kooperatiften", date="2026-03-03", byline="Sevim Karadeniz",
     site="Çamlıpınar Kadın Kooperatifi",
     title="Erişte atölyemiz açıldı: Artık kış boyunca üretim yapabileceğiz",
     sub="Köy konağının alt katı, iki yıllık emeğin ardından kooperatifimizin üretim atölyesi oldu.",
     caption="Atölyenin ilk gününde erişte kesen üyelerimiz.", credit="Fotoğraf: Nuran Aksoy",
     body="""
Sevgili dostlarımız, iki yıldır hayalini kurduğumuz erişte ve tarhana atölyemiz geçen hafta açıldı. Köy konağının alt katındaki eski depo artık tertemiz, beyaz fayanslı bir üretim odası.

Bugüne kadar eriştemizi evlerimizin mutfağında, tarhanamızı da bahçelerde kuruttuk. Bu yüzden yalnızca yaz aylarında üretim yapabiliyor, kışın gelen siparişleri geri çevirmek zorunda kalıyorduk.

## Atölyede neler var

Atölyenin kurulması için kalkınma ajansından 420 bin lira hibe aldık. Kalan 95 bin lirayı üyelerimiz kendi aralarında topladı. Bu parayla şunları aldık:

- iki büyük hamur yoğurma makinesi;
- paslanmaz çelik çalışma tezgâhları;
- elektrikli kurutma dolabı;
- etiket basabilen küçük bir yazıcı.

Kurutma dolabı sayesinde erişte artık hava durumuna bakmadan, iki günde kuruyor.

"Yağmur yağınca ağlamıyoruz artık."

Bu sözler, kooperatifin en yaşlı üyesi 74 yaşındaki Hatice teyzemize ait.

## Siparişler ve gıda izni

Atölyenin gıda üretim izni için il tarım müdürlüğüyle iletişim halindeyiz. Denetim önümüzdeki ay yapılacak. İzin çıkana kadar yalnızca köy pazarında ve dernek kermeslerinde satış yapacağız.

Takip edin, izin çıktığı gün buradan duyuracağız. Marketlere ve internet üzerinden satışa da o zaman başlayacağız.

Atölyenin açılışına gelen, kurdele kesen muhtarımıza, kazan kazan çorba pişiren komşularımıza ve fotoğrafları çeken Nuran Hanım'a çok teşekkür ederiz.
"""),

dict(id="h16-tr-002", lang="tr", tpl="hugo", section="Yaşam", date="2026-01-13", byline="Oğuz Tepebaşı",
     title="Sokak hayvanları için 60 mama ve su istasyonu kuruldu",
     sub="Belediye ile hayvanseverler istasyonların bakımını birlikte üstlendi.",
     caption="Parktaki mama istasyonlarından biri.", credit="Fotoğraf: Oğuz Tepebaşı",
     body="""
Yenikale Belediyesi, ilçedeki park, pazar yeri ve okul çevrelerine sokak hayvanları için 60 mama ve su istasyonu kurdu. İstasyonlar, yağmurdan korunması için çatılı olarak tasarlandı.

Her istasyonda bir mama haznesi, bir su kabı ve altında kedilerin barınabileceği küçük bir bölme bulunuyor. İstasyonlar belediyenin kendi atölyesinde, geri dönüştürülmüş plastik levhalardan üretildi.

## Bakımı gönüllüler yapacak

Belediye, istasyonlara ayda yaklaşık 3 ton mama dağıtacak. Mamanın yerleştirilmesi ve suların değiştirilmesi ise mahallelerdeki gönüllülere bırakıldı. Şu ana kadar 140 kişi gönüllü olarak kayıt yaptırdı.

Veteriner işleri müdürü Selin Arıkan, gönüllülerden şunları beklediklerini söyledi:

- mamayı yalnızca istasyonun haznesine koymaları;
- su kaplarını her gün tazelemeleri;
- yaralı ya da hasta hayvanları belediyeye bildirmeleri.

"Yere dökülen mama hayvandan çok fareye yarıyor."

Arıkan, bu nedenle yerlere ve kaldırımlara mama dökülmemesini istedi.

## Kısırlaştırma da sürüyor

Belediye, istasyonların yanı sıra kısırlaştırma çalışmalarını da hızlandırdığını açıkladı. Geçen yıl 1.800 kedi ve köpek kısırlaştırılıp aşılandı.

Paylaşın ve haber verin çağrısında bulunan hayvanseverler, istasyonların fotoğraflarını sosyal medyada paylaşarak eksik olan mahalleleri belirlemeye çalışıyor. Belediye, bu gruplarla iletişim halinde olduğunu ve ilkbaharda 25 istasyon daha kuracağını bildirdi.
"""),

dict(id="h16-tr-003", lang="tr", tpl="portal", section="Kültür", date="2025-10-28", byline="Aylin Demirkol",
     title="500 yıllık Çifte Hamam restorasyonun ardından yeniden açıldı",
     sub="",
     caption="Çifte Hamam'ın restore edilen soğukluk bölümü.", credit="Fotoğraf: Aylin Demirkol",
     body="""
Kırkağaçlı ilçesinde 16. yüzyıldan kalma Çifte Hamam, dört yıl süren restorasyonun ardından cumartesi günü yeniden kapılarını açtı. Hamam, açılışın ilk gününde 600'den fazla kişiyi ağırladı.

Mimar Sinan döneminin izlerini taşıyan yapı, kadınlar ve erkekler bölümü yan yana olduğu için "çifte" olarak anılıyor. Hamam, kubbesindeki çatlaklar nedeniyle 2019 yılında kullanıma kapatılmıştı.

## Kubbeler yeniden kaplandı

Restorasyonu Vakıflar Bölge Müdürlüğü üstlendi. Çalışmalar sırasında kubbelerin kurşun kaplaması tamamen yenilendi, tarihi kurnalar temizlendi ve ısıtma sistemi doğalgaza çevrildi.

Duvarlardaki eski sıvaların altından 18. yüzyıla ait kalem işi süslemeler çıktı. Süslemeler korunarak ziyaretçilere açık bırakıldı.

"Kubbeden ışık yeniden içeri düşüyor."

## Giriş ücretleri

Hamamı kiralayan işletme, giriş ücretlerini şöyle açıkladı:

- yetişkinler için 350 lira;
- 12 yaş altı çocuklar için 150 lira;
- kese ve köpük dahil paket için 600 lira.

İlçede yaşayanlar, kimlik göstererek yüzde 30 indirimden yararlanabilecek. Abonelik sistemi de getirildi: aylık dört girişlik kart 1.000 liraya satılıyor.

Hamamın girişindeki eski soğukluk bölümü ise ücretsiz gezilebilecek. Bu bölümde, restorasyon sırasında çekilen fotoğraflar ve bulunan eski nalınlar sergileniyor.

İlçe belediye başkanı, turizm acenteleriyle iletişim halinde olduklarını, hamamın ilçeye gelen tur gruplarının programına eklenmesini istediklerini söyledi.
"""),

dict(id="h16-de-001", lang="de", tpl="wix", section="Vereinsnachrichten", date="2025-12-02", byline="Hannelore Brück",
     site="Heimatverein Lohbach e. V.",
     title="Die Dorfchronik ist fertig: 312 Seiten Lohbach",
     sub="Sieben Jahre haben wir gesammelt, gefragt und geschrieben. Jetzt ist das Buch gedruckt.",
     caption="Die ersten Exemplare der Chronik im Vereinsraum.", credit="Foto: Werner Steinbach",
     body="""
Liebe Mitglieder, liebe Lohbacherinnen und Lohbacher, es ist geschafft: Die neue Dorfchronik ist gedruckt und liegt seit Samstag im Vereinsraum im alten Backhaus zur Abholung bereit.

Sieben Jahre hat die Arbeitsgruppe des Heimatvereins an dem Buch gearbeitet. Auf 312 Seiten erzählt die Chronik die Geschichte unseres Dorfes von der ersten Erwähnung im Jahr 1147 bis zur Eröffnung des Dorfladens im vergangenen Frühjahr.

## Was drinsteht

Das Buch ist in zwölf Kapitel gegliedert. Besonders stolz sind wir auf drei Teile:

- die Liste aller Höfe mit ihren Hausnamen und Besitzern seit 1750;
- die Erinnerungen von 23 älteren Lohbachern, die wir aufgenommen und abgeschrieben haben;
- mehr als 400 alte Fotos, die uns Familien aus dem Dorf geliehen haben.

Für jedes Foto haben wir vorher die Einwilligung der Familie eingeholt. Einige Bilder haben wir auf Wunsch nicht abgedruckt.

„Ohne die Schuhkartons auf den Dachböden gäbe es dieses Buch nicht.“

Das sagt Werner Steinbach, der die Bilder gescannt und sortiert hat.

## So kommen Sie an ein Exemplar

Die Chronik kostet 29 Euro, für Mitglieder 22 Euro. Abholen können Sie sie jeden Mittwoch von 17 bis 19 Uhr im Backhaus. Wer nicht mehr gut zu Fuß ist, ruft bei Hannelore Brück an, wir bringen das Buch vorbei.

Lesen Sie am 14. Dezember mit uns: Um 16 Uhr stellen wir die Chronik in der Kirche vor, mit Kaffee und Kuchen. Wir stehen außerdem in Kontakt mit der Grundschule, die das Buch im Sachunterricht verwenden möchte.
"""),

dict(id="h16-de-002", lang="de", tpl="cms", section="Region", date="2026-04-14", byline="Tobias Gräfenberg",
     title="Wochenmarkt bekommt einen Abendtermin am Donnerstag",
     sub="",
     caption="Marktstände auf dem Kornmarkt in Wettersbach.", credit="Foto: Tobias Gräfenberg",
     body="""
Der Wettersbacher Wochenmarkt findet ab Mai zusätzlich am Donnerstagabend statt. Das hat der Hauptausschuss der Stadt am Dienstag einstimmig beschlossen.

Bisher gibt es den Markt auf dem Kornmarkt nur am Samstagvormittag. Berufstätige hätten sich seit Jahren beklagt, dass sie den Markt kaum besuchen könnten, sagte Marktmeisterin Petra Wiegand.

Der neue Abendmarkt läuft zunächst als Versuch bis Ende September, jeweils von 16 bis 20 Uhr.

## Wer mitmacht

Für den Donnerstag haben sich bislang 17 Händler angemeldet, darunter fast alle Gemüsebauern, die auch samstags kommen. Neu dabei sind:

- eine Käserei aus dem Nachbarkreis;
- ein Imbisswagen mit Flammkuchen;
- ein Weingut, das Wein auch glasweise ausschenkt;
- ein Stand mit unverpackten Lebensmitteln.

Die Stadt will Bänke und Stehtische aufstellen, damit die Besucher nach dem Einkauf bleiben. Musik soll es an jedem ersten Donnerstag im Monat geben.

„Wir wollen keinen Rummel. Aber ein Glas Wein darf sein.“

## Parken und Anwohner

Während des Marktes bleibt der Kornmarkt für Autos gesperrt. Die Anwohner können die Tiefgarage am Rathaus für diese Zeit kostenlos nutzen.

Folgen für den Busverkehr hat der Abendmarkt nicht, teilte die Stadt mit. Die Haltestelle am Kornmarkt wird ohnehin nur samstags verlegt.

Die Stadt stehe mit dem Einzelhandelsverband in Kontakt, sagte Wiegand. Mehrere Geschäfte rund um den Platz wollen donnerstags länger öffnen.
"""),

dict(id="h16-de-003", lang="de", tpl="legacy-br", section="Bayern", date="2026-02-24", byline="Florian Eibl",
     title="Bergwacht übt Rettung aus der stehenden Seilbahn",
     sub="",
     caption="Bergwachtler seilen eine Übungsperson aus einer Gondel ab.", credit="Foto: Florian Eibl",
     body="""
Die Bergwacht Kranzegg hat am Samstag die Rettung von Fahrgästen aus einer stehengebliebenen Seilbahn geübt. An der Übung an der Hochalpbahn nahmen rund 70 Einsatzkräfte teil.

Angenommen wurde, dass die Kabinenbahn wegen eines technischen Defekts auf halber Strecke stehen bleibt und sich nicht mehr bewegen lässt. In den Gondeln saßen Freiwillige, die bis zu 45 Meter über dem Boden hingen.

## Jede Gondel einzeln

Die Retter stiegen über das Tragseil zu den Gondeln, öffneten die Türen und seilten die Fahrgäste einzeln zum Boden ab. Für eine Gondel brauchten sie im Schnitt 20 Minuten.

Zu den Freiwilligen gehörten auch zwei Kinder aus der Jugendgruppe der Bergwacht, die mit ihren Eltern in einer Kabine saßen. Die Einwilligung der Eltern lag vor.

„Abseilen ist einfach. Das Warten ist das Schwierige.“

So beschrieb eine Übungsteilnehmerin die gut zwei Stunden in der Gondel.

## Was geprüft wurde

Bereitschaftsleiter Korbinian Haslauer sagte, die Übung habe vor allem drei Fragen beantworten sollen:

- ob die Funkverbindung zwischen Tal, Stütze und Gondeln funktioniert;
- wie lange die Rettung aller Fahrgäste dauert;
- wie die wartenden Fahrgäste betreut werden.

Die Bergwacht stehe in engem Kontakt mit dem Betreiber der Bahn, sagte Haslauer. Im Ernstfall müssten alle Fahrgäste innerhalb von dreieinhalb Stunden am Boden sein. Das sei bei der Übung gelungen.

Die Seilbahn nimmt am Montag den regulären Betrieb wieder auf.
"""),

dict(id="h16-fr-001", lang="fr", tpl="wix", section="Actualités", date="2026-05-26", byline="Claire Vasseur",
     site="Ludothèque Les Dés Rouges",
     title="La ludothèque a 20 ans : on fait la fête le 14 juin !",
     sub="Vingt ans de jeux prêtés, de parties du mercredi et de pièces perdues retrouvées sous les tables.",
     caption="Une partie de jeux de société un mercredi après-midi à la ludothèque.", credit="Photo : Lucas Béranger",
     body="""
Il y a vingt ans, trois parents de Saint-Vérand-le-Haut ouvraient une ludothèque dans une salle de l'ancienne école, avec 150 jeux donnés par des familles. Aujourd'hui, Les Dés Rouges comptent 2 300 jeux et 410 familles adhérentes.

Pour fêter cet anniversaire, nous organisons une grande journée de jeux le samedi 14 juin, de 10 heures à minuit, dans la salle des fêtes. L'entrée est libre.

## Au programme

Voici ce qui vous attend ce jour-là :

- des jeux géants dans la cour pour les plus petits ;
- un tournoi de tarot à 14 heures ;
- une murder party pour les ados et les adultes à 20 heures ;
- un goûter d'anniversaire offert par la boulangerie du village.

Toute la journée, nos bénévoles vous expliqueront les règles des nouveautés de l'année.

« On vient pour un jeu, on repart avec des amis. »

C'est la phrase que nous avons le plus entendue quand nous avons demandé aux adhérents ce que la ludothèque leur apportait.

## Une exposition de photos

Dans le hall, une exposition retracera nos vingt ans en photos. Nous avons demandé l'accord de chaque famille avant d'afficher les photos des enfants, et certaines ont été floutées.

Abonnez-vous à notre page pour recevoir les photos de la journée. Les adhésions de la rentrée seront aussi ouvertes ce jour-là, au tarif habituel de 20 euros par an.

Nous sommes en contact avec la mairie pour garder la salle des fêtes jusqu'à une heure du matin. Merci à la commune, à nos fondatrices et à tous ceux qui ont un jour rangé un jeu dans sa boîte.
"""),

dict(id="h16-fr-002", lang="fr", tpl="nextjs", section="Loisirs", date="2025-09-09", byline="Bastien Rolland",
     title="La course de caisses à savon de la côte du Moulin revient après quinze ans",
     sub="",
     caption="Une caisse à savon dans la descente de la côte du Moulin.", credit="Photo : Bastien Rolland",
     body="""
Quinze ans après la dernière édition, la course de caisses à savon de la côte du Moulin, à Montbrac, revient le dimanche 28 septembre. Trente-deux équipages sont déjà inscrits.

La course avait été arrêtée en 2010, faute de bénévoles et après une sortie de route qui avait blessé un spectateur. C'est le comité des fêtes, renouvelé l'an dernier, qui a décidé de la relancer.

## Une descente mieux protégée

La descente mesure 900 mètres, avec deux virages serrés devant l'ancien moulin. Cette fois, les organisateurs ont prévu :

- 600 bottes de paille prêtées par les agriculteurs ;
- des barrières sur toute la longueur du parcours ;
- une zone de freinage dans le pré en bas de la côte ;
- une équipe de secouristes au départ et à l'arrivée.

Chaque caisse devra passer un contrôle technique le matin. Les freins, la direction et le casque du pilote seront vérifiés.

« Pas de moteur, pas de pédales, juste de la gravité. »

## Tous les âges

La course est ouverte aux pilotes à partir de 8 ans, avec une catégorie pour les enfants, une pour les adultes et une catégorie « déguisée » jugée sur l'originalité de la caisse.

Suivez le fil des inscriptions sur la page du comité : les places sont limitées à 40 équipages. L'inscription coûte 10 euros.

La mairie a pris un arrêté pour fermer la route de 9 heures à 18 heures. Le comité des fêtes est en contact avec la préfecture pour l'autorisation de la manifestation.
"""),

dict(id="h16-fr-003", lang="fr", tpl="blox", section="Environnement", date="2026-01-20", byline="Hélène Marsac",
     title="Extinction de l'éclairage public la nuit : un an après, la commune fait le bilan",
     sub="La facture d'électricité a baissé de 41 %, et les cambriolages n'ont pas augmenté.",
     caption="Une rue de Villecomtal-sur-Arros après l'extinction des lampadaires.", credit="Photo : Hélène Marsac",
     body="""
Depuis un an, les 640 lampadaires de Villecomtal-sur-Arros s'éteignent à 23 heures et se rallument à 5 h 30. Mardi soir, en conseil municipal, le maire a présenté un premier bilan de la mesure.

La facture d'électricité de l'éclairage public est passée de 58 000 à 34 000 euros, soit une baisse de 41 %. La commune avait aussi remplacé 200 vieilles lampes par des LED avant l'extinction.

## Pas plus de cambriolages

C'était la principale crainte des habitants lors de la réunion publique de l'an dernier. Selon la gendarmerie, le nombre de cambriolages est resté stable, avec huit faits en un an contre neuf l'année précédente.

« La nuit, les voleurs aussi ont besoin de lumière. »

La phrase est du commandant de la brigade, qui rappelle que la plupart des cambriolages ont lieu en journée.

## Ce qui a changé

Le maire a détaillé les ajustements faits au cours de l'année :

- l'éclairage reste allumé devant la gare jusqu'au dernier train ;
- les passages piétons de la route départementale sont éclairés toute la nuit ;
- les lampadaires du centre restent allumés les soirs de fête.

Écoutez les habitants et les avis restent partagés. Certains disent avoir retrouvé le ciel étoilé, d'autres ne sortent plus le chien après 23 heures.

Une association d'astronomie est en contact avec la mairie pour demander le label « Village étoilé ». La commune envisage aussi d'équiper quelques rues de détecteurs de présence.
"""),

dict(id="h16-es-001", lang="es", tpl="sanity", section="Provincia", date="2026-03-31", byline="Nuria Peñalver",
     title="Los vecinos de Riofrío del Campo recuperan el agua potable de su fuente",
     sub="Tras seis años con un cartel de «agua no potable», la fuente de la plaza vuelve a estar en uso.",
     caption="La fuente de la plaza de Riofrío del Campo.", credit="Foto: Nuria Peñalver",
     body="""
La fuente de la plaza de Riofrío del Campo vuelve a dar agua potable. Durante seis años, un cartel de «agua no potable» colgado del caño recordaba a los 140 vecinos del pueblo que ya no podían beber de ella.

El problema apareció en 2020, cuando los análisis de la Junta detectaron nitratos por encima del límite legal. El agua del manantial se había contaminado con los abonos de las fincas de alrededor.

## Un acuerdo con los agricultores

El Ayuntamiento y la asociación de vecinos se reunieron con los cinco agricultores que cultivan las tierras junto al manantial. Tras varios meses de conversaciones, acordaron:

- no abonar en una franja de 200 metros alrededor del manantial;
- plantar una hilera de chopos y setos en el límite de las fincas;
- compensar a los agricultores con 3.000 euros al año por la tierra que dejan sin abonar.

Los análisis de los últimos seis meses han dado resultados correctos, y Sanidad retiró el cartel el pasado viernes.

«El agua de la fuente siempre supo mejor que la del grifo.»

Lo dice Tomasa Rebollo, de 88 años, que bajó a llenar una garrafa el mismo viernes por la tarde.

## Vigilancia cada mes

La alcaldesa, Elena Cuadrado, explicó que el Ayuntamiento seguirá en contacto con la Junta para repetir los análisis cada mes durante al menos dos años.

Suscribe este acuerdo también la comunidad de regantes, que se ha comprometido a revisar las tuberías de la zona. El Ayuntamiento colocará un panel junto a la fuente con los resultados de cada análisis.
"""),

dict(id="h16-es-002", lang="es", tpl="hugo", section="Sociedad", date="2025-10-14", byline="Álvaro Quintanilla",
     title="Mil ovejas cruzan el centro de Valdehornos por la cañada real",
     sub="",
     caption="El rebaño a su paso por la calle Mayor de Valdehornos.", credit="Foto: Álvaro Quintanilla",
     body="""
Un rebaño de mil ovejas merinas cruzó este domingo el centro de Valdehornos siguiendo el trazado de la cañada real, camino de los pastos de invierno en el sur de la provincia.

Los pastores, la familia Gallardo, hacen el viaje a pie desde hace cuatro generaciones. Tardan unas tres semanas en recorrer los 350 kilómetros que separan las sierras del norte de las dehesas donde pasan el invierno.

## Un paso por la calle Mayor

La cañada atraviesa Valdehornos por la calle Mayor, que hace siglos era el propio camino del ganado. El Ayuntamiento cortó el tráfico durante dos horas y la policía local acompañó al rebaño.

Cientos de vecinos salieron a verlo pasar. Muchos niños vieron ovejas de cerca por primera vez.

«Las ovejas conocen el camino mejor que nosotros.»

## Por qué siguen a pie

Eusebio Gallardo, de 61 años, explicó que mover el rebaño en camiones sería más rápido, pero que caminar tiene ventajas:

- las ovejas comen por el camino y el pienso sale más barato;
- el rebaño abona y limpia la vegetación de la cañada;
- se mantienen abiertas vías pecuarias que, sin uso, desaparecen.

Escuchen a los pastores y la queja es siempre la misma: cada año hay más tramos de la cañada cortados por vallas, carreteras o urbanizaciones.

La Junta aseguró que está en contacto con los ayuntamientos de la ruta para señalizar mejor la cañada. Los Gallardo llegarán a su destino a principios de noviembre.
"""),

dict(id="h16-es-003", lang="es", tpl="semantic", section="Cultura", date="2026-02-17", byline="Inés Carrasco", low=1,
     only=["updated"],
     title="La biblioteca municipal de Torrealba empieza a prestar instrumentos musicales",
     sub="",
     caption="Algunos de los instrumentos que presta la biblioteca de Torrealba.", credit="Foto: Inés Carrasco",
     body="""
La biblioteca municipal de Torrealba ha empezado a prestar instrumentos musicales con el carné de lector, igual que presta libros o películas. El primer día se llevaron 19 instrumentos.

La idea surgió de la escuela municipal de música, que tiene lista de espera cada curso porque muchas familias no se pueden permitir comprar un instrumento antes de saber si al niño le va a gustar.

## Qué se puede pedir

La colección empieza con 60 instrumentos, la mayoría donados por vecinos y por una banda de música que renovó su material. Entre ellos hay:

- guitarras y ukeleles;
- teclados eléctricos con auriculares;
- violines de varios tamaños;
- flautas, clarinetes y una trompeta.

El préstamo dura un mes y se puede renovar dos veces. No cuesta nada, pero el usuario debe firmar un compromiso de cuidado.

«Es más fácil prestar un violín que convencer a alguien de que lo compre.»

## Clases para empezar

La biblioteca organiza además talleres gratuitos de iniciación los sábados por la mañana. Las plazas se reservan en el mostrador o por teléfono.

Lee las condiciones del préstamo en la web municipal antes de pedir un instrumento: los menores necesitan la autorización de su padre, madre o tutor.

La bibliotecaria, Mercedes Olmo, explicó que están en contacto con un luthier de la comarca para reparar los instrumentos que se estropeen y que aceptan nuevas donaciones.
"""),

dict(id="h16-ru-001", lang="ru", tpl="wix", section="Новости центра", date="2025-11-11", byline="Марина Глушко",
     site="Молодёжный центр «Искра»",
     title="Открылась столярная мастерская для подростков",
     sub="Первые двадцать ребят уже сделали скворечники и табуретки.",
     caption="Занятие в новой столярной мастерской «Искры».", credit="Фото: Илья Баранов",
     body="""
Друзья, у нас большая новость: в подвале «Искры» открылась столярная мастерская для подростков от 12 до 17 лет. Первые занятия прошли на прошлой неделе, и двадцать ребят уже унесли домой свои скворечники.

Мастерскую мы готовили почти год. Подвал, где раньше хранились старые стулья и декорации, пришлось осушить, провести вентиляцию и новую проводку.

## Кто ведёт занятия

Занятия ведёт Николай Петрович Зуев, столяр с сорокалетним стажем, который много лет работал на мебельной фабрике. Ему помогают два волонтёра из строительного колледжа.

«Сначала техника безопасности, потом рубанок».

Так Николай Петрович начинает каждое занятие.

## На что потратили грант

Мастерская оборудована на президентский грант в 780 тысяч рублей. На эти деньги купили:

- шесть верстаков;
- ручной инструмент на двадцать человек;
- сверлильный и ленточнопильный станки;
- защитные очки, наушники и перчатки.

Пиломатериалы нам бесплатно отдаёт местная лесопилка, с которой мы на связи с первого дня работы над проектом.

## Как записаться

Занятия бесплатные и проходят по вторникам и четвергам с 16 до 18 часов. Для записи нужно согласие родителей: бланк можно взять на вахте или скачать на сайте.

Подписывайтесь на новости центра, чтобы не пропустить набор во вторую группу. Весной ребята будут делать скамейки для парка у Дома культуры.
"""),

dict(id="h16-ru-002", lang="ru", tpl="wordpress", section="Сельское хозяйство", date="2025-08-26", byline="Геннадий Старостин",
     title="Пасечники Ключевского района собрали рекордный урожай гречишного мёда",
     sub="",
     caption="Откачка мёда на пасеке в селе Каменка.", credit="Фото: Геннадий Старостин",
     body="""
Пасечники Ключевского района завершили откачку гречишного мёда. По данным районного общества пчеловодов, в этом году с одной семьи собрали в среднем 42 килограмма — почти вдвое больше, чем год назад.

Причину пчеловоды видят в погоде и в посевах. Июль выдался тёплым и влажным, а гречихой в районе засеяли 3,5 тысячи гектаров, больше, чем когда-либо за последние двадцать лет.

## Договор с агрохолдингом

Весной общество пчеловодов заключило соглашение с крупнейшим агрохолдингом района. Хозяйство обязалось:

- заранее сообщать пасечникам о каждой обработке полей;
- проводить опрыскивание только вечером, после лёта пчёл;
- не использовать препараты, опасные для пчёл, во время цветения.

В прошлые годы из-за обработок полей в районе погибали сотни пчелиных семей.

«В этом году ни одной потравы».

Так председатель общества Виктор Ляхов подвёл итог сезона.

## Где купить мёд

Оптовые закупщики предлагают за гречишный мёд по 280 рублей за килограмм, и многие пасечники считают эту цену слишком низкой. Ляхов сказал, что общество на связи с двумя торговыми сетями областного центра и рассчитывает договориться о поставках под собственной маркой.

Слушайте пасечников — и они скажут, что лучше всего мёд покупать прямо на пасеке или на ярмарке. Районная медовая ярмарка пройдёт 14 сентября на площади у Дома культуры.
"""),

dict(id="h16-ru-003", lang="ru", tpl="amp", section="Происшествия", date="2026-05-19", byline="Анна Ветлугина",
     title="Лосиха с лосёнком вышла к школе в посёлке Лесной",
     sub="",
     caption="Лосиха с лосёнком у забора школы.", credit="Фото: Анна Ветлугина",
     body="""
Утром во вторник лосиха с лосёнком вышли из леса к школе № 2 посёлка Лесной. Животные около двух часов бродили вдоль забора школьного стадиона, пока их не отогнали обратно в лес.

Лосей заметил сторож школы около семи часов утра. Он сразу позвонил директору и в районную охотинспекцию.

## Уроки начались позже

Директор школы Ирина Зотова распорядилась не выпускать детей на улицу и задержала начало уроков на час. Родителям разослали сообщения в школьном чате с просьбой привести детей к главному входу, а не к калитке у стадиона.

«Лосиха с малышом опаснее любого медведя».

Так охотовед Сергей Ракитин объяснил, почему к животным нельзя подходить близко, а тем более фотографировать их.

## Как себя вести

По словам Ракитина, весной лоси часто выходят к посёлкам. При встрече с ними охотинспекция советует:

- не подходить к животным и не пытаться их прогнать;
- держать собак на поводке;
- не вставать между лосихой и лосёнком;
- сообщить о лосях в охотинспекцию или по номеру 112.

Сотрудники охотинспекции с помощью шумовых патронов отогнали лосей в лес около девяти часов утра.

Администрация посёлка на связи с охотинспекцией. Вдоль школьного забора со стороны леса установят предупреждающие знаки.
"""),
]
